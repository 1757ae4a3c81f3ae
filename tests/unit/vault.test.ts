/**
 * The vault: first-run setup, the locked/unlocked state machine, wrong passphrases (security test 2), the growing
 * delay, recovery, passphrase change by re-wrapping, and the lock on every non-vault channel.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { CHANNELS, contract } from '../../shared/ipc';
import { formatRecoveryKey } from '../../shared/rules/recovery-key';
import { createDispatch, type Handlers } from '../../electron/core/dispatch';
import { openWithPassphrase, newRecoveryKey } from '../../electron/core/vault/keyring';
import { readVaultFile } from '../../electron/core/vault/vault-file';
import {
  auditActions,
  cleanup,
  databaseKey,
  expectError,
  hashFiles,
  IDENTITY,
  ok,
  OTHER_PASSPHRASE,
  RECOVERY_KEY_FORMAT,
  setupVault,
  tempDir,
  testCore,
  VALID_INPUTS,
  withDatabase,
} from './helpers';

afterEach(cleanup);

const WRONG = 'this is not the passphrase';
const THIRD_PASSPHRASE = 'saffron glacier pebble harbour';

describe('first run', () => {
  test('setup returns a recovery key of 7 groups of 4 Crockford base32 symbols; status goes new → unlocked → locked', async () => {
    const dir = tempDir();
    const core = testCore(dir);
    expect(ok(await core.invoke('vault.status', {}))).toEqual({ state: 'new', failedAttempts: 0, sample: false });

    const { recoveryKey } = ok(await core.invoke('vault.setup', { ...IDENTITY }));
    expect(recoveryKey).toMatch(RECOVERY_KEY_FORMAT);
    expect(recoveryKey.split('-')).toHaveLength(7);
    expect(ok(await core.invoke('vault.status', {})).state).toBe('unlocked');
    expect(ok(await core.invoke('school.get', {}))).toEqual({
      schoolName: IDENTITY.schoolName,
      userName: IDENTITY.userName,
      role: IDENTITY.role,
    });

    ok(await core.invoke('vault.lock', {}));
    expect(ok(await core.invoke('vault.status', {})).state).toBe('locked');
    ok(await core.invoke('vault.unlock', { passphrase: IDENTITY.passphrase }));
    expect(ok(await core.invoke('vault.status', {})).state).toBe('unlocked');
  });

  test.each([
    ['too short', 'Short1!'],
    ['common', 'administrator'],
    ["contains the school's name", 'bryn derw is a lovely place'],
    ["contains the user's name", 'pritchard tundra quince'],
    ['a pattern', '1234567890123'],
  ])('a weak passphrase (%s) is refused with WEAK_PASSPHRASE and no file is created', async (_why, passphrase) => {
    const dir = tempDir();
    const core = testCore(dir);
    expectError(await core.invoke('vault.setup', { ...IDENTITY, passphrase }), 'WEAK_PASSPHRASE');
    expect(readdirSync(dir)).toEqual([]);
    expect(ok(await core.invoke('vault.status', {})).state).toBe('new');
  });

  test('setup when already set up answers ALREADY_SET_UP (unlocked or locked) and leaves vault.json as it was', async () => {
    const { core } = await setupVault();
    const vaultBefore = readFileSync(core.paths.vaultFile);
    expectError(await core.invoke('vault.setup', { ...IDENTITY, passphrase: OTHER_PASSPHRASE }), 'ALREADY_SET_UP');
    ok(await core.invoke('vault.lock', {}));
    expectError(await core.invoke('vault.setup', { ...IDENTITY, passphrase: OTHER_PASSPHRASE }), 'ALREADY_SET_UP');
    expect(readFileSync(core.paths.vaultFile).equals(vaultBefore)).toBe(true);
    ok(await core.invoke('vault.unlock', { passphrase: IDENTITY.passphrase }));
  });

  test('the real default KDF parameters are recorded in vault.json: scrypt N=131072, r=8, p=1', async () => {
    const { core } = await setupVault({}, { scrypt: undefined });
    const vault = readVaultFile(core.paths.vaultFile);
    expect(vault.passphrase.kdf).toBe('scrypt');
    expect(vault.passphrase.params).toEqual({ N: 131072, r: 8, p: 1 });
    expect(Buffer.from(vault.passphrase.salt, 'base64')).toHaveLength(16);
  });
});

describe('wrong passphrase', () => {
  test('20 wrong passphrases in a row: WRONG_PASSPHRASE every time, 0 files added or removed, 0 bytes changed', async () => {
    const { dir, core } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    const before = hashFiles(dir);
    expect(Object.keys(before)).toContain('caseload.db');
    expect(Object.keys(before)).toContain('vault.json');

    for (let i = 1; i <= 20; i++) {
      expectError(await core.invoke('vault.unlock', { passphrase: `${WRONG} ${i}` }), 'WRONG_PASSPHRASE');
    }
    expect(ok(await core.invoke('vault.status', {}))).toEqual({ state: 'locked', failedAttempts: 20, sample: false });
    // Same set of file names and the same sha256 for each.
    expect(hashFiles(dir)).toEqual(before);
  });

  test('the wait after each failure doubles from the base and is capped (base 20 ms, cap 80 ms)', async () => {
    const failureDelay = { baseMs: 20, capMs: 80 };
    const { core } = await setupVault({}, { failureDelay });
    ok(await core.invoke('vault.lock', {}));

    // The KDF's own time, measured the same way (a wrong passphrase against this vault.json): the median of 5 runs.
    const vault = readVaultFile(core.paths.vaultFile);
    const kdfRuns: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = performance.now();
      expect(await openWithPassphrase(vault, WRONG)).toBeNull();
      if (i > 0) kdfRuns.push(performance.now() - t); // the first run warms up
    }
    const kdfMs = kdfRuns.sort((a, b) => a - b)[2]!;

    // The waits the vault asks for (its sleep goes through setTimeout), and the wall-clock time of each answer.
    const requested: number[] = [];
    const realSetTimeout = globalThis.setTimeout;
    const spy = vi.spyOn(globalThis, 'setTimeout').mockImplementation(((fn: () => void, ms?: number) => {
      requested.push(ms ?? 0);
      return realSetTimeout(fn, ms);
    }) as typeof setTimeout);
    const elapsed: number[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const t = performance.now();
        expectError(await core.invoke('vault.unlock', { passphrase: WRONG }), 'WRONG_PASSPHRASE');
        elapsed.push(performance.now() - t);
      }
    } finally {
      spy.mockRestore();
    }

    const expected = [20, 40, 80, 80, 80, 80];
    expect(requested).toEqual(expected);
    const slack = 60; // scheduling noise on a busy machine
    for (const [i, ms] of elapsed.entries()) {
      expect(ms, `attempt ${i + 1} took ${ms.toFixed(1)} ms`).toBeGreaterThanOrEqual(expected[i]! - 2);
    }
    // Later attempts wait at least the cap; none waits much more than cap + KDF.
    for (const ms of elapsed.slice(2)) expect(ms).toBeGreaterThanOrEqual(failureDelay.capMs - 2);
    for (const [i, ms] of elapsed.entries()) {
      expect(ms, `attempt ${i + 1} took ${ms.toFixed(1)} ms (KDF ${kdfMs.toFixed(1)} ms)`).toBeLessThanOrEqual(
        failureDelay.capMs + kdfMs + slack,
      );
    }
  });

  test('failed attempts are written to the audit log at the next successful unlock, and not before', async () => {
    const { dir, core, passphrase } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    for (let i = 0; i < 3; i++) expectError(await core.invoke('vault.unlock', { passphrase: WRONG }), 'WRONG_PASSPHRASE');

    const key = await databaseKey(dir, passphrase);
    const countFailed = () =>
      withDatabase(core.paths.dbFile, key, async (db) =>
        (await auditActions(db)).filter((a) => a === 'vault.unlock_failed').length,
      );
    expect(await countFailed()).toBe(0);

    ok(await core.invoke('vault.unlock', { passphrase }));
    expect(ok(await core.invoke('vault.status', {})).failedAttempts).toBe(0);
    ok(await core.invoke('vault.lock', {}));
    expect(await countFailed()).toBe(3);
    const actions = await withDatabase(core.paths.dbFile, key, auditActions);
    // The failures come first, then the unlock that reported them.
    expect(actions.slice(-5)).toEqual([
      'vault.unlock_failed',
      'vault.unlock_failed',
      'vault.unlock_failed',
      'vault.unlocked',
      'vault.locked',
    ]);
  });
});

describe('recovery', () => {
  test('the recovery key (also typed lowercase with spaces) sets a new passphrase and returns a NEW recovery key', async () => {
    const { core, recoveryKey: firstKey, passphrase: firstPassphrase } = await setupVault();
    ok(await core.invoke('vault.lock', {}));

    const typed = firstKey.toLowerCase().replace(/-/g, ' ');
    const { recoveryKey: secondKey } = ok(await core.invoke('vault.recover', { recoveryKey: typed, next: OTHER_PASSPHRASE }));
    expect(secondKey).toMatch(RECOVERY_KEY_FORMAT);
    expect(secondKey).not.toBe(firstKey);
    expect(ok(await core.invoke('vault.status', {})).state).toBe('unlocked');
    expect(ok(await core.invoke('school.get', {})).schoolName).toBe(IDENTITY.schoolName);
    ok(await core.invoke('vault.lock', {}));

    // Old passphrase fails, new one works.
    expectError(await core.invoke('vault.unlock', { passphrase: firstPassphrase }), 'WRONG_PASSPHRASE');
    ok(await core.invoke('vault.unlock', { passphrase: OTHER_PASSPHRASE }));
    ok(await core.invoke('vault.lock', {}));

    // Old recovery key fails, new one works (and is replaced again).
    expectError(await core.invoke('vault.recover', { recoveryKey: firstKey, next: THIRD_PASSPHRASE }), 'WRONG_RECOVERY_KEY');
    const { recoveryKey: thirdKey } = ok(await core.invoke('vault.recover', { recoveryKey: secondKey, next: THIRD_PASSPHRASE }));
    expect(thirdKey).not.toBe(secondKey);
    ok(await core.invoke('vault.lock', {}));
    ok(await core.invoke('vault.unlock', { passphrase: THIRD_PASSPHRASE }));
  });

  test('a wrong recovery key answers WRONG_RECOVERY_KEY and changes no file', async () => {
    const { dir, core, recoveryKey } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    const before = hashFiles(dir);

    let other = formatRecoveryKey(newRecoveryKey());
    while (other === recoveryKey) other = formatRecoveryKey(newRecoveryKey());
    for (const wrong of [other, 'not a recovery key', recoveryKey.slice(0, -1)]) {
      expectError(await core.invoke('vault.recover', { recoveryKey: wrong, next: OTHER_PASSPHRASE }), 'WRONG_RECOVERY_KEY');
    }
    expect(ok(await core.invoke('vault.status', {}))).toEqual({ state: 'locked', failedAttempts: 3, sample: false });
    expect(hashFiles(dir)).toEqual(before);
  });
});

describe('changing the passphrase', () => {
  test('re-wraps the key: vault.json changes, the database key does not', async () => {
    const { dir, core, passphrase } = await setupVault();
    const key = await databaseKey(dir, passphrase);
    const vaultBefore = readFileSync(core.paths.vaultFile, 'utf8');

    ok(await core.invoke('vault.changePassphrase', { current: passphrase, next: OTHER_PASSPHRASE }));
    ok(await core.invoke('vault.lock', {}));

    const vaultAfter = readFileSync(core.paths.vaultFile, 'utf8');
    expect(vaultAfter).not.toBe(vaultBefore);
    const [before, after] = [JSON.parse(vaultBefore), JSON.parse(vaultAfter)];
    expect(after.passphrase.salt).not.toBe(before.passphrase.salt);
    expect(after.recovery).toEqual(before.recovery);

    // The new passphrase unwraps the very same key, the old one nothing.
    const unwrapped = await openWithPassphrase(readVaultFile(core.paths.vaultFile), OTHER_PASSPHRASE);
    expect(unwrapped?.equals(key)).toBe(true);
    expect(await openWithPassphrase(readVaultFile(core.paths.vaultFile), passphrase)).toBeNull();

    // The database file opens directly with the old key: it was not re-keyed.
    const school = await withDatabase(core.paths.dbFile, key, (db) =>
      db.selectFrom('school').select('name').executeTakeFirstOrThrow(),
    );
    expect(school.name).toBe(IDENTITY.schoolName);

    expectError(await core.invoke('vault.unlock', { passphrase }), 'WRONG_PASSPHRASE');
    ok(await core.invoke('vault.unlock', { passphrase: OTHER_PASSPHRASE }));
  });

  test('a wrong current passphrase is refused with WRONG_PASSPHRASE and vault.json is unchanged', async () => {
    const { core, passphrase } = await setupVault();
    const vaultBefore = readFileSync(core.paths.vaultFile);
    expectError(await core.invoke('vault.changePassphrase', { current: WRONG, next: OTHER_PASSPHRASE }), 'WRONG_PASSPHRASE');
    // A weak new passphrase is refused too, also without touching vault.json.
    expectError(await core.invoke('vault.changePassphrase', { current: passphrase, next: 'short' }), 'WEAK_PASSPHRASE');
    expect(readFileSync(core.paths.vaultFile).equals(vaultBefore)).toBe(true);
    ok(await core.invoke('vault.lock', {}));
    ok(await core.invoke('vault.unlock', { passphrase }));
  });
});

describe('the lock', () => {
  const guarded = CHANNELS.filter((c) => !c.startsWith('vault.') && !c.startsWith('settings.'));

  test('every channel except vault.* and settings.* answers LOCKED while locked (and before setup)', async () => {
    expect(guarded.length).toBeGreaterThan(0);
    for (const channel of guarded) {
      // The sample must be valid, or the answer would be INVALID and prove nothing about the lock.
      expect(contract[channel].input.safeParse(VALID_INPUTS[channel]).success, `${channel} sample`).toBe(true);
    }

    const fresh = testCore(tempDir());
    for (const channel of guarded) expectError(await fresh.dispatch(channel, VALID_INPUTS[channel]), 'LOCKED');

    const { core } = await setupVault();
    for (const channel of guarded) {
      // Unlocked, the call reaches its handler: a value, or a domain answer (the sample ids belong to nothing).
      const answer = await core.dispatch(channel, VALID_INPUTS[channel]);
      if (!answer.ok) expect(['NOT_FOUND', 'BAD_FILE'], `${channel}: ${answer.error.code}`).toContain(answer.error.code);
    }
    ok(await core.invoke('vault.lock', {}));
    for (const channel of guarded) expectError(await core.dispatch(channel, VALID_INPUTS[channel]), 'LOCKED');
  });

  test('dispatch itself refuses them while locked: no handler runs', async () => {
    const called: string[] = [];
    const handlers = Object.fromEntries(
      CHANNELS.map((c) => [c, async () => void called.push(c)]),
    ) as unknown as Handlers;
    const dispatch = createDispatch(handlers, () => false, () => {});
    for (const channel of guarded) expectError(await dispatch(channel, VALID_INPUTS[channel]), 'LOCKED');
    expect(called).toEqual([]);
  });

  test('the channels answered while locked are vault.* and settings.* ones; changePassphrase is not among them', async () => {
    const { core } = await setupVault();
    ok(await core.invoke('vault.lock', {}));
    const whileLocked = CHANNELS.filter((c) => 'whileLocked' in contract[c]);
    expect(whileLocked.every((c) => !guarded.includes(c))).toBe(true);
    ok(await core.invoke('vault.status', {}));
    ok(await core.invoke('settings.get', {}));
    expectError(await core.invoke('vault.changePassphrase', VALID_INPUTS['vault.changePassphrase']), 'LOCKED');
  });
});
