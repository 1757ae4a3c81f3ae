/**
 * The bench's one table: timed samples per operation for the encrypted and the plain store, and single readings
 * (a backup's size, memory), rendered as markdown with p50/p95 and the enc ÷ plain ratio.
 */
export type Which = 'enc' | 'plain';

/** Encrypted first on even iterations, plain first on odd ones, so a noisy neighbour hits both alike. */
export const orderOf = (i: number): readonly Which[] => (i % 2 === 0 ? ['enc', 'plain'] : ['plain', 'enc']);

export async function time<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const t0 = performance.now();
  const value = await fn();
  return [performance.now() - t0, value];
}

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/** 2.41 ms, 55.1 ms, 518 ms, 10.1 s. */
export function duration(ms: number): string {
  if (ms >= 1000) return `${(ms / 1000).toFixed(ms >= 100_000 ? 0 : 1)} s`;
  return `${ms >= 100 ? ms.toFixed(0) : ms >= 10 ? ms.toFixed(1) : ms.toFixed(2)} ms`;
}

export const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(bytes >= 100 * 1024 * 1024 ? 0 : 1)} MB`;

interface Row {
  label: string;
  n: string;
  cells: [string, string, string, string, string];
}

const DASH = '—';

export class Results {
  private readonly rows: Row[] = [];
  private readonly samples = new Map<string, Record<Which, number[]>>();

  /** One timed sample of `label` (rows appear in the order their first sample was recorded). */
  record(label: string, which: Which, ms: number): void {
    let entry = this.samples.get(label);
    if (!entry) {
      entry = { enc: [], plain: [] };
      this.samples.set(label, entry);
      this.rows.push({ label, n: '', cells: [DASH, DASH, DASH, DASH, DASH] });
    }
    entry[which].push(ms);
  }

  /** A row of free text in the first value column (a size, a memory reading). */
  text(label: string, value: string, plainValue: string = DASH): void {
    this.rows.push({ label, n: '1', cells: [value, DASH, plainValue, DASH, DASH] });
  }

  /** The p50 of an operation's samples, for the summary lines. */
  p50(label: string, which: Which): number | null {
    const s = this.samples.get(label)?.[which];
    return s && s.length > 0 ? percentile(s, 50) : null;
  }

  table(): string[] {
    const lines = [
      '| operation | n | encrypted p50 | encrypted p95 | plain p50 | plain p95 | enc ÷ plain (p50) |',
      '|---|---:|---:|---:|---:|---:|---:|',
    ];
    for (const row of this.rows) {
      const { n, cells } = this.samples.has(row.label) ? this.timed(row.label) : row;
      lines.push(`| ${row.label} | ${n} | ${cells.join(' | ')} |`);
    }
    return lines;
  }

  private timed(label: string): Pick<Row, 'n' | 'cells'> {
    const { enc, plain } = this.samples.get(label)!;
    const [e50, e95] = [percentile(enc, 50), percentile(enc, 95)];
    if (plain.length === 0) return { n: String(enc.length), cells: [duration(e50), duration(e95), DASH, DASH, DASH] };
    const [p50, p95] = [percentile(plain, 50), percentile(plain, 95)];
    const n = enc.length === plain.length ? String(enc.length) : `${enc.length} / ${plain.length}`;
    return { n, cells: [duration(e50), duration(e95), duration(p50), duration(p95), (e50 / p50).toFixed(2)] };
  }
}
