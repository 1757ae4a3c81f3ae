/**
 * Review meetings through the contract (core.invoke) against a real encrypted database: scheduling (tied to the
 * plan in force, with an outcome line per provision element), changing the arrangements, recording the meeting,
 * cancelling, optimistic concurrency, the audit trail and deletion. The due panel: reviews-due.test.ts; decisions
 * and what they do to the plan and the clocks: reviews-decide.test.ts.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { todayIso } from '../../shared/rules/dates';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { cleanup, expectError, ok, SAMPLE_ID } from './helpers';
import { actions, digests, idpLearner, learnerDetail } from './idp-support';
import { registerVault, withDb } from './register-support';
import { decide, fields, fullRecord, heldReview, learnerWithPlan, saveRecord, schedule, todayIs } from './review-support';

// Decisions are never dated after today: today is 15/01/2027 here, after the meetings these tests decide.
beforeEach(() => todayIs('2027-01-15'));
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

describe('scheduling', () => {
  test('an annual review is tied to the issued plan, with one outcome line per provision element to mark', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId);
    expect(review).toMatchObject({ learnerId, learnerName: 'Eli Gruffydd', learnerFirstName: 'Eli', status: 'scheduled', idpId: idp.id, version: 1, decision: null, decisionDate: null, decisionReason: null, resultIdpId: null });
    expect(review).toMatchObject({ type: 'annualIdp', date: '2026-12-03', time: '15:30', place: 'Library', online: false, facilitator: 'Mrs Hughes (ALNCo)', language: 'en' });
    expect(review.record.elementOutcomes).toEqual(IDP_PLAN.provision.map((e) => ({ elementId: e.id, outcome: e.outcome, status: null, comment: '' })));
    expect(review.record).toMatchObject({ appreciation: '', perspectives: [], actions: [] });
    const requested = await schedule(v, learnerId, { type: 'requested' });
    expect(requested.idpId).toBe(idp.id);
    expect(requested.record.elementOutcomes).toHaveLength(3);
    expect((await learnerDetail(v, learnerId)).timeline.filter((e) => e.type === 'reviewScheduled')).toEqual([
      expect.objectContaining({ date: todayIso(), detail: '2026-12-03' }),
      expect.objectContaining({ date: todayIso(), detail: '2026-12-03' }),
    ]);
    expect((await actions(v)).filter((a) => a === 'review.scheduled')).toHaveLength(2);
  });

  test('a transition review of a learner with a plan in force reviews it; an OPP review, and any review of a learner without an issued plan, review none', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const transition = await schedule(v, learnerId, { type: 'transition' });
    expect(transition).toMatchObject({ type: 'transition', idpId: idp.id });
    expect(transition.record.elementOutcomes).toEqual(IDP_PLAN.provision.map((e) => ({ elementId: e.id, outcome: e.outcome, status: null, comment: '' })));
    for (const type of ['opp', 'oppPlus'] as const) {
      expect(await schedule(v, learnerId, { type })).toMatchObject({ type, idpId: null, record: { elementOutcomes: [] } });
    }
    const noPlan = await idpLearner(v, { legalFirstName: 'Nia', upn: null });
    for (const type of ['annualIdp', 'transition'] as const) {
      expect(await schedule(v, noPlan.id, { type })).toMatchObject({ type, idpId: null, learnerFirstName: 'Nia', record: { elementOutcomes: [] } });
    }
  });

  test('an unknown learner is NOT_FOUND; a time of 25:00 is INVALID; neither changes anything', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const before = await digests(v);
    expectError(await v.core.invoke('reviews.schedule', { learnerId: SAMPLE_ID, fields: fields() }), 'NOT_FOUND');
    expectError(await v.core.invoke('reviews.schedule', { learnerId, fields: fields({ time: '25:00' }) }), 'INVALID');
    expectError(await v.core.invoke('reviews.schedule', { learnerId, fields: fields({ date: '2026-02-30' }) }), 'INVALID');
    expect(await digests(v)).toEqual(before);
    expectError(await v.core.invoke('reviews.get', { id: SAMPLE_ID }), 'NOT_FOUND');
  });
});

describe('changing and recording', () => {
  test('the arrangements change with the version; a stale version is a CONFLICT and changes nothing', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId);
    const moved = ok(await v.core.invoke('reviews.update', { reviewId: review.id, version: 1, fields: fields({ date: '2026-12-10', time: null, online: true, place: 'Teams', language: 'bilingual' }) }));
    expect(moved).toMatchObject({ version: 2, date: '2026-12-10', time: null, online: true, place: 'Teams', language: 'bilingual', status: 'scheduled' });
    expect(moved.record).toEqual(review.record);
    const before = await digests(v);
    expectError(await v.core.invoke('reviews.update', { reviewId: review.id, version: 1, fields: fields() }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.saveRecord', { reviewId: review.id, version: 1, record: fullRecord(review), held: true }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.cancel', { reviewId: review.id, version: 1 }), 'CONFLICT');
    expect(await digests(v)).toEqual(before);
  });

  test('a change of type ties the meeting to the plan in force, or unties it, with its outcome lines', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const opp = await schedule(v, learnerId, { type: 'opp' });
    const annual = ok(await v.core.invoke('reviews.update', { reviewId: opp.id, version: 1, fields: fields({ type: 'annualIdp' }) }));
    expect(annual).toMatchObject({ type: 'annualIdp', idpId: idp.id });
    expect(annual.record.elementOutcomes.map((o) => o.elementId)).toEqual(['prov-1', 'prov-2', 'prov-3']);
    // A transition review of this learner still reviews the plan: nothing changes but the type.
    const transition = ok(await v.core.invoke('reviews.update', { reviewId: opp.id, version: annual.version, fields: fields({ type: 'transition' }) }));
    expect(transition).toMatchObject({ type: 'transition', idpId: idp.id, record: annual.record });
    // One outcome marked, then an OPP review: the plan is untied, the marked line kept.
    const marked = await saveRecord(v, transition, { ...annual.record, elementOutcomes: annual.record.elementOutcomes.map((o, i) => (i === 1 ? { ...o, status: 'met' as const } : o)) }, false);
    const back = ok(await v.core.invoke('reviews.update', { reviewId: opp.id, version: marked.version, fields: fields({ type: 'opp' }) }));
    expect(back).toMatchObject({ type: 'opp', idpId: null });
    expect(back.record.elementOutcomes.map((o) => [o.elementId, o.status])).toEqual([['prov-2', 'met']]);
    expectError(await v.core.invoke('reviews.decide', { reviewId: back.id, version: back.version, decision: 'noRevision', date: '2026-12-03', reason: null }), 'CONFLICT');
  });

  test('saving the record as held marks the meeting held and writes "review held" on its date, once', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId);
    const draft = await saveRecord(v, review, { ...fullRecord(review), questions: 'Draft so far' }, false);
    expect(draft).toMatchObject({ status: 'scheduled', version: 2, record: { questions: 'Draft so far' } });
    const held = await saveRecord(v, draft);
    expect(held).toMatchObject({ status: 'held', version: 3 });
    expect(held.record).toEqual(fullRecord(review));
    const again = await saveRecord(v, held, { ...held.record, questions: 'One more' });
    expect(again).toMatchObject({ status: 'held', version: 4, record: { questions: 'One more' } });
    // Saving as not held afterwards does not undo the meeting.
    expect((await saveRecord(v, again, again.record, false)).status).toBe('held');
    expect((await learnerDetail(v, learnerId)).timeline.filter((e) => e.type === 'reviewHeld')).toEqual([expect.objectContaining({ date: '2026-12-03' })]);
    expect((await actions(v)).filter((a) => a === 'review.recorded')).toHaveLength(4);
  });

  test('a cancelled meeting is kept, and can no longer be changed, recorded or cancelled again', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId);
    const cancelled = ok(await v.core.invoke('reviews.cancel', { reviewId: review.id, version: 1 }));
    expect(cancelled).toMatchObject({ status: 'cancelled', version: 2 });
    const before = await digests(v);
    expectError(await v.core.invoke('reviews.saveRecord', { reviewId: review.id, version: 2, record: fullRecord(review), held: true }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.update', { reviewId: review.id, version: 2, fields: fields() }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.cancel', { reviewId: review.id, version: 2 }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.decide', { reviewId: review.id, version: 2, decision: 'noRevision', date: '2026-12-03', reason: null }), 'CONFLICT');
    expect(await digests(v)).toEqual(before);
    expect(ok(await v.core.invoke('reviews.list', { learnerId })).map((r) => r.status)).toEqual(['cancelled']);
  });

  test('once decided, a review is read only but for its actions (reviews-due.test.ts): every other change is a CONFLICT and nothing changes', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const decided = await decide(v, await heldReview(v, learnerId), 'noRevision', '2026-12-03');
    const before = await digests(v);
    const { id: reviewId, version } = decided;
    expectError(await v.core.invoke('reviews.update', { reviewId, version, fields: fields() }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.saveRecord', { reviewId, version, record: decided.record, held: true }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.cancel', { reviewId, version }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.decide', { reviewId, version, decision: 'revise', date: '2026-12-04', reason: null }), 'CONFLICT');
    expect(await digests(v)).toEqual(before);
  });
});

describe('the audit trail and deletion', () => {
  test('every step is audited with ids and choices only: none of the typed words reach the audit details', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId, { place: 'Ystafell Derwen', facilitator: 'Gwenllian Facilitator', invitees: [{ id: 'i1', kind: 'other', refId: null, name: 'Aunt Branwen', role: 'Aunt', attendance: 'invited' }] });
    const held = await saveRecord(v, review);
    const decided = await decide(v, held, 'cease', '2026-12-03', 'Moved to Ysgol Glan Morfa in Swansea');
    ok(await v.core.invoke('reviews.setActionStatus', { reviewId: review.id, version: decided.version, actionId: 'a1', done: true }));
    const typed = ['Ystafell Derwen', 'Gwenllian', 'Branwen', 'Moved to Ysgol', 'Glan Morfa', 'Kind to the younger', 'rugby', 'vet like', 'one step at a time', 'Mrs Hughes', 'noisy hall', 'bedtime', 'laptop in exams', 'SALT to visit', 'Mr Price', '92 words', 'Elis', 'Gruffydd'];
    const details = await withDb(v, (db) => db.selectFrom('audit_log').select(['action', 'details']).where('action', 'like', 'review.%').orderBy('seq').execute());
    expect(details.map((d) => d.action)).toEqual(['review.scheduled', 'review.recorded', 'review.decided', 'review.action_marked']);
    expect(details.map((d) => JSON.parse(d.details))).toEqual([{ reviewId: review.id, type: 'annualIdp' }, { reviewId: review.id, held: true }, { reviewId: review.id, decision: 'cease', resultIdpId: null }, { reviewId: review.id, actionId: 'a1', done: true }]);
    const all = (await withDb(v, (db) => db.selectFrom('audit_log').select('details').execute())).map((d) => d.details).join('\n');
    for (const word of typed) expect(all, word).not.toContain(word);
  });

  test('deleting a learner removes their reviews with them', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const other = await learnerWithPlan(v, { learner: { legalFirstName: 'Nia', upn: null } });
    await heldReview(v, learnerId);
    await schedule(v, learnerId, { type: 'transition' });
    const kept = await schedule(v, other.learnerId);
    ok(await v.core.invoke('learners.delete', { id: learnerId, confirmName: 'Elis Gruffydd' }));
    const rows = await withDb(v, (db) => db.selectFrom('review').select(['id', 'learner_id']).execute());
    expect(rows).toEqual([{ id: kept.id, learner_id: other.learnerId }]);
    expect(ok(await v.core.invoke('reviews.all', {})).map((r) => r.id)).toEqual([kept.id]);
  });
});
