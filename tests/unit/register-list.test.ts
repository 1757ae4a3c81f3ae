/**
 * The caseload list through the contract: full-text search (prefixes, names, preferred names, UPN, notes,
 * diacritics), every filter, every sort column in both directions with exact orders, the saved view, and the
 * "Due and overdue" panel (statutory clocks across the caseload, oldest first).
 */
import { beforeAll, afterAll, describe, expect, test } from 'vitest';
import { addMonths, todayIso } from '../../shared/rules/dates';
import type { Input } from '../../shared/ipc';
import { cleanup, ok } from './helpers';
import { addLearner, dayDiff, nthWeekdayAfter, registerVault, withDb, type RegisterVault } from './register-support';

afterAll(cleanup);

let v: RegisterVault;
const ids: Record<'L1' | 'L2' | 'L3' | 'L4' | 'L5', string> = { L1: '', L2: '', L3: '', L4: '', L5: '' };
let bethan = '';
const T = todayIso();

beforeAll(async () => {
  v = await registerVault();
  const { core } = v;
  bethan = ok(await core.invoke('staff.create', { name: 'Bethan Ifans', role: 'Teaching assistant' })).id;
  const aled = ok(await core.invoke('staff.create', { name: 'Aled Rowlands', role: 'Class teacher' })).id;
  ids.L1 = (await addLearner(core, {
    legalFirstName: 'Siân', legalLastName: 'Morgan', dateOfBirth: '2014-05-01', yearGroup: '5', status: 'ALN_IDP_SCHOOL', idpDateGiven: '2024-02-29',
    primaryNeed: 'DYSLEXIA', keyWorkerId: bethan, upn: 'B801200005001', notes: 'Enjoys trampoline club on Fridays.',
  })).id;
  ids.L2 = (await addLearner(core, {
    legalFirstName: 'Gruffudd', legalLastName: 'Hughes', preferredName: 'Gruff', dateOfBirth: '2016-11-20', yearGroup: '3', status: 'UNDER_CONSIDERATION',
    dutyToDecideFrom: T, primaryNeed: 'ASD', secondaryNeeds: ['ADHD'], keyWorkerId: aled, upn: 'P207000016049', notes: 'Uses ear defenders in the hall.',
  })).id;
  ids.L3 = (await addLearner(core, {
    legalFirstName: 'Amelia', legalLastName: 'Davies', preferredName: 'Millie', dateOfBirth: '2012-02-10', yearGroup: '7', status: 'OPP_PLUS_TARGETED', primaryNeed: 'SLCD',
  })).id;
  ids.L4 = (await addLearner(core, {
    legalFirstName: 'Zofia', legalLastName: 'Nowak', dateOfBirth: '2019-09-15', yearGroup: 'R', status: 'ALN_IDP_LA', idpDateGiven: T, primaryNeed: 'HI',
    keyWorkerId: bethan, upn: 'M80120000500A',
  })).id;
  ids.L5 = (await addLearner(core, { legalFirstName: 'Elin', legalLastName: 'Bevan', dateOfBirth: '2010-06-30', status: 'NONE' })).id;
  // An archived learner who would match several searches: never listed unless archived rows are asked for.
  const gone = await addLearner(core, { legalFirstName: 'Siân', legalLastName: 'Morgan-Hughes', dateOfBirth: '2014-01-01', yearGroup: '5', notes: 'trampoline' });
  ok(await core.invoke('learners.archive', { id: gone.id, version: 1 }));
});

const name = (id: string) => Object.entries(ids).find(([, v2]) => v2 === id)?.[0] ?? id;
async function list(input: Input<'learners.list'>): Promise<string[]> {
  const { rows, total } = ok(await v.core.invoke('learners.list', input));
  expect(total).toBe(rows.length);
  return rows.map((r) => name(r.id));
}

describe('search', () => {
  test.each([
    ['Sia', ['L1'], 'part of a first name'],
    ['Sian', ['L1'], 'without the circumflex'],
    ['SIÂN', ['L1'], 'with it, in capitals'],
    ['morg', ['L1'], 'part of a surname'],
    ['Millie', ['L3'], 'a preferred name'],
    ['Gruff hugh', ['L2'], 'two prefixes, both must match'],
    ['sian hughes', [], 'two words from different learners'],
    ['P207000016049', ['L2'], 'a UPN'],
    ['b8012', ['L1'], 'the start of a UPN, lowercase'],
    ['trampo', ['L1'], 'a word in the notes (the archived learner is left out)'],
    ['defenders', ['L2'], 'another word in the notes'],
    ['zzz', [], 'nothing'],
    ['"*) OR (NEAR', [], 'search syntax typed as text'],
    ['   ', ['L5', 'L3', 'L2', 'L1', 'L4'], 'only spaces: no search'],
  ])('%s → %j (%s)', async (search, expected) => {
    expect(await list({ search })).toEqual(expected);
  });

  test('archived learners are found only among the archived', async () => {
    expect((await list({ search: 'trampoline', archived: true })).length).toBe(1);
  });
});

