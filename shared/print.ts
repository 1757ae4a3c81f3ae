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

export type PrintRoute = { kind: 'profiles'; ids: string[] } | { kind: 'oppPlus'; learnerId: string };

export function parsePrintRoute(hash: string): PrintRoute | null {
  const profiles = /^#\/print\/profiles\/(.+)$/.exec(hash);
  if (profiles) return { kind: 'profiles', ids: profiles[1]!.split(',').map(decodeURIComponent).filter(Boolean) };
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
