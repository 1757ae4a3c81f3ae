/**
 * What the core needs from the machine it runs on and cannot do in plain Node: render the renderer's print view
 * to PDF, and ask the person where to save a file, which folder to use or which file to open. Electron's shell provides it with a hidden window and the save
 * dialog; the e2e harness with Chromium's PDF and a test folder. Without one, those actions say so plainly.
 */
import { AppError } from './app-error';

export type ExportKind = 'pdf' | 'docx' | 'transfer';
/** Folders the person chooses: where backups go, where a subject access export is written. */
export type FolderPurpose = 'backup' | 'subjectAccess';
/** Files the person opens: a backup to restore, a transfer file from another school. */
export type OpenKind = 'backup' | 'transfer';

/** Caseload's own file types (both encrypted). */
export const FILE_EXTENSIONS: Record<OpenKind, string> = { backup: 'caseload-backup', transfer: 'caseload-transfer' };

export interface Platform {
  /** Renders an app route (a print view) to PDF: one A4 page per page the view lays out. */
  renderPdf(route: string): Promise<Buffer>;
  /** Sends an app route to a printer through the system print dialog: true when sent, false when cancelled. */
  printRoute(route: string): Promise<boolean>;
  /** Where to save an export; null when the person cancels. */
  chooseSavePath(options: { defaultName: string; kind: ExportKind }): Promise<string | null>;
  /** A folder; null when the person cancels. */
  chooseFolder(options: { purpose: FolderPurpose }): Promise<string | null>;
  /** A file to open; null when the person cancels. */
  chooseOpenFile(options: { kind: OpenKind }): Promise<string | null>;
}

const unavailable = () => Promise.reject(new AppError('BAD_FILE', 'Printing and saving files are not available here.'));

export const NO_PLATFORM: Platform = { renderPdf: unavailable, printRoute: unavailable, chooseSavePath: unavailable, chooseFolder: unavailable, chooseOpenFile: unavailable };
