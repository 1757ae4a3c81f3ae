/**
 * The rest of the shell with `electron` mocked: power events lock, quitting closes the core first, the native
 * binding path, the preload's one exposed object, and main.ts wiring all of it together in order.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { CHANNELS, EVENT_CHANNEL, EVENT_NAMES } from '../../shared/ipc';
import * as electron from './electron-fake';
import { fakeEvent, listenersOf, resetFake } from './electron-fake';

const fakes = vi.hoisted(() => ({
  core: {
    dispatch: async () => ({ ok: true }),
    lock: async (_reason: string) => undefined,
    close: async () => undefined,
    on: (_event: string, _listener: (payload: unknown) => void) => () => undefined,
  },
  stores: [] as Array<{ options: unknown }>,
}));

vi.mock('electron', () => import('./electron-fake'));
vi.mock('electron-store', () => ({
  default: class FakeStore {
    constructor(readonly options: unknown) {
      fakes.stores.push(this);
    }
    get = () => undefined;
    set = () => undefined;
  },
}));
vi.mock('../../electron/core', () => ({ openCore: vi.fn(() => fakes.core) }));

const { closeCoreBeforeQuit, IDLE_POLL_MS, nativeBindingPath, wireIdleLock, wirePowerEvents } = await import('../../electron/shell/platform');
const { openCore } = await import('../../electron/core');

const temp = mkdtempSync(join(tmpdir(), 'caseload-platform-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function spyCore() {
  return {
    lock: vi.spyOn(fakes.core, 'lock'),
    close: vi.spyOn(fakes.core, 'close'),
    on: vi.spyOn(fakes.core, 'on'),
    dispatch: vi.spyOn(fakes.core, 'dispatch'),
  };
}

beforeEach(() => {
  resetFake();
  vi.restoreAllMocks();
  fakes.stores.length = 0;
});

describe('platform', () => {
  it('locks on sleep and on screen lock', () => {
    const spies = spyCore();
    wirePowerEvents(fakes.core);
    electron.powerMonitor.emit('suspend');
    electron.powerMonitor.emit('lock-screen');
    expect(spies.lock.mock.calls).toEqual([['sleep'], ['screen-lock']]);
  });

  it('locks when the whole computer has been idle for the chosen time, read from the settings', () => {
    vi.useFakeTimers();
    try {
      const spies = spyCore();
      const store = new Map<string, unknown>([['idleMinutes', 5]]);
      const stop = wireIdleLock(fakes.core, { get: (k) => store.get(k), set: (k, v) => store.set(k, v) });
      electron.powerMonitor.getSystemIdleTime.mockReturnValue(299);
      vi.advanceTimersByTime(IDLE_POLL_MS);
      expect(spies.lock).not.toHaveBeenCalled();
      electron.powerMonitor.getSystemIdleTime.mockReturnValue(300);
      vi.advanceTimersByTime(IDLE_POLL_MS);
      expect(spies.lock.mock.calls).toEqual([['idle']]);
      stop();
      vi.advanceTimersByTime(IDLE_POLL_MS * 3);
      expect(spies.lock).toHaveBeenCalledTimes(1);
    } finally {
      vi.useRealTimers();
    }
  });

  it('holds the quit until the core has closed, once, then quits', async () => {
    let finishClose = () => {};
    const spies = spyCore();
    spies.close.mockImplementation(() => new Promise<undefined>((done) => (finishClose = () => done(undefined))));
    closeCoreBeforeQuit(fakes.core);
    const [beforeQuit] = listenersOf(electron.app, 'before-quit');
    const first = fakeEvent();
    const second = fakeEvent();
    beforeQuit!(first);
    beforeQuit!(second);
    expect(first.preventDefault).toHaveBeenCalled();
    expect(second.preventDefault).toHaveBeenCalled();
    expect(spies.close).toHaveBeenCalledOnce();
    expect(electron.app.quit).not.toHaveBeenCalled();
    finishClose();
    await vi.waitFor(() => expect(electron.app.quit).toHaveBeenCalledOnce());
    const last = fakeEvent();
    beforeQuit!(last);
    expect(last.preventDefault).not.toHaveBeenCalled();
  });

  it('finds the Electron build of the driver, unpackaged and packaged, and nothing when absent', () => {
    const relativeFile = join('node_modules', '.caseload-electron-native', '38.0.0', 'better_sqlite3.node');
    electron.app.isPackaged = false;
    electron.app.getAppPath.mockReturnValue(temp);
    expect(nativeBindingPath('38.0.0')).toBeUndefined();
    expect(nativeBindingPath(undefined)).toBeUndefined();
    mkdirSync(join(temp, relativeFile, '..'), { recursive: true });
    writeFileSync(join(temp, relativeFile), '');
    expect(nativeBindingPath('38.0.0')).toBe(join(temp, relativeFile));

    electron.app.isPackaged = true;
    const resources = join(temp, 'resources');
    Object.assign(process, { resourcesPath: resources });
    expect(nativeBindingPath('38.0.0')).toBeUndefined();
    mkdirSync(join(resources, 'app.asar.unpacked', relativeFile, '..'), { recursive: true });
    writeFileSync(join(resources, 'app.asar.unpacked', relativeFile), '');
    expect(nativeBindingPath('38.0.0')).toBe(join(resources, 'app.asar.unpacked', relativeFile));
  });
});

describe('preload', () => {
  it('exposes exactly one frozen object, window.caseload, wired to ipcRenderer', async () => {
    await import('../../electron/preload');
    expect(electron.contextBridge.exposeInMainWorld).toHaveBeenCalledOnce();
    const [name, bridge] = electron.contextBridge.exposeInMainWorld.mock.calls[0] as [string, Record<string, unknown>];
    expect(name).toBe('caseload');
    expect(Object.isFrozen(bridge)).toBe(true);
    const domains = [...new Set(CHANNELS.map((c) => c.split('.')[0]))];
    expect(Object.keys(bridge).sort()).toEqual([...domains, 'on'].sort());

    const vault = bridge.vault as Record<string, (input?: unknown) => Promise<unknown>>;
    await vault.status!();
    expect(electron.ipcRenderer.invoke).toHaveBeenCalledWith('vault.status', {});

    const on = bridge.on as (event: string, fn: (payload: unknown) => void) => () => void;
    const listener = vi.fn();
    const off = on('vault.changed', listener);
    electron.ipcRenderer.emit(EVENT_CHANNEL, { sender: 'not for the page' }, 'vault.changed', { state: 'locked' });
    electron.ipcRenderer.emit(EVENT_CHANNEL, {}, 'something.else', { state: 'locked' });
    expect(listener.mock.calls).toEqual([[{ state: 'locked' }]]);
    off();
    expect(electron.ipcRenderer.listenerCount(EVENT_CHANNEL)).toBe(0);
  });
});

describe('main.ts composition', () => {
  async function loadMain() {
    vi.resetModules();
    await import('../../electron/main');
    // Let whenReady().then(start) run.
    await new Promise((done) => setTimeout(done, 0));
  }

  it('a second instance hands over and starts nothing', async () => {
    electron.app.requestSingleInstanceLock.mockReturnValueOnce(false);
    await loadMain();
    expect(electron.app.quit).toHaveBeenCalled();
    expect(electron.app.whenReady).not.toHaveBeenCalled();
    expect(electron.ipcMain.handle).not.toHaveBeenCalled();
    expect(electron.BrowserWindow.created).toHaveLength(0);
  });

  it('wires security, protocol, settings, core, IPC, power events, window, events and quit', async () => {
    process.env.CASELOAD_DATA_DIR = join(temp, 'data');
    const spies = spyCore();
    await loadMain();
    const schemeAt = electron.protocol.registerSchemesAsPrivileged.mock.invocationCallOrder[0]!;
    expect(schemeAt).toBeLessThan(electron.app.whenReady.mock.invocationCallOrder[0]!);
    expect(electron.session.defaultSession.setPermissionRequestHandler).toHaveBeenCalled();
    expect(listenersOf(electron.app, 'web-contents-created')).toHaveLength(1);
    expect(electron.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(fakes.stores.map((s) => s.options)).toEqual([{ name: 'settings', clearInvalidConfig: true }]);
    expect(openCore).toHaveBeenCalledWith({
      dataDir: join(temp, 'data'),
      settings: fakes.stores[0],
      nativeBinding: undefined,
      platform: { renderPdf: expect.any(Function), printRoute: expect.any(Function), chooseSavePath: expect.any(Function), chooseFolder: expect.any(Function), chooseOpenFile: expect.any(Function) },
    });
    expect([...electron.ipcHandlers.keys()].sort()).toEqual([...CHANNELS].sort());
    expect(spies.on.mock.calls.map(([name]) => name)).toEqual(EVENT_NAMES);

    const [win] = electron.BrowserWindow.created;
    const prefs = win?.options.webPreferences as { preload: string; sandbox: boolean };
    expect(prefs.preload).toMatch(/preload[\\/]index\.cjs$/);
    expect(prefs.sandbox).toBe(true);

    electron.powerMonitor.emit('suspend');
    expect(spies.lock).toHaveBeenCalledWith('sleep');
    win!.minimized = true;
    for (const listener of listenersOf(electron.app, 'second-instance')) listener();
    expect(win!.restore).toHaveBeenCalled();

    const event = fakeEvent();
    for (const listener of listenersOf(electron.app, 'before-quit')) listener(event);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(spies.close).toHaveBeenCalledOnce();
    delete process.env.CASELOAD_DATA_DIR;
  });
});
