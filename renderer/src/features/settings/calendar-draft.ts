/** The school calendar as it is being edited, and what stops it being saved, in words a coordinator can act on. */
import { isIsoDate } from '../../../../shared/rules/dates';
import type { SchoolCalendar } from '../../../../shared/rules/deadlines';

export interface TermDraft {
  /** Keeps React's rows (and the focus) with the right term while terms are added and removed. */
  key: number;
  start: string;
  end: string;
}

export interface CalendarDraft {
  terms: TermDraft[];
  closures: string[];
}

let nextKey = 1;
export const newTerm = (): TermDraft => ({ key: nextKey++, start: '', end: '' });

/** Terms in date order and closures sorted, as the core keeps them: so two calendars compare as text. */
export const tidy = (cal: SchoolCalendar): SchoolCalendar => ({
  terms: cal.terms.map(({ start, end }) => ({ start, end })).sort((a, b) => (a.start < b.start ? -1 : 1)),
  closures: [...cal.closures].sort(),
});

export function toDraft(cal: SchoolCalendar): CalendarDraft {
  const { terms, closures } = tidy(cal);
  return { terms: terms.map((t) => ({ ...newTerm(), ...t })), closures };
}

/** A problem with one term (numbered as shown, from 1) or between two; `incomplete` only counts once Save is pressed. */
export type CalendarProblem =
  | { kind: 'incomplete'; term: number }
  | { kind: 'badDate'; term: number }
  | { kind: 'backwards'; term: number }
  | { kind: 'overlap'; term: number; other: number };

export function calendarProblems(draft: CalendarDraft): CalendarProblem[] {
  const problems: CalendarProblem[] = [];
  const whole: { n: number; start: string; end: string }[] = [];
  draft.terms.forEach((t, i) => {
    const n = i + 1;
    if (!t.start || !t.end) problems.push({ kind: 'incomplete', term: n });
    else if (!isIsoDate(t.start) || !isIsoDate(t.end)) problems.push({ kind: 'badDate', term: n });
    else if (t.end < t.start) problems.push({ kind: 'backwards', term: n });
    else whole.push({ n, start: t.start, end: t.end });
  });
  // Two terms overlap when each starts on or before the other ends (sharing a single day counts).
  whole.forEach((a, i) =>
    whole.slice(i + 1).forEach((b) => {
      if (a.start <= b.end && b.start <= a.end) problems.push({ kind: 'overlap', term: a.n, other: b.n });
    }),
  );
  return problems;
}

/** The terms numbered in a problem: their date fields are marked. */
export const termsIn = (p: CalendarProblem): number[] => (p.kind === 'overlap' ? [p.term, p.other] : [p.term]);

export const toCalendar = (draft: CalendarDraft): SchoolCalendar => tidy({ terms: draft.terms, closures: draft.closures });

export const sameCalendar = (a: SchoolCalendar, b: SchoolCalendar) => JSON.stringify(tidy(a)) === JSON.stringify(tidy(b));

/** The last day of the last term entered, if any: counting past it falls back on weekdays (an estimate). */
export const lastTermEnd = (cal: SchoolCalendar): string | null => cal.terms.reduce<string | null>((max, t) => (max === null || t.end > max ? t.end : max), null);
