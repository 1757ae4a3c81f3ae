/**
 * Statutory clocks (ALN Code 2021, domain.md §2.6), as pure functions of dates and a school calendar.
 * - A school's duty to decide: 35 school days from the day it became aware (Code 12.12, 12.21); an FEI's, 35
 *   term-time days (Code 16.16); a local authority's, 12 weeks (Code 11.17), moved off a weekend to the next
 *   working day (reg 2(4)).
 * - IDP review: within 12 months of the plan (or the last "no revision" notice) being given (Act s.23).
 * Without term dates, school days are counted as weekdays: the result is then an estimate and says so.
 */
import { addDays, addMonths, daysBetween, isWeekend, type IsoDate } from './dates';

export interface SchoolCalendar {
  /** Inclusive term ranges; days outside every term are holidays. Empty means "not set up yet". */
  terms: { start: IsoDate; end: IsoDate }[];
  /** Closures inside terms (INSET days, bank holidays). */
  closures: IsoDate[];
}

export const NO_CALENDAR: SchoolCalendar = { terms: [], closures: [] };

export const DECISION_SCHOOL_DAYS = 35;
export const LA_DECISION_WEEKS = 12;

/** Who holds the duty to decide, which sets how its deadline is counted. */
export type DutyHolder = 'school' | 'fei' | 'la';
export const REVIEW_MONTHS = 12;

export function isSchoolDay(d: IsoDate, cal: SchoolCalendar): boolean {
  if (isWeekend(d) || cal.closures.includes(d)) return false;
  return cal.terms.length === 0 || cal.terms.some((t) => t.start <= d && d <= t.end);
}

/** A term-time day for an FEI: a weekday inside a term (closures inside term still count as term time). */
export function isTermDay(d: IsoDate, cal: SchoolCalendar): boolean {
  return !isWeekend(d) && (cal.terms.length === 0 || cal.terms.some((t) => t.start <= d && d <= t.end));
}

const lastTermEnd = (cal: SchoolCalendar): IsoDate | null => cal.terms.reduce<IsoDate | null>((max, t) => (max === null || t.end > max ? t.end : max), null);

function addCountedDays(start: IsoDate, n: number, cal: SchoolCalendar, counts: (d: IsoDate) => boolean): IsoDate {
  const lastEnd = lastTermEnd(cal);
  let d = start;
  let counted = 0;
  while (counted < n) {
    d = addDays(d, 1);
    // Past the last term entered, carry on counting weekdays rather than looping for ever.
    if (lastEnd !== null && d > lastEnd) {
      if (!isWeekend(d) && !cal.closures.includes(d)) counted++;
    } else if (counts(d)) counted++;
  }
  return d;
}

/** The nth school day after `start` (the day the duty starts is day 0). */
export function addSchoolDays(start: IsoDate, n: number, cal: SchoolCalendar): IsoDate {
  return addCountedDays(start, n, cal, (d) => isSchoolDay(d, cal));
}

/** The nth term-time day after `start`. */
export function addTermDays(start: IsoDate, n: number, cal: SchoolCalendar): IsoDate {
  return addCountedDays(start, n, cal, (d) => isTermDay(d, cal));
}

/** A deadline on a weekend moves to the Monday (reg 2(4): the next working day). */
function nextWorkingDay(d: IsoDate): IsoDate {
  let out = d;
  while (isWeekend(out)) out = addDays(out, 1);
  return out;
}

/** Statutory clocks, plus the review meetings and review actions the due panel also lists. */
export type ClockKind = 'decision' | 'idpReview' | 'reviewMeeting' | 'reviewAction';

export interface Clock {
  kind: ClockKind;
  due: IsoDate;
  /** Negative when overdue. */
  daysRemaining: number;
  /** True when counted without term dates. */
  estimated: boolean;
}

export function decisionClock(dutyStarted: IsoDate, today: IsoDate, cal: SchoolCalendar, holder: DutyHolder = 'school'): Clock {
  if (holder === 'la') {
    const due = nextWorkingDay(addDays(dutyStarted, LA_DECISION_WEEKS * 7));
    return { kind: 'decision', due, daysRemaining: daysBetween(today, due), estimated: false };
  }
  const due = (holder === 'fei' ? addTermDays : addSchoolDays)(dutyStarted, DECISION_SCHOOL_DAYS, cal);
  // Counted without term dates (none entered, or the count ran past the last term): weekdays stood in for them.
  const lastEnd = lastTermEnd(cal);
  return { kind: 'decision', due, daysRemaining: daysBetween(today, due), estimated: lastEnd === null || due > lastEnd };
}

export function reviewClock(givenOn: IsoDate, today: IsoDate): Clock {
  const due = addMonths(givenOn, REVIEW_MONTHS);
  return { kind: 'idpReview', due, daysRemaining: daysBetween(today, due), estimated: false };
}
