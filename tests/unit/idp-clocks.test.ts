/**
 * The IDP's statutory clocks (shared/rules/deadlines.ts) against a real school year, and the calendar's own checks
 * (shared/schemas/calendar.ts). Every expected date was counted by hand on a 2026–27 calendar (and the weekday
 * of each checked with `date -d`), not computed with the code under test. The calendar: tests/fixtures/idp-plan.ts.
 * Bank holidays are checked against the dates GOV.UK publishes for England and Wales.
 */
import { describe, expect, test } from 'vitest';
import { bankHolidays, easterSunday, isBankHoliday } from '../../shared/rules/bank-holidays';
import { addSchoolDays, addTermDays, decisionClock, isSchoolDay, isTermDay, NO_CALENDAR, nextWorkingDay, reviewClock } from '../../shared/rules/deadlines';
import { SchoolCalendar as CalendarSchema } from '../../shared/schemas/calendar';
import { SCHOOL_YEAR_2026_27 as YEAR_2026_27 } from '../fixtures/idp-plan';

describe('the school\'s 35 school days', () => {
  test('across a half term and an INSET day', () => {
    // Duty from Mon 12 Oct 2026: 13–16 Oct → 4; 19–23 → 9; half term 26–30; INSET Mon 2 Nov; 3–6 Nov → 13; 9–13 → 18;
    // 16–20 → 23; 23–27 → 28; 30 Nov–4 Dec → 33; Mon 7 Dec → 34; Tue 8 Dec → 35. From Mon 2 Nov: 28 + 8 = 36 days left.
    expect(decisionClock('2026-10-12', '2026-11-02', YEAR_2026_27)).toEqual({ kind: 'decision', due: '2026-12-08', daysRemaining: 36, estimated: false });
  });

  test('across Christmas, the year end and the INSET day after it', () => {
    // Duty from Mon 23 Nov 2026: 24–27 Nov → 4; 30 Nov–4 Dec → 9; 7–11 → 14; 14–18 → 19; Christmas; INSET Mon 4 Jan;
    // 5–8 Jan → 23; 11–15 → 28; 18–22 → 33; Mon 25 Jan → 34; Tue 26 Jan 2027 → 35.
    expect(decisionClock('2026-11-23', '2027-01-27', YEAR_2026_27)).toMatchObject({ due: '2027-01-26', daysRemaining: -1, estimated: false });
  });

  test('a duty that starts in the holidays counts from the first school day; a bank holiday is skipped', () => {
    // Wed 28 Oct 2026 (half term): INSET 2 Nov; 3–6 Nov → 4; 9–13 → 9; 16–20 → 14; 23–27 → 19; 30 Nov–4 Dec → 24;
    // 7–11 → 29; 14–18 → 34; Christmas; INSET 4 Jan; Tue 5 Jan 2027 → 35.
    expect(addSchoolDays('2026-10-28', 35, YEAR_2026_27)).toBe('2027-01-05');
    // Mon 19 Apr 2027: 20–23 Apr → 4; 26–30 → 9; bank holiday Mon 3 May; 4–7 May → 13; 10–14 → 18; 17–21 → 23;
    // 24–28 → 28; half term 31 May–4 Jun; 7–11 Jun → 33; Mon 14 → 34; Tue 15 Jun → 35.
    expect(addSchoolDays('2027-04-19', 35, YEAR_2026_27)).toBe('2027-06-15');
    // Weekends alone: Fri 16 Oct + 1 = Mon 19 Oct; Fri 23 Oct (term end) + 1 = Tue 3 Nov (half term, INSET).
    expect(addSchoolDays('2026-10-16', 1, YEAR_2026_27)).toBe('2026-10-19');
    expect(addSchoolDays('2026-10-23', 1, YEAR_2026_27)).toBe('2026-11-03');
  });

  test('past the last term entered, weekdays are counted (closures still skipped), and the date is marked as an estimate', () => {
    // Mon 5 Jul 2027: 6–9 Jul → 4; 12–16 → 9; Mon 19, Tue 20 (last term day) → 11; then weekdays: 21–23 → 14;
    // 26–30 → 19; 2–6 Aug → 24; 9–13 → 29; 16–20 → 34; Mon 23 Aug → 35.
    expect(decisionClock('2027-07-05', '2027-07-05', YEAR_2026_27)).toEqual({ kind: 'decision', due: '2027-08-23', daysRemaining: 49, estimated: true });
    // The summer bank holiday (Mon 30 Aug 2027) is skipped without being entered, and a closure entered past the
    // last term is skipped too. Mon 16 Aug: 17–20 → 4; 23–27 → 9; (30 Aug bank holiday) 31 Aug–3 Sep → 13.
    expect(addSchoolDays('2027-08-16', 13, YEAR_2026_27)).toBe('2027-09-03');
    const withClosure = { ...YEAR_2026_27, closures: [...YEAR_2026_27.closures, '2027-09-01'] };
    expect(addSchoolDays('2027-08-16', 13, withClosure)).toBe('2027-09-06'); // 31 Aug, 2, 3, Mon 6 Sep
  });

  test('before the first term entered, weekdays are counted too, and the date is an estimate even when it falls in term', () => {
    const autumn = { terms: [{ start: '2026-09-01', end: '2026-10-23' }], closures: [] };
    // Mon 2 Mar 2026, six months before the only term: 3–6 Mar → 4; 9–13 → 9; 16–20 → 14; 23–27 → 19;
    // 30 Mar–Thu 2 Apr → 23; Good Friday 3 Apr and Easter Monday 6 Apr skipped; 7–10 → 27; 13–17 → 32;
    // 20, 21, Wed 22 Apr → 35. (Counting those months as holidays gave Mon 19 Oct, not marked as an estimate.)
    expect(decisionClock('2026-03-02', '2026-03-02', autumn)).toEqual({ kind: 'decision', due: '2026-04-22', daysRemaining: 51, estimated: true });
    expect(decisionClock('2026-03-02', '2026-03-02', autumn, 'fei')).toMatchObject({ due: '2026-04-22', estimated: true });
    // Mon 24 Aug 2026: 25–28 Aug → 4 (guessed); Mon 31 Aug bank holiday; then term: 1–4 Sep → 8; 7–11 → 13;
    // 14–18 → 18; 21–25 → 23; 28 Sep–2 Oct → 28; 5–9 Oct → 33; Mon 12 → 34; Tue 13 Oct → 35. In term, but four
    // of its days were guessed, so still an estimate.
    expect(decisionClock('2026-08-24', '2026-08-24', autumn)).toMatchObject({ due: '2026-10-13', estimated: true });
    // From Sat 29 Aug nothing is guessed (Sun 30, bank holiday Mon 31): 1–4 Sep → 4; … 12–16 Oct → 34; Mon 19 Oct → 35.
    expect(decisionClock('2026-08-29', '2026-08-29', autumn)).toMatchObject({ due: '2026-10-19', estimated: false });
    expect([isSchoolDay('2026-08-28', autumn), isSchoolDay('2026-08-31', autumn), isSchoolDay('2026-10-26', autumn)]).toEqual([true, false, true]);
  });

  test('a bank holiday in term is not a school day, whether or not it was entered as a closure', () => {
    // The fixture enters Mon 3 May 2027 as a closure; without it the count is the same (Tue 15 Jun, as above).
    const unentered = { ...YEAR_2026_27, closures: YEAR_2026_27.closures.filter((d) => d !== '2027-05-03') };
    expect(addSchoolDays('2027-04-19', 35, unentered)).toBe('2027-06-15');
    expect(decisionClock('2027-04-19', '2027-04-19', unentered)).toMatchObject({ due: '2027-06-15', estimated: false });
    // The spring term ends on Good Friday, Fri 26 Mar 2027: Thu 25 Mar + 1 school day = Mon 12 Apr (after Easter).
    expect(isSchoolDay('2027-03-26', YEAR_2026_27)).toBe(false);
    expect(addSchoolDays('2027-03-25', 1, YEAR_2026_27)).toBe('2027-04-12');
    // Without a calendar, Christmas, the substitute Boxing Day and New Year's Day are skipped: Mon 23 Nov 2026 +
    // 35 weekdays is Mon 11 Jan 2027; less 25 Dec, 28 Dec and 1 Jan, Thu 14 Jan.
    expect(decisionClock('2026-11-23', '2026-11-23', NO_CALENDAR)).toMatchObject({ due: '2027-01-14', daysRemaining: 52, estimated: true });
  });
});

