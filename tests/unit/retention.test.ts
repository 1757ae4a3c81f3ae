/**
 * Retention (issue 8 part 5) through the contract: the policy, the dates it gives (exact, leap-day birthdays
 * included), the list of records past their date, the legal hold, and destruction of exactly one type of record
 * at a time, with audit entries that hold no personal data.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addYears, dueOn, isDue, yearsFor } from '../../electron/core/services/retention-policy';
import { todayIso } from '../../shared/rules/dates';
import { DEFAULT_RETENTION } from '../../shared/schemas/retention';
import { cleanup, expectError, ok, tableDigests } from './helpers';
import { addLearner, withDb } from './register-support';
import { auditTexts, canaries, canaryList, changed, retentionVault, rowCounts, seedLearner, type RetentionVault } from './retention-support';

afterAll(cleanup);

describe('due dates (pure)', () => {
  test('date of birth plus 25, 31 or 35 years, to the day', () => {
    const policy = { idp: 25, oppPlus: 31, profile: 35, register: 25 } as const;
    expect(dueOn(policy, 'idp', '2001-03-14')).toBe('2026-03-14');
    expect(dueOn(policy, 'oppPlus', '2001-03-14')).toBe('2032-03-14');
    expect(dueOn(policy, 'profile', '2001-03-14')).toBe('2036-03-14');
  });

  test('a 29 February birthday is due on 28 February (25, 31 and 35 are odd, so the year is never a leap year)', () => {
    expect(addYears('2004-02-29', 25)).toBe('2029-02-28');
    expect(addYears('2004-02-29', 31)).toBe('2035-02-28');
    expect(addYears('2004-02-29', 35)).toBe('2039-02-28');
    // Landing on a leap year keeps the 29th: the rule only moves a day that does not exist.
    expect(addYears('2000-02-29', 28)).toBe('2028-02-29');
  });

  test('the register is kept for the longest of the four periods', () => {
    expect(yearsFor({ idp: 25, oppPlus: 25, profile: 25, register: 25 }, 'register')).toBe(25);
    expect(yearsFor({ idp: 35, oppPlus: 25, profile: 31, register: 25 }, 'register')).toBe(35);
    expect(yearsFor({ idp: 25, oppPlus: 25, profile: 31, register: 25 }, 'register')).toBe(31);
    expect(dueOn({ idp: 25, oppPlus: 35, profile: 25, register: 25 }, 'register', '2001-03-14')).toBe('2036-03-14');
  });

  test('due from the date itself, not the day before', () => {
    expect(isDue('2026-03-14', '2026-03-13')).toBe(false);
    expect(isDue('2026-03-14', '2026-03-14')).toBe(true);
    expect(isDue('2026-03-14', '2026-03-15')).toBe(true);
  });
});

describe('policy and the list of records past their date', () => {
  let v: RetentionVault;
  let old = '';
  let young = '';
  let edge = '';
  /** Born 28 years ago today: past 25 years, not past 31. */
  const edgeDob = addYears(todayIso(), -28);

  beforeAll(async () => {
    v = await retentionVault();
    old = await seedLearner(v, canaries('Quorv'));
    young = await seedLearner(v, canaries('Plimsk'), { dateOfBirth: '2014-09-01' });
    edge = (await addLearner(v.core, { legalFirstName: 'Edgar', legalLastName: 'Brink', dateOfBirth: edgeDob })).id;
    ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: edge }));
  });

  test('the default policy is 31 years for every type, kept in the database', async () => {
    expect(ok(await v.core.invoke('retention.getPolicy', {}))).toEqual(DEFAULT_RETENTION);
    expect(DEFAULT_RETENTION).toEqual({ idp: 31, oppPlus: 31, profile: 31, register: 31 });
    const saved = await withDb(v, (db) => db.selectFrom('preference').selectAll().where('key', '=', 'retention.policy').executeTakeFirst());
    expect(saved).toBeUndefined();
  });

  test('a learner born on 1 May 1990 is listed for every type with exact dates and record counts; younger ones are not', async () => {
    const due = ok(await v.core.invoke('retention.due', {}));
    expect(due.filter((d) => d.learnerId === young)).toEqual([]);
    expect(due.filter((d) => d.learnerId === edge)).toEqual([]);
    expect(due.filter((d) => d.learnerId === old)).toEqual([
      { learnerId: old, name: 'Quorvella Quorvworthy', dateOfBirth: '1990-05-01', type: 'idp', dueOn: '2021-05-01', records: 3, legalHold: false },
      { learnerId: old, name: 'Quorvella Quorvworthy', dateOfBirth: '1990-05-01', type: 'oppPlus', dueOn: '2021-05-01', records: 1, legalHold: false },
      { learnerId: old, name: 'Quorvella Quorvworthy', dateOfBirth: '1990-05-01', type: 'profile', dueOn: '2021-05-01', records: 2, legalHold: false },
      { learnerId: old, name: 'Quorvella Quorvworthy', dateOfBirth: '1990-05-01', type: 'register', dueOn: '2021-05-01', records: 1, legalHold: false },
    ]);
  });

  test('a policy change moves the dates; the register follows the longest period', async () => {
    const policy = { idp: 35, oppPlus: 25, profile: 31, register: 25 } as const;
    expect(ok(await v.core.invoke('retention.setPolicy', policy))).toEqual(policy);
    const due = ok(await v.core.invoke('retention.due', {})).filter((d) => d.learnerId === old);
    expect(due.map((d) => [d.type, d.dueOn])).toEqual([
      ['oppPlus', '2015-05-01'],
      ['profile', '2021-05-01'],
      ['idp', '2025-05-01'],
      ['register', '2025-05-01'],
    ]);
    const audit = (await auditTexts(v)).filter((a) => a.action === 'retention.policy_changed');
    expect(audit.map((a) => JSON.parse(a.details))).toEqual([policy]);
  });

  test('shortening a period brings a record inside it into the list, lengthening it takes it out again', async () => {
    const listed = async () => ok(await v.core.invoke('retention.due', {})).filter((d) => d.learnerId === edge);
    ok(await v.core.invoke('retention.setPolicy', { idp: 31, oppPlus: 31, profile: 31, register: 31 }));
    expect(await listed()).toEqual([]);
    ok(await v.core.invoke('retention.setPolicy', { idp: 31, oppPlus: 31, profile: 25, register: 25 }));
    // The register is kept for the longest period (31), so only the profile is due.
    expect((await listed()).map((d) => [d.type, d.dueOn, d.records])).toEqual([['profile', addYears(edgeDob, 25), 1]]);
    ok(await v.core.invoke('retention.setPolicy', { idp: 25, oppPlus: 25, profile: 25, register: 25 }));
    expect((await listed()).map((d) => d.type)).toEqual(['profile', 'register']);
    ok(await v.core.invoke('retention.setPolicy', DEFAULT_RETENTION));
    expect(await listed()).toEqual([]);
  });
});

