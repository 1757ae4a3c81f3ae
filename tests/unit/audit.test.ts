/**
 * Security test 10: the hash-chained audit log. A real flow writes the chain; then, each on its own copy of the
 * database file, one entry is changed, deleted or swapped with another, and verify must name the first broken one.
 */
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Db } from '../../electron/core/db/client';
import { hashEntry, type AuditRow } from '../../electron/core/repositories/audit';
import { verifyAuditChain } from '../../electron/core/services/audit';
import { auditActions, cleanup, databaseKey, expectError, ok, OTHER_PASSPHRASE, setupVault, tempDir, withDatabase } from './helpers';

afterAll(cleanup);

const EXPECTED_ACTIONS = [
  'vault.setup',
  'vault.locked',
  'vault.unlock_failed',
  'vault.unlock_failed',
  'vault.unlocked',
  'vault.passphrase_changed',
  'vault.passphrase_change_refused',
  'vault.locked',
  'vault.unlocked',
  'vault.locked',
];
const N = EXPECTED_ACTIONS.length;

let original: string;
let key: Buffer;

beforeAll(async () => {
  const { dir, core, passphrase } = await setupVault();
  ok(await core.invoke('vault.lock', {}));
  expectError(await core.invoke('vault.unlock', { passphrase: 'not it at all, sorry' }), 'WRONG_PASSPHRASE');
  expectError(await core.invoke('vault.unlock', { passphrase: 'still not it, sorry' }), 'WRONG_PASSPHRASE');
  ok(await core.invoke('vault.unlock', { passphrase }));
  ok(await core.invoke('vault.changePassphrase', { current: passphrase, next: OTHER_PASSPHRASE }));
  expectError(await core.invoke('vault.changePassphrase', { current: passphrase, next: passphrase }), 'WRONG_PASSPHRASE');
  ok(await core.invoke('vault.lock', {}));
  ok(await core.invoke('vault.unlock', { passphrase: OTHER_PASSPHRASE }));
  ok(await core.invoke('vault.lock', {}));
  // Locked and closed: the WAL is checkpointed, so the .db file alone is the whole database.
  original = core.paths.dbFile;
  key = await databaseKey(dir, OTHER_PASSPHRASE);
});

/** Copies the database, lets `tamper` change the copy, then verifies the copy's chain. */
async function verifyTampered(tamper: (db: Db) => Promise<unknown>) {
  const copy = join(tempDir(), 'caseload.db');
  copyFileSync(original, copy);
  await withDatabase(copy, key, tamper);
  return withDatabase(copy, key, verifyAuditChain);
}

const row = (db: Db, seq: number) => db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow();

describe('audit chain', () => {
  test(`an untouched chain of ${N} entries from vault events verifies ok`, async () => {
    await withDatabase(original, key, async (db) => {
      expect(await auditActions(db)).toEqual(EXPECTED_ACTIONS);
      expect(await verifyAuditChain(db)).toEqual({ ok: true, entries: N, firstBroken: null });
    });
  });

  const CHANGES: [keyof AuditRow, string][] = [
    ['at', '2001-01-01T00:00:00.000Z'],
    ['actor', 'someone-else'],
    ['action', 'vault.nothing_to_see'],
    ['entity_type', 'learner'],
    ['entity_id', 'x-123'],
    ['details', '{"method":"other"}'],
    ['prev_hash', 'f'.repeat(64)],
    ['hash', 'e'.repeat(64)],
  ];
  test.each(CHANGES)('changing %s of entry 4 → firstBroken 4', async (column, value) => {
    const report = await verifyTampered((db) =>
      db.updateTable('audit_log').set({ [column]: value }).where('seq', '=', 4).execute(),
    );
    expect(report).toEqual({ ok: false, entries: N, firstBroken: 4 });
  });

  test.each([
    [1, 1],
    [N, N],
  ])('changing the action of entry %i → firstBroken %i', async (k, expected) => {
    const report = await verifyTampered((db) =>
      db.updateTable('audit_log').set({ action: 'vault.edited' }).where('seq', '=', k).execute(),
    );
    expect(report).toEqual({ ok: false, entries: N, firstBroken: k });
  });

  test('changing entry 4 and recomputing its own hash → firstBroken 5 (the next link no longer fits)', async () => {
    const report = await verifyTampered(async (db) => {
      const { hash: _old, ...rest } = await row(db, 4);
      const edited = { ...rest, action: 'vault.edited' };
      await db.updateTable('audit_log').set({ action: edited.action, hash: hashEntry(edited) }).where('seq', '=', 4).execute();
    });
    expect(report).toEqual({ ok: false, entries: N, firstBroken: 5 });
  });

  test.each([
    [1, 1],
    [4, 4],
    [N - 1, N - 1],
  ])('deleting entry %i → firstBroken %i', async (k, expected) => {
    const report = await verifyTampered((db) => db.deleteFrom('audit_log').where('seq', '=', k).execute());
    expect(report).toEqual({ ok: false, entries: N - 1, firstBroken: expected });
  });

  test.each([
    [3, 7, 3],
    [5, 6, 5],
    [1, N, 1],
  ])('swapping the contents of entries %i and %i (reorder) → firstBroken %i', async (j, k, expected) => {
    const report = await verifyTampered(async (db) => {
      const [a, b] = [await row(db, j), await row(db, k)];
      const content = ({ seq: _seq, ...rest }: AuditRow) => rest;
      // `hash` is unique: park one row on a placeholder while the other takes its content.
      await db.updateTable('audit_log').set({ hash: 'placeholder' }).where('seq', '=', j).execute();
      await db.updateTable('audit_log').set(content(a)).where('seq', '=', k).execute();
      await db.updateTable('audit_log').set(content(b)).where('seq', '=', j).execute();
    });
    expect(report).toEqual({ ok: false, entries: N, firstBroken: expected });
  });
});
