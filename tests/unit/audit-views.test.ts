/**
 * "Viewing a learner's record is logged too" (issue 8): opening the record, a profile, an OPP+, an IDP or a review
 * writes a view entry about the learner, once per session, person and document in five minutes, so the refetch
 * after every autosave does not flood the log. Exports and saves, which read the same documents, write no views.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { recordView, VIEW_WINDOW_MS } from '../../electron/core/services/audit';
import { closeSession, openSession } from '../../electron/core/services/session';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { storePaths } from '../../electron/core/index';
import { cleanup, ok, SAMPLE_REVIEW, tempDir } from './helpers';
import { fakePlatform } from './fake-platform';
import { addLearner, withDb, type RegisterVault } from './register-support';
import { databaseKey, setupVault } from './helpers';

afterAll(cleanup);

let v: RegisterVault;
let learnerId: string;
const ids = { idp: '', oppPlus: '', review: '', profile: '', staff: '', staffProfile: '' };

type ViewRow = { action: string; entity_type: string | null; entity_id: string | null; details: unknown };
async function viewsSince(seq: number): Promise<ViewRow[]> {
  const rows = await withDb(v, (db) => db.selectFrom('audit_log').select(['action', 'entity_type', 'entity_id', 'details']).where('seq', '>', seq).where('action', 'like', '%.viewed').orderBy('seq').execute());
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) }));
}
const lastSeq = () => withDb(v, async (db) => (await db.selectFrom('audit_log').select('seq').orderBy('seq', 'desc').executeTakeFirstOrThrow()).seq);

beforeAll(async () => {
  const { dir, core, passphrase } = await setupVault({}, { platform: fakePlatform(tempDir()) });
  v = { dir, core, passphrase, key: await databaseKey(dir, passphrase) };
  learnerId = (await addLearner(core, { legalFirstName: 'Caradog', legalLastName: 'Vaughan' })).id;
  ids.oppPlus = ok(await core.invoke('oppPlus.start', { learnerId })).id;
  ids.idp = ok(await core.invoke('idp.startDraft', { learnerId })).id;
  ids.review = ok(await core.invoke('reviews.schedule', { learnerId, fields: SAMPLE_REVIEW })).id;
  ids.staff = ok(await core.invoke('staff.create', { name: 'Bethan Ifans', role: 'Teaching assistant' })).id;
});

describe('opening a document logs one view about the learner', () => {
  test('each channel that opens a document writes one entry: entity the learner, details {document, id}', async () => {
    const { core } = v;
    const cases: [string, () => Promise<unknown>, { action: string; document: string; id: () => string }][] = [
      ['learners.get', async () => ok(await core.invoke('learners.get', { id: learnerId })), { action: 'learner.viewed', document: 'learner', id: () => learnerId }],
      ['profiles.current', async () => (ids.profile = ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId })).id), { action: 'profile.viewed', document: 'profile', id: () => ids.profile }],
      ['oppPlus.get', async () => ok(await core.invoke('oppPlus.get', { learnerId })), { action: 'opp_plus.viewed', document: 'oppPlus', id: () => ids.oppPlus }],
      ['idp.list', async () => ok(await core.invoke('idp.list', { learnerId })), { action: 'idp.viewed', document: 'idp', id: () => ids.idp }],
      ['reviews.get', async () => ok(await core.invoke('reviews.get', { id: ids.review })), { action: 'review.viewed', document: 'review', id: () => ids.review }],
    ];
    for (const [, open, expected] of cases) {
      const before = await lastSeq();
      await open();
      expect(await viewsSince(before)).toEqual([{ action: expected.action, entity_type: 'learner', entity_id: learnerId, details: { document: expected.document, id: expected.id() } }]);
    }
  });

  test("the learner page's buttons learn which plans exist without opening them: learners.documents writes no view", async () => {
    const before = await lastSeq();
    expect(ok(await v.core.invoke('learners.documents', { learnerId }))).toEqual({ oppPlus: true, idp: 'draft' });
    const other = (await addLearner(v.core, { legalFirstName: 'Heulwen', legalLastName: 'Prys' })).id;
    expect(ok(await v.core.invoke('learners.documents', { learnerId: other }))).toEqual({ oppPlus: false, idp: 'none' });
    expect(await viewsSince(before)).toEqual([]);
  });

  test('opening them all again (the refetch after an autosave) within five minutes writes nothing', async () => {
    const { core } = v;
    const before = await lastSeq();
    for (let i = 0; i < 3; i++) {
      ok(await core.invoke('learners.get', { id: learnerId }));
      ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId }));
      ok(await core.invoke('profiles.get', { id: ids.profile }));
      ok(await core.invoke('oppPlus.get', { learnerId }));
      ok(await core.invoke('idp.list', { learnerId }));
      ok(await core.invoke('idp.get', { id: ids.idp }));
      ok(await core.invoke('reviews.get', { id: ids.review }));
    }
    expect(await lastSeq()).toBe(before);
  });

  test("a staff member's profile, a learner with no OPP+ or IDP, and exports write no view", async () => {
    const { core } = v;
    const other = await addLearner(core, { legalFirstName: 'Olwen', legalLastName: 'Rhys' });
    const before = await lastSeq();
    ids.staffProfile = ok(await core.invoke('profiles.current', { ownerKind: 'staff', ownerId: ids.staff })).id;
    ok(await core.invoke('profiles.get', { id: ids.staffProfile }));
    expect(ok(await core.invoke('oppPlus.get', { learnerId: other.id }))).toBeNull();
    expect(ok(await core.invoke('idp.list', { learnerId: other.id }))).toEqual([]);
    ok(await core.invoke('oppPlus.exportDocx', { learnerId }));
    ok(await core.invoke('idp.exportDocx', { idpId: ids.idp, headings: 'en' }));
    ok(await core.invoke('reviews.exportDocx', { reviewId: ids.review }));
    expect(await viewsSince(before)).toEqual([]);
  });

  test('many documents opened at once: one entry each, no clash over the next sequence number, the chain intact', async () => {
    const { core } = v;
    const learners = await Promise.all(Array.from({ length: 12 }, (_, i) => addLearner(core, { legalFirstName: `Parallel${String.fromCharCode(97 + i)}`, legalLastName: 'Test' })));
    const before = await lastSeq();
    const results = await Promise.all(learners.flatMap((l) => [core.invoke('learners.get', { id: l.id }), core.invoke('learners.get', { id: l.id }), core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id })]));
    expect(results.filter((r) => !r.ok)).toEqual([]);
    const views = await viewsSince(before);
    expect(views.filter((r) => r.action === 'learner.viewed')).toHaveLength(12);
    expect(views.filter((r) => r.action === 'profile.viewed')).toHaveLength(12);
    expect(ok(await core.invoke('audit.verify', {}))).toMatchObject({ ok: true, firstBroken: null });
  });
});

describe('what counts as a new look', () => {
  test('in a new session the same document is logged again', async () => {
    const { core } = v;
    ok(await core.invoke('vault.lock', {}));
    ok(await core.invoke('vault.unlock', { passphrase: v.passphrase }));
    const before = await lastSeq();
    ok(await core.invoke('learners.get', { id: learnerId }));
    ok(await core.invoke('learners.get', { id: learnerId }));
    expect((await viewsSince(before)).map((r) => r.action)).toEqual(['learner.viewed']);
  });

  test('after five minutes, another document, or another person: logged again; within five minutes: not', async () => {
    // recordView itself with the clock given, on a session of its own (a second connection with the key).
    const session = await openSession(storePaths(v.dir), Buffer.from(v.key), { migrations: MIGRATIONS });
    try {
      const t0 = 1_700_000_000_000;
      const view = { action: 'idp.viewed', learnerId, document: 'idp' as const, id: ids.idp };
      const before = await lastSeq();
      await recordView(session, view, t0);
      await recordView(session, view, t0 + VIEW_WINDOW_MS - 1);
      await recordView(session, view, t0 + VIEW_WINDOW_MS);
      await recordView(session, { action: 'review.viewed', learnerId, document: 'review', id: ids.review }, t0 + VIEW_WINDOW_MS);
      const owner = session.actor;
      session.actor = 'another-person';
      await recordView(session, view, t0 + VIEW_WINDOW_MS + 1);
      session.actor = owner;
      await recordView(session, view, t0 + VIEW_WINDOW_MS + 2);
      const views = await viewsSince(before);
      expect(views.map((r) => r.action)).toEqual(['idp.viewed', 'idp.viewed', 'review.viewed', 'idp.viewed']);
      const actors = await withDb(v, async (db) => (await db.selectFrom('audit_log').select('actor').where('seq', '>', before).orderBy('seq').execute()).map((r) => r.actor));
      expect(actors).toEqual([owner, owner, owner, 'another-person']);
    } finally {
      await closeSession(session);
    }
  });
});
