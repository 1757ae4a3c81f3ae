/**
 * Security test 9, disk full and read-only folder during a save, an export and a backup: a clear STORAGE message,
 * no partial or corrupt file left, and the live database intact with everything saved before.
 *
 * As root (this machine, CI) the faults are REAL: a tiny tmpfs for ENOSPC (a backup folder smaller than the database;
 * a data folder whose free space is filled), and a tmpfs mounted read-only. Without root the same cases use
 * chmod 0o500 for read-only and a child under `ulimit -f` (SIGXFSZ ignored) for "full". The file-size-limit cases
 * run in both modes, so the fallback is exercised on CI too. Mounts are always undone in afterAll.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, openSync, readdirSync, rmSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sql } from 'kysely';
import { afterAll, describe, expect, test } from 'vitest';
import { BACKUP_WORDS } from '../../electron/core/services/backup';
import { backupVault, learnerNames, seed, type BackupVault } from './backup-support';
import { fakePlatform } from './fake-platform';
import { cleanup, databaseKey, expectError, IDENTITY, ok, tableDigests, testCore, withDatabase } from './helpers';
import { addLearner } from './register-support';

const CHILD = fileURLToPath(new URL('./storage-faults-child.ts', import.meta.url));
const mounts: string[] = [];
const owned: string[] = [];

function scratch(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseload-fault-'));
  owned.push(dir);
  return dir;
}

function mountTmpfs(size: string, readOnly = false): string {
  const dir = scratch();
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${size},mode=0777${readOnly ? ',ro' : ''}`, 'tmpfs', dir]);
  mounts.push(dir);
  return dir;
}

/** CASELOAD_FAULTS_FALLBACK=1 runs the non-root variant as root too (its read-only cases then fail: root ignores chmod). */
const CAN_MOUNT = (() => {
  if (process.getuid?.() !== 0 || process.env.CASELOAD_FAULTS_FALLBACK) return false;
  try {
    execFileSync('umount', [mountTmpfs('4k')]);
    mounts.pop();
    return true;
  } catch {
    return false;
  }
})();

afterAll(async () => {
  await cleanup(); // closes every core (a core on a tmpfs must close before it can be unmounted)
  for (const dir of mounts.splice(0).reverse()) {
    const done = spawnSync('umount', [dir]).status === 0 || spawnSync('umount', ['-l', dir]).status === 0;
    if (!done) throw new Error(`could not unmount ${dir}`);
  }
  for (const dir of owned.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** Fills the folder's file system until it refuses another byte. */
function fill(folder: string): number {
  const fd = openSync(join(folder, 'filler.bin'), 'w');
  let written = 0;
  try {
    for (const size of [64 * 1024, 4096, 512, 1]) {
      const chunk = Buffer.alloc(size, 1);
      try {
        for (;;) written += writeSync(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      }
    }
  } finally {
    closeSync(fd);
  }
  return written;
}

/** What the live database holds (every table's digest) and whether it passes integrity_check. */
async function liveState(v: BackupVault) {
  return withDatabase(v.core.paths.dbFile, v.key, async (db) => {
    const check = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db);
    return { integrity: check.rows.map((r) => r.integrity_check).join(','), tables: await tableDigests(db) };
  });
}

async function seededVault(): Promise<BackupVault> {
  const v = await backupVault();
  await seed(v.core);
  return v;
}

function runChild(v: BackupVault, folder: string, action: 'backup' | 'export', limitBlocks: number) {
  const out = spawnSync('sh', ['-c', `trap '' XFSZ; ulimit -f ${limitBlocks}; exec "${process.execPath}" --import tsx "${CHILD}"`], {
    input: JSON.stringify({ dataDir: v.dir, keyHex: v.key.toString('hex'), folder, action }),
    encoding: 'utf8',
  });
  if (out.status !== 0) throw new Error(`child failed (${out.status}): ${out.stderr}`);
  return JSON.parse(out.stdout) as { ok: boolean; code?: string; message?: string };
}

describe(`backups (${CAN_MOUNT ? 'real faults on tmpfs' : 'fallback: chmod and ulimit -f'})`, () => {
  test('backup folder smaller than the database → STORAGE "The backup folder is full…", no file left, error shown, data intact', async () => {
    const v = await seededVault();
    const before = await liveState(v);
    let message: string;
    let folder: string;
    if (CAN_MOUNT) {
      folder = mountTmpfs('64k');
      v.platform.chooseFolder = async () => folder;
      ok(await v.core.invoke('backup.chooseFolder', {}));
      message = expectError(await v.core.invoke('backup.now', {}), 'STORAGE');
      const status = ok(await v.core.invoke('backup.status', {}));
      expect(status.lastError?.message).toBe(message);
      expect(status.last).toBeNull();
    } else {
      folder = scratch();
      const answer = runChild(v, folder, 'backup', 128);
      expect(answer.code).toBe('STORAGE');
      message = answer.message!;
    }
    expect(message).toBe(CAN_MOUNT ? BACKUP_WORDS.full : BACKUP_WORDS.other);
    expect(readdirSync(folder)).toEqual([]);
    expect(await liveState(v)).toEqual(before);
    expect(before.integrity).toBe('ok');
  });

  test('read-only backup folder → STORAGE "Caseload cannot write to the backup folder…", nothing written, data intact', async () => {
    const v = await seededVault();
    const before = await liveState(v);
    const folder = CAN_MOUNT ? mountTmpfs('1m', true) : scratch();
    if (!CAN_MOUNT) chmodSync(folder, 0o500);
    v.platform.chooseFolder = async () => folder;
    ok(await v.core.invoke('backup.chooseFolder', {}));
    expect(expectError(await v.core.invoke('backup.now', {}), 'STORAGE')).toBe(BACKUP_WORDS.denied);
    expect(readdirSync(folder)).toEqual([]);
    expect(await liveState(v)).toEqual(before);
  });

  test('a file-size limit (ulimit -f, the non-root stand-in for a full disk) → STORAGE, no file left, data intact', async () => {
    const v = await seededVault();
    const before = await liveState(v);
    const folder = scratch();
    const answer = runChild(v, folder, 'backup', 128);
    expect(answer).toEqual({ ok: false, code: 'STORAGE', message: BACKUP_WORDS.other });
    expect(readdirSync(folder)).toEqual([]);
    expect(await liveState(v)).toEqual(before);
  });
});

describe(`exports through saveExport (${CAN_MOUNT ? 'real faults on tmpfs' : 'fallback'})`, () => {
  async function exportTo(v: BackupVault, folder: string) {
    v.platform.chooseSavePath = async ({ defaultName }) => join(folder, defaultName);
    const [row] = ok(await v.core.invoke('learners.list', {})).rows;
    const profile = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: row!.id }));
    return v.core.invoke('profiles.exportDocx', { profileId: profile.id });
  }

  test('read-only folder → STORAGE "Caseload cannot write to that folder…", no file, no audit entry', async () => {
    const v = await seededVault();
    const folder = CAN_MOUNT ? mountTmpfs('1m', true) : scratch();
    if (!CAN_MOUNT) chmodSync(folder, 0o500);
    await exportTo(v, scratch()); // the first export of a profile may write view entries: not part of this check
    const before = await liveState(v);
    expect(expectError(await exportTo(v, folder), 'STORAGE')).toBe('Caseload cannot write to that folder. Choose another place to save.');
    expect(readdirSync(folder)).toEqual([]);
    expect(await liveState(v)).toEqual(before);
  });

  test('full folder → STORAGE "The disk is full, so the file was not saved…", no file left, no audit entry', async () => {
    const v = await seededVault();
    const before = await liveState(v);
    let answer: { code?: string; message?: string };
    const folder = CAN_MOUNT ? mountTmpfs('256k') : scratch();
    if (CAN_MOUNT) {
      fill(folder);
      await exportTo(v, scratch());
      const mid = await liveState(v);
      const env = await exportTo(v, folder);
      answer = env.ok ? {} : env.error;
      expect(await liveState(v)).toEqual(mid);
      expect(readdirSync(folder)).toEqual(['filler.bin']);
    } else {
      answer = runChild(v, folder, 'export', 1536);
      expect(readdirSync(folder)).toEqual([]);
      expect(await liveState(v)).toEqual(before);
    }
    expect(answer).toMatchObject({ code: 'STORAGE', message: 'The disk is full, so the file was not saved. Free some space and try again.' });
  });
});