describe('filters', () => {
  test.each<[string, Input<'learners.list'>, string[]]>([
    ['year group', { yearGroup: '5' }, ['L1']],
    ['status', { status: 'UNDER_CONSIDERATION' }, ['L2']],
    ['a primary need', { need: 'DYSLEXIA' }, ['L1']],
    ['a secondary need', { need: 'ADHD' }, ['L2']],
    ['an unused need', { need: 'VI' }, []],
    ['key worker', { keyWorkerId: '' }, ['L1', 'L4']],
    ['overdue', { overdue: true }, ['L1']],
    ['due within 60 days (the overdue one included; by name)', { dueWithinDays: 60 }, ['L2', 'L1']],
    ['due within 30 days', { dueWithinDays: 30 }, ['L1']],
    ['search and status together', { search: 'sian', status: 'ALN_IDP_SCHOOL' }, ['L1']],
    ['search and a status that does not match', { search: 'sian', status: 'NONE' }, []],
  ])('%s', async (_label, input, expected) => {
    expect(await list('keyWorkerId' in input ? { ...input, keyWorkerId: bethan } : input)).toEqual(expected);
  });

  test('rows carry the key worker, primary need and the earliest clock', async () => {
    const { rows } = ok(await v.core.invoke('learners.list', { search: 'gruff' }));
    expect(rows[0]).toMatchObject({
      displayName: 'Gruff Hughes',
      legalName: 'Gruffudd Hughes',
      keyWorkerName: 'Aled Rowlands',
      primaryNeed: 'ASD',
      nextDue: { kind: 'decision', due: nthWeekdayAfter(T, 35), estimated: true },
      archived: false,
    });
    const l4 = ok(await v.core.invoke('learners.list', { yearGroup: 'R' })).rows[0]!;
    expect(l4.nextDue).toMatchObject({ kind: 'idpReview', due: addMonths(T, 12) });
  });
});

describe('sort', () => {
  // L1 Siân Morgan, Y5, ALN_IDP_SCHOOL, DYSLEXIA, Bethan, review overdue (2025-02-28), 2014-05-01, B801…
  // L2 Gruff Hughes, Y3, UNDER_CONSIDERATION, ASD, Aled, decision in ~7 weeks, 2016-11-20, P207…
  // L3 Millie Davies, Y7, OPP_PLUS_TARGETED, SLCD, —, —, 2012-02-10, —
  // L4 Zofia Nowak, R, ALN_IDP_LA, HI, Bethan, review in 12 months, 2019-09-15, M801…A
  // L5 Elin Bevan, —, NONE, —, —, —, 2010-06-30, —
  // Ties fall back to the surname, A to Z, in both directions; missing values go last when ascending.
  test.each<[NonNullable<Input<'learners.list'>['sort']>['column'], string[], string[]]>([
    ['name', ['L5', 'L3', 'L2', 'L1', 'L4'], ['L4', 'L1', 'L2', 'L3', 'L5']],
    ['yearGroup', ['L4', 'L2', 'L1', 'L3', 'L5'], ['L5', 'L3', 'L1', 'L2', 'L4']],
    ['status', ['L4', 'L1', 'L5', 'L3', 'L2'], ['L2', 'L3', 'L5', 'L1', 'L4']],
    ['primaryNeed', ['L2', 'L1', 'L4', 'L3', 'L5'], ['L5', 'L3', 'L4', 'L1', 'L2']],
    ['keyWorker', ['L2', 'L1', 'L4', 'L5', 'L3'], ['L5', 'L3', 'L1', 'L4', 'L2']],
    ['due', ['L1', 'L2', 'L4', 'L5', 'L3'], ['L5', 'L3', 'L4', 'L2', 'L1']],
    ['dateOfBirth', ['L5', 'L3', 'L1', 'L2', 'L4'], ['L4', 'L2', 'L1', 'L3', 'L5']],
    ['upn', ['L1', 'L4', 'L2', 'L5', 'L3'], ['L5', 'L3', 'L2', 'L4', 'L1']],
  ])('%s: asc %j, desc %j', async (column, asc, desc) => {
    expect(await list({ sort: { column, direction: 'asc' } })).toEqual(asc);
    expect(await list({ sort: { column, direction: 'desc' } })).toEqual(desc);
  });
});

