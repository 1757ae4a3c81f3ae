/**
 * audit.list through the contract: newest first, paged by sequence number, filtered by learner and by category in
 * SQL, with the actor's name and the learner's name as they are now. Every expectation is computed from the raw
 * table read through a second connection, so the filters are checked against all the rows, not a sample.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { Kysely, SqliteDialect, type CompiledQuery } from 'kysely';
import { auditCategory } from '../../shared/rules/audit-actions';
import type { Input } from '../../shared/ipc';
import { AuditCategory, type AuditEntry } from '../../shared/schemas/audit';
import type { DB } from '../../electron/core/db/schema';
import { openDatabase } from '../../electron/core/db/open';
import { appendAudit, listAuditPage } from '../../electron/core/repositories/audit';
import { storePaths, type Core } from '../../electron/core/index';
import { cleanup, expectError, IDENTITY, ok } from './helpers';
import { addLearner, registerVault, withDb, type RegisterVault } from './register-support';

afterAll(cleanup);

let v: RegisterVault;
let core: Core;
let nia: string;
let gone: string;

const allRows = () => withDb(v, (db) => db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').execute());

/** Every entry matching `query`, following nextBeforeSeq page by page. */
async function everything(query: Omit<Input<'audit.list'>, 'beforeSeq'>): Promise<{ entries: AuditEntry[]; pages: number; total: number | undefined }> {
  const entries: AuditEntry[] = [];
  let beforeSeq: number | undefined;
  let pages = 0;
  let total: number | undefined;
  do {
    const page = ok(await core.invoke('audit.list', { ...query, ...(beforeSeq && { beforeSeq }) }));
    if (pages === 0) total = page.total;
    else expect(page.total).toBeUndefined();
    entries.push(...page.entries);
    beforeSeq = page.nextBeforeSeq ?? undefined;
    pages += 1;
  } while (beforeSeq);
  return { entries, pages, total };
}

beforeAll(async () => {
  v = await registerVault();
  core = v.core;
  ok(await core.invoke('vault.lock', {}));
  expectError(await core.invoke('vault.unlock', { passphrase: 'not the passphrase at all' }), 'WRONG_PASSPHRASE');
  ok(await core.invoke('vault.unlock', { passphrase: v.passphrase }));
  const a = await addLearner(core, { legalFirstName: 'Eirianwen', preferredName: 'Nia', legalLastName: 'Prosser' });
  const b = await addLearner(core, { legalFirstName: 'Gwilym', legalLastName: 'Tudur' });
  [nia, gone] = [a.id, b.id];
  ok(await core.invoke('learners.get', { id: nia }));
  ok(await core.invoke('learners.get', { id: gone }));
  ok(await core.invoke('learners.update', { id: nia, version: a.version, patch: { notes: 'Likes the quiet room' } }));
  ok(await core.invoke('oppPlus.start', { learnerId: nia }));
  ok(await core.invoke('contacts.create', { learnerId: gone, name: 'Megan Tudur', relationship: 'MOTHER' }));
  ok(await core.invoke('learners.delete', { id: gone, confirmName: 'Gwilym Tudur' }));
  // An action no table knows (written by a later version, say): the chain stays whole, the screen calls it other.
  await withDb(v, (db) => appendAudit(db, { action: 'widget.frobbed', actor: null, details: { count: 3 } }));
});

