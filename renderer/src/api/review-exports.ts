/** A review's papers leaving the store: the invitation and contribution sheets for one audience, and the record. */
import type { MeetingLanguage, SheetAudience } from '../../../shared/schemas/review';
import { bridge, unwrap, type ExportCalls } from './client';

/** The sheets for `audience`, in `language` (the meeting's, unless the coordinator chose another). */
export const reviewSheetsExports = (reviewId: string, audience: SheetAudience, language: MeetingLanguage): ExportCalls => ({
  print: () => unwrap(bridge().print.reviewSheets({ reviewId, audience, language })),
  onPaper: () => unwrap(bridge().print.reviewSheetsToPrinter({ reviewId, audience, language })),
  docx: () => unwrap(bridge().reviews.exportSheetsDocx({ reviewId, audience, language })),
});

export const reviewRecordExports = (reviewId: string): ExportCalls => ({
  print: () => unwrap(bridge().print.review({ reviewId })),
  onPaper: () => unwrap(bridge().print.reviewToPrinter({ reviewId })),
  docx: () => unwrap(bridge().reviews.exportDocx({ reviewId })),
});
