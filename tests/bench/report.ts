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
    '³ The copy and check: `copyVerified`, the backup\'s own first step (VACUUM INTO, integrity_check and equal row counts on the copy), ' +
      'then fsync, on the encrypted store; the same steps without a key on the plain one. It reads every page of the file: each page is ' +
      "decrypted, and encrypted again into the copy, so the cipher's cost shows in full; everyday operations touch few pages, which " +
      "SQLite's page cache holds decrypted. \"Back up now\" is the whole of `backup.now` through the app (the copy and check, the vault's " +
      'trailer, the SHA-256 digest of the file, fsync, rename, the audit entry and the settings write): encrypted only, as the app never ' +
      'writes a plain backup.',
    '⁴ `vault.chooseBackup` + `vault.inspectBackup`, as the restore screen does: digest of the whole file, passphrase KDF, extract, open, ' +
      'integrity_check, counts. Encrypted only (it includes the KDF of row ¹).',
    '⁵ Through the `print.*` channels of a core opened by the e2e harness on the same vault: the built renderer (out/renderer) lays out the ' +
      "print view in a new Chromium page (Playwright, standing in for Electron's printToPDF), the PDF's pages are counted and the file saved. " +
      'No plain figure: the print view reads its data through the core, which opens only the encrypted vault; the reads are the few ms of ' +
      `opening a learner's page, the rest is Chromium. ${pagesNote(f.pages)}`,
    '⁶ `process.memoryUsage()` of the bench process after a garbage collection: after seeding, and at the end with only the encrypted ' +
      "vault open (the plain store and the harness closed). It holds the core as Electron's main process does, plus the bench's own " +
      "generated sample; Chromium's own processes are not counted.",
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
      'with "SQLite format 3", to keep no reserved bytes on its pages and to have the same row count in every table. Both are opened with the same connection pragmas (WAL, ' +
      'synchronous=FULL, temp_store=MEMORY, secure_delete=ON) and driven through the same services; every database operation alternates ' +
      `between them, so the ratio is the cost of the cipher alone. The everyday operations and the IDP export run ${f.runs} times after 3 ` +
      'warm-up runs; the backup rows and the profile PDF after 1; unlocking, the batch, the backup check and the transition print as n says, without.',
    '',
    ...table,
    '',
    ...footnotes(f).flatMap((line) => [line, '']),
    'One run on a shared machine: expect ±20 % or more between runs.',
    '',
  ].join('\n');
}
