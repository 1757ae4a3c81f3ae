/**
 * Restoring (issue 8): check a backup with its passphrase or recovery key (a summary of counts), restore it with a
 * safety copy first, on this install, from another install (re-keyed copy) and before setup on a new computer.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readBackupHead } from '../../electron/core/services/backup-file';
import { backUp, backupVault, chooseFolder, filesIn, learnerNames, restoreFrom, seed } from './backup-support';
import { fakePlatform } from './fake-platform';
import { auditActions, cleanup, databaseKey, expectError, ok, OTHER_PASSPHRASE, tempDir, testCore, withDatabase } from './helpers';
import { addLearner } from './register-support';

afterEach(cleanup);

const ALL = ['Bleddyn Canarywick', 'Ffion Tallowmere', 'Quillon Barrowdale'];
const lastAudit = (file: string, key: Buffer) =>
  withDatabase(file, key, (db) => db.selectFrom('audit_log').select(['action', 'details', 'at']).orderBy('seq', 'desc').limit(1).executeTakeFirstOrThrow());

describe('checking a backup', () => {
  test('with the passphrase, or with the recovery key: integrity ok, the counts seeded, the last change; the file named and dated', async () => {
    const v = await backupVault();
    const seeded = await seed(v.core);
    await chooseFolder(v);
    const { status, file } = await backUp(v.core, v.folder);
    v.platform.openAnswers.backup = file;
    const choice = ok(await v.core.invoke('vault.chooseBackup', {}))!;
    expect(choice).toMatchObject({ fileName: status.last!.fileName, bytes: status.last!.bytes, madeAt: status.last!.at });

    const lastBefore = await lastAudit(v.core.paths.dbFile, v.key); // the backup.made entry, written after the copy
    for (const secret of [v.passphrase, v.recoveryKey, v.recoveryKey.toLowerCase().replace(/-/g, ' ')]) {
      const summary = ok(await v.core.invoke('vault.inspectBackup', { token: choice.token, secret }));
      expect(summary).toMatchObject({ token: choice.token, madeAt: status.last!.at, integrity: 'ok', ...seeded });
      expect(summary.lastChange! < lastBefore.at || summary.lastChange === lastBefore.at).toBe(true);
    }
    // Only one checked copy at a time, in the data folder, encrypted; none left once restored or forgotten.
    expect(filesIn(v.dir).filter((n) => n.startsWith('.restore-'))).toHaveLength(1);
    ok(await v.core.invoke('vault.lock', {}));
    expect(filesIn(v.dir).filter((n) => n.startsWith('.restore-'))).toEqual([]);
  });

  test('an unknown or forgotten token → NOT_FOUND; restore before checking → BAD_FILE; a cancelled dialog → null', async () => {
    const v = await backupVault();
    await chooseFolder(v);
    const { file } = await backUp(v.core, v.folder);
    expect(ok(await v.core.invoke('vault.chooseBackup', {}))).toBeNull();
    expectError(await v.core.invoke('vault.inspectBackup', { token: crypto.randomUUID(), secret: v.passphrase }), 'NOT_FOUND');
    v.platform.openAnswers.backup = file;
    const choice = ok(await v.core.invoke('vault.chooseBackup', {}))!;
    expectError(await v.core.invoke('vault.restoreBackup', { token: choice.token }), 'BAD_FILE');
    const again = ok(await v.core.invoke('vault.chooseBackup', {}))!;
    expectError(await v.core.invoke('vault.inspectBackup', { token: choice.token, secret: v.passphrase }), 'NOT_FOUND');
    ok(await v.core.invoke('vault.inspectBackup', { token: again.token, secret: v.passphrase }));
  });
});

describe('restoring while unlocked', () => {
  test('a change made after the backup is gone; the safety copy is named, holds the change, and itself restores', async () => {
    const v = await backupVault();
    await seed(v.core);
    await chooseFolder(v);
    const { file } = await backUp(v.core, v.folder);
    await addLearner(v.core, { legalFirstName: 'Later', legalLastName: 'Addition' });
    expect(await learnerNames(v.core)).toEqual([...ALL, 'Later Addition'].sort());

    const { summary, result } = await restoreFrom(v.core, v.platform, file, v.passphrase);
    expect(summary.learners).toBe(3);
    expect(result.restored).toBe(true);
    expect(result.safetyCopy).toMatch(/^caseload-backup-.*\.caseload-backup$/);
    expect(filesIn(v.folder)).toContain(result.safetyCopy);
    expect(await learnerNames(v.core)).toEqual(ALL);
    expect(ok(await v.core.invoke('vault.status', {})).state).toBe('unlocked');

    // The restore is logged in the restored database with the backup's date and counts (no names).
    const entry = await lastAudit(v.core.paths.dbFile, v.key);
    expect(entry.action).toBe('backup.restored');
    expect(JSON.parse(entry.details)).toEqual({ madeAt: summary.madeAt, learners: 3, profiles: 1, oppPlusPlans: 1, idps: 1, reviews: 1 });
    // Still the same key and vault: lock and unlock with the same passphrase.
    ok(await v.core.invoke('vault.lock', {}));
    ok(await v.core.invoke('vault.unlock', { passphrase: v.passphrase }));

    const back = await restoreFrom(v.core, v.platform, join(v.folder, result.safetyCopy!), v.passphrase);
    expect(back.summary.learners).toBe(4);
    expect(await learnerNames(v.core)).toEqual([...ALL, 'Later Addition'].sort());
    expect(filesIn(v.dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expect(filesIn(v.folder).filter((n) => n.startsWith('.'))).toEqual([]);
  });

  test('the safety copy cannot be made (backup folder gone) → STORAGE, nothing replaced; once it is back the same check restores', async () => {
    const v = await backupVault();
    await seed(v.core);
    await chooseFolder(v);
    const { file } = await backUp(v.core, v.folder);
    const kept = join(tempDir(), 'kept.caseload-backup');
    renameSync(file, kept);
    rmSync(v.folder, { recursive: true });
    await addLearner(v.core, { legalFirstName: 'Later', legalLastName: 'Addition' });
    v.platform.openAnswers.backup = kept;
    const choice = ok(await v.core.invoke('vault.chooseBackup', {}))!;
    ok(await v.core.invoke('vault.inspectBackup', { token: choice.token, secret: v.passphrase }));
    const message = expectError(await v.core.invoke('vault.restoreBackup', { token: choice.token }), 'STORAGE');
    expect(message).toMatch(/^The backup could not be written to the backup folder/);
    expect(existsSync(v.folder)).toBe(false); // a missing folder is not created where the USB stick was
    expect(await learnerNames(v.core)).toEqual([...ALL, 'Later Addition'].sort());
    mkdirSync(v.folder);
    const result = ok(await v.core.invoke('vault.restoreBackup', { token: choice.token }));
    expect(filesIn(v.folder)).toEqual([result.safetyCopy]);
    expect(await learnerNames(v.core)).toEqual(ALL);
  });

  test('no backup folder chosen: the safety copy goes to a "backups" folder inside the data folder', async () => {
    const a = await backupVault();
    await seed(a.core);
    await chooseFolder(a);
    const { file } = await backUp(a.core, a.folder);
    const b = await backupVault({}, { passphrase: OTHER_PASSPHRASE });
    await addLearner(b.core, { legalFirstName: 'Only', legalLastName: 'InB' });
    const { result } = await restoreFrom(b.core, b.platform, file, a.passphrase);
    expect(filesIn(join(b.dir, 'backups'))).toEqual([result.safetyCopy]);
    expect(ok(await b.core.invoke('backup.status', {})).last).toBeNull();
  });

  test('from another install: the copy is re-keyed to this vault; vault.json unchanged; the current passphrase opens it', async () => {
    const a = await backupVault();
    await seed(a.core);
    await chooseFolder(a);
    const { file } = await backUp(a.core, a.folder);
    const b = await backupVault({}, { passphrase: OTHER_PASSPHRASE });
    const vaultBefore = readFileSync(b.core.paths.vaultFile);
    expect(a.key.equals(b.key)).toBe(false);

    await restoreFrom(b.core, b.platform, file, a.recoveryKey);
    expect(await learnerNames(b.core)).toEqual(ALL);
    expect(readFileSync(b.core.paths.vaultFile).equals(vaultBefore)).toBe(true);
    ok(await b.core.invoke('vault.lock', {}));
    expectError(await b.core.invoke('vault.unlock', { passphrase: a.passphrase }), 'WRONG_PASSPHRASE');
    ok(await b.core.invoke('vault.unlock', { passphrase: OTHER_PASSPHRASE }));
    expect(await learnerNames(b.core)).toEqual(ALL);
    expect((await withDatabase(b.core.paths.dbFile, b.key, auditActions)).slice(-4)).toEqual(['backup.restored', 'vault.locked', 'vault.unlock_failed', 'vault.unlocked']);
  });
});

/** A seeded vault backed up once, and a new computer's core (nothing set up) that can open that backup. */
async function backupAndNewComputer() {
  const a = await backupVault();
  await seed(a.core);
  await chooseFolder(a);
  const { file } = await backUp(a.core, a.folder);
  const dir = tempDir();
  const platform = fakePlatform(tempDir());
  return { a, file, dir, platform, fresh: testCore(dir, { platform }) };
}