describe('the FEI\'s 35 term-time days', () => {
  test('closures inside term still count as term time, so the FEI date is earlier than the school\'s', () => {
    expect(isTermDay('2026-11-02', YEAR_2026_27)).toBe(true); // INSET, but in term
    expect(isTermDay('2026-10-28', YEAR_2026_27)).toBe(false); // half term
    // Mon 12 Oct 2026, counting Mon 2 Nov: 13–23 Oct → 9; 2–6 Nov → 14; 9–13 → 19; 16–20 → 24; 23–27 → 29;
    // 30 Nov–4 Dec → 34; Mon 7 Dec → 35 (the school: Tue 8 Dec).
    expect(decisionClock('2026-10-12', '2026-11-02', YEAR_2026_27, 'fei')).toEqual({ kind: 'decision', due: '2026-12-07', daysRemaining: 35, estimated: false });
    // Mon 23 Nov 2026: to Fri 18 Dec → 19; Mon 4 Jan (INSET, counted) → 20; 5–8 → 24; 11–15 → 29; 18–22 → 34;
    // Mon 25 Jan 2027 → 35 (the school: Tue 26 Jan).
    expect(addTermDays('2026-11-23', 35, YEAR_2026_27)).toBe('2027-01-25');
    // Mon 19 Apr 2027, counting the bank holiday: to 30 Apr → 9; 3–7 May → 14; … 24–28 → 29; 7–11 Jun → 34; Mon 14 Jun → 35.
    expect(addTermDays('2027-04-19', 35, YEAR_2026_27)).toBe('2027-06-14');
    // Good Friday on the term's last day is term time too: Thu 25 Mar 2027 + 1 = Fri 26 Mar (the school: Mon 12 Apr).
    expect(isTermDay('2027-03-26', YEAR_2026_27)).toBe(true);
    expect(addTermDays('2027-03-25', 1, YEAR_2026_27)).toBe('2027-03-26');
  });

  test('holidays between terms are not term time for the FEI either; without term dates it is an estimate', () => {
    // Fri 18 Dec 2026 + 1 term day = Mon 4 Jan 2027 (Christmas skipped, INSET counted); the school: Tue 5 Jan.
    expect(addTermDays('2026-12-18', 1, YEAR_2026_27)).toBe('2027-01-04');
    expect(addSchoolDays('2026-12-18', 1, YEAR_2026_27)).toBe('2027-01-05');
    // No calendar: 35 weekdays from Mon 12 Oct 2026 = seven whole weeks → Mon 30 Nov.
    expect(decisionClock('2026-10-12', '2026-10-12', NO_CALENDAR, 'fei')).toMatchObject({ due: '2026-11-30', estimated: true });
  });
});

