/**
 * Statutory clocks (ALN Code 2021, domain.md §2.6), as pure functions of dates and a school calendar.
 * - A school's duty to decide: 35 school days from the day it became aware (Code 12.12, 12.21); an FEI's, 35
 *   term-time days (Code 16.16); a local authority's, 12 weeks (Code 11.17), moved off a non-working day to the
 *   next working day (reg 2(4)).
 * - IDP review: within 12 months of the plan (or the last "no revision" notice) being given (Act s.23).
 * The calendar only knows the days between the first term's start and the last term's end. A day before or after
 * that span (or any day, when no terms are entered) is counted as a weekday that is neither a closure nor a bank
 * holiday, and a deadline that needed such a day says it is an estimate.
 */
import { isBankHoliday } from './bank-holidays';
import { addDays, addMonths, daysBetween, isWeekend, type IsoDate } from './dates';

export interface SchoolCalendar {
  /** Inclusive term ranges; days between terms are holidays. Empty means "not set up yet". */
  terms: { start: IsoDate; end: IsoDate }[];
  /** Closures inside terms (INSET days; one-off bank holidays the rules below cannot compute). */
  closures: IsoDate[];
}

export const NO_CALENDAR: SchoolCalendar = { terms: [], closures: [] };

export const DECISION_SCHOOL_DAYS = 35;
export const LA_DECISION_WEEKS = 12;

/** Who holds the duty to decide, which sets how its deadline is counted. */
export type DutyHolder = 'school' | 'fei' | 'la';
export const REVIEW_MONTHS = 12;

/** True for a day the calendar cannot speak for: before its first term, after its last, or no terms at all. */
function outsideCalendar(d: IsoDate, cal: SchoolCalendar): boolean {
  if (cal.terms.length === 0) return true;
  return cal.terms.every((t) => d < t.start) || cal.terms.every((t) => d > t.end);
}

const inTerm = (d: IsoDate, cal: SchoolCalendar) => cal.terms.some((t) => t.start <= d && d <= t.end);

/** Schools in Wales are shut on bank holidays, entered as closures or not. */
const closed = (d: IsoDate, cal: SchoolCalendar) => isWeekend(d) || isBankHoliday(d) || cal.closures.includes(d);

export function isSchoolDay(d: IsoDate, cal: SchoolCalendar): boolean {
  return !closed(d, cal) && (outsideCalendar(d, cal) || inTerm(d, cal));
}

/**
 * A term-time day for an FEI: a weekday inside a term. A closure or bank holiday inside a term is still term time
 * (the Code counts the term, not the days the college is open); outside the calendar, the estimate skips them.
 */
export function isTermDay(d: IsoDate, cal: SchoolCalendar): boolean {
  return outsideCalendar(d, cal) ? !closed(d, cal) : !isWeekend(d) && inTerm(d, cal);
}

/** The nth counted day after `start` (day 0), and whether any day counted came from outside the calendar. */
function countDays(start: IsoDate, n: number, cal: SchoolCalendar, counts: (d: IsoDate) => boolean): { due: IsoDate; estimated: boolean } {
  let d = start;
  let counted = 0;
  let estimated = false;
  while (counted < n) {
    d = addDays(d, 1);
    if (!counts(d)) continue;
    counted++;
    // Outside the calendar every weekday counts, so the loop always ends.
    if (outsideCalendar(d, cal)) estimated = true;
  }
  return { due: d, estimated };
}

const schoolDays = (start: IsoDate, n: number, cal: SchoolCalendar) => countDays(start, n, cal, (d) => isSchoolDay(d, cal));
const termDays = (start: IsoDate, n: number, cal: SchoolCalendar) => countDays(start, n, cal, (d) => isTermDay(d, cal));

/** The nth school day after `start` (the day the duty starts is day 0). */
export function addSchoolDays(start: IsoDate, n: number, cal: SchoolCalendar): IsoDate {
  return schoolDays(start, n, cal).due;
}

/** The nth term-time day after `start`. */
export function addTermDays(start: IsoDate, n: number, cal: SchoolCalendar): IsoDate {
  return termDays(start, n, cal).due;
}

/**
 * Reg 2(4): a period ending on a day that is not a working day ends on the next working day. "Working day" in the
 * Regulations is the usual statutory one: not a Saturday, Sunday, Christmas Day, Good Friday or bank holiday in
 * England and Wales. The school's own closures (INSET days, holidays) are deliberately not skipped: the local
 * authority, not the school, holds this duty, and its offices work through school holidays.
 */
export function nextWorkingDay(d: IsoDate): IsoDate {
  let out = d;
  while (isWeekend(out) || isBankHoliday(out)) out = addDays(out, 1);
  return out;
}

/** Statutory clocks, plus the review meetings and review actions the due panel also lists. */
export type ClockKind = 'decision' | 'idpReview' | 'reviewMeeting' | 'reviewAction';

export interface Clock {
  kind: ClockKind;
  due: IsoDate;
  /** Negative when overdue. */
  daysRemaining: number;
  /** True when some day counted lies outside the term dates entered, so weekdays stood in for school days. */
  estimated: boolean;
}

export function decisionClock(dutyStarted: IsoDate, today: IsoDate, cal: SchoolCalendar, holder: DutyHolder = 'school'): Clock {
  if (holder === 'la') {
    const due = nextWorkingDay(addDays(dutyStarted, LA_DECISION_WEEKS * 7));
    return { kind: 'decision', due, daysRemaining: daysBetween(today, due), estimated: false };
  }
  const { due, estimated } = (holder === 'fei' ? termDays : schoolDays)(dutyStarted, DECISION_SCHOOL_DAYS, cal);
  return { kind: 'decision', due, daysRemaining: daysBetween(today, due), estimated };
}

export function reviewClock(givenOn: IsoDate, today: IsoDate): Clock {
  const due = addMonths(givenOn, REVIEW_MONTHS);
  return { kind: 'idpReview', due, daysRemaining: daysBetween(today, due), estimated: false };
}
