/**
 * What the bench measures through the whole app rather than a Session: the e2e harness (tests/e2e/harness.ts)
 * opens a core on the seeded vault with its Chromium platform, so the one-page profile and the transition print
 * are laid out by the real renderer (out/renderer) and printed to PDF as Electron's printToPDF would, and
 * "Back up now" and the backup check run through BackupService and RestoreService as the Backups section drives
 * them. The plain store has no app of its own: its comparable figure for a backup is measured here on a Session.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { randomUUID } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, openSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../../electron/core/index';
import { vacuumInto } from '../../electron/core/db/copy';
import { requireIntact, tableCounts } from '../../electron/core/db/copy-check';
import type { Sqlite } from '../../electron/core/db/open';
import type { Session } from '../../electron/core/services/session';
import { launchApp, type LaunchedApp } from '../e2e/harness';
import { call, pdfPageCount } from '../e2e/profile-helpers';
import { IDENTITY } from './stores';
import { megabytes, orderOf, time, type Results } from './table';

export const APP_OPS = {
  backup: 'backup now (copy, verify, encrypted file, fsync)³',
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

/** What the app would do for a backup of a plain file: VACUUM INTO, integrity_check, the same row counts, fsync. */
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
  fsyncFile(dest);
}

/** "Back up now" (interleaved with the plain copy), its file's size, then the check a restore makes of that file. */
export async function measureBackup(results: Results, app: BenchApp, plain: Session, scratch: string, runs: number): Promise<void> {
  const status = await call(app.core, 'backup.chooseFolder', {});
  if (!status.folder) throw new Error('the harness chose no backup folder');
  let last = { fileName: '', bytes: 0 };
  for (let i = -1; i < runs; i++) {
    for (const which of orderOf(i)) {
      const [ms, made] = await time(async () => (which === 'enc' ? (await call(app.core, 'backup.now', {})).last : plainCopyVerified(plain.sqlite, join(scratch, 'plain-copy.db'))));
      if (made) last = made;
      if (i >= 0) results.record(APP_OPS.backup, which, ms);
    }
  }
  results.text(APP_OPS.backupSize, megabytes(last.bytes));
  app.openAnswers.backup = join(status.folder, last.fileName);
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
