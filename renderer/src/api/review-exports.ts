/** A review's papers leaving the store: the invitation and contribution sheets for one audience, and the record. */
import type { SheetAudience } from '../../../shared/schemas/review';
import { bridge, unwrap, type ExportCalls } from './client';

export const reviewSheetsExports = (reviewId: string, audience: SheetAudience): ExportCalls => ({
  print: () => unwrap(bridge().print.reviewSheets({ reviewId, audience })),
  docx: () => unwrap(bridge().reviews.exportSheetsDocx({ reviewId, audience })),
});

export const reviewRecordExports = (reviewId: string): ExportCalls => ({
  print: () => unwrap(bridge().print.review({ reviewId })),
  docx: () => unwrap(bridge().reviews.exportDocx({ reviewId })),
});
