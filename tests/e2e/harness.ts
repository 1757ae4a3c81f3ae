/**
 * launchApp: the real renderer, the real contract and the real encrypted store; only the transport differs.
 *
 * Default runtime: Debian's Chromium loads the built renderer (out/renderer) from a local origin through
 * Playwright routing (no server process), and `window.caseload` is built by the same `buildBridge` the preload
 * uses, bound through `exposeBinding` to an in-process `openCore()` and its `dispatch`.
 * E2E_RUNTIME=electron: the same specs drive the real app through Playwright's `_electron` instead.
 */
import { _electron, chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { openCore, type Core, type CoreOptions } from '../../electron/core/index';
import type { OpenKind, Platform } from '../../electron/core/platform';
import { AppError } from '../../electron/core/app-error';
import { buildBridge, CHANNELS, EVENT_NAMES } from '../../shared/ipc';
import { PRINT_READY_ATTRIBUTE } from '../../shared/print';

export const ORIGIN = 'http://caseload.localhost';
const RENDERER_DIR = resolve('out/renderer');
const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

export interface LaunchOptions {
  dataDir: string;
  /** Headless-only overrides of the core (for example a short idle time). */
  core?: Omit<CoreOptions, 'dataDir'>;
}

export interface LaunchedApp {
  page: Page;
  /** Where "saved" exports land: the harness answers every save dialog with a file in this folder. */
  exportsDir: string;
  /** The in-process core (null under Electron, where it lives in the app's main process). */
  core: Core | null;
  /** The file the next open dialog of that kind answers with (unset: the person cancels). Chromium runtime only. */
  openAnswers: Partial<Record<OpenKind, string>>;
  close(): Promise<void>;
}

export function chromiumPath(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error('Chromium not found: install Debian\'s "chromium" package or set CHROMIUM_PATH.');
  return found;
}

/** Serves a file of the built renderer, refusing anything outside its folder. */
function rendererFile(url: string): { body: Buffer; type: string } | null {
  const path = decodeURIComponent(new URL(url).pathname);
  const file = normalize(join(RENDERER_DIR, path === '/' ? 'index.html' : path));
  if (!file.startsWith(RENDERER_DIR + sep) || !existsSync(file)) return null;
  return { body: readFileSync(file), type: TYPES[extname(file)] ?? 'application/octet-stream' };
}

function bridgeScript(): string {
  return `(() => {
    const listeners = new Set();
    Object.defineProperty(window, '__caseloadEmit', { value: (name, payload) => listeners.forEach((l) => l(name, payload)) });
    // Under tsx (npm run bench), esbuild's keepNames puts __name(fn, "name") calls inside the function's source.
    const __name = (fn) => fn;
    const buildBridge = ${buildBridge.toString()};
    const invoke = (channel, input) => window.__caseloadInvoke(channel, input);
    const subscribe = (listener) => { listeners.add(listener); return () => listeners.delete(listener); };
    Object.defineProperty(window, 'caseload', { value: buildBridge(${JSON.stringify(CHANNELS)}, invoke, subscribe) });
  })();`;
}

/**
 * The harness's platform: the print view rendered by Chromium's own PDF printer in a second page of the same
 * context (so it reaches the core through the same bridge), save and folder dialogs answered with the exports
 * folder, open dialogs with the file the test named in `openAnswers`.
 */
function harnessPlatform(context: BrowserContext, exportsDir: string, openAnswers: Partial<Record<OpenKind, string>>): Platform {
  return {
    async renderPdf(route) {
      const page = await context.newPage();
      try {
        await page.goto(`${ORIGIN}/index.html${route}`);
        await page.locator(`body[${PRINT_READY_ATTRIBUTE}]`).waitFor({ state: 'attached', timeout: 30_000 });
        if ((await page.locator('body').getAttribute(PRINT_READY_ATTRIBUTE)) !== 'true') throw new Error('the print view could not lay out');
        return await page.pdf({ preferCSSPageSize: true, printBackground: true });
      } finally {
        await page.close();
      }
    },
    // There is no printer to drive here; the Electron shell's print dialog path is unit-tested with electron mocked.
    async printRoute() {
      throw new AppError('BAD_FILE', 'Printing on paper is not available in the test harness.');
    },
    async chooseSavePath({ defaultName }) {
      return join(exportsDir, defaultName);
    },
    async chooseFolder({ purpose }) {
      const folder = join(exportsDir, purpose);
      mkdirSync(folder, { recursive: true });
      return folder;
    },
    async chooseOpenFile({ kind }) {
      return openAnswers[kind] ?? null;
    },
  };
}

async function launchChromium(options: LaunchOptions): Promise<LaunchedApp> {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('Build the renderer first: npm run build');
  const browser: Browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_FLAGS });
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, acceptDownloads: true, reducedMotion: 'reduce' });
  const exportsDir = `${options.dataDir}-exports`;
  mkdirSync(exportsDir, { recursive: true });
  const openAnswers: Partial<Record<OpenKind, string>> = {};
  const core = openCore({ dataDir: options.dataDir, log: () => {}, platform: harnessPlatform(context, exportsDir, openAnswers), ...options.core });
  // Same rule as the Electron shell: only the app's own top-level page may call the core.
  await context.exposeBinding('__caseloadInvoke', async (source, channel: unknown, input: unknown) => {
    const trusted = source.frame === source.page.mainFrame() && new URL(source.frame.url()).origin === ORIGIN;
    return trusted ? core.dispatch(channel, input) : { ok: false, error: { code: 'INVALID', message: 'Untrusted sender.' } };
  });
  await context.addInitScript({ content: bridgeScript() });
  await context.route('**/*', (route) => route.abort('blockedbyclient'));
  await context.route(`${ORIGIN}/**`, (route) => {
    const file = rendererFile(route.request().url());
    return file ? route.fulfill({ status: 200, body: file.body, contentType: file.type }) : route.fulfill({ status: 404 });
  });
  const page = await context.newPage();
  const unsubscribe = EVENT_NAMES.map((name) =>
    core.on(name, (payload) => {
      void page.evaluate(([n, p]) => (window as unknown as { __caseloadEmit(n: unknown, p: unknown): void }).__caseloadEmit(n, p), [name, payload] as const).catch(() => {});
    }),
  );
  await page.goto(`${ORIGIN}/index.html`);
  return {
    page,
    core,
    exportsDir,
    openAnswers,
    async close() {
      unsubscribe.forEach((u) => u());
      await browser.close();
      await core.close();
    },
  };
}

async function launchElectron(options: LaunchOptions): Promise<LaunchedApp> {
  const app = await _electron.launch({ args: ['.'], env: { ...process.env, CASELOAD_DATA_DIR: options.dataDir } as Record<string, string> });
  const page = await app.firstWindow();
  return { page, core: null, exportsDir: join(options.dataDir, '..', 'exports'), openAnswers: {}, close: () => app.close() };
}

export function launchApp(options: LaunchOptions): Promise<LaunchedApp> {
  return process.env.E2E_RUNTIME === 'electron' ? launchElectron(options) : launchChromium(options);
}
