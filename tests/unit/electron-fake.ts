/**
 * A stand-in for the 'electron' module (the binary cannot be installed on the build machines): it records what
 * the shell registers (IPC handlers, app and session handlers, window options, protocol handler) so the tests can
 * drive those handlers directly. Used with vi.mock('electron', () => import('./electron-fake')).
 */
import { EventEmitter } from 'node:events';
import { vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

export interface FakeEvent {
  preventDefault: ReturnType<typeof vi.fn>;
}
export const fakeEvent = (): FakeEvent => ({ preventDefault: vi.fn() });

class FakeApp extends EventEmitter {
  isPackaged = true;
  readonly quit = vi.fn();
  readonly exit = vi.fn();
  readonly getAppPath = vi.fn(() => '');
  readonly getPath = vi.fn(() => '');
  readonly requestSingleInstanceLock = vi.fn(() => true);
  readonly whenReady = vi.fn(() => Promise.resolve());
}

export const app = new FakeApp();
export const powerMonitor = Object.assign(new EventEmitter(), { getSystemIdleTime: vi.fn(() => 0) });

export const ipcHandlers = new Map<string, Listener>();
export const ipcMain = {
  handle: vi.fn((channel: string, handler: Listener) => {
    ipcHandlers.set(channel, handler);
  }),
  removeHandler: vi.fn((channel: string) => {
    ipcHandlers.delete(channel);
  }),
};

export const protocol = {
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
};

export const session = {
  defaultSession: {
    setPermissionRequestHandler: vi.fn(),
    setPermissionCheckHandler: vi.fn(),
  },
};

export const dialog = {
  showMessageBox: vi.fn(async (..._args: unknown[]) => ({ response: 1, checkboxChecked: false })),
  showSaveDialog: vi.fn(async (..._args: unknown[]) => ({ canceled: true, filePath: '' })),
  showErrorBox: vi.fn(),
};

export const shell = { openExternal: vi.fn(async (_url: string) => undefined) };

export const screen = {
  getAllDisplays: vi.fn(() => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }]),
};

/** A web contents: an emitter plus the window-open handler slot. */
export class FakeWebContents extends EventEmitter {
  windowOpenHandler: Listener | undefined;
  readonly send = vi.fn();
  readonly executeJavaScript = vi.fn(async (_code: string): Promise<unknown> => 'true');
  readonly printToPDF = vi.fn(async (_options: unknown) => Buffer.from('%PDF-fake'));
  readonly print = vi.fn((_options: unknown, callback: (success: boolean, failureReason: string) => void) => callback(true, ''));
  setWindowOpenHandler(handler: Listener): void {
    this.windowOpenHandler = handler;
  }
}

export class BrowserWindow extends EventEmitter {
  static readonly created: BrowserWindow[] = [];
  static fromWebContents = vi.fn((_contents: unknown): BrowserWindow | null => null);
  readonly webContents = new FakeWebContents();
  readonly loadURL = vi.fn(async (_url: string) => undefined);
  readonly show = vi.fn();
  readonly focus = vi.fn();
  readonly restore = vi.fn();
  readonly destroy = vi.fn(() => {
    this.destroyed = true;
  });
  destroyed = false;
  minimized = false;
  constructor(readonly options: Record<string, unknown>) {
    super();
    BrowserWindow.created.push(this);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  getNormalBounds() {
    return { x: 10, y: 20, width: 1000, height: 700 };
  }
}

export const contextBridge = { exposeInMainWorld: vi.fn() };
export const ipcRenderer = Object.assign(new EventEmitter(), { invoke: vi.fn(async (..._args: unknown[]) => 'answer') });

/** Puts the fake back to a blank state between tests. */
export function resetFake(): void {
  vi.clearAllMocks();
  app.removeAllListeners();
  app.isPackaged = true;
  powerMonitor.removeAllListeners();
  ipcRenderer.removeAllListeners();
  ipcHandlers.clear();
  BrowserWindow.created.length = 0;
}

/** The listeners the code under test put on an emitter, to call them as Electron would. */
export function listenersOf(emitter: EventEmitter, name: string): Listener[] {
  return emitter.listeners(name) as Listener[];
}

export default { app, powerMonitor, ipcMain, protocol, session, dialog, shell, screen, BrowserWindow, contextBridge, ipcRenderer };
