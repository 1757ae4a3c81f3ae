/**
 * The words of a review's printed and exported papers (the invitation and contribution sheets, the record), as
 * plain data per language: the print view takes them from the i18n catalogue (`reviewSheet`, `reviewRecord`), the
 * Word export from its labels (electron/core/export/review-labels.ts), and a unit test keeps the two identical.
 * What the papers say and in which order is decided once, in review-sheets.ts and review-record.ts.
 *
 * Templates hold `{name}`-style slots, filled by `fill` in one pass: a name that itself contains `{…}` stays as
 * typed.
 */
import type { ReviewType } from '../schemas/review';

export const PCR_HEADINGS = ['appreciation', 'importantNow', 'importantFuture', 'bestSupport', 'working', 'notWorking', 'questions'] as const;
export type PcrHeading = (typeof PCR_HEADINGS)[number];

/** One audience's invitation and contribution sheet. Slots: {name} (what the learner is called), {fullName}. */
export interface AudienceWords {
  invitationTitle: string;
  greeting: string;
  purpose: Record<ReviewType, string>;
  /** What we ask of them, a paragraph each. */
  asks: string[];
  sheetTitle: string;
  sheetIntro: string;
  nameLabel: string;
  secondLabel: string;
  headings: Record<PcrHeading, string>;
  /** A hint under each heading (for the learner, a first-person sentence starter). */
  prompts: Record<PcrHeading, string>;
}

export interface ReviewSheetWords {
  learner: AudienceWords;
  parent: AudienceWords;
  staff: AudienceWords;
  when: string;
  where: string;
  ledBy: string;
  invited: string;
  /** Slots {date} and {time}. */
  dateAtTime: string;
  /** Slot {place}: the link or the platform. */
  onlineAt: string;
  onlineLater: string;
  toBeConfirmed: string;
  /** Slots {weekday} {day} {month} {year}. */
  longDate: string;
  weekdays: string[];
  months: string[];
  am: string;
  pm: string;
  outcomes: { title: string; intro: string; outcome: string; met: string; partlyMet: string; notMet: string; comment: string };
}

export interface ReviewRecordWords {
  marking: string;
  /** "Review", shown as "Review: <name>". */
  title: string;
  meeting: string;
  fields: { type: string; date: string; time: string; place: string; facilitator: string; language: string; status: string };
  types: Record<ReviewType, string>;
  languages: { en: string; cy: string; bilingual: string };
  statuses: { scheduled: string; held: string; cancelled: string };
  onlineAt: string;
  online: string;
  who: string;
  whoColumns: { name: string; role: string; attendance: string };
  attendance: { invited: string; attended: string; sentViews: string; apologies: string };
  /** Slot {name} in the first four. */
  headings: { appreciation: string; importantNow: string; importantFuture: string; bestSupport: string; perspectives: string; questions: string; actions: string; outcomes: string; decision: string };
  perspectiveColumns: { perspective: string; working: string; notWorking: string };
  perspectives: { learner: string; family: string; school: string; others: string };
  actionColumns: { action: string; owner: string; due: string; status: string };
  actionStatuses: { open: string; done: string };
  outcomeColumns: { outcome: string; status: string; comment: string };
  outcomeStatuses: { met: string; partlyMet: string; notMet: string; notMarked: string };
  decisions: { revise: string; noRevision: string; cease: string; referLa: string };
  decisionFields: { decision: string; date: string; reason: string };
  notDecided: string;
  nothingWritten: string;
  noActions: string;
  noOne: string;
  /** The footer's "Page X of Y". */
  page: string;
  of: string;
}

export type PaperLanguage = 'en' | 'cy';

/** The languages a meeting's papers come in: its own, or for a bilingual meeting Welsh first, then English. */
export const paperLanguages = (meeting: 'en' | 'cy' | 'bilingual'): PaperLanguage[] => (meeting === 'bilingual' ? ['cy', 'en'] : [meeting]);

/** Fills `{slot}`s in one pass; a slot without a value stays as written. */
export function fill(template: string, vars: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (Object.prototype.hasOwnProperty.call(vars, key) ? vars[key]! : whole));
}

type Words = string | string[] | { [key: string]: Words };

/** Two languages' words as one ("Welsh / English" for each, Welsh first): a bilingual meeting's record. */
export function bothLanguages<W>(cy: W, en: W): W {
  const pair = (a: Words, b: Words): Words => {
    if (typeof a === 'string') return a === b ? a : `${a} / ${b as string}`;
    if (Array.isArray(a)) return a.map((x, i) => pair(x, (b as string[])[i]!)) as string[];
    return Object.fromEntries(Object.entries(a).map(([k, v]) => [k, pair(v, (b as Record<string, Words>)[k]!)]));
  };
  return pair(cy as Words, en as Words) as W;
}

/** A meeting's words: its language's, or for a bilingual meeting both ("Welsh / English"). */
export const wordsForMeeting = <W>(meeting: 'en' | 'cy' | 'bilingual', byLanguage: (lang: PaperLanguage) => W): W =>
  meeting === 'bilingual' ? bothLanguages(byLanguage('cy'), byLanguage('en')) : byLanguage(meeting);

/** "Thursday 3 December 2026" from the language's names. */
export function longDate(iso: string, w: ReviewSheetWords): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const weekday = w.weekdays[new Date(Date.UTC(y, m - 1, d)).getUTCDay()]!;
  return fill(w.longDate, { weekday, day: String(d), month: w.months[m - 1]!, year: String(y) });
}

/** "3:30pm", "10am" from "15:30", "10:00". */
export function clockTime(hhmm: string, w: ReviewSheetWords): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  const hour = h % 12 === 0 ? 12 : h % 12;
  return `${hour}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? w.am : w.pm}`;
}
