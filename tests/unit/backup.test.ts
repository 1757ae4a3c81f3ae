/**
 * Backups (issue 8): one encrypted, verified file per backup in the chosen folder; status, prune, stale, the
 * automatic schedule with an injected clock; no plaintext in the file.
 */
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { readBackupHead } from '../../electron/core/services/backup-file';
import { BACKUP_KEEP } from '../../shared/schemas/backup';
import { backUp, backupVault, CANARIES, chooseFolder, fakeClock, filesIn, seed } from './backup-support';
import { auditActions, cleanup, expectError, IDENTITY, ok, withDatabase } from './helpers';
import { hits, textNeedles } from './register-support';

afterEach(cleanup);

const NAME = /^caseload-backup-\d{4}-\d{2}-\d{2}-\d{6}(-\d+)?\.caseload-backup$/;

describe('making a backup', () => {
  test('"Back up now": one file in the chosen folder, its size in the status, logged as backup.made; nothing else left there', async () => {
    const v = await backupVault();
    await seed(v.core);
    const chosen = await chooseFolder(v);
    expect(chosen).toMatchObject({ folder: v.folder, keep: BACKUP_KEEP.default, automatic: true, last: null, lastError: null, stale: true });

    const started = performance.now();
    const { status, file } = await backUp(v.core, v.folder);
    const ms = performance.now() - started;
    expect(filesIn(v.folder)).toEqual([status.last!.fileName]);
    expect(status.last!.fileName).toMatch(NAME);
    expect(status.last!.bytes).toBe(statSync(file).size);
    expect(status).toMatchObject({ stale: false, lastError: null });

    // The file is the database (VACUUM INTO) plus a trailer holding vault.json of that moment.
    const head = readBackupHead(file);
    expect(head.trailer.vault).toEqual(JSON.parse(readFileSync(join(v.dir, 'vault.json'), 'utf8')));
    const actions = await withDatabase(v.core.paths.dbFile, v.key, auditActions);
    expect(actions.at(-1)).toBe('backup.made');
    const details = await withDatabase(v.core.paths.dbFile, v.key, (db) =>
      db.selectFrom('audit_log').select('details').where('action', '=', 'backup.made').executeTakeFirstOrThrow(),
    );
    expect(JSON.parse(details.details)).toEqual({ bytes: status.last!.bytes, automatic: false });
    console.log(`backup of 3 learners: ${status.last!.bytes} bytes (database ${head.trailer.databaseBytes}) in ${ms.toFixed(0)} ms`);
  });

  test('no plaintext: 0 hits for the learners\' names and notes (UTF-8, UTF-16LE), the key, the passphrase; no SQLite header', async () => {
    const v = await backupVault();
    await seed(v.core);
    await chooseFolder(v);
    const { file } = await backUp(v.core, v.folder);
    const bytes = readFileSync(file);
    const needles = [
      ...textNeedles([...CANARIES, IDENTITY.schoolName, IDENTITY.userName, v.passphrase, v.key.toString('hex'), v.recoveryKey]),
      { label: 'SQLite header', bytes: Buffer.from('SQLite format 3') },
      { label: 'raw key', bytes: v.key },
    ];
    expect(needles.length).toBe(2 * (CANARIES.length + 5) + 2);
    expect(hits(bytes, needles)).toEqual([]);
    // The positive control: the same scan finds a canary when it is there.
    expect(hits(Buffer.concat([bytes, Buffer.from(CANARIES[0], 'utf16le')]), needles)).toEqual([`${CANARIES[0]} (UTF-16LE)`]);
  });

  test('no folder chosen → BAD_FILE "Choose a folder for backups first."; a cancelled folder dialog changes nothing', async () => {
    const v = await backupVault();
    expect(expectError(await v.core.invoke('backup.now', {}), 'BAD_FILE')).toBe('Choose a folder for backups first.');
    await chooseFolder(v);
    v.platform.chooseFolder = async () => null;
    expect(ok(await v.core.invoke('backup.chooseFolder', {})).folder).toBe(v.folder);
  });

  test('locked: backup.* answer LOCKED, and so do the restore channels once a vault exists', async () => {
    const v = await backupVault();
    ok(await v.core.invoke('vault.lock', {}));
    for (const channel of ['backup.status', 'backup.now', 'backup.chooseFolder'] as const) expectError(await v.core.invoke(channel, {}), 'LOCKED');
    expectError(await v.core.invoke('vault.chooseBackup', {}), 'LOCKED');
    expectError(await v.core.invoke('vault.inspectBackup', { token: crypto.randomUUID(), secret: v.passphrase }), 'LOCKED');
    expectError(await v.core.invoke('vault.restoreBackup', { token: crypto.randomUUID() }), 'LOCKED');
  });
});

