/**
 * The decision at an IDP review and what it does, in the same transaction, with exact dates: "no revision"
 * restarts the 12-month clock from the day it was given (29 February included), "revise" opens the next draft
 * with the review carried in (in the plan's language), "cease" needs a reason and ceases the plan, "refer to the
 * LA" goes on the timeline. Each refusal leaves every table as it was.
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Input } from '../../shared/ipc';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { cleanup, ok } from './helpers';
import { completeDraft, digests, idpRow, issue, learnerDetail } from './idp-support';
import { registerVault, type RegisterVault } from './register-support';
import { decide, decideFails, fullRecord, heldReview, learnerWithPlan, saveRecord, schedule } from './review-support';

afterEach(cleanup);

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
    const draft = ok(await v.core.invoke('idp.get', { id: decided.resultIdpId! }));
    expect(draft).toMatchObject({ learnerId, versionNumber: 2, status: 'draft', planLanguage: 'en' });
    expect(ok(await v.core.invoke('idp.get', { id: idp.id })).status).toBe('issued');
    const c = draft.content;
    expect(c.provision).toEqual(IDP_PLAN.provision);
    expect(c.views.slice(0, 2)).toEqual(IDP_PLAN.views);
    expect(c.views.slice(2).map(({ id: _id, ...view }) => view)).toEqual([
      { who: 'learner', name: '', text: 'What is working: Reading with Mrs Hughes\nWhat is not working: The noisy hall at lunch', date: '2026-12-03', method: 'meeting', verbatim: false },
      { who: 'parent', name: '', text: 'What is working: He reads to his sister at bedtime', date: '2026-12-03', method: 'meeting', verbatim: false },
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
    const transition = await saveRecord(v, await schedule(v, learnerId, { type: 'transition' }), { ...fullRecord(stale), elementOutcomes: [] });
    const beforeTransition = await digests(v);
    await decideFails(v, transition, 'noRevision', 'CONFLICT');
    expect(await digests(v)).toEqual(beforeTransition);
  });
});
