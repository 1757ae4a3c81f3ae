/**
 * `npm run bench`: Caseload at 2,000 learners with their documents, on the real code paths, and what encryption
 * costs there. One encrypted vault (real KDF) is seeded once through the app's services (stores.ts); a plain
 * SQLite file is made from it as an exact decrypted copy. Database operations run interleaved on both
 * (database.ts); printing, backup and the backup check run through the whole app on the e2e harness (app.ts).
 * Prints one table and writes it, with the date, the machine and what was seeded, to tests/bench/results.md.
 * BENCH_LEARNERS=200 gives a quick smoke run, printed only (results.md is for the 2,000).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSample, type Sample } from '../../electron/core/sample/generate';
import { closeSession, type StorePaths } from '../../electron/core/services/session';
import { launchBenchApp, measureBackup, measurePrints, type PrintPages } from './app';
import { measureEveryday, measureIdpExport, measureUnlock, type Pair } from './database';
import { report } from './report';
import { decryptedCopy, openEncrypted, openPlain, seededCounts, seededIds, seedVault, setUpVault, unlockKey } from './stores';
import { megabytes, Results, time } from './table';

const LEARNERS = Number(process.env.BENCH_LEARNERS ?? 2000);
const SEED = 2026;
const RUNS = 50;
const BACKUP_RUNS = 5;
const PRINT_RUNS = 10;
const TRANSITION_RUNS = 3;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

/** After a garbage collection (`npm run bench` runs node with --expose-gc), so the figure is what is held. */
function memory(): string {
  (globalThis as { gc?: () => void }).gc?.();
  const m = process.memoryUsage();
  return `${megabytes(m.rss)}, ${megabytes(m.heapUsed)}`;
}

interface Seeded {
  paths: StorePaths;
  key: Buffer;
  sample: Sample;
  learnerIds: string[];
  seedMs: number;
}

/** The encrypted vault, set up and seeded once. */
async function seedOnce(encDir: string): Promise<Seeded> {
  const sample = generateSample({ count: LEARNERS, seed: SEED });
  log(`setting up the encrypted vault (real KDF) and seeding ${LEARNERS} learners with their documents…`);
  const paths = await setUpVault(encDir);
  const key = await unlockKey(paths);
  const [seedMs, learnerIds] = await time(() => seedVault(paths, key, sample));
  return { paths, key, sample, learnerIds, seedMs };
}

/** The decrypted copy, checked, and what the measurements need from the seeded data. */
async function copyAndRead(s: Seeded, plainFile: string) {
  log('making the plain database: an exact decrypted copy…');
  const enc = await openEncrypted(s.paths, s.key);
  try {
    const [copyMs] = await time(() => decryptedCopy(enc.sqlite, s.key, plainFile));
    return { copyMs, counts: seededCounts(enc), ids: seededIds(enc) };
  } finally {
    await closeSession(enc);
  }
}

async function throughTheApp(results: Results, encDir: string, pair: Pair, scratch: string, profiles: { id: string; learnerId: string }[]): Promise<PrintPages> {
  log('launching the app on the harness (Chromium) for backups and printing…');
  const app = await launchBenchApp(encDir);
  try {
    log(`measuring backups (${BACKUP_RUNS} interleaved with the plain copy) and the backup check…`);
    await measureBackup(results, app, pair, scratch, BACKUP_RUNS);
    log(`measuring the one-page profile PDF (${PRINT_RUNS}) and the 30-page transition print (${TRANSITION_RUNS})…`);
    return await measurePrints(results, app, profiles, PRINT_RUNS, TRANSITION_RUNS);
  } finally {
    await app.close();
  }
}

async function main(root: string): Promise<void> {
  const started = performance.now();
  const results = new Results();
  const encDir = join(root, 'encrypted');
  const plainFile = join(root, 'plain', 'caseload.db');
  mkdirSync(join(root, 'plain'));

  const seeded = await seedOnce(encDir);
  const afterSeeding = memory();
  const { copyMs, counts, ids } = await copyAndRead(seeded, plainFile);
  log(`seeded in ${(seeded.seedMs / 1000).toFixed(1)} s; plain copy in ${(copyMs / 1000).toFixed(1)} s. Measuring unlock…`);
  await measureUnlock(results, seeded.paths, plainFile, seeded.key);

  const pair: Pair = { enc: await openEncrypted(seeded.paths, seeded.key), plain: await openPlain(plainFile) };
  let pages: PrintPages;
  try {
    log(`measuring ${RUNS} interleaved runs of the everyday operations…`);
    await measureEveryday(results, pair, seeded.learnerIds, seeded.sample, RUNS);
    log(`measuring the IDP Word export (${RUNS} interleaved, then a batch of ${ids.issuedIdps.length} on each)…`);
    await measureIdpExport(results, pair, ids.issuedIdps, RUNS);
    pages = await throughTheApp(results, encDir, pair, root, ids.profiles);
  } finally {
    await closeSession(pair.plain);
  }
  try {
    results.text('main-process memory after seeding (rss, heap used)⁶', afterSeeding);
    results.text('main-process memory at the end, the vault open (rss, heap used)⁶', memory());
  } finally {
    await closeSession(pair.enc);
  }

  const totalMs = performance.now() - started;
  const table = results.table();
  process.stdout.write(`${table.join('\n')}\n`);
  const facts = { learners: LEARNERS, seed: SEED, runs: RUNS, counts, seedMs: seeded.seedMs, copyMs, pages, totalMs };
  if (LEARNERS !== 2000) return log(`${(totalMs / 1000).toFixed(0)} s in all; a smoke run (BENCH_LEARNERS=${LEARNERS}) leaves results.md as it was`);
  writeFileSync(fileURLToPath(new URL('./results.md', import.meta.url)), report(facts, table));
  log(`written to tests/bench/results.md (${(totalMs / 1000).toFixed(0)} s in all)`);
}

const root = mkdtempSync(join(tmpdir(), 'caseload-bench-'));
try {
  await main(root);
} finally {
  rmSync(root, { recursive: true, force: true });
}
