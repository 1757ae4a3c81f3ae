/**
 * The IPC transport: one ipcMain.handle per contract channel, each behind the sender check, and the push of core
 * events to the window. Validation of the input itself happens in core's dispatch, shared with the e2e harness.
 */
import { ipcMain, type BrowserWindow, type IpcMainInvokeEvent } from 'electron';
import type { Envelope } from '../../shared/errors';
import { CHANNELS, EVENT_CHANNEL, EVENT_NAMES } from '../../shared/ipc';
import type { Core } from '../core';
import { devRendererUrl, isAppUrl } from './protocol';

/** The parts of an IPC event the sender check reads (IpcMainInvokeEvent fits; tests build plain objects). */
export interface SenderLike {
  readonly senderFrame: { readonly url: string; readonly parent: unknown } | null | undefined;
}

export const UNTRUSTED_SENDER: Envelope<never> = Object.freeze({
  ok: false,
  error: Object.freeze({ code: 'INVALID', message: 'This request did not come from Caseload.' }),
}) as Envelope<never>;

function isTrustedUrl(raw: string, devUrl: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (isAppUrl(url)) return true;
  // Compared as origins: the dev server serves the page at any path, but only from its own host and port.
  return devUrl !== undefined && /^https?:$/.test(url.protocol) && url.origin === new URL(devUrl).origin;
}

/**
 * True only for the app's own page: the top frame (an iframe, even one on our origin, could hold injected
 * content) whose URL is app://caseload/… (or, unpackaged, the dev server). Anything unexpected is untrusted.
 */
export function isTrustedSender(event: SenderLike, devUrl: string | undefined = devRendererUrl()): boolean {
  try {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null || typeof frame.url !== 'string') return false;
    return isTrustedUrl(frame.url, devUrl);
  } catch {
    // Reading senderFrame of a frame that has gone away can throw; a vanished sender is not a trusted one.
    return false;
  }
}

/** Registers every contract channel. Returns an undo, for tests and for a clean shutdown. */
export function registerIpc(core: Pick<Core, 'dispatch'>): () => void {
  const devUrl = devRendererUrl();
  for (const channel of CHANNELS) {
    ipcMain.handle(channel, (event: IpcMainInvokeEvent, input: unknown) =>
      isTrustedSender(event, devUrl) ? core.dispatch(channel, input) : UNTRUSTED_SENDER,
    );
  }
  return () => {
    for (const channel of CHANNELS) ipcMain.removeHandler(channel);
  };
}

/** Pushes every core event to the window on the one event channel, with the event name inside. */
export function forwardEvents(core: Pick<Core, 'on'>, win: BrowserWindow): () => void {
  const unsubscribes = EVENT_NAMES.map((name) =>
    core.on(name, (payload) => {
      if (!win.isDestroyed()) win.webContents.send(EVENT_CHANNEL, name, payload);
    }),
  );
  return () => unsubscribes.forEach((off) => off());
}
