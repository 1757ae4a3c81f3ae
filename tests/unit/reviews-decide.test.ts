/**
 * The decision at an IDP review and what it does, in the same transaction, with exact dates: "no revision"
 * restarts the 12-month clock from the day it was given (29 February included), "revise" opens the next draft
 * with the review carried in (in the plan's language) and leaves the clock alone until that draft is issued,
 * "cease" needs a reason and ceases the plan, "refer to the LA" goes on the timeline. A decision is never dated
 * after today, and a "no revision" notice never before the plan or the last notice was given. A transition review
 * of a learner with a plan in force is a review of that plan. Each refusal leaves every table as it was. "Today" is
 * 15/01/2027 unless a test says otherwise (review-support.ts todayIs).
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { Input } from '../../shared/ipc';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { cleanup, expectError, ok } from './helpers';
import { completeDraft, digests, idpRow, issue, learnerDetail } from './idp-support';
import { registerVault, type RegisterVault } from './register-support';
import { decide, decideFails, fullRecord, heldReview, learnerWithPlan, saveRecord, schedule, todayIs } from './review-support';

beforeEach(() => todayIs('2027-01-15'));
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

const reviewClock = async (v: RegisterVault, learnerId: string) => (await learnerDetail(v, learnerId)).clocks.find((c) => c.kind === 'idpReview');

/** A learner whose plan, in `language`, was issued on 20/11/2026. */
async function planIn(v: RegisterVault, planLanguage: Input<'idp.setLanguage'>['planLanguage'], upn: string | null = null) {
  const { learnerId, idp } = await completeDraft(v, { preferredName: 'Eli', upn });
  const set = ok(await v.core.invoke('idp.setLanguage', { idpId: idp.id, version: idp.version, planLanguage }));
  return { learnerId, idp: await issue(v, set, '2026-11-20') };
}

describe('no revision', () => {
  test('on 03/12/2026: the plan is kept, the date given becomes 03/12/2026 and the next review is due 03/12/2027', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-11-20');
    const before = await idpRow(v, idp.id);
    const decided = await decide(v, await heldReview(v, learnerId), 'noRevision', '2026-12-03');
    expect(decided).toMatchObject({ status: 'held', decision: 'noRevision', decisionDate: '2026-12-03', decisionReason: null, resultIdpId: null });
    const learner = await learnerDetail(v, learnerId);
    expect(learner.idpDateGiven).toBe('2026-12-03');
    expect(learner.clocks.find((c) => c.kind === 'idpReview')).toMatchObject({ due: '2027-12-03' });
    expect(learner.timeline.filter((e) => e.type === 'noRevisionNotice')).toEqual([expect.objectContaining({ date: '2026-12-03' })]);
    expect(await idpRow(v, idp.id)).toEqual(before);
  });

  test('given on 29/02/2028, the next review is due 28/02/2029', async () => {
    todayIs('2028-03-01');
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v, { dateGiven: '2027-03-01' });
    expect((await reviewClock(v, learnerId))?.due).toBe('2028-03-01');
    await decide(v, await heldReview(v, learnerId, { date: '2028-02-29' }), 'noRevision', '2028-02-29');
    expect((await learnerDetail(v, learnerId)).idpDateGiven).toBe('2028-02-29');
    expect((await reviewClock(v, learnerId))?.due).toBe('2029-02-28');
  });
});

