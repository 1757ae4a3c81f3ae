/**
 * A review's papers leaving the store: the invitation and contribution sheets for one audience, and the record of
 * the meeting, each as Word bytes and as a printable (the print view draws the same sheets). They come in the
 * meeting's language (both, for a bilingual meeting), or for the sheets the language the coordinator chose for that
 * audience; file names are in the interface language. The audit entries name the review, the audience and the
 * language, never what the papers say. Saving is the caller's: see export/save.ts.
 */
import { exportFileName, reviewPrintRoute, reviewSheetsPrintRoute } from '../../../shared/print';
import { reviewRecordSheet } from '../../../shared/rules/review-record';
import { reviewSheets } from '../../../shared/rules/review-sheets';
import { wordsForMeeting } from '../../../shared/rules/review-words';
import type { MeetingLanguage, Review, SheetAudience } from '../../../shared/schemas/review';
import type { Language } from '../../../shared/schemas/settings';
import { AppError } from '../app-error';
import { packDocument } from '../export/docx-text';
import { REVIEW_LABELS } from '../export/review-labels';
import { buildReviewRecordDocument } from '../export/review-record-docx';
import { buildReviewSheetsDocument } from '../export/review-sheets-docx';
import { getSchool } from '../repositories/school';
import type { Printable } from './print';
import { getReview } from './reviews';
import type { Session } from './session';

type Audit = Printable['audit'];

const auditOf = (review: Review, action: string, details: Record<string, unknown> = {}): Audit => ({ action, entityType: 'learner', entityId: review.learnerId, details: { reviewId: review.id, ...details } });

const schoolName = async (s: Session) => (await getSchool(s.db))?.name ?? '';

/** Sheets are for a meeting still to happen or held; a cancelled one has nothing to invite anyone to. */
async function sheetsReview(s: Session, reviewId: string): Promise<Review> {
  const review = await getReview(s, reviewId);
  if (review.status === 'cancelled') throw new AppError('CONFLICT', 'This meeting was cancelled, so there is nothing to invite anyone to.');
  return review;
}

function sheetsFileName(review: Review, audience: SheetAudience, ui: Language): string {
  const f = REVIEW_LABELS[ui].files;
  return exportFileName(review.learnerName, f.sheets, f.audiences[audience], review.date);
}

const recordFileName = (review: Review, ui: Language) => exportFileName(review.learnerName, REVIEW_LABELS[ui].files.record, review.date);

/** Which sheets, and in what language: the meeting's unless another was chosen for this export. */
export interface SheetsRequest {
  reviewId: string;
  audience: SheetAudience;
  language?: MeetingLanguage | undefined;
}

export async function reviewSheetsDocx(s: Session, { reviewId, audience, language }: SheetsRequest, ui: Language) {
  const review = await sheetsReview(s, reviewId);
  const lang = language ?? review.language;
  const sheets = reviewSheets(review, audience, await schoolName(s), (l) => REVIEW_LABELS[l].sheet, lang);
  const doc = buildReviewSheetsDocument(sheets, REVIEW_LABELS[ui].files.sheets);
  return { bytes: await packDocument(doc), defaultName: `${sheetsFileName(review, audience, ui)}.docx`, audit: auditOf(review, 'review.sheets_exported', { audience, language: lang }) };
}

export async function printableReviewSheets(s: Session, { reviewId, audience, language }: SheetsRequest, ui: Language): Promise<Printable> {
  const review = await sheetsReview(s, reviewId);
  const lang = language ?? review.language;
  return { route: reviewSheetsPrintRoute(reviewId, audience, lang), fileName: sheetsFileName(review, audience, ui), audit: auditOf(review, 'review.sheets_printed', { audience, language: lang }) };
}

export async function reviewRecordDocx(s: Session, reviewId: string, ui: Language) {
  const review = await getReview(s, reviewId);
  const sheet = reviewRecordSheet(review, await schoolName(s), wordsForMeeting(review.language, (lang) => REVIEW_LABELS[lang].record));
  const doc = buildReviewRecordDocument(sheet, review.language === 'cy' ? 'cy' : 'en');
  return { bytes: await packDocument(doc), defaultName: `${recordFileName(review, ui)}.docx`, audit: auditOf(review, 'review.exported') };
}

export async function printableReview(s: Session, reviewId: string, ui: Language): Promise<Printable> {
  const review = await getReview(s, reviewId);
  return { route: reviewPrintRoute(reviewId), fileName: recordFileName(review, ui), audit: auditOf(review, 'review.printed') };
}