describe('audit.list', () => {
  test('newest first, every entry once across pages, with names as they are now and details as stored', async () => {
    const rows = await allRows();
    const { entries, pages, total } = await everything({ limit: 4 });
    expect(entries.map((e) => e.seq)).toEqual(rows.map((r) => r.seq));
    expect(total).toBe(rows.length);
    expect(pages).toBe(Math.ceil(rows.length / 4));
    expect(entries.map((e) => [e.action, e.category])).toEqual(rows.map((r) => [r.action, auditCategory(r.action)]));
    expect(entries.map((e) => e.details)).toEqual(rows.map((r) => JSON.parse(r.details)));
    expect(new Set(entries.filter((e) => e.action === 'vault.unlock_failed' || e.action === 'widget.frobbed').map((e) => e.actorName))).toEqual(new Set([null]));
    expect(new Set(entries.filter((e) => e.action !== 'vault.unlock_failed' && e.action !== 'widget.frobbed').map((e) => e.actorName))).toEqual(new Set([IDENTITY.userName]));
    // Preferred name first, as everywhere else; the deleted learner's entries keep their id but have no name.
    expect(new Set(entries.filter((e) => e.learnerId === nia).map((e) => e.learnerName))).toEqual(new Set(['Nia Prosser']));
    expect(new Set(entries.filter((e) => e.learnerId === gone).map((e) => e.learnerName))).toEqual(new Set([null]));
    expect(entries.filter((e) => e.learnerId === gone).map((e) => e.action)).toEqual(['learner.deleted', 'contact.created', 'learner.viewed', 'learner.created']);
    expect(entries.filter((e) => e.entityType !== 'learner').every((e) => e.learnerId === null && e.learnerName === null)).toBe(true);
  });

  test("a learner's name is read when the page is, so a renamed learner's old entries show the new name", async () => {
    const current = ok(await core.invoke('learners.get', { id: nia }));
    ok(await core.invoke('learners.update', { id: nia, version: current.version, patch: { preferredName: 'Wenna' } }));
    const page = ok(await core.invoke('audit.list', { learnerId: nia }));
    expect(new Set(page.entries.map((e) => e.learnerName))).toEqual(new Set(['Wenna Prosser']));
  });

  test("the learner filter gives exactly that learner's entries (entity learner, that id)", async () => {
    const rows = await allRows();
    for (const id of [nia, gone]) {
      const { entries, total } = await everything({ learnerId: id, limit: 3 });
      const expected = rows.filter((r) => r.entity_type === 'learner' && r.entity_id === id);
      expect(entries.map((e) => e.seq)).toEqual(expected.map((r) => r.seq));
      expect(total).toBe(expected.length);
    }
    const none = ok(await core.invoke('audit.list', { learnerId: '5b0e7c1e-2f4a-4c8e-9d3b-7a6f1e2d3c4b' }));
    expect(none).toEqual({ entries: [], nextBeforeSeq: null, total: 0 });
  });

  test.each(AuditCategory.options)('the category filter "%s" gives exactly the entries filed under it', async (category) => {
    const rows = await allRows();
    const expected = rows.filter((r) => auditCategory(r.action) === category);
    const { entries, total } = await everything({ category, limit: 2 });
    expect(entries.map((e) => e.seq)).toEqual(expected.map((r) => r.seq));
    expect(total).toBe(expected.length);
    const byLearner = await everything({ category, learnerId: nia });
    expect(byLearner.entries.map((e) => e.seq)).toEqual(expected.filter((r) => r.entity_id === nia && r.entity_type === 'learner').map((r) => r.seq));
  });

  test('the categories seen in this flow, and their counts', async () => {
    const counts = Object.fromEntries(
      await Promise.all(AuditCategory.options.map(async (c) => [c, ok(await core.invoke('audit.list', { category: c, limit: 1 })).total] as const)),
    );
    console.info(`audit.list categories in the flow: ${JSON.stringify(counts)}`);
    // Two views: each learner opened once; opening Nia again (to rename her) within five minutes is not logged.
    expect(counts).toMatchObject({ viewed: 2, failedUnlock: 1, deleted: 1, other: 1, locked: 1, unlocked: 1 });
  });

  test('beforeSeq pages below a sequence number; a page at the end says there is nothing older', async () => {
    const rows = await allRows();
    const middle = rows[Math.floor(rows.length / 2)]!.seq;
    const page = ok(await core.invoke('audit.list', { beforeSeq: middle, limit: 3 }));
    expect(page.entries.map((e) => e.seq)).toEqual([middle - 1, middle - 2, middle - 3]);
    expect(page.nextBeforeSeq).toBe(middle - 3);
    const last = ok(await core.invoke('audit.list', { beforeSeq: 3, limit: 5 }));
    expect(last).toEqual({ entries: [expect.objectContaining({ seq: 2 }), expect.objectContaining({ seq: 1 })], nextBeforeSeq: null });
  });
});

describe('the filters run in SQL', () => {
  /** Runs the repository's page query on a connection that records the SQL, then asks SQLite for its plan. */
  async function planOf(filter: Parameters<typeof listAuditPage>[1]): Promise<{ sql: string; plan: string[] }> {
    const sqlite = openDatabase(storePaths(v.dir).dbFile, v.key);
    const queries: CompiledQuery[] = [];
    const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }), log: (e) => void queries.push(e.query) });
    try {
      await listAuditPage(db, filter, { limit: 11 });
      const q = queries.at(-1)!;
      const plan = sqlite.prepare(`EXPLAIN QUERY PLAN ${q.sql}`).all(...(q.parameters as unknown[])) as { detail: string }[];
      return { sql: q.sql, plan: plan.map((p) => p.detail) };
    } finally {
      await db.destroy();
    }
  }

  test("a learner's history is read through the (entity_type, entity_id) index, newest first, with a LIMIT", async () => {
    const { sql, plan } = await planOf({ learnerId: nia });
    expect(sql).toMatch(/limit \?$/);
    expect(plan.join('\n')).toMatch(/SEARCH audit_log USING INDEX audit_log_entity \(entity_type=\? AND entity_id=\?\)/);
    // No sort step: the index already holds the entries in sequence order.
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });

  test('a category is an action list in the WHERE clause, walked newest first and stopped by the LIMIT', async () => {
    const { sql, plan } = await planOf({ actions: { in: ['learner.viewed', 'idp.viewed'] } });
    expect(sql).toMatch(/"audit_log"\."action" in \(\?, \?\)/);
    expect(sql).toMatch(/limit \?$/);
    expect(plan.join('\n')).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
  });
});

