/**
 * Calendar dates as ISO strings (YYYY-MM-DD), computed in UTC so that no time zone or clock change moves a day.
 */
export type IsoDate = string;

const DAY_MS = 86_400_000;

export function isIsoDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

const toTime = (d: IsoDate) => Date.parse(`${d}T00:00:00Z`);
const fromTime = (t: number): IsoDate => new Date(t).toISOString().slice(0, 10);

export function todayIso(now: Date = new Date()): IsoDate {
  // The local calendar day, which is the day the coordinator means.
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 10);
}

export function addDays(d: IsoDate, days: number): IsoDate {
  return fromTime(toTime(d) + days * DAY_MS);
}

export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((toTime(to) - toTime(from)) / DAY_MS);
}

/** Same day n months later; the 31st becomes the last day of a shorter month. */
export function addMonths(d: IsoDate, months: number): IsoDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const last = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, last));
  return fromTime(target.getTime());
}

export function isWeekend(d: IsoDate): boolean {
  const wd = new Date(toTime(d)).getUTCDay();
  return wd === 0 || wd === 6;
}

/** Whole years of age on a given day. */
export function ageOn(dob: IsoDate, on: IsoDate): number {
  const [by, bm, bd] = dob.split('-').map(Number) as [number, number, number];
  const [y, m, d] = on.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
