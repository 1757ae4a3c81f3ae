/**
 * "Explore with a sample caseload" (issue 9): the sample is a second vault in its own folder, built from the
 * seeded generator, opened without a passphrase from the person, and never mixed with the school's own vault.
 */
import { copyFileSync, existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { SAMPLE_VAULT } from '../../electron/core/sample-switch';
import { fakePlatform } from './fake-platform';
import { auditActions, cleanup, databaseKey, expectError, hashFiles, IDENTITY, ok, setupVault, tempDir, testCore, VALID_INPUTS, withDatabase } from './helpers';

afterEach(cleanup);

const sampleFolder = () => join(tempDir(), 'sample');

describe('the sample caseload', () => {
  test('is built on first choice in its own folder, with due and overdue items, and leaving it returns to the first screen', async () => {
    const dir = tempDir();
    const sampleDir = sampleFolder();
    const core = testCore(dir, { sampleDir });
    const before = hashFiles(dir);
    const progress: { done: number; total: number }[] = [];
    core.on('vault.sampleProgress', (p) => progress.push(p));

    expect(ok(await core.invoke('vault.openSample', {}))).toEqual({ learners: SAMPLE_VAULT.learners, built: true });
    expect(progress).toHaveLength(SAMPLE_VAULT.learners);
    expect(progress.at(-1)).toEqual({ done: 60, total: 60 });
    expect(ok(await core.invoke('vault.status', {}))).toEqual({ state: 'unlocked', failedAttempts: 0, sample: true });
    expect(ok(await core.invoke('learners.list', {})).total).toBe(60);
    expect(ok(await core.invoke('school.get', {})).schoolName).toBe(SAMPLE_VAULT.identity.schoolName);
    const due = ok(await core.invoke('learners.due', {}));
    expect(due.filter((d) => d.clock.daysRemaining < 0).length).toBeGreaterThan(0);
    expect(due.filter((d) => d.clock.daysRemaining >= 0).length).toBeGreaterThan(0);
    // Something typed into the sample stays in the sample.
    ok(await core.invoke('learners.create', { legalFirstName: 'Practice', legalLastName: 'Entry', dateOfBirth: '2016-05-01' }));

    expect(ok(await core.invoke('vault.leaveSample', {}))).toEqual({ done: true });
    expect(ok(await core.invoke('vault.status', {}))).toEqual({ state: 'new', failedAttempts: 0, sample: false });
    expectError(await core.invoke('learners.list', {}), 'LOCKED');
    expect(hashFiles(dir)).toEqual(before);
    expect(existsSync(join(sampleDir, 'vault.json'))).toBe(true);

    // Chosen again: reopened as it was left, not rebuilt.
    expect(ok(await core.invoke('vault.openSample', {}))).toEqual({ learners: 61, built: false });
  });

  test("locks the school's own vault first and never shows or keeps its learners", async () => {
    const sampleDir = sampleFolder();
    const v = await setupVault({}, { sampleDir });
    ok(await v.core.invoke('learners.create', { legalFirstName: 'Realname', legalLastName: 'Onlyhere', dateOfBirth: '2015-02-03' }));

    ok(await v.core.invoke('vault.openSample', {}));
    expect(ok(await v.core.invoke('learners.list', { search: 'Realname' })).total).toBe(0);
    const sampleLearner = ok(await v.core.invoke('learners.list', {})).rows[0]!;

    ok(await v.core.invoke('vault.leaveSample', {}));
    expect(ok(await v.core.invoke('vault.status', {}))).toMatchObject({ state: 'locked', sample: false });
    ok(await v.core.invoke('vault.unlock', { passphrase: IDENTITY.passphrase }));
    const own = ok(await v.core.invoke('learners.list', {}));
    expect(own.rows.map((r) => r.legalName)).toEqual(['Realname Onlyhere']);
    expect(ok(await v.core.invoke('learners.list', { search: sampleLearner.legalName.split(' ')[0]! })).rows.map((r) => r.id)).not.toContain(sampleLearner.id);

    // The school's audit log saw a lock and an unlock; nothing the sample did is in it.
    const actions = await withDatabase(v.core.paths.dbFile, await databaseKey(v.dir, IDENTITY.passphrase), auditActions);
    expect(actions.slice(-3)).toEqual(['learner.created', 'vault.locked', 'vault.unlocked']);
    expect(actions.filter((a) => a.startsWith('idp.') || a.startsWith('profile.'))).toEqual([]);
  });

  test('locking it for any reason (idle, sleep) goes back to the own vault, and the renderer is told', async () => {
    const dir = tempDir();
    const core = testCore(dir, { sampleDir: sampleFolder() });
    ok(await core.invoke('vault.openSample', {}));
    const events: unknown[] = [];
    core.on('vault.changed', (e) => events.push(e));

    await core.lock('idle');
    expect(events).toEqual([{ state: 'new', reason: 'idle' }]);
    expect(ok(await core.invoke('vault.status', {}))).toMatchObject({ state: 'new', sample: false });
    expectError(await core.invoke('learners.list', {}), 'LOCKED');
  });

  test('a folder left half-built (no marker) is built again from nothing', async () => {
    const sampleDir = sampleFolder();
    const core = testCore(tempDir(), { sampleDir });
    ok(await core.invoke('vault.openSample', {}));
    ok(await core.invoke('learners.create', { legalFirstName: 'Extra', legalLastName: 'Learner', dateOfBirth: '2016-05-01' }));
    ok(await core.invoke('vault.leaveSample', {}));
    rmSync(join(sampleDir, 'sample-built.json'));

    expect(ok(await core.invoke('vault.openSample', {}))).toEqual({ learners: 60, built: true });
  });

  test("shares the person's language and idle minutes, and nothing else of the own settings", async () => {
    const dir = tempDir();
    const platform = fakePlatform(tempDir());
    const core = testCore(dir, { sampleDir: sampleFolder(), platform });
    ok(await core.invoke('settings.update', { language: 'cy', idleMinutes: 15 }));
    ok(await core.invoke('vault.openSample', {}));
    expect(ok(await core.invoke('settings.get', {}))).toMatchObject({ language: 'cy', idleMinutes: 15 });

    ok(await core.invoke('settings.update', { idleMinutes: 5 }));
    expect(ok(await core.invoke('backup.status', {})).folder).toBeNull();
    const own = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as Record<string, unknown>;
    expect(own).toEqual({ language: 'cy', idleMinutes: 5 });
  });

  test('refuses every way records come in or go out to be taken in elsewhere, and a change of its passphrase', async () => {
    const core = testCore(tempDir(), { sampleDir: sampleFolder(), platform: fakePlatform(tempDir()) });
    ok(await core.invoke('vault.openSample', {}));
    const before = ok(await core.invoke('learners.list', {})).total;
    const refused = [
      ...(['vault.chooseBackup', 'vault.inspectBackup', 'vault.restoreBackup', 'transfer.choose', 'transfer.preview', 'transfer.import', 'import.preview', 'import.commit'] as const),
      ...(['backup.chooseFolder', 'backup.configure', 'backup.now', 'transfer.export'] as const),
      ...(['vault.changePassphrase', 'vault.recover'] as const),
    ];
    for (const channel of refused) {
      expect(expectError(await core.invoke(channel, VALID_INPUTS[channel] as never), 'SAMPLE_ONLY')).toMatch(/sample caseload/);
    }
    expect(ok(await core.invoke('learners.list', {})).total).toBe(before);
  });

  test("while it is being opened the own vault cannot be unlocked (BUSY), and a lock from the host stops the opening", async () => {
    const sampleDir = sampleFolder();
    const v = await setupVault({}, { sampleDir });
    ok(await v.core.invoke('vault.lock', { reason: 'user' }));
    const opening = v.core.invoke('vault.openSample', {});
    await new Promise<void>((resolve) => {
      const off = v.core.on('vault.sampleProgress', () => (off(), resolve()));
    });
    expectError(await v.core.invoke('vault.unlock', { passphrase: IDENTITY.passphrase }), 'BUSY');
    expect(ok(await v.core.invoke('vault.status', {}))).toMatchObject({ state: 'locked', sample: false });

    await v.core.lock('sleep');
    expectError(await opening, 'LOCKED');
    expect(ok(await v.core.invoke('vault.status', {}))).toMatchObject({ state: 'locked', sample: false });
    expect(existsSync(join(sampleDir, 'sample-built.json'))).toBe(false);
    expect(ok(await v.core.invoke('vault.openSample', {}))).toEqual({ learners: 60, built: true });
  });

  test('a sample that will not open (its vault file replaced) is built again rather than refused', async () => {
    const sampleDir = sampleFolder();
    const v = await setupVault({}, { sampleDir });
    ok(await v.core.invoke('vault.openSample', {}));
    ok(await v.core.invoke('vault.leaveSample', {}));
    copyFileSync(v.core.paths.vaultFile, join(sampleDir, 'vault.json'));

    expect(ok(await v.core.invoke('vault.openSample', {}))).toEqual({ learners: 60, built: true });
    expect(ok(await v.core.invoke('vault.status', {}))).toMatchObject({ state: 'unlocked', sample: true });
  });
});