describe('a short write (ulimit -f, run in both modes)', () => {
  test('an export bigger than the limit → STORAGE, no file: write(2) stopping short is never taken for a whole file', async () => {
    const v = await seededVault();
    const before = await liveState(v);
    const folder = scratch();
    expect(runChild(v, folder, 'export', 1536)).toEqual({ ok: false, code: 'STORAGE', message: 'The disk is full, so the file was not saved. Free some space and try again.' });
    expect(readdirSync(folder)).toEqual([]);
    expect(await liveState(v)).toEqual(before);
  });
});

describe.runIf(CAN_MOUNT)('the data folder itself full (real ENOSPC on tmpfs)', () => {
  test('saves fail with STORAGE "The disk is full…", every earlier save is still there, integrity ok; space freed → saving works again', async () => {
    const dir = mountTmpfs('3m');
    const platform = fakePlatform(scratch());
    const core = testCore(dir, { platform });
    ok(await core.invoke('vault.setup', { ...IDENTITY }));
    await seed(core);
    const v = { core, key: await databaseKey(dir, IDENTITY.passphrase) } as BackupVault;
    const filled = fill(dir);
    let saved = 0;
    let refusal: string | null = null;
    for (let i = 0; i < 500 && !refusal; i++) {
      const made = await core.invoke('learners.create', { legalFirstName: 'After', legalLastName: `Fill ${i}`, dateOfBirth: '2016-01-01', notes: 'n'.repeat(4000) });
      if (made.ok) saved++;
      else refusal = expectError(made, 'STORAGE');
    }
    console.log(`data folder: filled ${filled} bytes; ${saved} saves fitted in what was left, then refused`);
    expect(refusal).toBe('The disk is full, so this was not saved. Free some space and try again.');
    const state = await liveState(v);
    expect(state.integrity).toBe('ok');
    expect(state.tables.learner!.rows).toBe(3 + saved);
    expect(await learnerNames(core)).toHaveLength(3 + saved);
    rmSync(join(dir, 'filler.bin'));
    await addLearner(core, { legalFirstName: 'Space', legalLastName: 'Again' });
    expect(await learnerNames(core)).toHaveLength(4 + saved);
  });
});