describe('saved view', () => {
  test('saveView and getView round-trip, in the encrypted store, across lock and unlock', async () => {
    const { core, passphrase } = v;
    const view = { search: 'Siân', yearGroup: '5', overdue: true, sort: { column: 'due', direction: 'desc' } } as const;
    expect(ok(await core.invoke('learners.saveView', view))).toEqual(view);
    expect(ok(await core.invoke('learners.getView', {}))).toEqual(view);
    ok(await core.invoke('vault.lock', {}));
    expect((await core.invoke('learners.getView', {})).ok).toBe(false);
    ok(await core.invoke('vault.unlock', { passphrase }));
    expect(ok(await core.invoke('learners.getView', {}))).toEqual(view);
    expect(await list(view)).toEqual(['L1']);
    expect(ok(await core.invoke('learners.saveView', {}))).toEqual({});
    expect(ok(await core.invoke('learners.getView', {}))).toEqual({});
  });
});

describe('due and overdue', () => {
  test('decision and IDP review clocks with exact due dates, oldest first; archived and clock-less learners left out', async () => {
    const v = await registerVault(); // its own vault: it adds a school calendar
    const { core } = v;
    const add = async (first: string, fields: Parameters<typeof addLearner>[1]) => (await addLearner(core, { legalFirstName: first, ...fields })).id;
    const a = await add('Anwen', { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2024-01-08', yearGroup: '4' });
    const b = await add('Bryn', { status: 'ALN_IDP_SCHOOL', idpDateGiven: '2024-02-29' });
    const c = await add('Carys', { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: T });
    const d = await add('Dewi', { status: 'ALN_IDP_SCHOOL', idpDateGiven: T });
    await add('Efa', { status: 'OPP_PLUS_TARGETED', dutyToDecideFrom: '2024-01-08' }); // not under consideration: no clock
    await add('Ffion', { status: 'ALN_IDP_LA' }); // no date given yet: no clock
    await add('Gwil', { status: 'NO_ALN_NOTIFIED', idpDateGiven: '2024-01-08' });
    const archived = await addLearner(core, { legalFirstName: 'Huw', status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2023-09-04' });
    ok(await core.invoke('learners.archive', { id: archived.id, version: 1 }));

    const clock = (kind: string, due: string, estimated: boolean) => ({ kind, due, daysRemaining: dayDiff(T, due), estimated });
    const A = { learnerId: a, displayName: 'Anwen Learner', yearGroup: '4', clock: clock('decision', '2024-02-26', true), reviewId: null, action: null };
    const B = { learnerId: b, displayName: 'Bryn Learner', yearGroup: null, clock: clock('idpReview', '2025-02-28', false), reviewId: null, action: null };
    const C = { learnerId: c, displayName: 'Carys Learner', yearGroup: null, clock: clock('decision', nthWeekdayAfter(T, 35), true), reviewId: null, action: null };
    const D = { learnerId: d, displayName: 'Dewi Learner', yearGroup: null, clock: clock('idpReview', addMonths(T, 12), false), reviewId: null, action: null };

    expect(A.clock.daysRemaining).toBeLessThan(0);
    expect(B.clock.daysRemaining).toBeLessThan(0);
    expect(ok(await core.invoke('learners.due', {}))).toEqual([A, B, C]); // 60 days by default
    expect(ok(await core.invoke('learners.due', { withinDays: 0 }))).toEqual([A, B]);
    expect(ok(await core.invoke('learners.due', { withinDays: 400 }))).toEqual([A, B, C, D]);

    // With term dates (Spring 2024: half term 12–16 Feb, a closure on Mon 26 Feb) the decision clock is no longer
    // an estimate: Mon 8 Jan → 9–12 Jan 4, … 5–9 Feb 24, 19–23 Feb 29, 27 Feb–1 Mar 33, 4 Mar 34, Tue 5 Mar 35.
    const calendar = { terms: [{ start: '2024-01-08', end: '2024-02-09' }, { start: '2024-02-19', end: '2024-03-28' }], closures: ['2024-02-26'] };
    await withDb(v, (db) => db.insertInto('preference').values({ key: 'schoolCalendar', value: JSON.stringify(calendar) }).execute());
    const withCalendar = ok(await core.invoke('learners.due', {}));
    // Carys's clock runs past the last term entered: counted in weekdays again, so an estimate once more.
    expect(withCalendar.map((i) => i.clock)).toEqual([clock('decision', '2024-03-05', false), B.clock, clock('decision', nthWeekdayAfter(T, 35), true)]);
  });
});
