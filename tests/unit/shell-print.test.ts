/** The app's platform for printing and saving (electron/shell/print.ts), with `electron` mocked. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_READY_ATTRIBUTE } from '../../shared/print';
import * as electron from './electron-fake';
import { resetFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));
const { electronPlatform } = await import('../../electron/shell/print');
const { secureWebPreferences } = await import('../../electron/shell/window');

beforeEach(() => {
  resetFake();
  electron.BrowserWindow.created.length = 0;
});

describe('print platform', () => {
  it('renders a route in a hidden window with the secure settings, waits for the print view, and always closes it', async () => {
    const platform = electronPlatform('/built/preload.cjs', () => undefined);
    const pdf = await platform.renderPdf('#/print/profiles/abc');
    const [win] = electron.BrowserWindow.created;
    expect(win!.options).toMatchObject({ show: false, webPreferences: secureWebPreferences('/built/preload.cjs') });
    expect(win!.loadURL).toHaveBeenCalledWith('app://caseload/index.html#/print/profiles/abc');
    expect(win!.webContents.executeJavaScript.mock.calls[0]![0]).toContain(PRINT_READY_ATTRIBUTE);
    expect(win!.webContents.printToPDF).toHaveBeenCalledWith({ preferCSSPageSize: true, printBackground: true });
    expect(pdf.toString()).toBe('%PDF-fake');
    expect(win!.destroy).toHaveBeenCalledTimes(1);
  });

  it('closes the hidden window when printing fails', async () => {
    const platform = electronPlatform('/p.cjs', () => undefined);
    const render = platform.renderPdf('#/print/profiles/x');
    const win = electron.BrowserWindow.created[0]!;
    win.webContents.printToPDF.mockRejectedValueOnce(new Error('printer on fire'));
    await expect(render).rejects.toThrow('printer on fire');
    expect(win.destroy).toHaveBeenCalledTimes(1);
  });

  it('on paper: the print view goes to the system print dialog; a cancel is an answer, a failure an error', async () => {
    const platform = electronPlatform('/p.cjs', () => undefined);
    expect(await platform.printRoute('#/print/profiles/abc')).toBe(true);
    const first = electron.BrowserWindow.created[0]!;
    expect(first.webContents.print).toHaveBeenCalledWith({ silent: false, printBackground: true }, expect.any(Function));
    expect(first.destroy).toHaveBeenCalledTimes(1);

    const cancelled = platform.printRoute('#/print/profiles/abc');
    electron.BrowserWindow.created[1]!.webContents.print.mockImplementationOnce((_o, done) => done(false, 'cancelled'));
    expect(await cancelled).toBe(false);
    const failed = platform.printRoute('#/print/profiles/abc');
    electron.BrowserWindow.created[2]!.webContents.print.mockImplementationOnce((_o, done) => done(false, 'failed'));
    await expect(failed).rejects.toThrow('failed');
    expect(electron.BrowserWindow.created[2]!.destroy).toHaveBeenCalledTimes(1);
  });

  it('asks where to save with a warning that the file is not encrypted; a cancel answers null', async () => {
    const platform = electronPlatform('/p.cjs', () => undefined);
    expect(await platform.chooseSavePath({ defaultName: 'Elin Rowlands - one-page profile.pdf', kind: 'pdf' })).toBeNull();
    const [options] = electron.dialog.showSaveDialog.mock.calls[0] as [{ title: string; message: string; defaultPath: string; filters: unknown }];
    expect(options.title).toMatch(/unencrypted/);
    expect(options.message).toMatch(/not encrypted/);
    expect(options.defaultPath).toMatch(/Elin Rowlands - one-page profile\.pdf$/);
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/chosen/file.pdf' });
    expect(await platform.chooseSavePath({ defaultName: 'x.pdf', kind: 'pdf' })).toBe('/chosen/file.pdf');
  });
});
