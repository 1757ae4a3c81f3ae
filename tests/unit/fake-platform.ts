/**
 * A stand-in platform for the core's print and export tests: it "renders" one real PDF page per profile in the
 * route (two for an OPP+: the profile and the action plan; two for an IDP: the plan and its headings language;
 * two for a review's sheets: the review and the audience; one for a review's record;
 * Chromium does the real layout in the e2e specs),
 * records what was sent to the printer, answers every save dialog with a file in `outDir` (folders: a
 * subfolder named for the purpose), and open dialogs with `openAnswers`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { parsePrintRoute, type PrintRoute } from '../../shared/print';
import type { OpenKind, Platform } from '../../electron/core/platform';

/** What each page of the fake PDF stands for. */
function pagesOf(route: PrintRoute): string[] {
  switch (route.kind) {
    case 'profiles':
      return route.ids;
    case 'idp':
      return [route.idpId, route.headings];
    case 'oppPlus':
      return [route.learnerId, 'action plan'];
    case 'reviewSheets':
      return [route.reviewId, route.audience];
    case 'review':
      return [route.reviewId];
  }
}

/** `openAnswers`: the file each open dialog answers with (unset: the person cancels). */
export type FakePlatform = Platform & { renders: string[][]; printed: string[]; printerAnswers: boolean; openAnswers: Partial<Record<OpenKind, string>> };

export function fakePlatform(outDir: string, onRender?: (ids: string[]) => void): FakePlatform {
  const renders: string[][] = [];
  const printed: string[] = [];
  return {
    renders,
    printed,
    printerAnswers: true,
    openAnswers: {},
    async printRoute(route) {
      printed.push(route);
      return this.printerAnswers;
    },
    async renderPdf(route) {
      const parsed = parsePrintRoute(route);
      const ids = !parsed ? [] : pagesOf(parsed);
      renders.push(ids);
      onRender?.(ids);
      const doc = await PDFDocument.create();
      for (const id of ids) doc.addPage([595, 842]).drawText(id.slice(0, 8));
      return Buffer.from(await doc.save());
    },
    async chooseSavePath({ defaultName }) {
      return join(outDir, defaultName);
    },
    async chooseFolder({ purpose }) {
      const folder = join(outDir, purpose);
      mkdirSync(folder, { recursive: true });
      return folder;
    },
    async chooseOpenFile({ kind }) {
      return this.openAnswers[kind] ?? null;
    },
  };
}
