/**
 * Backups that must be refused, with no file changed anywhere (sha256 of every file in the data folder, the backup
 * folder and the backup itself, before and after): a wrong passphrase or recovery key, a damaged file (bytes
 * flipped), a backup made by a newer Caseload. And an older backup, which is brought up to date as it is restored.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { backUp, backupVault, chooseFolder, digestAll, learnerNames, restoreFrom, seed, type BackupVault } from './backup-support';
import { fakePlatform } from './fake-platform';
import { cleanup, expectError, ok, OTHER_PASSPHRASE, tempDir, testCore, withDatabase } from './helpers';

afterEach(cleanup);

async function madeBackup(v: BackupVault): Promise<string> {
  await seed(v.core);
  await chooseFolder(v);
  return (await backUp(v.core, v.folder)).file;
}

async function choose(v: { core: BackupVault['core']; platform: BackupVault['platform'] }, file: string) {
  v.platform.openAnswers.backup = file;
  return ok(await v.core.invoke('vault.chooseBackup', {}))!;
}

describe('a wrong secret', () => {
  test('wrong passphrase, wrong recovery key, the passphrase set after the backup → WRONG_PASSPHRASE, every file byte-for-byte unchanged', async () => {
    const v = await backupVault();
    const file = await madeBackup(v);
    ok(await v.core.invoke('vault.changePassphrase', { current: v.passphrase, next: OTHER_PASSPHRASE }));
    const fresh = { dir: tempDir(), platform: fakePlatform(tempDir()) };
    const freshCore = testCore(fresh.dir, { platform: fresh.platform });
    const wrong = ['violet tundra quince marbles', '0000-0000-0000-0000-0000-0000-0000', OTHER_PASSPHRASE, v.recoveryKey.replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))];

    for (const where of [v, { core: freshCore, platform: fresh.platform, dir: fresh.dir }]) {
      const choice = await choose(where, file);
      const before = digestAll(v.dir, fresh.dir, v.folder);
      for (const secret of wrong) {
        const message = expectError(await where.core.invoke('vault.inspectBackup', { token: choice.token, secret }), 'WRONG_PASSPHRASE');
        expect(message).toBe('That passphrase or recovery key does not open this backup. Use the one that opened Caseload when the backup was made.');
      }
      expectError(await where.core.invoke('vault.restoreBackup', { token: choice.token }), 'BAD_FILE');
      expect(digestAll(v.dir, fresh.dir, v.folder)).toEqual(before);
      // The passphrase current when it was made still opens it.
      ok(await where.core.invoke('vault.inspectBackup', { token: choice.token, secret: v.passphrase }));
    }
    expect(ok(await freshCore.invoke('vault.status', {})).state).toBe('new');
  });
});

/** The file with one byte inverted at `at` (a negative position counts from the end). */
function flipped(source: string, folder: string, at: number, label: string): string {
  const bytes = readFileSync(source);
  const i = at < 0 ? bytes.length + at : at;
  bytes[i] = bytes[i]! ^ 0xff;
  const out = join(folder, `flipped-${label}.caseload-backup`);
  writeFileSync(out, bytes);
  return out;
}

