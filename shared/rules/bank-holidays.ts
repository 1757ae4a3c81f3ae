/**
 * Bank holidays in England and Wales (Banking and Financial Dealings Act 1971, and the royal proclamations that
 * fix the usual eight), computed rather than listed so that no year runs out: New Year's Day, Good Friday, Easter
 * Monday, the early May and spring bank holidays (first and last Monday in May), the summer bank holiday (last
 * Monday in August), Christmas Day and Boxing Day. A fixed day that falls on a weekend is replaced by the next
 * weekday not already a holiday (so Christmas on a Saturday gives Monday 27 and Tuesday 28 December).
 * One-off days the government adds or moves (a coronation, a jubilee, VE Day in 2020) cannot be computed: a school
 * enters those as closures in its calendar.
 */
import { addDays, isWeekend, type IsoDate } from './dates';

const iso = (y: number, m: number, d: number): IsoDate => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const weekday = (d: IsoDate) => new Date(`${d}T00:00:00Z`).getUTCDay();

/** Easter Sunday in the Gregorian calendar (the anonymous "Meeus/Jones/Butcher" algorithm). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(year, month, day);
}

/** The first Monday of a month, or the last (`from: 'end'`). */
function monday(year: number, month: number, from: 'start' | 'end'): IsoDate {
  let d = from === 'start' ? iso(year, month, 1) : iso(year, month + 1, 0);
  while (weekday(d) !== 1) d = addDays(d, from === 'start' ? 1 : -1);
  return d;
}

/** Each fixed-date holiday in turn, moved off a weekend and off a day an earlier one already took. */
function withSubstitutes(fixed: IsoDate[]): IsoDate[] {
  const taken: IsoDate[] = [];
  for (const day of fixed) {
    let d = day;
    while (isWeekend(d) || taken.includes(d)) d = addDays(d, 1);
    taken.push(d);
  }
  return taken;
}

/** The bank holidays of one year, in date order. */
export function bankHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const days = [
    ...withSubstitutes([iso(year, 1, 1)]),
    addDays(easter, -2),
    addDays(easter, 1),
    monday(year, 5, 'start'),
    monday(year, 5, 'end'),
    monday(year, 8, 'end'),
    ...withSubstitutes([iso(year, 12, 25), iso(year, 12, 26)]),
  ];
  return days.sort();
}

const byYear = new Map<number, ReadonlySet<IsoDate>>();

export function isBankHoliday(d: IsoDate): boolean {
  const year = Number(d.slice(0, 4));
  let days = byYear.get(year);
  if (!days) byYear.set(year, (days = new Set(bankHolidays(year))));
  return days.has(d);
}
