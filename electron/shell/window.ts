/**
 * The main window: the secure webPreferences from docs/security.md, shown only once painted, with its size and
 * place remembered between runs (window geometry only: the settings file holds no personal data).
 */
import { BrowserWindow, screen, type Rectangle, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL, devRendererUrl } from './protocol';

export interface BoundsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export interface MainWindowOptions {
  /** Absolute path of the built preload (out/preload/index.cjs). */
  preload: string;
}

export const BOUNDS_KEY = 'windowBounds';
export const MIN_WIDTH = 900;
export const MIN_HEIGHT = 600;
const DEFAULT_SIZE = { width: 1280, height: 820 };

/** Every window gets exactly these; a test pins them. */
export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
  };
}

const isRect = (v: unknown): v is Rectangle =>
  typeof v === 'object' &&
  v !== null &&
  ['x', 'y', 'width', 'height'].every((k) => Number.isFinite((v as Record<string, unknown>)[k]));

/**
 * The saved bounds, if they are well-formed, at least the minimum size, and still overlap a connected display
 * (a laptop unplugged from its monitor must not open the window off-screen). Otherwise undefined: centred default.
 */
export function validBounds(saved: unknown, displays: readonly Rectangle[]): Rectangle | undefined {
  if (!isRect(saved) || saved.width < MIN_WIDTH || saved.height < MIN_HEIGHT) return undefined;
  const visible = displays.some(
    (d) =>
      saved.x < d.x + d.width - 50 &&
      saved.x + saved.width > d.x + 50 &&
      saved.y < d.y + d.height - 50 &&
      saved.y + saved.height > d.y + 50,
  );
  const { x, y, width, height } = saved;
  return visible ? { x: Math.round(x), y: Math.round(y), width: Math.round(width), height: Math.round(height) } : undefined;
}

/** The page to load: the dev server only in an unpackaged app, otherwise the built renderer over app://. */
export function rendererEntryUrl(): string {
  return devRendererUrl() ?? APP_ENTRY_URL;
}

function rememberBounds(win: BrowserWindow, store: BoundsStore): void {
  // Normal bounds, so a maximised window reopens at its restored size rather than as a screen-sized normal one.
  const save = () => {
    if (!win.isDestroyed() && !win.isMinimized()) store.set(BOUNDS_KEY, win.getNormalBounds());
  };
  win.on('resized', save);
  win.on('moved', save);
  win.on('close', save);
}

export function createMainWindow(store: BoundsStore, options: MainWindowOptions): BrowserWindow {
  const displays = screen.getAllDisplays().map((d) => d.workArea);
  const bounds = validBounds(store.get(BOUNDS_KEY), displays);
  const win = new BrowserWindow({
    ...(bounds ?? DEFAULT_SIZE),
    minWidth: MIN_WIDTH,
    minHeight: MIN_HEIGHT,
    title: 'Caseload',
    // Hidden until painted, so the person never sees an empty white frame.
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: secureWebPreferences(options.preload),
  });
  win.once('ready-to-show', () => win.show());
  rememberBounds(win, store);
  void win.loadURL(rendererEntryUrl()).catch((error: unknown) => {
    console.error(`[caseload] the window could not load: ${error instanceof Error ? error.message : String(error)}`);
  });
  return win;
}

/** A second launch brings the existing window forward instead of opening another copy on the same data. */
export function focusWindow(win: BrowserWindow | undefined): void {
  if (!win || win.isDestroyed()) return;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
}

/** Where the build puts the preload and the renderer, relative to the built main file (out/main/). */
export function builtPaths(mainDir: string): { preload: string; rendererDir: string } {
  return {
    preload: join(mainDir, '..', 'preload', 'index.cjs'),
    rendererDir: join(mainDir, '..', 'renderer'),
  };
}
