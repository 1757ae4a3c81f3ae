/**
 * tests/bench/results.md: when and on what the bench ran, what was seeded (read back from the store), the one
 * table, and the footnotes that say what each figure covers.
 */
import { cpus } from 'node:os';
import type { PrintPages } from './app';
import type { SeededCounts } from './stores';
import { megabytes } from './table';

export interface RunFacts {
  learners: number;
  seed: number;
  runs: number;
  counts: SeededCounts;
  seedMs: number;
  copyMs: number;
  pages: PrintPages;
  totalMs: number;
}

const n = (x: number) => x.toLocaleString('en-GB');
const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export function machine(): string {
  const cpu = cpus();
  return `Node ${process.version}, ${cpu[0]?.model.trim() ?? 'unknown CPU'} × ${cpu.length} cores, ${process.platform}/${process.arch}`;
}

function seeded(f: RunFacts): string {
  const c = f.counts;
  return (
    `Seeded once through the app's services (\`seedSample\`, ${n(f.learners)} learners, seed ${f.seed}) in ${seconds(f.seedMs)}; read back from the database: ` +
    `${n(c.learners)} learners with ${n(c.contacts)} contacts, ${n(c.profiles)} one-page profiles, ${n(c.oppPlusPlans)} OPP+ plans ` +
    `(${n(c.interventions)} interventions, ${n(c.measures)} measures), ${n(c.idpLearners)} IDPs in ${n(c.idpVersions)} versions ` +
    `(${n(c.idpSuperseded)} superseded, ${n(c.idpIssued)} issued, ${n(c.idpDrafts)} drafts), ${n(c.reviews)} reviews of ${n(c.reviewLearners)} learners, ` +
    `${n(c.photos)} photos; ${n(c.auditEntries)} audit entries; the database file is ${megabytes(c.databaseBytes)}.`
  );
}

function pagesNote(p: PrintPages): string {
  const counts = (xs: number[]) => [...new Set(xs)].map((v) => `${v} page${v === 1 ? '' : 's'} × ${xs.filter((x) => x === v).length}`).join(', ');
  const ok = p.profiles.every((x) => x === 1) && p.transitions.every((x) => x === 30);
  return `Pages counted with pdf-lib in the saved PDFs: profiles ${counts(p.profiles)}; transition prints ${counts(p.transitions)}${ok ? ' (as expected)' : ' — NOT the 1 and 30 expected'}.`;
}

export function footnotes(f: RunFacts): string[] {
  return [
    '¹ Encrypted only: the plain database has no passphrase. In the app, unlocking is this KDF plus the open.',
    '² Every issued plan exported one after another, twice on each store in the order encrypted, plain, plain, encrypted (so a drift ' +
      'over the minute hits both alike): p50 is the faster batch, p95 the slower.',
    '³ Encrypted: `backup.now` through BackupService (VACUUM INTO a temp file in the folder, integrity_check and equal row counts on the copy, ' +
      "the vault's trailer, fsync, rename, audit entry). Plain: the comparable work on the plain file (VACUUM INTO, integrity_check, equal row " +
      'counts, fsync); the app itself never writes a plain backup. This is the one row that reads every page of the file: each page is ' +
      "decrypted, and encrypted again into the copy, so the cipher's cost shows in full; everyday operations touch few pages, which " +
      "SQLite's page cache holds decrypted.",
    '⁴ `vault.chooseBackup` + `vault.inspectBackup`, as the restore screen does: digest of the whole file, passphrase KDF, extract, open, ' +
      'integrity_check, counts. Encrypted only (it includes the KDF of row ¹).',
    '⁵ Through the `print.*` channels of a core opened by the e2e harness on the same vault: the built renderer (out/renderer) lays out the ' +
      "print view in a new Chromium page (Playwright, standing in for Electron's printToPDF), the PDF's pages are counted and the file saved. " +
      'No plain figure: the print view reads its data through the core, which opens only the encrypted vault; the reads are the few ms of ' +
      `opening a learner's page, the rest is Chromium. ${pagesNote(f.pages)}`,
    '⁶ `process.memoryUsage()` of the bench process, which holds the core and both databases as Electron\'s main process holds the core; ' +
      "Chromium's own processes are not counted.",
  ];
}

export function report(f: RunFacts, table: string[]): string {
  const now = new Date().toISOString().slice(0, 16).replace('T', ' ');
  return [
    `# Benchmark: Caseload at ${n(f.learners)} learners, encrypted vs plain SQLite`,
    '',
    `Run on ${now} UTC with ${machine()}. Whole run ${seconds(f.totalMs)}.`,
    '',
    seeded(f),
    '',
    `The plain database is an exact decrypted copy of the seeded one (VACUUM INTO, then \`PRAGMA rekey = ''\`; ${seconds(f.copyMs)}), checked to start ` +
      'with "SQLite format 3" and to have the same row count in every table. Both are opened with the same connection pragmas (WAL, ' +
      'synchronous=FULL, temp_store=MEMORY, secure_delete=ON) and driven through the same services; every database operation alternates ' +
      `between them, ${f.runs} runs after 3 warm-up runs unless n says otherwise, so the ratio is the cost of the cipher alone.`,
    '',
    ...table,
    '',
    ...footnotes(f).flatMap((line) => [line, '']),
    'One run on a shared machine: expect ±20 % or more between runs.',
    '',
  ].join('\n');
}
