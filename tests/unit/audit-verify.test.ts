/**
 * audit.verify through the contract (security test 10 end to end): while the core is unlocked, a second
 * connection with the key changes, deletes or reorders entries in the database file, and audit.verify names the
 * first entry that no longer fits, with its time. Then the walk at 100,000 entries: one pass, a chunk at a time;
 * its time is printed (no timed assertion), and a change deep in the chain is still found at the right place.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Input } from '../../shared/ipc';
import { openDatabase } from '../../electron/core/db/open';
import { storePaths } from '../../electron/core/index';
import { GENESIS_HASH, hashEntry, type AuditRow } from '../../electron/core/repositories/audit';
import { verifyAuditChain } from '../../electron/core/services/audit';
import { cleanup, expectError, ok } from './helpers';
import { addLearner, registerVault, withDb, type RegisterVault } from './register-support';

afterAll(cleanup);

let v: RegisterVault;

const row = (seq: number) => withDb(v, (db) => db.selectFrom('audit_log').selectAll().where('seq', '=', seq).executeTakeFirstOrThrow());
const verify = async () => ok(await v.core.invoke('audit.verify', {}));

beforeAll(async () => {
  v = await registerVault();
  const { core } = v;
  ok(await core.invoke('vault.lock', {}));
  expectError(await core.invoke('vault.unlock', { passphrase: 'this is not the passphrase' }), 'WRONG_PASSPHRASE');
  ok(await core.invoke('vault.unlock', { passphrase: v.passphrase }));
  for (const name of ['Angharad', 'Bleddyn', 'Ceridwen', 'Dafydd']) {
    const l = await addLearner(core, { legalFirstName: name, legalLastName: 'Jenkins' });
    ok(await core.invoke('learners.get', { id: l.id }));
    ok(await core.invoke('learners.update', { id: l.id, version: l.version, patch: { notes: 'Reading group' } }));
  }
});

describe('audit.verify on the live database, tampered through a second connection', () => {
  test('untouched: ok, with the number of entries', async () => {
    const count = await withDb(v, async (db) => (await db.selectFrom('audit_log').selectAll().execute()).length);
    expect(count).toBe(16);
    expect(await verify()).toEqual({ ok: true, entries: count, firstBroken: null, brokenAt: null });
  });

  test('a changed action (entry 9): entry 9 and its time; put back: ok again', async () => {
    const original = await row(9);
    await withDb(v, (db) => db.updateTable('audit_log').set({ action: 'learner.nothing_to_see' }).where('seq', '=', 9).execute());
    expect(await verify()).toEqual({ ok: false, entries: 16, firstBroken: 9, brokenAt: original.at });
    await withDb(v, (db) => db.updateTable('audit_log').set({ action: original.action }).where('seq', '=', 9).execute());
    expect(await verify()).toMatchObject({ ok: true, firstBroken: null });
  });

  test('a changed entry whose own hash was recomputed: the next entry (11) is the first that does not fit', async () => {
    const original = await row(10);
    const { hash: _old, ...rest } = original;
    const edited = { ...rest, details: '{"fields":["something else"]}' };
    await withDb(v, (db) => db.updateTable('audit_log').set({ details: edited.details, hash: hashEntry(edited) }).where('seq', '=', 10).execute());
    expect(await verify()).toEqual({ ok: false, entries: 16, firstBroken: 11, brokenAt: (await row(11)).at });
    await withDb(v, (db) => db.updateTable('audit_log').set({ details: original.details, hash: original.hash }).where('seq', '=', 10).execute());
    expect(await verify()).toMatchObject({ ok: true });
  });

  test('a time that no longer reads as one: the entry is named, its time is not', async () => {
    const original = await row(6);
    await withDb(v, (db) => db.updateTable('audit_log').set({ at: 'yesterday, honest' }).where('seq', '=', 6).execute());
    expect(await verify()).toEqual({ ok: false, entries: 16, firstBroken: 6, brokenAt: null });
    await withDb(v, (db) => db.updateTable('audit_log').set({ at: original.at }).where('seq', '=', 6).execute());
  });

  test('a deleted entry (7): position 7 now holds entry 8, which does not fit; put back: ok', async () => {
    const deleted = await row(7);
    const next = await row(8);
    await withDb(v, (db) => db.deleteFrom('audit_log').where('seq', '=', 7).execute());
    expect(await verify()).toEqual({ ok: false, entries: 15, firstBroken: 7, brokenAt: next.at });
    await withDb(v, (db) => db.insertInto('audit_log').values(deleted).execute());
    expect(await verify()).toMatchObject({ ok: true, entries: 16 });
  });

  test('two entries swapped (reorder 4 and 12): entry 4 is the first that does not fit', async () => {
    const [a, b] = [await row(4), await row(12)];
    const content = ({ seq: _seq, ...rest }: AuditRow) => rest;
    const swap = async (x: AuditRow, y: AuditRow) =>
      withDb(v, async (db) => {
        await db.updateTable('audit_log').set({ hash: 'placeholder' }).where('seq', '=', x.seq).execute();
        await db.updateTable('audit_log').set(content(x)).where('seq', '=', y.seq).execute();
        await db.updateTable('audit_log').set(content(y)).where('seq', '=', x.seq).execute();
      });
    await swap(a, b);
    expect(await verify()).toEqual({ ok: false, entries: 16, firstBroken: 4, brokenAt: b.at });
    await swap({ ...b, seq: 4 }, { ...a, seq: 12 });
    expect(await verify()).toMatchObject({ ok: true });
  });

  test('the new entries written after verify (none: verifying is not itself logged) keep the chain whole', async () => {
    const before = await withDb(v, async (db) => (await db.selectFrom('audit_log').selectAll().execute()).length);
    await verify();
    expect(await withDb(v, async (db) => (await db.selectFrom('audit_log').selectAll().execute()).length)).toBe(before);
  });
});

describe('at 100,000 entries', () => {
  const N = 100_000;
  const LEARNER_IDS = Array.from({ length: 500 }, () => randomUUID());
  const ACTIONS = ['learner.viewed', 'learner.updated', 'profile.items_saved', 'idp.section_saved', 'vault.unlocked', 'vault.locked'];

  /** Appends `n` chained entries straight into the file (one transaction), as a long-used log would hold. */
  function fill(file: string, key: Buffer, n: number): void {
    const sqlite = openDatabase(file, key);
    try {
      const last = sqlite.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
      const insert = sqlite.prepare('INSERT INTO audit_log (seq, at, actor, action, entity_type, entity_id, details, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
      sqlite.transaction(() => {
        let prev = last?.hash ?? GENESIS_HASH;
        const start = (last?.seq ?? 0) + 1;
        for (let seq = start; seq < start + n; seq++) {
          const e = { seq, at: new Date(Date.UTC(2024, 0, 1) + seq * 60_000).toISOString(), actor: null, action: ACTIONS[seq % ACTIONS.length]!, entity_type: 'learner', entity_id: LEARNER_IDS[seq % LEARNER_IDS.length]!, details: JSON.stringify({ fields: ['notes'] }), prev_hash: prev };
          const hash = hashEntry(e);
          insert.run(e.seq, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.details, e.prev_hash, hash);
          prev = hash;
        }
      })();
    } finally {
      sqlite.close();
    }
  }

  let big: RegisterVault;
  let entries: number;

  beforeAll(async () => {
    big = await registerVault();
    ok(await big.core.invoke('vault.lock', {}));
    fill(storePaths(big.dir).dbFile, big.key, N);
    ok(await big.core.invoke('vault.unlock', { passphrase: big.passphrase }));
    entries = N + 3; // setup, lock, unlock
  }, 120_000);

  test('verify walks every entry once: ok, with the time it took printed', async () => {
    const started = performance.now();
    const report = ok(await big.core.invoke('audit.verify', {}));
    const ms = performance.now() - started;
    console.info(`audit.verify at ${entries.toLocaleString('en-GB')} entries: ${ms.toFixed(0)} ms`);
    expect(report).toEqual({ ok: true, entries, firstBroken: null, brokenAt: null });
  });

  test('a change at entry 77,777 (deep in the 16th chunk) is found there', async () => {
    const at = await withDb(big, async (db) => {
      await db.updateTable('audit_log').set({ entity_id: 'learner-elsewhere' }).where('seq', '=', 77_777).execute();
      return (await db.selectFrom('audit_log').select('at').where('seq', '=', 77_777).executeTakeFirstOrThrow()).at;
    });
    const started = performance.now();
    const report = ok(await big.core.invoke('audit.verify', {}));
    console.info(`audit.verify finding entry 77,777 of ${entries.toLocaleString('en-GB')}: ${(performance.now() - started).toFixed(0)} ms`);
    expect(report).toEqual({ ok: false, entries, firstBroken: 77_777, brokenAt: at });
    const direct = await withDb(big, verifyAuditChain);
    expect(direct).toEqual({ ok: false, entries, firstBroken: 77_777 });
  });

  test('a page of the log, a rare category and one learner history at this size (times printed)', async () => {
    const time = async (label: string, input: Input<'audit.list'>) => {
      const started = performance.now();
      const page = ok(await big.core.invoke('audit.list', input));
      console.info(`audit.list ${label} at ${entries.toLocaleString('en-GB')} entries: ${(performance.now() - started).toFixed(0)} ms, ${page.entries.length} shown of ${page.total}`);
      return page;
    };
    expect((await time('first page', { limit: 200 })).entries).toHaveLength(200);
    const failed = await time('failed unlocks (none in the filler: a full scan)', { category: 'failedUnlock' });
    expect(failed.total).toBe(0);
    const one = await time('one learner', { learnerId: LEARNER_IDS[42]!, limit: 200 });
    expect(one.total).toBe(200);
  });
});
