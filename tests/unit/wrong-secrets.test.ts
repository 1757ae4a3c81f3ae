/**
 * Security test 2, the cases the feature tests leave out (vault.test.ts covers a wrong passphrase and recovery key
 * on a cleanly locked vault; backup-refusals.test.ts a wrong secret for a backup, unlocked or before setup, with
 * the data and backup folders unchanged; transfer-refusals.test.ts the receiving school's data folder):
 * - after a crash, with a WAL still to be recovered: a wrong secret must not open the database (no recovery, no
 *   checkpoint), so the -wal and -shm are as unchanged as the rest;
 * - a wrong transfer passphrase leaves the transfer file itself, and the sending school's folder, unchanged too.
 */
import { cpSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { formatRecoveryKey } from '../../shared/rules/recovery-key';
import { newTransferPassphrase } from '../../electron/core/services/transfer-file';
import { newRecoveryKey } from '../../electron/core/vault/keyring';
import { digestAll } from './backup-support';
import { cleanup, expectError, hashFiles, ok, OTHER_PASSPHRASE, setupVault, tempDir, testCore } from './helpers';
import { addLearner } from './register-support';
import { choose, exportFrom, plainLearner, twoSchools } from './transfer-support';

afterEach(cleanup);

const WRONG = ['violet tundra quince marbles', OTHER_PASSPHRASE, 'not it at all, sorry'];

function otherRecoveryKey(than: string): string {
  let key = formatRecoveryKey(newRecoveryKey());
  while (key === than) key = formatRecoveryKey(newRecoveryKey());
  return key;
}

describe('wrong secrets change nothing on disk (security test 2)', () => {
  test('after a crash (the -wal and -shm left as they were): 3 wrong passphrases and 2 wrong recovery keys change no byte; the right passphrase then recovers every learner', async () => {
    const { dir, core, passphrase, recoveryKey } = await setupVault();
    for (let i = 0; i < 5; i++) await addLearner(core, { legalFirstName: 'Walrecovered', legalLastName: `Learner ${i}` });
    // A copy taken while the session is open: what a power cut or a kill leaves (the WAL not yet checkpointed).
    const crashed = tempDir();
    for (const name of readdirSync(dir)) cpSync(join(dir, name), join(crashed, name));
    expect(readdirSync(crashed)).toEqual(expect.arrayContaining(['caseload.db', 'caseload.db-shm', 'caseload.db-wal', 'vault.json']));
    const before = hashFiles(crashed);

    const after = testCore(crashed);
    expect(ok(await after.invoke('vault.status', {})).state).toBe('locked');
    for (const wrong of WRONG) expectError(await after.invoke('vault.unlock', { passphrase: wrong }), 'WRONG_PASSPHRASE');
    for (const wrong of [otherRecoveryKey(recoveryKey), recoveryKey.slice(0, -1)]) {
      expectError(await after.invoke('vault.recover', { recoveryKey: wrong, next: OTHER_PASSPHRASE }), 'WRONG_RECOVERY_KEY');
    }
    expect(hashFiles(crashed)).toEqual(before);

    ok(await after.invoke('vault.unlock', { passphrase }));
    expect(ok(await after.invoke('learners.list', { search: 'Walrecovered' })).total).toBe(5);
    // The control: opening for real does touch those files (recovery, the unlock's audit entry).
    expect(hashFiles(crashed)).not.toEqual(before);
  });

  test('a wrong transfer passphrase: WRONG_PASSPHRASE; the transfer file and both schools\' folders byte for byte unchanged', async () => {
    const { a, b } = await twoSchools();
    const learner = await plainLearner(a);
    const { file, passphrase } = await exportFrom(a, [learner.id]);
    const token = await choose(b, file);
    const before = { sender: hashFiles(a.dir), receiver: hashFiles(b.dir), file: digestAll(a.out) };
    expect(existsSync(file)).toBe(true);

    let other = newTransferPassphrase();
    while (other === passphrase) other = newTransferPassphrase();
    for (const wrong of [other, passphrase.slice(0, -1), 'hello']) {
      expectError(await b.core.invoke('transfer.preview', { token, passphrase: wrong }), 'WRONG_PASSPHRASE');
    }
    expectError(await b.core.invoke('transfer.import', { token, choices: [{ ref: learner.id, action: 'add' }] }), 'INVALID');
    expect({ sender: hashFiles(a.dir), receiver: hashFiles(b.dir), file: digestAll(a.out) }).toEqual(before);
    expect(ok(await b.core.invoke('transfer.preview', { token, passphrase })).learners).toHaveLength(1);
  });
});