describe('revise', () => {
  test('opens version 2 as a draft carrying the views, the profile updates and each marked outcome, exactly', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const decided = await decide(v, await heldReview(v, learnerId), 'revise', '2026-12-03');
    // The clock is left alone: the plan given on 20/11/2026 is still the one in force.
    expect(await learnerDetail(v, learnerId)).toMatchObject({ idpDateGiven: '2026-11-20' });
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-11-20');
    const draft = ok(await v.core.invoke('idp.get', { id: decided.resultIdpId! }));
    expect(draft).toMatchObject({ learnerId, versionNumber: 2, status: 'draft', planLanguage: 'en' });
    expect(ok(await v.core.invoke('idp.get', { id: idp.id })).status).toBe('issued');
    const c = draft.content;
    expect(c.provision).toEqual(IDP_PLAN.provision);
    expect(c.views.slice(0, 2)).toEqual(IDP_PLAN.views);
    expect(c.views.slice(2).map(({ id: _id, ...view }) => view)).toEqual([
      { who: 'learner', name: "The learner's view at the review", text: 'What is working: Reading with Mrs Hughes\nWhat is not working: The noisy hall at lunch', date: '2026-12-03', method: 'meeting', verbatim: false },
      { who: 'parent', name: "The family's view at the review", text: 'What is working: He reads to his sister at bedtime', date: '2026-12-03', method: 'meeting', verbatim: false },
    ]);
    expect(c.aboutMe.items.slice(0, 3)).toEqual(IDP_PLAN.aboutMe.items);
    expect(c.aboutMe.items.slice(3).map(({ id: _id, ...item }) => item)).toEqual([
      { section: 'appreciation', text: 'Kind to the younger ones', contributor: 'staff', firstPerson: false, importantFor: false },
      { section: 'appreciation', text: 'Always first to help tidy up', contributor: 'staff', firstPerson: false, importantFor: false },
      { section: 'importantTo', text: 'Playing rugby on Saturdays', contributor: 'learner', firstPerson: false, importantFor: false },
      { section: 'importantTo', text: 'Being a vet like his aunt', contributor: 'learner', firstPerson: false, importantFor: false },
      { section: 'support', text: 'Show him one step at a time', contributor: 'staff', firstPerson: false, importantFor: false },
    ]);
    expect(c.timeline.slice(2).map(({ id: _id, ...entry }) => entry)).toEqual([
      { date: '2026-12-03', event: 'Review – Outcome "Elis reads 90 words a minute from a Year 4 book": met (92 words a minute in March)' },
      { date: '2026-12-03', event: 'Review – Outcome "Elis answers a question in class within 10 seconds, 4 times out of 5": partly met' },
    ]);
    expect((await learnerDetail(v, learnerId)).timeline.filter((e) => e.type === 'idpDraftStarted').map((e) => e.detail)).toEqual(['1', '2']);
    // Issuing the revised plan on 10/12/2026 restarts the clock from that day.
    await issue(v, draft, '2026-12-10');
    expect(await learnerDetail(v, learnerId)).toMatchObject({ idpDateGiven: '2026-12-10' });
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-12-10');
  });

  test('in Welsh for a Welsh plan, and in both for a bilingual one', async () => {
    const v = await registerVault();
    const welsh = await planIn(v, 'cy');
    const cy = ok(await v.core.invoke('idp.get', { id: (await decide(v, await heldReview(v, welsh.learnerId), 'revise', '2026-12-03')).resultIdpId! }));
    expect(cy.planLanguage).toBe('cy');
    expect(cy.content.views[2]!.text).toBe("Beth sy'n gweithio: Reading with Mrs Hughes\nBeth sydd ddim yn gweithio: The noisy hall at lunch");
    expect(cy.content.timeline[2]!.event).toBe('Adolygiad – Canlyniad "Elis reads 90 words a minute from a Year 4 book": wedi ei gyflawni (92 words a minute in March)');
    expect(cy.content.timeline[3]!.event).toBe('Adolygiad – Canlyniad "Elis answers a question in class within 10 seconds, 4 times out of 5": wedi ei gyflawni\'n rhannol');

    const both = await planIn(v, 'bilingual');
    const bi = ok(await v.core.invoke('idp.get', { id: (await decide(v, await heldReview(v, both.learnerId), 'revise', '2026-12-03')).resultIdpId! }));
    expect(bi.content.views[3]!.text).toBe("Beth sy'n gweithio / What is working: He reads to his sister at bedtime");
    expect(bi.content.timeline[2]!.event).toBe('Adolygiad / Review – Canlyniad / Outcome "Elis reads 90 words a minute from a Year 4 book": wedi ei gyflawni / met (92 words a minute in March)');
  });

  test('with a draft of the next plan already open: a CONFLICT, and nothing changes', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await heldReview(v, learnerId);
    ok(await v.core.invoke('idp.startDraft', { learnerId }));
    const before = await digests(v);
    await decideFails(v, review, 'revise', 'CONFLICT');
    expect(await digests(v)).toEqual(before);
  });

  test('on a stale version: a CONFLICT, and no draft is left behind', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await heldReview(v, learnerId);
    await saveRecord(v, review, { ...review.record, questions: 'Changed in another window' });
    const before = await digests(v);
    await decideFails(v, review, 'revise', 'CONFLICT');
    expect(await digests(v)).toEqual(before);
    expect(ok(await v.core.invoke('idp.list', { learnerId })).map((i) => i.status)).toEqual(['issued']);
  });
});

describe('cease, refer to the LA, and a plan that moved on', () => {
  test('cease needs a reason (INVALID without, nothing changes); with one the plan is ceased on the day given', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const review = await heldReview(v, learnerId);
    const before = await digests(v);
    await decideFails(v, review, 'cease', 'INVALID');
    await decideFails(v, review, 'cease', 'INVALID', '   ');
    expect(await digests(v)).toEqual(before);
    const decided = await decide(v, review, 'cease', '2026-12-03', 'Needs are now met by universal provision');
    expect(decided).toMatchObject({ decision: 'cease', decisionDate: '2026-12-03', decisionReason: 'Needs are now met by universal provision' });
    expect(ok(await v.core.invoke('idp.get', { id: idp.id }))).toMatchObject({ status: 'ceased', ceasedOn: '2026-12-03' });
    const learner = await learnerDetail(v, learnerId);
    expect(learner.status).toBe('IDP_CEASED');
    expect(learner.timeline.filter((e) => e.type === 'idpCeased')).toEqual([expect.objectContaining({ date: '2026-12-03' })]);
    expect(learner.clocks.find((c) => c.kind === 'idpReview')).toBeUndefined();
  });

  test('refer to the LA is recorded on the timeline on the day given; the plan and its clock stay as they were', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const before = await idpRow(v, idp.id);
    await decide(v, await heldReview(v, learnerId), 'referLa', '2026-12-04', 'Needs specialist provision');
    const learner = await learnerDetail(v, learnerId);
    expect(learner.timeline.filter((e) => e.type === 'referredToLa')).toEqual([expect.objectContaining({ date: '2026-12-04' })]);
    expect(learner.idpDateGiven).toBe('2026-11-20');
    expect(await idpRow(v, idp.id)).toEqual(before);
  });

  test('a decision on a review whose plan was revised since, or which reviewed no plan, is a CONFLICT', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const stale = await heldReview(v, learnerId);
    const revised = await decide(v, await heldReview(v, learnerId), 'revise', '2026-12-03');
    const draft = ok(await v.core.invoke('idp.get', { id: revised.resultIdpId! }));
    await issue(v, draft, '2026-12-10');
    const before = await digests(v);
    for (const decision of ['noRevision', 'revise', 'cease'] as const) await decideFails(v, stale, decision, 'CONFLICT', 'A reason');
    expect(await digests(v)).toEqual(before);
    const opp = await saveRecord(v, await schedule(v, learnerId, { type: 'opp' }), { ...fullRecord(stale), elementOutcomes: [] });
    const beforeOpp = await digests(v);
    await decideFails(v, opp, 'noRevision', 'CONFLICT');
    expect(await digests(v)).toEqual(beforeOpp);
  });
});

