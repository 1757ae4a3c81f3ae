/**
 * The print contract between the core and the renderer's print view. The core asks its platform (Electron's hidden
 * window, or the harness's Chromium page) to render a route to PDF; the print view lays each profile out on
 * exactly one A4 page, shrinking the type to fit, and then marks the document ready.
 */
/** Set on <body> by the print view: 'true' once every page is laid out, 'error' when something could not load. */
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';

/** One A4 page per profile, in the order given. */
export function profilesPrintRoute(profileIds: readonly string[]): string {
  return `#/print/profiles/${profileIds.map(encodeURIComponent).join(',')}`;
}

/** A learner's OPP+: their one-page profile on the first page, then the action plan with its measures. */
export function oppPlusPrintRoute(learnerId: string): string {
  return `#/print/opp-plus/${encodeURIComponent(learnerId)}`;
}

/** Headings of a printed IDP: English, Welsh, or both. */
export type PrintHeadings = 'en' | 'cy' | 'bilingual';

/** One version of an Individual Development Plan, on as many A4 pages as it takes, with the headings asked for. */
export function idpPrintRoute(idpId: string, headings: PrintHeadings): string {
  return `#/print/idp/${encodeURIComponent(idpId)}/${headings}`;
}

/** Whom a review's invitation and contribution sheet is worded for. */
export type PrintAudience = 'learner' | 'parent' | 'staff';

/** A review's invitation and contribution sheet for one audience, in the language given (both if bilingual). */
export function reviewSheetsPrintRoute(reviewId: string, audience: PrintAudience, language: PrintHeadings): string {
  return `#/print/review-sheets/${encodeURIComponent(reviewId)}/${audience}/${language}`;
}

/** The record of a review meeting. */
export function reviewPrintRoute(reviewId: string): string {
  return `#/print/review/${encodeURIComponent(reviewId)}`;
}

export type PrintRoute =
  | { kind: 'profiles'; ids: string[] }
  | { kind: 'oppPlus'; learnerId: string }
  | { kind: 'idp'; idpId: string; headings: PrintHeadings }
  | { kind: 'reviewSheets'; reviewId: string; audience: PrintAudience; language: PrintHeadings }
  | { kind: 'review'; reviewId: string };

export function parsePrintRoute(hash: string): PrintRoute | null {
  const profiles = /^#\/print\/profiles\/(.+)$/.exec(hash);
  if (profiles) return { kind: 'profiles', ids: profiles[1]!.split(',').map(decodeURIComponent).filter(Boolean) };
  const idp = /^#\/print\/idp\/([^/,]+)\/(en|cy|bilingual)$/.exec(hash);
  if (idp) return { kind: 'idp', idpId: decodeURIComponent(idp[1]!), headings: idp[2] as PrintHeadings };
  const sheets = /^#\/print\/review-sheets\/([^/,]+)\/(learner|parent|staff)\/(en|cy|bilingual)$/.exec(hash);
  if (sheets) return { kind: 'reviewSheets', reviewId: decodeURIComponent(sheets[1]!), audience: sheets[2] as PrintAudience, language: sheets[3] as PrintHeadings };
  const review = /^#\/print\/review\/([^/,]+)$/.exec(hash);
  if (review) return { kind: 'review', reviewId: decodeURIComponent(review[1]!) };
  const oppPlus = /^#\/print\/opp-plus\/([^/,]+)$/.exec(hash);
  return oppPlus ? { kind: 'oppPlus', learnerId: decodeURIComponent(oppPlus[1]!) } : null;
}

/** Type sizes (points) the fitting may use: it starts large and steps down until everything fits on the page. */
export const PRINT_TYPE = { startPt: 13, minPt: 7, stepPt: 0.5, readablePt: 9 } as const;

/** A file name a person would recognise, safe on Windows, macOS and Linux. */
export function exportFileName(...parts: string[]): string {
  const name = parts
    .join(' - ')
    .normalize('NFC')
    .replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 150);
  return name || 'Caseload export';
}
