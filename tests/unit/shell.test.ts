/**
 * Security test 14 (shell settings, with `electron` mocked) and test 5 / 20 (untrusted and forged senders).
 * The protocol handler (app://) has its own file, shell-protocol.test.ts.
 */
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Core } from '../../electron/core';
import { CHANNELS, EVENT_CHANNEL } from '../../shared/ipc';
import * as electron from './electron-fake';
import { fakeEvent, listenersOf, resetFake } from './electron-fake';

vi.mock('electron', () => import('./electron-fake'));

const { forwardEvents, isTrustedSender, registerIpc, UNTRUSTED_SENDER } = await import('../../electron/shell/ipc');
const { createMainWindow, focusWindow, validBounds, BOUNDS_KEY } = await import('../../electron/shell/window');
const { CONTENT_SECURITY_POLICY, installSecurity } = await import('../../electron/shell/security');

const APP_PAGE = 'app://caseload/index.html';
const top = (url: string) => ({ senderFrame: { url, parent: null } });

function memoryStore(initial: Record<string, unknown> = {}) {
  const data = new Map(Object.entries(initial));
  return { data, get: (k: string) => data.get(k), set: (k: string, v: unknown) => void data.set(k, v) };
}

function fakeCore() {
  return { dispatch: vi.fn(async (channel: unknown, input: unknown) => ({ ok: true as const, value: { channel, input } })) };
}

beforeEach(() => {
  resetFake();
  delete process.env.ELECTRON_RENDERER_URL;
});