describe('a transition review', () => {
  test('of a learner with a plan in force reviews it: outcome lines to mark, and "no revision" restarts the clock', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await learnerWithPlan(v);
    const transition = await schedule(v, learnerId, { type: 'transition' });
    expect(transition).toMatchObject({ type: 'transition', idpId: idp.id });
    expect(transition.record.elementOutcomes.map((o) => o.elementId)).toEqual(['prov-1', 'prov-2', 'prov-3']);
    await decide(v, await saveRecord(v, transition), 'noRevision', '2026-12-03');
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-12-03');
  });

  test('of a learner without a plan reviews none: only a referral to the LA can be recorded', async () => {
    const v = await registerVault();
    const { learnerId } = await completeDraft(v, { preferredName: 'Eli' }); // a draft, never issued
    const scheduled = await schedule(v, learnerId, { type: 'transition' });
    expect(scheduled).toMatchObject({ idpId: null, record: { elementOutcomes: [] } });
    const transition = await saveRecord(v, scheduled, { ...fullRecord(scheduled), elementOutcomes: [] });
    const before = await digests(v);
    for (const decision of ['noRevision', 'revise', 'cease'] as const) await decideFails(v, transition, decision, 'CONFLICT', 'A reason');
    expect(await digests(v)).toEqual(before);
    expect(await decide(v, transition, 'referLa', '2026-12-03')).toMatchObject({ decision: 'referLa' });
  });
});

describe('the date of the decision', () => {
  test('after today (15/01/2027) is INVALID for every decision and changes nothing; today itself is accepted', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await heldReview(v, learnerId);
    const before = await digests(v);
    for (const decision of ['noRevision', 'revise', 'cease', 'referLa'] as const) {
      const message = expectError(await v.core.invoke('reviews.decide', { reviewId: review.id, version: review.version, decision, date: '2027-01-16', reason: 'A reason' }), 'INVALID');
      expect(message).toBe('The date of the decision is after today. Give the day it was made (today at the latest).');
    }
    expect(await digests(v)).toEqual(before);
    await decide(v, review, 'noRevision', '2027-01-15');
    expect((await reviewClock(v, learnerId))?.due).toBe('2028-01-15');
  });

  test('"no revision" is never dated before the plan (20/11/2026) or the last notice was given: the clock never runs backwards', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const first = await heldReview(v, learnerId);
    let before = await digests(v);
    const message = expectError(await v.core.invoke('reviews.decide', { reviewId: first.id, version: first.version, decision: 'noRevision', date: '2026-11-19', reason: null }), 'INVALID');
    expect(message).toBe('A "no revision" notice cannot be dated before 20/11/2026, when the plan or the last notice was given: the review clock would run backwards.');
    expect(await digests(v)).toEqual(before);
    // The day the plan was given is not before it.
    await decide(v, first, 'noRevision', '2026-11-20');
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-11-20');
    await decide(v, await heldReview(v, learnerId), 'noRevision', '2026-12-03');
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-12-03');

    const third = await heldReview(v, learnerId);
    before = await digests(v);
    expect(expectError(await v.core.invoke('reviews.decide', { reviewId: third.id, version: third.version, decision: 'noRevision', date: '2026-12-02', reason: null }), 'INVALID')).toContain('before 03/12/2026');
    expect(await digests(v)).toEqual(before);
    expect(await learnerDetail(v, learnerId)).toMatchObject({ idpDateGiven: '2026-12-03' });
    // Other decisions do not move the clock, so an earlier day is theirs to give.
    expect(await decide(v, third, 'referLa', '2026-12-02')).toMatchObject({ decision: 'referLa', decisionDate: '2026-12-02' });
    expect((await reviewClock(v, learnerId))?.due).toBe('2027-12-03');
  });
});
