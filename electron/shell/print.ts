/**
 * The core's platform in the app: the renderer's print view rendered to PDF in a hidden window (same secure
 * settings and preload as the main window, so it reaches the core through the same checked IPC), and the save
 * dialog, which says plainly that an export is not encrypted.
 */
import { app, BrowserWindow, dialog } from 'electron';
import { join } from 'node:path';
import { FILE_EXTENSIONS, type ExportKind, type OpenKind, type Platform } from '../core/platform';
import { PRINT_READY_ATTRIBUTE } from '../../shared/print';
import { rendererEntryUrl, secureWebPreferences } from './window';
import { SHELL_TEXT } from './texts';

const READY_TIMEOUT_MS = 30_000;
const POLL_MS = 100;

async function waitForPrintReady(win: BrowserWindow): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < READY_TIMEOUT_MS) {
    const state: unknown = await win.webContents.executeJavaScript(`document.body.getAttribute('${PRINT_READY_ATTRIBUTE}')`);
    if (state === 'true') return;
    // The view says a profile could not be loaded: stop now rather than print a blank page or wait out the timeout.
    if (state === 'error') throw new Error('the print view could not lay out');
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  throw new Error('the print view did not finish laying out');
}

const FILTERS: Record<ExportKind, Electron.FileFilter[]> = {
  pdf: [{ name: 'PDF', extensions: ['pdf'] }],
  docx: [{ name: 'Word', extensions: ['docx'] }],
  transfer: [{ name: 'Caseload transfer', extensions: [FILE_EXTENSIONS.transfer] }],
};
const OPEN_FILTERS: Record<OpenKind, Electron.FileFilter[]> = {
  backup: [{ name: 'Caseload backup', extensions: [FILE_EXTENSIONS.backup] }],
  transfer: [{ name: 'Caseload transfer', extensions: [FILE_EXTENSIONS.transfer] }],
};

export function electronPlatform(preload: string, parent: () => BrowserWindow | undefined): Platform {
  return {
    async renderPdf(route) {
      const win = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: secureWebPreferences(preload) });
      try {
        await win.loadURL(rendererEntryUrl() + route);
        await waitForPrintReady(win);
        return await win.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
      } finally {
        win.destroy();
      }
    },
    async printRoute(route) {
      const win = new BrowserWindow({ show: false, width: 794, height: 1123, webPreferences: secureWebPreferences(preload) });
      try {
        await win.loadURL(rendererEntryUrl() + route);
        await waitForPrintReady(win);
        return await new Promise<boolean>((resolve, reject) => {
          win.webContents.print({ silent: false, printBackground: true }, (success, failureReason) => {
            // Cancelling the dialog is an answer, not a failure.
            if (success || failureReason === 'cancelled') resolve(success);
            else reject(new Error(failureReason));
          });
        });
      } finally {
        win.destroy();
      }
    },
    async chooseSavePath({ defaultName, kind }) {
      // A transfer file is encrypted; every other export is plaintext and the dialog says so.
      const encrypted = kind === 'transfer';
      const options = {
        title: encrypted ? SHELL_TEXT.saveTransferTitle : SHELL_TEXT.saveExportTitle,
        message: encrypted ? SHELL_TEXT.saveTransferTitle : SHELL_TEXT.saveExportMessage,
        defaultPath: join(app.getPath('documents'), defaultName),
        filters: FILTERS[kind],
      };
      const owner = parent();
      const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseFolder({ purpose }) {
      const options: Electron.OpenDialogOptions = {
        title: purpose === 'backup' ? SHELL_TEXT.chooseBackupFolder : SHELL_TEXT.chooseSubjectAccessFolder,
        message: purpose === 'backup' ? undefined : SHELL_TEXT.saveExportMessage,
        defaultPath: app.getPath('documents'),
        properties: ['openDirectory', 'createDirectory'],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseOpenFile({ kind }) {
      const options: Electron.OpenDialogOptions = {
        title: kind === 'backup' ? SHELL_TEXT.openBackup : SHELL_TEXT.openTransfer,
        defaultPath: app.getPath('documents'),
        properties: ['openFile'],
        filters: OPEN_FILTERS[kind],
      };
      const owner = parent();
      const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
  };
}
