import { MeetingLanguage, ReviewType, type Review, type ReviewSummary } from '../../../../shared/schemas/review';
import type { Translate } from '../../i18n';
import { formatDate } from '../learner/labels';

export const typeOptions = (t: Translate) => ReviewType.options.map((v) => ({ value: v, label: t(`reviews.types.${v}`) }));
export const languageOptions = (t: Translate) => MeetingLanguage.options.map((v) => ({ value: v, label: t(`reviews.languages.${v}`) }));

/** "12/03/2027 at 15:30", or the date alone. */
export function when(t: Translate, r: Pick<ReviewSummary, 'date' | 'time'>): string {
  return r.time ? t('reviews.atTime', { date: formatDate(r.date), time: r.time }) : formatDate(r.date);
}

export const statusColour = (s: Review['status']) => (s === 'scheduled' ? 'blue' : s === 'held' ? 'teal' : 'gray');

/** A fresh row id (rows keep their id, so the due panel and the next plan can tell them apart). */
export const newRowId = () => crypto.randomUUID();