describe('a damaged backup', () => {
  test('one byte flipped anywhere (database, trailer, footer) → CORRUPT or BAD_FILE, every file unchanged, nothing restored', async () => {
    const v = await backupVault();
    const file = await madeBackup(v);
    const size = readFileSync(file).length;
    const trailerStart = size - 52 - readFileSync(file).readUInt32BE(size - 52);
    const places: [string, number][] = [
      ['first byte', 0],
      ['page 1 header area', 100],
      ['middle of the database', Math.floor(trailerStart / 2)],
      ['last database byte', trailerStart - 1],
      ['trailer JSON', trailerStart + 40],
      ['trailer length', -52],
      ['digest', -30],
      ['magic', -1],
    ];
    const damaged = tempDir();
    const answers: Record<string, string> = {};
    for (const [label, at] of places) {
      const bad = flipped(file, damaged, at, label.replace(/\W+/g, '-'));
      const before = digestAll(v.dir, v.folder, damaged);
      v.platform.openAnswers.backup = bad;
      const chose = await v.core.invoke('vault.chooseBackup', {});
      const answer = chose.ok ? await v.core.invoke('vault.inspectBackup', { token: chose.value!.token, secret: v.passphrase }) : chose;
      answers[label] = answer.ok ? 'ACCEPTED' : answer.error.code;
      expect(digestAll(v.dir, v.folder, damaged)).toEqual(before);
    }
    expect(answers).toEqual({
      'first byte': 'CORRUPT',
      'page 1 header area': 'CORRUPT',
      'middle of the database': 'CORRUPT',
      'last database byte': 'CORRUPT',
      'trailer JSON': 'CORRUPT',
      'trailer length': 'CORRUPT',
      digest: 'CORRUPT',
      magic: 'BAD_FILE',
    });
    expect(await learnerNames(v.core)).toHaveLength(3);
  });

  test('a flipped database byte with a recomputed digest is still caught, by the database\'s own page check', async () => {
    const v = await backupVault();
    const file = await madeBackup(v);
    const bytes = readFileSync(file);
    const footer = bytes.length - 52;
    const trailerStart = footer - bytes.readUInt32BE(footer);
    bytes[Math.floor(trailerStart / 2)]! ^= 0x01;
    createHash('sha256').update(bytes.subarray(0, footer)).digest().copy(bytes, footer + 4);
    const forged = join(tempDir(), 'forged.caseload-backup');
    writeFileSync(forged, bytes);
    const choice = await choose(v, forged);
    const before = digestAll(v.dir, v.folder);
    const message = expectError(await v.core.invoke('vault.inspectBackup', { token: choice.token, secret: v.passphrase }), 'CORRUPT');
    expect(message).toBe('This backup could not be read: it is damaged. Nothing was changed. Try another backup.');
    expect(digestAll(v.dir, v.folder)).toEqual(before);
  });

  test('a file that is not a backup → BAD_FILE at once', async () => {
    const v = await backupVault();
    const other = join(tempDir(), 'notes.caseload-backup');
    writeFileSync(other, 'hello, this is not a backup at all, just some text long enough to have a footer');
    v.platform.openAnswers.backup = other;
    expect(expectError(await v.core.invoke('vault.chooseBackup', {}), 'BAD_FILE')).toMatch(/not a Caseload backup/);
  });
});

describe('versions', () => {
  test('a backup from a newer Caseload → NEWER_DATABASE, every file unchanged', async () => {
    const future = [...MIGRATIONS, { name: '9999-from-the-future', up: async () => {} }];
    const newer = await backupVault({ migrations: future });
    const file = await madeBackup(newer);
    const v = await backupVault();
    const choice = await choose(v, file);
    const before = digestAll(v.dir, newer.folder);
    const message = expectError(await v.core.invoke('vault.inspectBackup', { token: choice.token, secret: newer.passphrase }), 'NEWER_DATABASE');
    expect(message).toMatch(/newer version of Caseload/);
    expect(digestAll(v.dir, newer.folder)).toEqual(before);
  });

  test('a backup from an older Caseload is checked, restored and brought up to date (the newest tables and columns exist)', async () => {
    const older = await backupVault({ migrations: MIGRATIONS.slice(0, -1) });
    const file = await madeBackup(older);
    const v = await backupVault();
    const { summary } = await restoreFrom(v.core, v.platform, file, older.passphrase);
    expect(summary.learners).toBe(3);
    expect(await learnerNames(v.core)).toHaveLength(3);
    const applied = await withDatabase(v.core.paths.dbFile, v.key, (db) => db.selectFrom('caseload_migration').select('name').orderBy('name').execute());
    expect(applied.map((m) => m.name)).toEqual(MIGRATIONS.map((m) => m.name));
    const columns = await withDatabase(v.core.paths.dbFile, v.key, async (db) => (await sql<{ name: string }>`PRAGMA table_info(learner)`.execute(db)).rows.map((c) => c.name));
    expect(columns).toContain('legal_hold');
  });
});