describe('legal hold and destruction', () => {
  let v: RetentionVault;
  let target = '';
  let bystander = '';
  const c = canaries('Zintar');

  beforeAll(async () => {
    v = await retentionVault();
    target = await seedLearner(v, c);
    bystander = await seedLearner(v, canaries('Brolly'));
  });

  test('a hold is shown in the list, keeps its reason on the learner, and its audit entry holds no reason', async () => {
    ok(await v.core.invoke('retention.setHold', { learnerId: target, hold: true, reason: 'Zintar tribunal appeal pending' }));
    const detail = ok(await v.core.invoke('learners.get', { id: target }));
    expect([detail.legalHold, detail.legalHoldReason]).toEqual([true, 'Zintar tribunal appeal pending']);
    const rows = ok(await v.core.invoke('retention.due', {})).filter((d) => d.learnerId === target);
    expect(rows.map((d) => d.legalHold)).toEqual([true, true, true, true]);
    const entry = (await auditTexts(v)).filter((a) => a.action === 'learner.legal_hold_placed');
    expect(entry).toEqual([{ action: 'learner.legal_hold_placed', entityId: target, details: '{}' }]);
  });

  test('a held learner: every item refused and counted as held, not one row changed', async () => {
    const before = await withDb(v, tableDigests);
    const items = (['idp', 'oppPlus', 'profile', 'register'] as const).map((type) => ({ learnerId: target, type }));
    expect(ok(await v.core.invoke('retention.destroy', { items }))).toEqual({ destroyed: 0, held: 4, notDue: 0 });
    expect(await withDb(v, tableDigests)).toEqual(before);
  });

  test('items not yet due are refused as notDue; an unknown learner is NOT_FOUND with nothing destroyed', async () => {
    ok(await v.core.invoke('retention.setHold', { learnerId: target, hold: false }));
    const detail = ok(await v.core.invoke('learners.get', { id: target }));
    expect([detail.legalHold, detail.legalHoldReason]).toEqual([false, null]);
    ok(await v.core.invoke('retention.setPolicy', { idp: 35, oppPlus: 35, profile: 35, register: 35 }));
    const young = (await addLearner(v.core, { legalFirstName: 'Yara', legalLastName: 'Young', dateOfBirth: '2012-01-01' })).id;
    ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: young }));
    const before = await withDb(v, tableDigests);
    // Born in 2012: nothing of theirs is due for decades, whatever is asked.
    expect(ok(await v.core.invoke('retention.destroy', { items: [{ learnerId: young, type: 'profile' }, { learnerId: young, type: 'register' }] }))).toEqual({ destroyed: 0, held: 0, notDue: 2 });
    expectError(await v.core.invoke('retention.destroy', { items: [{ learnerId: target, type: 'idp' }, { learnerId: '5b0e7c1e-2f4a-4c8e-9d3b-7a6f1e2d3c4b', type: 'idp' }] }), 'NOT_FOUND');
    expect(await withDb(v, tableDigests)).toEqual(before);
    ok(await v.core.invoke('retention.setPolicy', DEFAULT_RETENTION));
  });

  test('each type destroys exactly its own rows of that learner (rows per table before and after)', async () => {
    const step = async (type: 'idp' | 'oppPlus' | 'profile' | 'register') => {
      const before = await rowCounts(v);
      expect(ok(await v.core.invoke('retention.destroy', { items: [{ learnerId: target, type }] }))).toEqual({ destroyed: 1, held: 0, notDue: 0 });
      return changed(before, await rowCounts(v));
    };
    // IDP: version 1 issued and the version 2 draft, and the review meeting.
    expect(await step('idp')).toEqual({ idp: -2, review: -1 });
    expect(await step('oppPlus')).toEqual({ opp_plus_plan: -1, intervention: -1, intervention_measure: -1 });
    expect(await step('profile')).toEqual({ profile: -2, profile_item: -3 });
    // Nothing of those types is left, so they are no longer listed; the register still is.
    expect(ok(await v.core.invoke('retention.due', {})).filter((d) => d.learnerId === target).map((d) => d.type)).toEqual(['register']);
    const timeline = await withDb(v, async (db) => (await db.selectFrom('timeline_event').select('id').where('learner_id', '=', target).execute()).length);
    expect(await step('register')).toEqual({ learner: -1, learner_need: -2, learner_photo: -1, contact: -1, timeline_event: -timeline, disclosure: -1 });
    expectError(await v.core.invoke('learners.get', { id: target }), 'NOT_FOUND');
    // The bystander born the same day still has everything.
    expect(ok(await v.core.invoke('retention.due', {})).filter((d) => d.learnerId === bystander).map((d) => [d.type, d.records])).toEqual([['idp', 3], ['oppPlus', 1], ['profile', 2], ['register', 1]]);
  });

  test('the destruction entries hold the type and counts only: none of the learner\'s strings anywhere in the audit log', async () => {
    const audit = await auditTexts(v);
    const destroyed = audit.filter((a) => a.action === 'retention.destroyed');
    expect(destroyed.map((a) => JSON.parse(a.details))).toEqual([
      { type: 'idp', idps: 2, reviews: 1 },
      { type: 'oppPlus', plans: 1, interventions: 1, measures: 1 },
      { type: 'profile', profiles: 2, items: 3 },
      expect.objectContaining({ type: 'register', learners: 1, contacts: 1, needs: 2, photos: 1, disclosures: 1, idps: 0, reviews: 0, plans: 0, profiles: 0 }),
    ]);
    for (const d of destroyed) expect(Object.entries(JSON.parse(d.details)).every(([k, val]) => k === 'type' || typeof val === 'number')).toBe(true);
    const all = JSON.stringify(audit);
    const found = [...canaryList(c), { part: 'hold', text: 'tribunal appeal' }].filter(({ text }) => all.includes(text));
    expect(found).toEqual([]);
  });
});
