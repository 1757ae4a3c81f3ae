/**
 * The words of a review's papers for the Word export, by language (the print view takes the same words from the
 * renderer's i18n catalogue, `reviewSheet` and `reviewRecord`; a unit test keeps them identical), and the file names.
 */
import type { ReviewRecordWords, ReviewSheetWords } from '../../../shared/rules/review-words';
import type { SheetAudience } from '../../../shared/schemas/review';
import type { Language } from '../../../shared/schemas/settings';
import { RECORD_CY, SHEET_CY } from './review-labels-cy';
import { RECORD_EN, SHEET_EN } from './review-labels-en';

export interface ReviewLabels {
  sheet: ReviewSheetWords;
  record: ReviewRecordWords;
  /** File names: "<name> - Review - <date>", "<name> - Review invitation - parent or carer - <date>". */
  files: { record: string; sheets: string; audiences: Record<SheetAudience, string> };
}

export const REVIEW_LABELS: Record<Language, ReviewLabels> = {
  en: { sheet: SHEET_EN, record: RECORD_EN, files: { record: 'Review', sheets: 'Review invitation', audiences: { learner: 'learner', parent: 'parent or carer', staff: 'staff' } } },
  cy: { sheet: SHEET_CY, record: RECORD_CY, files: { record: 'Adolygiad', sheets: 'Gwahoddiad adolygu', audiences: { learner: 'dysgwr', parent: 'rhiant neu ofalwr', staff: 'staff' } } },
};
