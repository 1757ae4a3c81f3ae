import type { Handlers } from '../dispatch';
import { saveExport } from '../export/save';
import type { Platform } from '../platform';
import { printOnPaper, printToPdf } from '../services/print';
import { printableReview, printableReviewSheets, reviewRecordDocx, reviewSheetsDocx } from '../services/review-export';
import type { SettingsStore } from '../settings';
import { readSettings } from '../settings';
import type { VaultService } from '../services/vault';

/** A review's invitation and contribution sheets and its record, printed to PDF or on paper, or exported to Word. */
export const reviewExportHandlers = (vault: VaultService, platform: Platform, settings: SettingsStore) => {
  const ui = () => readSettings(settings).language;
  const save = (f: { bytes: Buffer; defaultName: string; audit: Parameters<typeof saveExport>[3] }) =>
    saveExport(vault.current(), platform, { bytes: f.bytes, defaultName: f.defaultName, kind: 'docx' }, f.audit);
  return {
    'print.reviewSheets': async (input) => printToPdf(vault.current(), platform, await printableReviewSheets(vault.current(), input, ui())),
    'print.reviewSheetsToPrinter': async (input) => printOnPaper(vault.current(), platform, await printableReviewSheets(vault.current(), input, ui())),
    'reviews.exportSheetsDocx': async (input) => save(await reviewSheetsDocx(vault.current(), input, ui())),
    'print.review': async ({ reviewId }) => printToPdf(vault.current(), platform, await printableReview(vault.current(), reviewId, ui())),
    'print.reviewToPrinter': async ({ reviewId }) => printOnPaper(vault.current(), platform, await printableReview(vault.current(), reviewId, ui())),
    'reviews.exportDocx': async ({ reviewId }) => save(await reviewRecordDocx(vault.current(), reviewId, ui())),
  } satisfies Partial<Handlers>;
};