describe('the local authority\'s 12 weeks', () => {
  test('84 calendar days, whatever the school calendar says', () => {
    // Wed 16 Sep 2026 + 84: 16 Sep + 14 = 30 Sep; + 31 = 31 Oct (45); + 30 = 30 Nov (75); + 9 = Wed 9 Dec (84).
    const due = { kind: 'decision', due: '2026-12-09', daysRemaining: 84, estimated: false };
    expect(decisionClock('2026-09-16', '2026-09-16', YEAR_2026_27, 'la')).toEqual(due);
    expect(decisionClock('2026-09-16', '2026-09-16', NO_CALENDAR, 'la')).toEqual(due);
  });

  test('a date on a weekend moves to the Monday, across the year end', () => {
    // Sat 10 Oct 2026 + 84: 10 Oct + 21 = 31 Oct; + 30 = 30 Nov (51); + 31 = 31 Dec (82); Sat 2 Jan 2027 (84) → Mon 4 Jan.
    expect(decisionClock('2026-10-10', '2026-12-31', YEAR_2026_27, 'la')).toEqual({ kind: 'decision', due: '2027-01-04', daysRemaining: 4, estimated: false });
    // Sun 1 Nov 2026 + 84 = Sun 24 Jan 2027 → Mon 25 Jan.
    expect(decisionClock('2026-11-01', '2026-11-01', NO_CALENDAR, 'la').due).toBe('2027-01-25');
  });

  test('a date on a bank holiday moves to the next working day; the school\'s closures do not move it', () => {
    // Fri 2 Oct 2026 + 84: 2 Oct + 29 = 31 Oct; + 30 = 30 Nov (59); + 25 = Fri 25 Dec (84). Christmas Day, Sat 26,
    // Sun 27, Mon 28 (Boxing Day's substitute) → Tue 29 Dec 2026.
    expect(decisionClock('2026-10-02', '2026-10-02', YEAR_2026_27, 'la')).toEqual({ kind: 'decision', due: '2026-12-29', daysRemaining: 88, estimated: false });
    // Sat 2 Oct 2027 + 84 = Sat 25 Dec 2027; Sun 26; Mon 27 and Tue 28 (both substitutes) → Wed 29 Dec 2027.
    expect(decisionClock('2027-10-02', '2027-10-02', NO_CALENDAR, 'la').due).toBe('2027-12-29');
    // Fri 1 Jan 2027 + 84: + 30 = 31 Jan; + 28 = 28 Feb (58); + 26 = Fri 26 Mar, Good Friday; Sat, Sun, Easter
    // Monday 29 Mar → Tue 30 Mar 2027.
    expect(decisionClock('2027-01-01', '2027-01-01', NO_CALENDAR, 'la').due).toBe('2027-03-30');
    // Mon 12 Oct 2026 + 84 = Mon 4 Jan 2027, an INSET day in the school's calendar: the LA's deadline stays.
    expect(YEAR_2026_27.closures).toContain('2027-01-04');
    expect(decisionClock('2026-10-12', '2026-10-12', YEAR_2026_27, 'la').due).toBe('2027-01-04');
    expect([nextWorkingDay('2026-12-24'), nextWorkingDay('2027-12-24'), nextWorkingDay('2028-01-01')]).toEqual(['2026-12-24', '2027-12-24', '2028-01-04']);
  });
});

