/**
 * What a review carries into the next draft of the IDP when the decision is "revise": each perspective's "what is
 * working / not working" as a dated view, the profile updates (appreciation, what is important now and in future,
 * how best to support) as "About me" items, and each provision element's outcome status on the plan's timeline.
 * The few words added are in the plan's language (both, for a bilingual plan). Pure: content in, content out.
 */
import { randomUUID } from 'node:crypto';
import type { IdpContent } from '../../../shared/schemas/idp';
import type { Perspective, ReviewRecord } from '../../../shared/schemas/review';

const WORDS = {
  en: { working: 'What is working', notWorking: 'What is not working', review: 'Review', outcome: 'Outcome', met: 'met', partlyMet: 'partly met', notMet: 'not met', learner: "The learner's view at the review", family: "The family's view at the review", school: "The school's view at the review", others: "Others' views at the review" },
  cy: { working: "Beth sy'n gweithio", notWorking: "Beth sydd ddim yn gweithio", review: 'Adolygiad', outcome: 'Canlyniad', met: 'wedi ei gyflawni', partlyMet: "wedi ei gyflawni'n rhannol", notMet: 'heb ei gyflawni', learner: "Safbwynt y dysgwr yn yr adolygiad", family: "Safbwynt y teulu yn yr adolygiad", school: "Safbwynt yr ysgol yn yr adolygiad", others: "Safbwyntiau eraill yn yr adolygiad" },
} as const;

type Word = keyof (typeof WORDS)['en'];

function say(language: string, word: Word): string {
  if (language === 'cy') return WORDS.cy[word];
  if (language === 'bilingual') return `${WORDS.cy[word]} / ${WORDS.en[word]}`;
  return WORDS.en[word];
}

const WHO: Record<Perspective, IdpContent['views'][number]['who']> = { learner: 'learner', family: 'parent', school: 'staff', others: 'professional' };

const lines = (text: string) => text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function carryReview(content: IdpContent, record: ReviewRecord, date: string, language: string): IdpContent {
  const views = record.perspectives
    .filter((p) => p.working || p.notWorking)
    .map((p) => ({
      id: randomUUID(),
      who: WHO[p.perspective],
      // Who gave it: the perspective, as the meeting recorded it (the record does not name each speaker).
      name: say(language, p.perspective),
      text: clip([p.working && `${say(language, 'working')}: ${p.working}`, p.notWorking && `${say(language, 'notWorking')}: ${p.notWorking}`].filter(Boolean).join('\n'), 5000),
      date,
      method: 'meeting' as const,
      verbatim: false,
    }));
  const item = (section: 'appreciation' | 'importantTo' | 'support', contributor: 'learner' | 'staff') => (text: string) => ({ id: randomUUID(), section, text: clip(text, 1000), contributor, firstPerson: false, importantFor: false });
  const items = [
    ...lines(record.appreciation).map(item('appreciation', 'staff')),
    ...[...lines(record.importantNow), ...lines(record.importantFuture)].map(item('importantTo', 'learner')),
    ...lines(record.bestSupport).map(item('support', 'staff')),
  ];
  const outcomes = record.elementOutcomes
    .filter((o) => o.status !== null)
    .map((o) => ({
      id: randomUUID(),
      date,
      event: clip(`${say(language, 'review')} – ${say(language, 'outcome')} "${o.outcome}": ${say(language, o.status!)}${o.comment ? ` (${o.comment})` : ''}`, 500),
    }));
  return {
    ...content,
    views: [...content.views, ...views].slice(0, 40),
    aboutMe: { ...content.aboutMe, items: [...content.aboutMe.items, ...items].slice(0, 60) },
    timeline: [...content.timeline, ...outcomes].slice(0, 100),
  };
}