describe('main window', () => {
  it('has exactly the secure webPreferences, is hidden until painted and loads app://', async () => {
    createMainWindow(memoryStore(), { preload: 'built/preload/index.cjs' });
    const [created] = electron.BrowserWindow.created;
    expect(created?.options.webPreferences).toStrictEqual({
      preload: 'built/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
    expect(created?.options).toMatchObject({ show: false, title: 'Caseload', minWidth: 900, minHeight: 600 });
    expect(created?.loadURL).toHaveBeenCalledWith(APP_PAGE);
    expect(created?.show).not.toHaveBeenCalled();
    created?.emit('ready-to-show');
    expect(created?.show).toHaveBeenCalledOnce();
  });

  it('loads the dev server only when unpackaged', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    createMainWindow(memoryStore(), { preload: 'p' });
    expect(electron.BrowserWindow.created[0]?.loadURL).toHaveBeenCalledWith(APP_PAGE);
    electron.app.isPackaged = false;
    createMainWindow(memoryStore(), { preload: 'p' });
    expect(electron.BrowserWindow.created[1]?.loadURL).toHaveBeenCalledWith('http://localhost:5173/');
  });

  it('remembers its bounds, and ignores saved bounds that are malformed, tiny or off-screen', () => {
    const store = memoryStore({ [BOUNDS_KEY]: { x: 100, y: 50, width: 1200, height: 800 } });
    createMainWindow(store, { preload: 'p' });
    const win = electron.BrowserWindow.created[0]!;
    expect(win.options).toMatchObject({ x: 100, y: 50, width: 1200, height: 800 });
    win.emit('close');
    expect(store.data.get(BOUNDS_KEY)).toEqual(win.getNormalBounds());

    const screens = [{ x: 0, y: 0, width: 1920, height: 1080 }];
    expect(validBounds({ x: 5000, y: 0, width: 1000, height: 700 }, screens)).toBeUndefined();
    expect(validBounds({ x: 0, y: 0, width: 300, height: 200 }, screens)).toBeUndefined();
    expect(validBounds({ x: 'a', y: 0, width: 1000, height: 700 }, screens)).toBeUndefined();
    expect(validBounds(null, screens)).toBeUndefined();
    expect(validBounds({ x: 0, y: 0, width: 1000, height: Number.NaN }, screens)).toBeUndefined();
  });

  it('a second launch focuses the existing window', () => {
    const win = createMainWindow(memoryStore(), { preload: 'p' });
    electron.BrowserWindow.created[0]!.minimized = true;
    focusWindow(win);
    expect(electron.BrowserWindow.created[0]!.restore).toHaveBeenCalled();
    expect(electron.BrowserWindow.created[0]!.focus).toHaveBeenCalled();
  });
});

describe('IPC registration and the sender check', () => {
  it('registers every contract channel, and a call from the app page reaches dispatch', async () => {
    const core = fakeCore();
    registerIpc(core);
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    for (const channel of CHANNELS) {
      const answer = await electron.ipcHandlers.get(channel)!(top(APP_PAGE), { probe: channel });
      expect(answer).toEqual({ ok: true, value: { channel, input: { probe: channel } } });
    }
    expect(core.dispatch).toHaveBeenCalledTimes(CHANNELS.length);
  });

  const untrusted: Array<[string, unknown]> = [
    ['another origin', top('https://evil.example/index.html')],
    ['another app:// host', top('app://evil/index.html')],
    ['a look-alike host', top('app://caseload.evil/index.html')],
    ['a port on the app host', top('app://caseload:8080/index.html')],
    ['credentials in the URL', top('app://user@caseload/index.html')],
    ['file://', top('file:///home/user/index.html')],
    ['about:blank', top('about:blank')],
    ['data:', top('data:text/html,<script>1</script>')],
    ['an empty URL', top('')],
    ['a subframe of the app page', { senderFrame: { url: APP_PAGE, parent: { url: APP_PAGE, parent: null } } }],
    ['a frame with undefined parent', { senderFrame: { url: APP_PAGE, parent: undefined } }],
    ['a missing frame', { senderFrame: null }],
    ['an undefined frame', { senderFrame: undefined }],
    ['no senderFrame at all', {}],
    ['a frame that throws', { get senderFrame() { throw new Error('Render frame was disposed'); } }],
    ['the dev server in a packaged app', top('http://localhost:5173/')],
  ];

  it.each(untrusted)('rejects %s, and nothing runs', async (_label, event) => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    const core = fakeCore();
    registerIpc(core);
    for (const channel of CHANNELS) {
      expect(await electron.ipcHandlers.get(channel)!(event, {})).toEqual(UNTRUSTED_SENDER);
    }
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('trusts the dev server origin only when unpackaged, and only that origin', () => {
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173';
    expect(isTrustedSender(top('http://localhost:5173/'))).toBe(false);
    electron.app.isPackaged = false;
    expect(isTrustedSender(top('http://localhost:5173/#/learners'))).toBe(true);
    expect(isTrustedSender(top('http://localhost:5174/'))).toBe(false);
    expect(isTrustedSender(top('https://localhost:5173/'))).toBe(false);
    expect(isTrustedSender({ senderFrame: { url: 'http://localhost:5173/', parent: {} } })).toBe(false);
  });

  it('accepts 0 of 1,000 calls from forged senders (test 20)', async () => {
    const core = fakeCore();
    registerIpc(core);
    const path = fc.webPath();
    const notAppHost = fc.domain().filter((d) => d !== 'caseload');
    const frame = (url: fc.Arbitrary<string>, parent: fc.Arbitrary<unknown>) =>
      fc.record({ senderFrame: fc.record({ url, parent }) });
    const forged = fc.oneof(
      frame(fc.webUrl({ withFragments: true, withQueryParameters: true }), fc.constant(null)),
      frame(fc.tuple(notAppHost, path).map(([h, p]) => `app://${h}${p}`), fc.constant(null)),
      frame(path.map((p) => `app://caseload${p}`), fc.oneof(fc.object(), fc.constant(undefined), fc.string())),
      frame(
        fc.tuple(fc.constantFrom('file', 'data', 'about', 'javascript', 'blob', 'devtools', 'chrome', 'http', 'https', 'ws'), path)
          .map(([scheme, p]) => `${scheme}://caseload${p}`),
        fc.constant(null),
      ),
      frame(fc.string().filter((s) => !s.toLowerCase().startsWith('app://caseload')), fc.constant(null)),
      fc.constantFrom({ senderFrame: null }, { senderFrame: undefined }, {}),
    );
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...CHANNELS), forged, fc.anything(), async (channel, event, input) => {
        const answer = await electron.ipcHandlers.get(channel)!(event, input);
        if (answer !== UNTRUSTED_SENDER) accepted += 1;
      }),
      { numRuns: 1000 },
    );
    expect(accepted).toBe(0);
    expect(core.dispatch).not.toHaveBeenCalled();
  });

  it('forwards core events to the window on the event channel', () => {
    const listeners = new Map<string, (payload: unknown) => void>();
    const core = { on: vi.fn((name: string, fn: (p: unknown) => void) => (listeners.set(name, fn), () => listeners.delete(name))) };
    const win = createMainWindow(memoryStore(), { preload: 'p' });
    // The fake `on` is untyped by event name; the real Core's generic signature cannot be implemented by a mock.
    const off = forwardEvents(core as unknown as Pick<Core, 'on'>, win);
    listeners.get('vault.changed')!({ state: 'locked', reason: 'sleep' });
    expect(electron.BrowserWindow.created[0]!.webContents.send).toHaveBeenCalledWith(EVENT_CHANNEL, 'vault.changed', {
      state: 'locked',
      reason: 'sleep',
    });
    off();
    expect(listeners.size).toBe(0);
  });
});

