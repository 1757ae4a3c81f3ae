/**
 * Pure register rules: UPN check letters (shared/rules/upn.ts), calendar dates (dates.ts) and the statutory clocks
 * (deadlines.ts). Expected dates below were counted by hand on a calendar, not computed with the code under test.
 */
import { describe, expect, test } from 'vitest';
import { addDays, addMonths, ageOn, daysBetween, isIsoDate, isWeekend } from '../../shared/rules/dates';
import { addSchoolDays, decisionClock, isSchoolDay, NO_CALENDAR, reviewClock, type SchoolCalendar } from '../../shared/rules/deadlines';
import { normalizeUpn, upnCheckLetter, upnProblem } from '../../shared/rules/upn';
import { Upn } from '../../shared/schemas/learner';

describe('UPN', () => {
  test('the public reference examples: B801200005001 valid, A801200005001 wrong check letter', () => {
    // python-stdnum's gb.upn doctests.
    expect(upnProblem('B801200005001')).toBeNull();
    expect(upnProblem('A801200005001')).toBe('checkLetter');
    // 8·2 + 0·3 + 1·4 + 2·5 + 0 + … + 5·10 + 0·11 + 0·12 + 1·13 = 93; 93 mod 23 = 1 → B
    expect(upnCheckLetter('801200005001')).toBe('B');
  });

  test('the widely copied "Q207000016049" is inconsistent: its sum 266 mod 23 = 13 = P, so P207000016049 is valid', () => {
    expect(upnCheckLetter('207000016049')).toBe('P');
    expect(upnProblem('Q207000016049')).toBe('checkLetter');
    expect(upnProblem('P207000016049')).toBeNull();
  });

  test('temporary UPNs end in a letter, which counts by its place in the alphabet without I, O and S', () => {
    // body 80120000500A: 80 + A(0)·13 = 80; 80 mod 23 = 11 → M.   80120000500B: 80 + 1·13 = 93 → B.
    expect(upnProblem('M80120000500A')).toBeNull();
    expect(upnProblem('B80120000500B')).toBeNull();
    expect(upnProblem('A80120000500A')).toBe('checkLetter');
    for (const bad of ['I', 'O', 'S']) expect(upnProblem(`M80120000500${bad}`)).toBe('characters');
  });

  test('lowercase and spaces are normalised before checking', () => {
    expect(normalizeUpn(' b801 2000 05001 ')).toBe('B801200005001');
    expect(upnProblem('b801200005001')).toBeNull();
    expect(upnProblem('B 8012 0000 5001')).toBeNull();
    expect(Upn.parse(' p207 000 016 049')).toBe('P207000016049');
  });

  test('wrong length and wrong characters are told apart from a wrong check letter', () => {
    expect(upnProblem('')).toBe('length');
    expect(upnProblem('B80120000500')).toBe('length');
    expect(upnProblem('B8012000050011')).toBe('length');
    expect(upnProblem('B80120000500-')).toBe('characters');
    expect(upnProblem('B8012000050A1')).toBe('characters'); // a letter may only be last
    expect(upnProblem('I801200005001')).toBe('characters'); // I is not a check letter
    expect(upnProblem('8801200005001')).toBe('characters');
    expect(Upn.safeParse('A801200005001').success).toBe(false);
  });
});

describe('dates', () => {
  test('addMonths keeps the day, or takes the last day of a shorter month', () => {
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(addMonths('2023-12-31', 2)).toBe('2024-02-29');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-08-31', 1)).toBe('2024-09-30');
    expect(addMonths('2024-11-15', 3)).toBe('2025-02-15');
  });

  test('leap years: 2000 and 2024 have 29 February, 1900 and 2023 do not', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(daysBetween('2025-03-29', '2025-03-31')).toBe(2); // across the clocks going forward
    expect(ageOn('2016-02-29', '2025-02-28')).toBe(8);
    expect(ageOn('2016-02-29', '2025-03-01')).toBe(9);
  });

  test('weekends', () => {
    expect(isWeekend('2025-01-04')).toBe(true); // Saturday
    expect(isWeekend('2025-01-05')).toBe(true);
    expect(isWeekend('2025-01-06')).toBe(false);
  });
});