describe('bank holidays in England and Wales', () => {
  test('2025 to 2028 as GOV.UK lists them, with the substitute days', () => {
    expect(bankHolidays(2025)).toEqual(['2025-01-01', '2025-04-18', '2025-04-21', '2025-05-05', '2025-05-26', '2025-08-25', '2025-12-25', '2025-12-26']);
    // Boxing Day 2026 is a Saturday: Monday 28 December is the substitute.
    expect(bankHolidays(2026)).toEqual(['2026-01-01', '2026-04-03', '2026-04-06', '2026-05-04', '2026-05-25', '2026-08-31', '2026-12-25', '2026-12-28']);
    // Christmas 2027 is a Saturday and Boxing Day a Sunday: Monday 27 and Tuesday 28 December.
    expect(bankHolidays(2027)).toEqual(['2027-01-01', '2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28']);
    // New Year's Day 2028 is a Saturday: Monday 3 January.
    expect(bankHolidays(2028)).toEqual(['2028-01-03', '2028-04-14', '2028-04-17', '2028-05-01', '2028-05-29', '2028-08-28', '2028-12-25', '2028-12-26']);
  });

  test('Christmas on a Sunday, New Year on a Sunday, and Easter from its earliest to its latest', () => {
    // 2022: Christmas Sunday, Boxing Day Monday 26, the substitute Tuesday 27. 2023: New Year's Day Sunday → Monday 2.
    expect(bankHolidays(2022).filter((d) => d >= '2022-12-01')).toEqual(['2022-12-26', '2022-12-27']);
    expect(bankHolidays(2023)[0]).toBe('2023-01-02');
    expect([2000, 2008, 2011, 2019, 2024, 2038, 2285].map(easterSunday)).toEqual(['2000-04-23', '2008-03-23', '2011-04-24', '2019-04-21', '2024-03-31', '2038-04-25', '2285-03-22']);
    expect([isBankHoliday('2026-12-28'), isBankHoliday('2026-12-26'), isBankHoliday('2027-12-27'), isBankHoliday('2027-12-25')]).toEqual([true, false, true, false]);
  });
});

