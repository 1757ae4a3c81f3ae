/**
 * Security tests 6 and 7: a migration that fails halfway leaves the previous database intact and says so; a
 * database written by a newer version is refused without touching a byte. Then 0005 (OPP+): a database from
 * before it upgrades with its data kept, and a new vault has the OPP+ tables and the seeded catalogue.
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
  SAMPLE_INTERVENTION,
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

const OPP_PLUS_TABLES = ['intervention', 'intervention_measure', 'opp_plus_plan', 'programme'];

describe('0005-opp-plus', () => {
  test('a database from before 0005 upgrades: a backup first, the four tables, 13 programmes, its learners kept and usable', async () => {
    const before = MIGRATIONS.slice(0, MIGRATIONS.findIndex((m) => m.name === '0005-opp-plus'));
    expect(before.map((m) => m.name).at(-1)).toBe('0004-profile-photo');
    const { dir, core, passphrase } = await setupVault({}, { migrations: before });
    ok(await core.invoke('vault.lock', {}));
    await core.close();
    const key = await databaseKey(dir, passphrase);
    // A learner written as 0004 knew them (raw SQL: today's services expect today's columns).
    const learnerId = '0f5c2a8e-5d1b-4c3a-9e7f-2b6d8a4c1e90';
    const at = new Date().toISOString();
    const old = await withDatabase(core.paths.dbFile, key, async (db) => {
      await sql`INSERT INTO learner (id, legal_first_name, legal_last_name, date_of_birth, year_group, status, created_at, updated_at)
        VALUES (${learnerId}, 'Owain', 'Rees', '2016-02-02', '4', 'UNIVERSAL_OPP', ${at}, ${at})`.execute(db);
      return { tables: await tableNames(db), digests: await tableDigests(db) };
    });
    expect(old.tables.filter((t) => OPP_PLUS_TABLES.includes(t))).toEqual([]);

    const upgraded = testCore(dir);
    ok(await upgraded.invoke('vault.unlock', { passphrase }));
    expect(ok(await upgraded.invoke('learners.get', { id: learnerId }))).toMatchObject({ legalFirstName: 'Owain', status: 'UNIVERSAL_OPP', version: 1 });
    expect(ok(await upgraded.invoke('catalogue.list', {}))).toHaveLength(13);
    const plan = ok(await upgraded.invoke('oppPlus.start', { learnerId }));
    ok(await upgraded.invoke('oppPlus.addIntervention', { planId: plan.id, fields: SAMPLE_INTERVENTION }));
    expect(ok(await upgraded.invoke('learners.get', { id: learnerId })).status).toBe('OPP_PLUS_TARGETED');
    ok(await upgraded.invoke('vault.lock', {}));

    await withDatabase(core.paths.dbFile, key, async (db) => {
      expect(await tableNames(db)).toEqual(expect.arrayContaining([...old.tables, ...OPP_PLUS_TABLES]));
      expect((await db.selectFrom('caseload_migration').select('name').orderBy('name').execute()).map((r) => r.name)).toEqual(MIGRATIONS.map((m) => m.name));
      expect(await db.selectFrom('intervention').select('custom_name').execute()).toEqual([{ custom_name: 'Toe by Toe' }]);
    });
    // The copy taken before the upgrade is the old database, row for row.
    await withDatabase(upgraded.paths.migrationBackup, key, async (db) => expect(await tableDigests(db)).toEqual(old.digests));
  });

  test('a new vault has the OPP+ tables and the 13 seeded programmes, none retired, names unique whatever the case', async () => {
    const { dir, core, passphrase } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    await withDatabase(core.paths.dbFile, await databaseKey(dir, passphrase), async (db) => {
      expect(await tableNames(db)).toEqual(expect.arrayContaining(OPP_PLUS_TABLES));
      const rows = await db.selectFrom('programme').select(['name', 'retired_at', 'version']).execute();
      expect(rows).toHaveLength(13);
      expect(rows.filter((r) => r.retired_at !== null || r.version !== 1)).toEqual([]);
      await expect(sql`INSERT INTO programme (id, name, area, created_at, updated_at) VALUES ('x', 'TALKABOUT', 'slcn', '', '')`.execute(db)).rejects.toThrow(/UNIQUE/);
      for (const t of ['opp_plus_plan', 'intervention', 'intervention_measure']) expect((await db.selectFrom(t as 'programme').selectAll().execute()).length, t).toBe(0);
    });
  });
});
