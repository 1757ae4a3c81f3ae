/**
 * Helpers for the backup and restore tests (backup*.test.ts, storage-faults.test.ts): a vault with the fake
 * platform (folders under its out folder, open dialogs answered from `openAnswers`), a caseload seeded through the
 * contract with known strings, and the three restore steps.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Core, CoreOptions } from '../../electron/core/index';
import type { BackupClock } from '../../electron/core/services/backup-schedule';
import type { Output } from '../../shared/ipc';
import { fakePlatform, type FakePlatform } from './fake-platform';
import { databaseKey, hashFiles, ok, SAMPLE_REVIEW, setupVault, tempDir } from './helpers';
import { addLearner } from './register-support';

export interface BackupVault {
  dir: string;
  core: Core;
  passphrase: string;
  recoveryKey: string;
  key: Buffer;
  platform: FakePlatform;
  /** Where the fake folder dialog points: `<out>/backup`. */
  folder: string;
}

/** Names and notes that must never appear in plaintext in a backup file. */
export const CANARIES = ['Bleddyn Canarywick', 'Ffion Tallowmere', 'Reads with a violet overlay at home', 'Quillon Barrowdale'] as const;

export async function backupVault(overrides: Partial<CoreOptions> = {}, identity: { passphrase?: string } = {}): Promise<BackupVault> {
  const out = tempDir();
  const platform = fakePlatform(out);
  const { dir, core, passphrase, recoveryKey } = await setupVault(identity, { platform, ...overrides });
  return { dir, core, passphrase, recoveryKey, key: await databaseKey(dir, passphrase), platform, folder: join(out, 'backup') };
}

export interface Seeded {
  learners: number;
  profiles: number;
  oppPlusPlans: number;
  idps: number;
  reviews: number;
}

/** Three learners with known strings; the first has a profile, an OPP+ plan, an IDP draft and a review. */
export async function seed(core: Core): Promise<Seeded> {
  const [first] = [
    await addLearner(core, { legalFirstName: 'Bleddyn', legalLastName: 'Canarywick', notes: CANARIES[2] }),
    await addLearner(core, { legalFirstName: 'Ffion', legalLastName: 'Tallowmere' }),
    await addLearner(core, { legalFirstName: 'Quillon', legalLastName: 'Barrowdale' }),
  ];
  const id = first!.id;
  ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: id }));
  ok(await core.invoke('oppPlus.start', { learnerId: id }));
  ok(await core.invoke('idp.startDraft', { learnerId: id }));
  ok(await core.invoke('reviews.schedule', { learnerId: id, fields: { ...SAMPLE_REVIEW, invitees: SAMPLE_REVIEW.invitees.map((i) => ({ ...i })) } }));
  return { learners: 3, profiles: 1, oppPlusPlans: 1, idps: 1, reviews: 1 };
}

export async function chooseFolder(v: BackupVault): Promise<Output<'backup.status'>> {
  return ok(await v.core.invoke('backup.chooseFolder', {}));
}

/** "Back up now"; returns the status and the path of the file made. */
export async function backUp(core: Core, folder: string): Promise<{ status: Output<'backup.now'>; file: string }> {
  const status = ok(await core.invoke('backup.now', {}));
  if (!status.last) throw new Error('no last backup after backup.now');
  return { status, file: join(folder, status.last.fileName) };
}

/** The three restore steps: choose (the fake dialog answers with `file`), check with `secret`, restore. */
export async function restoreFrom(core: Core, platform: FakePlatform, file: string, secret: string) {
  platform.openAnswers.backup = file;
  const choice = ok(await core.invoke('vault.chooseBackup', {}));
  if (!choice) throw new Error('the open dialog was cancelled');
  const summary = ok(await core.invoke('vault.inspectBackup', { token: choice.token, secret }));
  const result = ok(await core.invoke('vault.restoreBackup', { token: choice.token }));
  return { choice, summary, result };
}

export async function learnerNames(core: Core): Promise<string[]> {
  const list = ok(await core.invoke('learners.list', {}));
  return list.rows.map((r) => r.legalName).sort();
}

/** sha256 of every file under each folder (recursively), keyed by folder: "every file unchanged" compares these. */
export function digestAll(...folders: string[]): Record<string, Record<string, string>> {
  return Object.fromEntries(folders.filter((f) => existsSync(f)).map((f) => [f, hashFiles(f)]));
}

export const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

export const filesIn = (folder: string) => (existsSync(folder) ? readdirSync(folder).sort() : []);

/** A clock the test moves by hand; `fire()` runs what the schedule set to run every hour (if it is running). */
export interface FakeClock extends BackupClock {
  at: Date;
  runs: number;
  fire(): void;
  running(): boolean;
}

export function fakeClock(start: string): FakeClock {
  let run: (() => void) | null = null;
  return {
    at: new Date(start),
    runs: 0,
    now() {
      return new Date(this.at);
    },
    every(_ms, fn) {
      run = fn;
      return () => (run = null);
    },
    fire() {
      this.runs++;
      run?.();
    },
    running: () => run !== null,
  };
}
