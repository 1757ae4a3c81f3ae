/**
 * The school calendar through the contract, and the learner's decision clock counted from it: saved (sorted, each
 * closure once, audited), then used by learners.get, the caseload list and the due panel. Who holds the duty
 * (school, FEI, LA) changes how the clock counts. Dates counted by hand in idp-clocks.test.ts (same calendar).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { todayIso } from '../../shared/rules/dates';
import { SCHOOL_YEAR_2026_27 } from '../fixtures/idp-plan';
import { cleanup, expectError, ok } from './helpers';
import { actions, digests, learnerDetail } from './idp-support';
import { auditDetails } from './opp-plus-support';
import { addLearner, registerVault } from './register-support';

afterEach(cleanup);

const decision = <C extends { kind: string }>(l: { clocks: C[] }) => l.clocks.find((c) => c.kind === 'decision');

describe('the school calendar', () => {
  test('empty until saved; saved sorted with each closure once; audited with counts only', async () => {
    const v = await registerVault();
    expect(ok(await v.core.invoke('calendar.get', {}))).toEqual({ terms: [], closures: [] });
    const messy = { terms: [...SCHOOL_YEAR_2026_27.terms].reverse(), closures: ['2027-05-03', ...SCHOOL_YEAR_2026_27.closures] };
    const saved = ok(await v.core.invoke('calendar.save', messy));
    expect(saved).toEqual(SCHOOL_YEAR_2026_27); // the fixture is already in date order
    expect(ok(await v.core.invoke('calendar.get', {}))).toEqual(SCHOOL_YEAR_2026_27);
    expect((await actions(v)).at(-1)).toBe('calendar.saved');
    const details = await auditDetails(v);
    expect(details).toContain('"terms":6');
    expect(details).toContain('"closures":4');
    expect(details).not.toContain('2026-09-01');
  });

  test('overlapping terms or a term ending before it starts are INVALID and the saved calendar stays', async () => {
    const v = await registerVault();
    ok(await v.core.invoke('calendar.save', SCHOOL_YEAR_2026_27));
    const before = await digests(v);
    expectError(await v.core.invoke('calendar.save', { terms: [{ start: '2026-09-01', end: '2026-10-23' }, { start: '2026-10-23', end: '2026-12-18' }], closures: [] }), 'INVALID');
    expectError(await v.core.invoke('calendar.save', { terms: [{ start: '2026-12-18', end: '2026-11-02' }], closures: [] }), 'INVALID');
    expect(await digests(v)).toEqual(before);
    expect(ok(await v.core.invoke('calendar.get', {}))).toEqual(SCHOOL_YEAR_2026_27);
  });
});

describe('the learner\'s decision clock', () => {
  test('counted in weekdays (an estimate) until the calendar is saved, then in school days', async () => {
    const v = await registerVault();
    const learner = await addLearner(v.core, { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-10-12' });
    // No calendar: 35 weekdays from Mon 12 Oct 2026 is seven whole weeks, Mon 30 Nov, and says it is an estimate.
    expect(decision(learner)).toMatchObject({ due: '2026-11-30', estimated: true });
    ok(await v.core.invoke('calendar.save', SCHOOL_YEAR_2026_27));
    // Half term (26–30 Oct) and the INSET day (Mon 2 Nov) skipped: Tue 8 Dec 2026.
    const today = todayIso();
    const counted = decision(await learnerDetail(v, learner.id));
    expect(counted).toMatchObject({ kind: 'decision', due: '2026-12-08', estimated: false });
    expect(counted).toMatchObject({ daysRemaining: Math.round((Date.parse('2026-12-08') - Date.parse(today)) / 86_400_000) });
    // The caseload list and the due panel count the same way.
    const row = ok(await v.core.invoke('learners.list', {})).rows.find((r) => r.id === learner.id)!;
    expect(row.nextDue).toMatchObject({ kind: 'decision', due: '2026-12-08', estimated: false });
    const due = ok(await v.core.invoke('learners.due', { withinDays: 3650 })).find((d) => d.learnerId === learner.id);
    expect(due?.clock).toMatchObject({ kind: 'decision', due: '2026-12-08' });
  });

  test('the duty holder sets the count: the FEI counts term days, the LA 12 weeks', async () => {
    const v = await registerVault();
    ok(await v.core.invoke('calendar.save', SCHOOL_YEAR_2026_27));
    let learner = await addLearner(v.core, { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-10-12' });
    expect(decision(learner)?.due).toBe('2026-12-08');
    // FEI: the INSET day on Mon 2 Nov counts as term time, so one day sooner: Mon 7 Dec 2026.
    learner = ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { dutyHolder: 'fei' } }));
    expect(decision(learner)).toMatchObject({ due: '2026-12-07', estimated: false });
    // LA: Mon 12 Oct 2026 + 84 days = Mon 4 Jan 2027 (the school's INSET day does not matter to the LA).
    learner = ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { dutyHolder: 'la' } }));
    expect(decision(learner)).toMatchObject({ due: '2027-01-04', estimated: false });
    // From a Saturday, Sat 10 Oct 2026: + 84 = Sat 2 Jan 2027, moved to Mon 4 Jan.
    learner = ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { dutyToDecideFrom: '2026-10-10' } }));
    expect(decision(learner)?.due).toBe('2027-01-04');
    // A new duty start, Wed 16 Sep 2026: + 84 = Wed 9 Dec 2026.
    learner = ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { dutyToDecideFrom: '2026-09-16' } }));
    expect(decision(learner)?.due).toBe('2026-12-09');
    // Back to the school: from Wed 16 Sep 2026, 17–18 Sep → 2; 21 Sep–23 Oct (5 weeks) → 27; half term; INSET 2 Nov;
    // 3–6 Nov → 31; 9–12 Nov → 35: Thu 12 Nov 2026.
    learner = ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { dutyHolder: 'school' } }));
    expect(decision(learner)?.due).toBe('2026-11-12');
  });

  test('the LA\'s date moves off Christmas and the substitute Boxing Day; a duty before the first term is an estimate', async () => {
    const v = await registerVault();
    ok(await v.core.invoke('calendar.save', { terms: [{ start: '2026-09-01', end: '2026-10-23' }], closures: [] }));
    let learner = await addLearner(v.core, { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-10-02', dutyHolder: 'la' });
    // Fri 2 Oct 2026 + 84 days = Fri 25 Dec; Sat, Sun, Mon 28 Dec (bank holiday) → Tue 29 Dec 2026.
    expect(decision(learner)).toMatchObject({ due: '2026-12-29', estimated: false });
    // The school, from Mon 2 Mar 2026, six months before the only term entered: weekdays less Good Friday and
    // Easter Monday, Wed 22 Apr 2026, shown as an estimate (counted by hand in idp-clocks.test.ts).
    learner = ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { dutyHolder: 'school', dutyToDecideFrom: '2026-03-02' } }));
    expect(decision(learner)).toMatchObject({ due: '2026-04-22', estimated: true });
    const due = ok(await v.core.invoke('learners.due', { withinDays: 3650 })).find((d) => d.learnerId === learner.id);
    expect(due?.clock).toMatchObject({ kind: 'decision', due: '2026-04-22', estimated: true });
  });
});
