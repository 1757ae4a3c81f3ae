/**
 * What the bench measures through the whole app rather than a Session: the e2e harness (tests/e2e/harness.ts)
 * opens a core on the seeded vault with its Chromium platform, so the one-page profile and the transition print
 * are laid out by the real renderer (out/renderer) and printed to PDF as Electron's printToPDF would, and
 * "Back up now" and the backup check run through BackupService and RestoreService as the Backups section drives
 * them. The plain store has no app of its own: the backup's copy and check are measured on both stores' Sessions.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core/index';
import { vacuumInto } from '../../electron/core/db/copy';
import { copyVerified, requireIntact, tableCounts } from '../../electron/core/db/copy-check';
import type { Sqlite } from '../../electron/core/db/open';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import { call, pdfPageCount } from '../e2e/profile-helpers';
import type { Pair } from './database';
import { IDENTITY } from './stores';
import { megabytes, orderOf, time, type Results, type Which } from './table';

export const APP_OPS = {
  copy: 'backup copy and its check (VACUUM INTO, integrity_check, row counts, fsync)³',
  backup: 'backup now, the whole of it (the copy and check, the trailer and digest, fsync, rename, audit entry)³',
  backupSize: 'backup file size',
  check: 'check a backup file before restoring⁴',
  profile: 'one-page profile PDF (print view → Chromium PDF → saved)⁵',
  transition: 'transition print: 30 learners\' profiles in one PDF⁵',
} as const;

export type BenchApp = LaunchedApp & { core: Core };

/** The harness on the seeded vault, unlocked; its own window is sent to a blank page so it does no work meanwhile. */
export async function launchBenchApp(dataDir: string): Promise<BenchApp> {
  if (!existsSync(join('out', 'renderer', 'index.html'))) {
    throw new Error('The print figures need the built renderer: run `npx electron-vite build` (or `npm run build`) first, then `npm run bench` again.');
  }
  const app = await launchApp({ dataDir });
  if (!app.core) throw new Error('the bench drives the in-process core: unset E2E_RUNTIME');
  await app.page.goto('about:blank');
  await call(app.core, 'vault.unlock', { passphrase: IDENTITY.passphrase });
  return app as BenchApp;
}

function fsyncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The copy and check a backup makes (copyVerified) on the encrypted store; the same steps on the plain one. */
function copyAndCheck(pair: Pair, which: Which, dest: string): void {
  if (which === 'enc') copyVerified(pair.enc.sqlite, pair.enc.key, dest);
  else plainCopyVerified(pair.plain.sqlite, dest);
  fsyncFile(dest);
}

/** copyVerified's steps without a key: VACUUM INTO, integrity_check, the same row counts. */
function plainCopyVerified(live: Sqlite, dest: string): void {
  const before = tableCounts(live);
  vacuumInto(live, dest);
  const copy = new Database(dest);
  try {
    requireIntact(copy, 'the plain copy failed its check');
    const after = tableCounts(copy);
    if ([...before].some(([t, n]) => after.get(t) !== n)) throw new Error('the plain copy lost rows');
  } finally {
    copy.close();
  }
}

/**
 * The copy and check interleaved on both stores (the ratio is the cipher's), then "Back up now" as a whole through
 * the app (encrypted only: the app never writes a plain backup), its file's size, and the check a restore makes.
 */
export async function measureBackup(results: Results, app: BenchApp, pair: Pair, scratch: string, runs: number): Promise<void> {
  for (let i = -1; i < runs; i++) {
    for (const which of orderOf(i)) {
      const [ms] = await time(() => copyAndCheck(pair, which, join(scratch, `${which}-copy.db`)));
      if (i >= 0) results.record(APP_OPS.copy, which, ms);
    }
  }
  const status = await call(app.core, 'backup.chooseFolder', {});
  if (!status.folder) throw new Error('the harness chose no backup folder');
  let last = { fileName: '', bytes: 0 };
  for (let i = -1; i < runs; i++) {
    const [ms, made] = await time(async () => (await call(app.core, 'backup.now', {})).last);
    if (made) last = made;
    if (i >= 0) results.record(APP_OPS.backup, 'enc', ms);
  }
  results.text(APP_OPS.backupSize, megabytes(last.bytes));
  await measureCheck(results, app, join(status.folder, last.fileName));
}

async function measureCheck(results: Results, app: BenchApp, file: string): Promise<void> {
  app.openAnswers.backup = file;
  for (let i = 0; i < 3; i++) {
    const choice = await call(app.core, 'vault.chooseBackup', {});
    if (!choice) throw new Error('the harness did not answer the open dialog');
    const [ms, summary] = await time(() => call(app.core, 'vault.inspectBackup', { token: choice.token, secret: IDENTITY.passphrase }));
    if (summary.integrity !== 'ok') throw new Error('the backup failed its check');
    results.record(APP_OPS.check, 'enc', ms);
  }
}

export interface PrintPages {
  profiles: number[];
  transitions: number[];
}

/** Prints through the `print.*` channels; the saved PDFs' pages are counted with pdf-lib. One warm-up print first. */
export async function measurePrints(results: Results, app: BenchApp, profiles: { id: string; learnerId: string }[], runs: number, transitions: number): Promise<PrintPages> {
  const pages: PrintPages = { profiles: [], transitions: [] };
  if (profiles.length < 30) throw new Error(`the sample has ${profiles.length} profiles: too few for a transition print of 30`);
  for (let i = -1; i < runs; i++) {
    const profileId = profiles[(i + 1) * 7 % profiles.length]!.id;
    const [ms, out] = await time(() => call(app.core, 'print.profile', { profileId }));
    if (i < 0) continue;
    results.record(APP_OPS.profile, 'enc', ms);
    pages.profiles.push(await pdfPageCount(out.saved!));
  }
  for (let i = 0; i < Math.min(transitions, Math.floor(profiles.length / 30)); i++) {
    const learnerIds = profiles.slice(i * 30, i * 30 + 30).map((p) => p.learnerId);
    const [ms, out] = await time(() => call(app.core, 'print.transition', { jobId: randomUUID(), learnerIds }));
    results.record(APP_OPS.transition, 'enc', ms);
    pages.transitions.push(await pdfPageCount(out.saved!));
  }
  return pages;
}