// Autumn 2024 with half term, Spring 2025 to half term; INSET days on 2 Sep and 4 Nov; a closure after the last term.
const CAL: SchoolCalendar = {
  terms: [
    { start: '2024-09-02', end: '2024-10-25' },
    { start: '2024-11-04', end: '2024-12-20' },
    { start: '2025-01-06', end: '2025-02-14' },
  ],
  closures: ['2024-09-02', '2024-11-04', '2025-03-03'],
};

describe('school days', () => {
  test('without a calendar, school days are weekdays: Friday + 1 = Monday', () => {
    expect(addSchoolDays('2025-01-03', 1, NO_CALENDAR)).toBe('2025-01-06');
    expect(addSchoolDays('2025-01-04', 1, NO_CALENDAR)).toBe('2025-01-06'); // from a Saturday
    expect(addSchoolDays('2025-01-06', 5, NO_CALENDAR)).toBe('2025-01-13');
    expect(addSchoolDays('2025-01-06', 0, NO_CALENDAR)).toBe('2025-01-06');
  });

  test('half term and closures are skipped', () => {
    expect(isSchoolDay('2024-10-28', CAL)).toBe(false); // half term
    expect(isSchoolDay('2024-11-04', CAL)).toBe(false); // INSET
    expect(isSchoolDay('2024-11-05', CAL)).toBe(true);
    // Fri 25 Oct + 1 → (half term, INSET Mon 4 Nov) → Tue 5 Nov
    expect(addSchoolDays('2024-10-25', 1, CAL)).toBe('2024-11-05');
    // Thu 19 Dec + 3 → Fri 20 Dec, (Christmas) Mon 6 Jan, Tue 7 Jan
    expect(addSchoolDays('2024-12-19', 3, CAL)).toBe('2025-01-07');
  });

  test('past the last term entered, weekdays are counted (closures still skipped)', () => {
    // Mon 10 Feb 2025: 11–14 Feb = 4 (term ends), then weekdays: 17–21 → 9, 24–28 → 14, 4–7 Mar (3 Mar closed) → 18
    expect(addSchoolDays('2025-02-10', 18, CAL)).toBe('2025-03-07');
    expect(addSchoolDays('2025-06-02', 5, CAL)).toBe('2025-06-09');
  });
});

describe('statutory clocks', () => {
  test('decision: 35 school days from the day the duty started; without term dates it is an estimate', () => {
    // 35 weekdays = 7 whole weeks from a Monday, a Wednesday
    expect(decisionClock('2024-10-14', '2024-10-14', NO_CALENDAR)).toEqual({ kind: 'decision', due: '2024-12-02', daysRemaining: 49, estimated: true });
    expect(decisionClock('2025-01-08', '2025-03-01', NO_CALENDAR)).toMatchObject({ due: '2025-02-26', daysRemaining: -3 });
    // From a Saturday: Monday is day 1, so day 35 is the Friday of the seventh week
    expect(decisionClock('2025-01-04', '2025-01-04', NO_CALENDAR).due).toBe('2025-02-21');
  });

  test('decision with term dates: half term and INSET days push the date on', () => {
    // Mon 14 Oct: 15–25 Oct = 9; half term; 4 Nov INSET; 5–8 Nov → 13; 11–15 → 18; 18–22 → 23; 25–29 → 28;
    // 2–6 Dec → 33; 9 Dec → 34; 10 Dec → 35
    expect(decisionClock('2024-10-14', '2024-11-01', CAL)).toEqual({ kind: 'decision', due: '2024-12-10', daysRemaining: 39, estimated: false });
    // Mon 2 Dec: 3–6 → 4; 9–13 → 9; 16–20 → 14; Christmas; 6–10 Jan → 19; … 27–31 Jan → 34; Mon 3 Feb → 35
    expect(decisionClock('2024-12-02', '2025-02-04', CAL)).toMatchObject({ due: '2025-02-03', daysRemaining: -1 });
  });

  test('IDP review: within 12 months of the plan being given; 29 February falls back to 28 February', () => {
    expect(reviewClock('2024-02-29', '2025-01-01')).toEqual({ kind: 'idpReview', due: '2025-02-28', daysRemaining: 58, estimated: false });
    expect(reviewClock('2024-09-10', '2025-09-11')).toMatchObject({ due: '2025-09-10', daysRemaining: -1 });
    expect(reviewClock('2025-01-31', '2025-01-31')).toMatchObject({ due: '2026-01-31', daysRemaining: 365 });
  });
});