describe('navigation, new windows, webviews and permissions', () => {
  function hardenedContents() {
    installSecurity();
    const contents = new electron.FakeWebContents();
    for (const listener of listenersOf(electron.app, 'web-contents-created')) listener(fakeEvent(), contents);
    return contents;
  }

  it.each(['https://evil.example/', 'app://caseload/other.html', 'file:///etc/passwd', 'javascript:alert(1)'])(
    'prevents will-navigate and will-redirect to %s',
    (url) => {
      const contents = hardenedContents();
      for (const name of ['will-navigate', 'will-redirect']) {
        const event = fakeEvent();
        contents.emit(name, event, url);
        expect(event.preventDefault, name).toHaveBeenCalled();
      }
    },
  );

  it('prevents attaching a <webview>', () => {
    const event = fakeEvent();
    hardenedContents().emit('will-attach-webview', event, {}, {});
    expect(event.preventDefault).toHaveBeenCalled();
  });

  it('denies every window.open; web links open in the browser only after the person agrees', async () => {
    const contents = hardenedContents();
    const open = (url: string) => contents.windowOpenHandler!({ url });
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'app://caseload/index.html', 'not a url']) {
      expect(open(url)).toEqual({ action: 'deny' });
    }
    expect(electron.dialog.showMessageBox).not.toHaveBeenCalled();

    expect(open('https://gov.wales/guidance')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.dialog.showMessageBox).toHaveBeenCalledOnce());
    expect(electron.shell.openExternal).not.toHaveBeenCalled(); // the fake answers Cancel

    electron.dialog.showMessageBox.mockResolvedValueOnce({ response: 0, checkboxChecked: false });
    expect(open('https://gov.wales/guidance')).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(electron.shell.openExternal).toHaveBeenCalledWith('https://gov.wales/guidance'));
  });

  it('answers every permission request and check with no', () => {
    installSecurity();
    const requestHandler = electron.session.defaultSession.setPermissionRequestHandler.mock.calls[0]?.[0];
    const checkHandler = electron.session.defaultSession.setPermissionCheckHandler.mock.calls[0]?.[0];
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen']) {
      const callback = vi.fn();
      requestHandler({}, permission, callback, {});
      expect(callback).toHaveBeenCalledWith(false);
      expect(checkHandler({}, permission, 'app://caseload', {})).toBe(false);
    }
  });

  it('has a strict Content-Security-Policy', () => {
    const directives = new Map(
      CONTENT_SECURITY_POLICY.split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/);
        return [name, values.join(' ')] as const;
      }),
    );
    expect(Object.fromEntries(directives)).toEqual({
      'default-src': "'self'",
      'script-src': "'self'",
      'style-src': "'self' 'unsafe-inline'",
      'img-src': "'self' data: blob:",
      'font-src': "'self' data:",
      'connect-src': "'self'",
      'object-src': "'none'",
      'base-uri': "'none'",
      'form-action': "'none'",
      'frame-ancestors': "'none'",
    });
  });
});