describe('restoring on a new computer (before setup)', () => {
  test('database then vault.json from the backup; left locked; the backup\'s passphrase opens it with everything in it', async () => {
    const { a, file, dir, platform, fresh } = await backupAndNewComputer();
    expect(ok(await fresh.invoke('vault.status', {})).state).toBe('new');
    const { summary, result } = await restoreFrom(fresh, platform, file, a.passphrase);
    expect(summary).toMatchObject({ learners: 3, integrity: 'ok' });
    expect(result).toEqual({ restored: true, safetyCopy: null });
    expect(ok(await fresh.invoke('vault.status', {})).state).toBe('locked');
    expect(JSON.parse(readFileSync(join(dir, 'vault.json'), 'utf8'))).toEqual(readBackupHead(file).trailer.vault);
    expect(filesIn(dir).filter((n) => n.startsWith('.'))).toEqual([]);
    expectError(await fresh.invoke('learners.list', {}), 'LOCKED');

    ok(await fresh.invoke('vault.unlock', { passphrase: a.passphrase }));
    expect(await learnerNames(fresh)).toEqual(ALL);
    const key = await databaseKey(dir, a.passphrase);
    expect((await withDatabase(join(dir, 'caseload.db'), key, auditActions)).slice(-2)).toEqual(['backup.restored', 'vault.unlocked']);
    // Once set up, restoring again needs the vault unlocked: locked → LOCKED.
    ok(await fresh.invoke('vault.lock', {}));
    expectError(await fresh.invoke('vault.chooseBackup', {}), 'LOCKED');
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  test('with the recovery key instead: the existing "forgotten passphrase" flow then sets a new passphrase', async () => {
    const { a, file, platform, fresh } = await backupAndNewComputer();
    await restoreFrom(fresh, platform, file, a.recoveryKey);
    ok(await fresh.invoke('vault.recover', { recoveryKey: a.recoveryKey, next: OTHER_PASSPHRASE }));
    expect(await learnerNames(fresh)).toEqual(ALL);
  });
});