describe('keeping the last N', () => {
  test('keep 3: after 6 backups exactly the newest 3 remain; files that are not Caseload backups are untouched', async () => {
    const v = await backupVault();
    await chooseFolder(v);
    ok(await v.core.invoke('backup.configure', { keep: 3, automatic: false }));
    const others = ['notes.txt', 'caseload-backup-copy.txt', 'caseload-backup-2020-01-01-000000.caseload-backup.old'];
    for (const name of others) writeFileSync(join(v.folder, name), 'not a backup');
    const made: string[] = [];
    for (let i = 0; i < 6; i++) made.push((await backUp(v.core, v.folder)).status.last!.fileName);
    expect(new Set(made).size).toBe(6);
    expect(filesIn(v.folder)).toEqual([...made.slice(3), ...others].sort());
  });
});

describe('stale and the automatic schedule (injected clock)', () => {
  test(`stale: none yet → true; just made → false; ${7} days later → false; a millisecond more → true`, async () => {
    const clock = fakeClock('2026-03-02T09:00:00.000Z');
    const v = await backupVault({ backupClock: clock });
    expect(ok(await v.core.invoke('backup.status', {})).stale).toBe(true);
    await chooseFolder(v);
    ok(await v.core.invoke('backup.configure', { keep: 10, automatic: false }));
    await backUp(v.core, v.folder);
    expect(ok(await v.core.invoke('backup.status', {}))).toMatchObject({ stale: false, last: { at: '2026-03-02T09:00:00.000Z' } });
    clock.at = new Date('2026-03-09T09:00:00.000Z');
    expect(ok(await v.core.invoke('backup.status', {})).stale).toBe(false);
    clock.at = new Date('2026-03-09T09:00:00.001Z');
    expect(ok(await v.core.invoke('backup.status', {})).stale).toBe(true);
  });

  test('daily when used: on unlock and hourly while unlocked, when the last success is ≥ 24 h old; stops on lock; off means off', async () => {
    const clock = fakeClock('2026-03-02T08:00:00.000Z');
    const v = await backupVault({ backupClock: clock });
    const count = () => filesIn(v.folder).length;
    // Backups run in the vault's queue: a lock queued after them returns once they are done.
    const drain = () => v.core.invoke('vault.lock', {}).then(ok);
    const unlock = () => v.core.invoke('vault.unlock', { passphrase: v.passphrase }).then(ok);

    expect(clock.running()).toBe(true); // setup left the vault unlocked
    clock.fire();
    await chooseFolder(v);
    await drain();
    expect(count()).toBe(0); // no folder at that tick
    expect(clock.running()).toBe(false); // the lock stopped the timer

    await unlock(); // no backup yet: due at once
    await drain();
    expect(count()).toBe(1);
    clock.at = new Date('2026-03-04T08:00:00.000Z');
    clock.fire(); // locked: the timer is stopped, nothing runs
    expect(count()).toBe(1);

    clock.at = new Date('2026-03-03T07:59:59.999Z'); // back to a millisecond short of 24 h after the first
    await unlock();
    expect(clock.running()).toBe(true);
    clock.fire();
    await drain();
    expect(count()).toBe(1);

    await unlock();
    clock.at = new Date('2026-03-03T08:00:00.000Z'); // exactly 24 h: the next hourly tick makes one
    clock.fire();
    clock.fire(); // a second tick queued behind the first finds it done
    await drain();
    expect(count()).toBe(2);

    clock.at = new Date('2026-03-05T12:00:00.000Z');
    await unlock(); // the unlock itself makes the backup
    await drain();
    expect(count()).toBe(3);

    await unlock();
    ok(await v.core.invoke('backup.configure', { keep: 10, automatic: false }));
    clock.at = new Date('2026-03-09T12:00:00.000Z');
    clock.fire();
    await drain();
    await unlock();
    await drain();
    expect(count()).toBe(3);

    const made = await withDatabase(v.core.paths.dbFile, v.key, (db) =>
      db.selectFrom('audit_log').select('details').where('action', '=', 'backup.made').execute(),
    );
    expect(made.map((r) => JSON.parse(r.details).automatic)).toEqual([true, true, true]);
    await unlock();
    expect(ok(await v.core.invoke('backup.status', {})).last!.at).toBe('2026-03-05T12:00:00.000Z');
  });
});
