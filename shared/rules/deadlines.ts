/**
 * Statutory clocks (ALN Code 2021, domain.md §2.6), as pure functions of dates and a school calendar.
 * - A school's duty to decide: 35 school days from the day it became aware (Code 12.12, 12.21).
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
export const REVIEW_MONTHS = 12;

export function isSchoolDay(d: IsoDate, cal: SchoolCalendar): boolean {
  if (isWeekend(d) || cal.closures.includes(d)) return false;
  return cal.terms.length === 0 || cal.terms.some((t) => t.start <= d && d <= t.end);
}

/** The nth school day after `start` (the day the duty starts is day 0). */
export function addSchoolDays(start: IsoDate, n: number, cal: SchoolCalendar): IsoDate {
  const lastTermEnd = cal.terms.reduce<IsoDate | null>((max, t) => (max === null || t.end > max ? t.end : max), null);
  let d = start;
  let counted = 0;
  while (counted < n) {
    d = addDays(d, 1);
    // Past the last term entered, carry on counting weekdays rather than looping for ever.
    if (lastTermEnd !== null && d > lastTermEnd) {
      if (!isWeekend(d) && !cal.closures.includes(d)) counted++;
    } else if (isSchoolDay(d, cal)) counted++;
  }
  return d;
}

export type ClockKind = 'decision' | 'idpReview';

export interface Clock {
  kind: ClockKind;
  due: IsoDate;
  /** Negative when overdue. */
  daysRemaining: number;
  /** True when counted without term dates. */
  estimated: boolean;
}

export function decisionClock(dutyStarted: IsoDate, today: IsoDate, cal: SchoolCalendar): Clock {
  const due = addSchoolDays(dutyStarted, DECISION_SCHOOL_DAYS, cal);
  return { kind: 'decision', due, daysRemaining: daysBetween(today, due), estimated: cal.terms.length === 0 };
}

export function reviewClock(givenOn: IsoDate, today: IsoDate): Clock {
  const due = addMonths(givenOn, REVIEW_MONTHS);
  return { kind: 'idpReview', due, daysRemaining: daysBetween(today, due), estimated: false };
}
