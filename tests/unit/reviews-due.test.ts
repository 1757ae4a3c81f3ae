/**
 * Reviews in the due panel (learners.due): a meeting still to be held shows on its date, and once it is held its
 * open actions with a due date show with their text, until done, also after the review's decision (they are marked
 * done with reviews.setActionStatus). Open actions with no date are listed after them (reviews.undatedActions).
 * Cancelled meetings, done actions and archived learners do not show. Dates are counted from today, so the test
 * holds on any day.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { addDays, addMonths, todayIso } from '../../shared/rules/dates';
import { cleanup, expectError, ok } from './helpers';
import { digests } from './idp-support';
import { registerVault, type RegisterVault } from './register-support';
import { decide, fullRecord, learnerWithPlan, saveRecord, schedule, setActionStatus } from './review-support';

afterEach(cleanup);

const today = todayIso();
const inDays = (n: number) => addDays(today, n);

/** The due panel's review items (the statutory clocks are tested elsewhere), as kind, due date, days and text. */
async function reviewItems(v: RegisterVault, withinDays = 400) {
  const items = ok(await v.core.invoke('learners.due', { withinDays }));
  return items.filter((i) => i.reviewId !== null).map((i) => ({ kind: i.clock.kind, due: i.clock.due, days: i.clock.daysRemaining, action: i.action, reviewId: i.reviewId, name: i.displayName }));
}

