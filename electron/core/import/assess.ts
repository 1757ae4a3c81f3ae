/**
 * What each row of an import would do. Two steps, so the database is asked once for every UPN in the file:
 * `readRows` (pure: the cells, any fixes, the normalised values and their problems), then `classify` (against
 * the learners already in the caseload: add, update, unchanged, or a duplicate of an earlier row).
 */
import { rawValues, type ColumnMapping } from '../../../shared/rules/import-mapping';
import { readValues, REQUIRED_FOR_NEW, type ImportField, type ImportProblem, type ImportValues } from '../../../shared/rules/import-values';
import type { ImportAction } from '../../../shared/schemas/import';
import type { LearnerFields } from '../../../shared/schemas/learner';
import type { CsvFile } from './csv';

export type Fixes = Record<string, Partial<Record<ImportField, string>>>;

export interface ReadRow {
  row: number;
  raw: Partial<Record<ImportField, string>>;
  values: Partial<ImportValues>;
  problems: ImportProblem[];
}

/** A learner already in the caseload, found by UPN. */
export interface Existing {
  id: string;
  version: number;
  fields: LearnerFields;
}

export interface AssessedRow extends ReadRow {
  action: ImportAction;
  existing: Existing | null;
  /** For an update: only the fields whose value differs from what the caseload holds. */
  changes: Partial<ImportValues>;
}

export function readRows(file: CsvFile, mapping: ColumnMapping, fixes: Fixes, today: string): ReadRow[] {
  const width = file.headers.length;
  return file.records.map(({ row, cells }) => {
    const raw = rawValues(cells, mapping, fixes[String(row)]);
    const { values, problems } = readValues(raw, today);
    // Cells beyond the header usually mean a stray delimiter shifted the row: its values cannot be trusted.
    if (cells.slice(width).some((c) => c.trim() !== '')) problems.push({ field: null, code: 'extraCells' });
    return { row, raw, values, problems };
  });
}

/** Every valid UPN the rows name (for one query). */
export function upnsOf(rows: readonly ReadRow[]): string[] {
  return [...new Set(rows.map((r) => r.values.upn).filter((u): u is string => !!u))];
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

function changedFields(values: Partial<ImportValues>, current: LearnerFields): Partial<ImportValues> {
  const changes: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(values)) {
    if (!same(value, current[field as keyof LearnerFields])) changes[field] = value;
  }
  return changes as Partial<ImportValues>;
}

function missingForNew(r: ReadRow): ImportProblem[] {
  const flagged = new Set(r.problems.map((p) => p.field));
  return REQUIRED_FOR_NEW.filter((f) => r.values[f] === undefined && !flagged.has(f)).map((field) => ({ field, code: 'required' as const }));
}

/**
 * Matches rows to learners by UPN. The first row with a UPN claims it; a later one is a duplicate, a problem the
 * person settles by skipping or fixing it. Skipped rows claim nothing, so skipping the first of two leaves the
 * second free to import.
 */
export function classify(rows: readonly ReadRow[], existing: ReadonlyMap<string, Existing>, skip: ReadonlySet<number> = new Set()): AssessedRow[] {
  const claimed = new Map<string, number>();
  return rows.map((r) => {
    const upn = r.values.upn;
    const first = upn ? claimed.get(upn) : undefined;
    if (upn && first === undefined && !skip.has(r.row)) claimed.set(upn, r.row);
    if (first !== undefined) {
      return { ...r, action: 'duplicate', existing: null, changes: {}, problems: [...r.problems, { field: 'upn', code: 'duplicateInFile', row: first }] };
    }
    const match = upn ? existing.get(upn) : undefined;
    if (!match) return { ...r, action: 'add', existing: null, changes: r.values, problems: [...r.problems, ...missingForNew(r)] };
    const changes = changedFields(r.values, match.fields);
    return { ...r, action: Object.keys(changes).length ? 'update' : 'unchanged', existing: match, changes };
  });
}
