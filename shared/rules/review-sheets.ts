/**
 * What the invitation and contribution sheets for a review say, in one place (domain.md §2.7): for the learner,
 * for parents and carers, or for staff, in the meeting's language or the one chosen for the audience (bilingual
 * papers are the Welsh, then the English). Each language has an invitation (what the meeting is for, when, where or online, who leads it, who
 * else is invited, what we ask of them) and a contribution sheet with the person-centred headings worded for the
 * audience and space to write; for an IDP review, parents and staff also get the plan's outcomes to mark. The
 * print view and the Word export each draw this; neither decides what goes in.
 */
import type { Review, SheetAudience } from '../schemas/review';
import { reviewsThePlan } from './plan-review';
import { clockTime, fill, longDate, paperLanguages, type PaperLanguage, type PcrHeading, type ReviewSheetWords } from './review-words';

export interface Invitation {
  title: string;
  greeting: string;
  purpose: string;
  details: { label: string; value: string }[];
  invitedLabel: string;
  invited: string[];
  asks: string[];
}

export interface WritingBox {
  key: PcrHeading;
  heading: string;
  prompt: string;
  /** Lines of space to write in. */
  lines: number;
}

export interface OutcomesToMark {
  title: string;
  intro: string;
  columns: { outcome: string; met: string; partlyMet: string; notMet: string; comment: string };
  outcomes: string[];
}

export interface ContributionSheet {
  title: string;
  intro: string;
  /** Labels of the lines at the top ("Your name", "Your role"). */
  nameFields: string[];
  /** The boxes a row at a time: what is working and what is not side by side, the rest the full width. */
  rows: WritingBox[][];
  outcomes: OutcomesToMark | null;
}

export interface SheetsPart {
  lang: PaperLanguage;
  invitation: Invitation;
  contribution: ContributionSheet;
}

export interface ReviewSheets {
  audience: SheetAudience;
  /** The learner's full name (for the page header). */
  name: string;
  schoolName: string;
  parts: SheetsPart[];
}

/** The person-centred headings in order, a row at a time: working and not working side by side, as they are discussed. */
export const ROWS: PcrHeading[][] = [['appreciation'], ['importantNow'], ['importantFuture'], ['bestSupport'], ['working', 'notWorking'], ['questions']];

/** Space to write under each heading: fewer, taller lines for the learner, who may draw instead. */
export const WRITING_LINES: Record<SheetAudience, number> = { learner: 4, parent: 5, staff: 5 };

function where(review: Review, w: ReviewSheetWords): string {
  if (review.online) return review.place ? fill(w.onlineAt, { place: review.place }) : w.onlineLater;
  return review.place || w.toBeConfirmed;
}

function invitation(review: Review, audience: SheetAudience, w: ReviewSheetWords, vars: Record<string, string>): Invitation {
  const a = w[audience];
  const date = longDate(review.date, w);
  const details = [
    { label: w.when, value: review.time ? fill(w.dateAtTime, { date, time: clockTime(review.time, w) }) : date },
    { label: w.where, value: where(review, w) },
    ...(review.facilitator ? [{ label: w.ledBy, value: review.facilitator }] : []),
  ];
  return {
    title: fill(a.invitationTitle, vars),
    greeting: fill(a.greeting, vars),
    purpose: fill(a.purpose[review.type], vars),
    details,
    invitedLabel: w.invited,
    // The learner's own invitation does not list them among the others.
    invited: review.invitees.filter((i) => audience !== 'learner' || i.kind !== 'learner').map((i) => (i.role ? `${i.name} (${i.role})` : i.name)),
    asks: a.asks.map((text) => fill(text, vars)),
  };
}

function outcomesToMark(review: Review, audience: SheetAudience, w: ReviewSheetWords): OutcomesToMark | null {
  const outcomes = review.record.elementOutcomes.map((o) => o.outcome).filter(Boolean);
  if (audience === 'learner' || !reviewsThePlan(review) || outcomes.length === 0) return null;
  const { title, intro, ...columns } = w.outcomes;
  return { title, intro, columns, outcomes };
}

function contribution(review: Review, audience: SheetAudience, w: ReviewSheetWords, vars: Record<string, string>): ContributionSheet {
  const a = w[audience];
  return {
    title: fill(a.sheetTitle, vars),
    intro: fill(a.sheetIntro, vars),
    nameFields: [fill(a.nameLabel, vars), fill(a.secondLabel, vars)],
    rows: ROWS.map((row) => row.map((key) => ({ key, heading: fill(a.headings[key], vars), prompt: fill(a.prompts[key], vars), lines: WRITING_LINES[audience] }))),
    outcomes: outcomesToMark(review, audience, w),
  };
}

/** The papers for one audience, in each of the meeting's languages, or of the language chosen for this audience. */
export function reviewSheets(review: Review, audience: SheetAudience, schoolName: string, wordsIn: (lang: PaperLanguage) => ReviewSheetWords, language: Review['language'] = review.language): ReviewSheets {
  const vars = { name: review.learnerFirstName || review.learnerName, fullName: review.learnerName };
  return {
    audience,
    name: review.learnerName,
    schoolName,
    parts: paperLanguages(language).map((lang) => {
      const w = wordsIn(lang);
      return { lang, invitation: invitation(review, audience, w, vars), contribution: contribution(review, audience, w, vars) };
    }),
  };
}