describe('reviews in the due panel', () => {
  test('a meeting still to be held shows on its date; once held, its open dated actions show with their text instead', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId, { date: inDays(10) });
    expect(await reviewItems(v)).toEqual([{ kind: 'reviewMeeting', due: inDays(10), days: 10, action: null, reviewId: review.id, name: 'Eli Gruffydd' }]);

    const record = fullRecord(review);
    record.actions = [
      { id: 'a1', action: 'Ask the SALT to visit', owner: 'ALNCo', dueDate: inDays(30), status: 'open' },
      { id: 'a2', action: 'Quiet room at lunch on Fridays', owner: 'Mr Price', dueDate: inDays(-3), status: 'open' },
      { id: 'a3', action: 'Send the typing course link home', owner: 'Class teacher', dueDate: inDays(5), status: 'done' },
      { id: 'a4', action: 'Think about a buddy', owner: 'Class teacher', dueDate: null, status: 'open' },
    ];
    const held = await saveRecord(v, review, record);
    // Oldest first: the overdue action, then the next; the done one never shows, the undated one has no clock.
    expect(await reviewItems(v)).toEqual([
      { kind: 'reviewAction', due: inDays(-3), days: -3, action: 'Quiet room at lunch on Fridays', reviewId: review.id, name: 'Eli Gruffydd' },
      { kind: 'reviewAction', due: inDays(30), days: 30, action: 'Ask the SALT to visit', reviewId: review.id, name: 'Eli Gruffydd' },
    ]);
    // It is listed after the dated items, as "no date set", with the meeting it came from.
    expect(ok(await v.core.invoke('reviews.undatedActions', {}))).toEqual([
      { learnerId, displayName: 'Eli Gruffydd', yearGroup: '6', reviewId: review.id, actionId: 'a4', action: 'Think about a buddy', meetingDate: inDays(10) },
    ]);
    expect((await reviewItems(v, 10)).map((i) => i.action)).toEqual(['Quiet room at lunch on Fridays']);

    // Marking an action done takes it off the panel.
    await saveRecord(v, held, { ...record, actions: record.actions.map((a) => (a.id === 'a2' ? { ...a, status: 'done' as const } : a)) });
    expect((await reviewItems(v)).map((i) => i.action)).toEqual(['Ask the SALT to visit']);
  });

  test('after the decision, an action is still marked done (or open again) and leaves the due panel; a cancelled meeting refuses', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId, { date: inDays(-7) });
    const record = { ...fullRecord(review), actions: [
      { id: 'a1', action: 'Ask the SALT to visit', owner: 'ALNCo', dueDate: inDays(30), status: 'open' as const },
      { id: 'a2', action: 'Quiet room at lunch on Fridays', owner: 'Mr Price', dueDate: inDays(-3), status: 'open' as const },
      { id: 'a4', action: 'Think about a buddy', owner: 'Class teacher', dueDate: null, status: 'open' as const },
    ] };
    const decided = await decide(v, await saveRecord(v, review, record), 'referLa', today);
    expect(decided).toMatchObject({ decision: 'referLa', status: 'held' });
    expect((await reviewItems(v)).map((i) => i.action)).toEqual(['Quiet room at lunch on Fridays', 'Ask the SALT to visit']);
    // The rest of the record is kept as it was...
    expectError(await v.core.invoke('reviews.saveRecord', { reviewId: review.id, version: decided.version, record: { ...record, actions: [] }, held: true }), 'CONFLICT');
    // ...but the overdue action is done, then the undated one: both leave the panel, and nothing else changes.
    const done = await setActionStatus(v, decided, 'a2', true);
    expect(done).toMatchObject({ version: decided.version + 1, decision: 'referLa', decisionDate: today, status: 'held' });
    expect(done.record).toEqual({ ...record, actions: [record.actions[0], { ...record.actions[1]!, status: 'done' }, record.actions[2]] });
    expect((await reviewItems(v)).map((i) => i.action)).toEqual(['Ask the SALT to visit']);
    const both = await setActionStatus(v, done, 'a4', true);
    expect(ok(await v.core.invoke('reviews.undatedActions', {}))).toEqual([]);
    // Ticked by mistake: open again, and back on the panel.
    const reopened = await setActionStatus(v, both, 'a2', false);
    expect((await reviewItems(v)).map((i) => i.action)).toEqual(['Quiet room at lunch on Fridays', 'Ask the SALT to visit']);

    // A stale version, or an action that is not in the plan, changes nothing.
    let before = await digests(v);
    expectError(await v.core.invoke('reviews.setActionStatus', { reviewId: review.id, version: both.version, actionId: 'a1', done: true }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.setActionStatus', { reviewId: review.id, version: reopened.version, actionId: 'a9', done: true }), 'NOT_FOUND');
    expect(await digests(v)).toEqual(before);

    // A cancelled meeting agreed nothing: its action stays as it was, and off the panel.
    const other = await saveRecord(v, await schedule(v, learnerId, { date: inDays(5) }), { ...record, actions: [{ ...record.actions[0]!, id: 'b1' }] }, false);
    const cancelled = ok(await v.core.invoke('reviews.cancel', { reviewId: other.id, version: other.version }));
    before = await digests(v);
    const message = expectError(await v.core.invoke('reviews.setActionStatus', { reviewId: other.id, version: cancelled.version, actionId: 'b1', done: true }), 'CONFLICT');
    expect(message).toBe('This meeting was cancelled, so its actions are kept as they were.');
    expect(await digests(v)).toEqual(before);
    expect((await reviewItems(v)).map((i) => i.reviewId)).toEqual([review.id, review.id]);
  });

  test('actions written before the meeting is marked as held show beside the meeting itself', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId, { date: inDays(10) });
    const record = { ...fullRecord(review), actions: [{ id: 'a1', action: 'Ask the SALT to visit', owner: 'ALNCo', dueDate: inDays(20), status: 'open' as const }] };
    await saveRecord(v, review, record, false);
    expect(await reviewItems(v)).toEqual([
      { kind: 'reviewMeeting', due: inDays(10), days: 10, action: null, reviewId: review.id, name: 'Eli Gruffydd' },
      { kind: 'reviewAction', due: inDays(20), days: 20, action: 'Ask the SALT to visit', reviewId: review.id, name: 'Eli Gruffydd' },
    ]);
  });

  test('the statutory review clock shows beside the meetings, from the date the plan was given', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v, { dateGiven: inDays(-360) });
    await schedule(v, learnerId, { date: inDays(4) });
    const items = ok(await v.core.invoke('learners.due', { withinDays: 30 }));
    expect(items.map((i) => [i.clock.kind, i.clock.due])).toEqual([
      ['reviewMeeting', inDays(4)],
      ['idpReview', addMonths(inDays(-360), 12)],
    ]);
  });

  test('cancelled meetings and archived learners do not show', async () => {
    const v = await registerVault();
    const { learnerId } = await learnerWithPlan(v);
    const cancelled = await schedule(v, learnerId, { date: inDays(7) });
    ok(await v.core.invoke('reviews.cancel', { reviewId: cancelled.id, version: cancelled.version }));
    const kept = await schedule(v, learnerId, { date: inDays(14), type: 'transition' });
    expect((await reviewItems(v)).map((i) => i.reviewId)).toEqual([kept.id]);

    const archived = await learnerWithPlan(v, { learner: { legalFirstName: 'Nia', upn: null } });
    const theirs = await schedule(v, archived.learnerId, { date: inDays(2) });
    expect((await reviewItems(v)).map((i) => i.reviewId)).toEqual([theirs.id, kept.id]);
    const learner = ok(await v.core.invoke('learners.get', { id: archived.learnerId }));
    ok(await v.core.invoke('learners.archive', { id: archived.learnerId, version: learner.version }));
    expect((await reviewItems(v)).map((i) => i.reviewId)).toEqual([kept.id]);
    expect(ok(await v.core.invoke('reviews.all', {})).map((r) => r.id).sort()).toEqual([cancelled.id, kept.id].sort());
  });
});