describe('the 12-month review', () => {
  test('across a leap day and a year end', () => {
    // Given Mon 1 Mar 2027: due 1 Mar 2028, 366 days later (29 Feb 2028 in between).
    expect(reviewClock('2027-03-01', '2027-03-01')).toEqual({ kind: 'idpReview', due: '2028-03-01', daysRemaining: 366, estimated: false });
    // Given on 29 Feb 2028: no 29 Feb in 2029, so 28 Feb 2029.
    expect(reviewClock('2028-02-29', '2028-02-29')).toMatchObject({ due: '2029-02-28', daysRemaining: 365 });
    // Given 31 Dec 2026, looked at on 1 Jan 2027: due 31 Dec 2027, 364 days away.
    expect(reviewClock('2026-12-31', '2027-01-01')).toMatchObject({ due: '2027-12-31', daysRemaining: 364 });
    // Given Fri 20 Nov 2026, looked at on Mon 22 Nov 2027: two days overdue.
    expect(reviewClock('2026-11-20', '2027-11-22')).toMatchObject({ due: '2027-11-20', daysRemaining: -2 });
  });
});

describe('the calendar as entered', () => {
  test('a real year is accepted (terms in any order)', () => {
    expect(CalendarSchema.safeParse(YEAR_2026_27).success).toBe(true);
    expect(CalendarSchema.safeParse({ ...YEAR_2026_27, terms: [...YEAR_2026_27.terms].reverse() }).success).toBe(true);
    expect(CalendarSchema.safeParse({ terms: [], closures: [] }).success).toBe(true);
  });

  test('a term that ends before it starts, or terms that overlap (even by a day), are refused', () => {
    const end = CalendarSchema.safeParse({ terms: [{ start: '2026-10-23', end: '2026-09-01' }], closures: [] });
    expect(end.success).toBe(false);
    expect(end.error?.issues[0]?.message).toBe('a term ends on or after the day it starts');
    const overlapping = [
      [{ start: '2026-09-01', end: '2026-10-23' }, { start: '2026-10-19', end: '2026-12-18' }],
      [{ start: '2026-11-02', end: '2026-12-18' }, { start: '2026-09-01', end: '2026-11-02' }], // shares 2 Nov, out of order
      [{ start: '2026-09-01', end: '2026-12-18' }, { start: '2026-10-01', end: '2026-10-02' }], // one inside another
    ];
    for (const terms of overlapping) {
      const r = CalendarSchema.safeParse({ terms, closures: [] });
      expect(r.success, JSON.stringify(terms)).toBe(false);
      expect(r.error?.issues[0]).toMatchObject({ message: 'terms must not overlap', path: ['terms'] });
    }
    expect(CalendarSchema.safeParse({ terms: [{ start: '2026-09-01', end: '2026-09-31' }], closures: [] }).success).toBe(false); // no 31 Sep
  });
});
