/**
 * Security tests 6 and 7: a migration that fails halfway leaves the previous database intact and says so; a
 * database written by a newer version is refused without touching a byte.
 */
import { existsSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { afterEach, describe, expect, test } from 'vitest';
import { MIGRATIONS, type Migration } from '../../electron/core/db/migrations';
import {
  auditActions,
  cleanup,
  databaseKey,
  expectError,
  hashFiles,
  IDENTITY,
  ok,
  setupVault,
  tableDigests,
  tableNames,
  testCore,
  withDatabase,
} from './helpers';

afterEach(cleanup);

const BROKEN: Migration = {
  name: '0002-broken',
  async up(db: Kysely<any>) {
    await sql`CREATE TABLE half_done (id INTEGER PRIMARY KEY, note TEXT)`.execute(db);
    await sql`INSERT INTO half_done (note) VALUES ('written before the failure')`.execute(db);
    throw new Error('injected failure halfway');
  },
};

describe('a migration that fails halfway (security test 6)', () => {
  test('answers MIGRATION_FAILED saying nothing was changed; the database is as it was; the real app still opens it', async () => {
    const { dir, core, passphrase } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    const key = await databaseKey(dir, passphrase);
    const before = await withDatabase(core.paths.dbFile, key, tableDigests);
    const dbHashBefore = hashFiles(dir)['caseload.db'];
    await core.close();

    const broken = testCore(dir, { migrations: [...MIGRATIONS, BROKEN] });
    const message = expectError(await broken.invoke('vault.unlock', { passphrase }), 'MIGRATION_FAILED');
    expect(message).toMatch(/0002-broken/);
    expect(message).toMatch(/Nothing was changed/);
    expect(ok(await broken.invoke('vault.status', {})).state).toBe('locked');
    await broken.close();

    // The half-made table is gone, the bookkeeping still says 0001 only, every row is as it was, the file too.
    await withDatabase(core.paths.dbFile, key, async (db) => {
      expect(await tableNames(db)).not.toContain('half_done');
      expect(await db.selectFrom('caseload_migration').select('name').execute()).toEqual(MIGRATIONS.map((m) => ({ name: m.name })));
      expect(await tableDigests(db)).toEqual(before);
    });
    expect(hashFiles(dir)['caseload.db']).toBe(dbHashBefore);

    // A backup copy was taken first, with the same key, and holds the same rows.
    expect(existsSync(core.paths.migrationBackup)).toBe(true);
    await withDatabase(core.paths.migrationBackup, key, async (db) => {
      expect(await tableDigests(db)).toEqual(before);
      expect((await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(db)).rows).toEqual([{ integrity_check: 'ok' }]);
    });

    // The app with the real migrations opens it and the data is there.
    const normal = testCore(dir);
    ok(await normal.invoke('vault.unlock', { passphrase }));
    expect(ok(await normal.invoke('school.get', {})).schoolName).toBe(IDENTITY.schoolName);
    ok(await normal.invoke('vault.lock', {}));
    const actions = await withDatabase(core.paths.dbFile, key, auditActions);
    expect(actions).toEqual(['vault.setup', 'vault.locked', 'vault.unlocked', 'vault.locked']);
  });
});

describe('a database newer than the app (security test 7)', () => {
  test('answers NEWER_DATABASE and leaves every file byte-for-byte unchanged', async () => {
    const { dir, core, passphrase } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    const key = await databaseKey(dir, passphrase);
    await withDatabase(core.paths.dbFile, key, (db) =>
      db.insertInto('caseload_migration').values({ name: 'zzzz-from-the-future', applied_at: new Date().toISOString() }).execute(),
    );

    const before = hashFiles(dir);
    const message = expectError(await core.invoke('vault.unlock', { passphrase }), 'NEWER_DATABASE');
    expect(message).toMatch(/newer version/);
    expect(message).toMatch(/nothing has been changed/);
    expect(ok(await core.invoke('vault.status', {})).state).toBe('locked');
    expect(hashFiles(dir)).toEqual(before);
    expect(existsSync(core.paths.migrationBackup)).toBe(false);
  });
});
