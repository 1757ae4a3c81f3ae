/**
 * What the core needs from the machine it runs on and cannot do in plain Node: render the renderer's print view
 * to PDF, and ask the person where to save a file. Electron's shell provides it with a hidden window and the save
 * dialog; the e2e harness with Chromium's PDF and a test folder. Without one, those actions say so plainly.
 */
import { AppError } from './app-error';

export type ExportKind = 'pdf' | 'docx';

export interface Platform {
  /** Renders an app route (a print view) to PDF: one A4 page per page the view lays out. */
  renderPdf(route: string): Promise<Buffer>;
  /** Sends an app route to a printer through the system print dialog: true when sent, false when cancelled. */
  printRoute(route: string): Promise<boolean>;
  /** Where to save an export; null when the person cancels. */
  chooseSavePath(options: { defaultName: string; kind: ExportKind }): Promise<string | null>;
}

const unavailable = () => Promise.reject(new AppError('BAD_FILE', 'Printing and saving files are not available here.'));

export const NO_PLATFORM: Platform = { renderPdf: unavailable, printRoute: unavailable, chooseSavePath: unavailable };
