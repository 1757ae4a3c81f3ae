/**
 * Operating-system glue: lock on sleep and screen lock, close the store before quitting, and find the Electron
 * build of the SQLite driver.
 */
import { app, dialog, powerMonitor } from 'electron';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Core } from '../core';
import { readSettings, type SettingsStore } from '../core/settings';
import { SHELL_TEXT } from './texts';

/** Folder (under node_modules) where resources/build/electron-native.mjs puts the Electron build of the driver. */
export const ELECTRON_NATIVE_DIR = join('node_modules', '.caseload-electron-native');

function logLockFailure(error: unknown): void {
  console.error(`[caseload] could not lock: ${error instanceof Error ? error.name : typeof error}`);
}

/** A closed lid or a locked screen locks Caseload too: close the database, forget the key. */
export function wirePowerEvents(core: Pick<Core, 'lock'>): void {
  powerMonitor.on('suspend', () => {
    core.lock('sleep').catch(logLockFailure);
  });
  powerMonitor.on('lock-screen', () => {
    core.lock('screen-lock').catch(logLockFailure);
  });
}

/** How often the OS idle time is read. A minute's slack on a lock measured in minutes is fine. */
export const IDLE_POLL_MS = 30_000;

/**
 * A backstop for the renderer's own idle timer: if the whole computer has had no input for the chosen idle time,
 * lock, even when the page is hung or busy. Locking an already locked vault does nothing.
 */
export function wireIdleLock(core: Pick<Core, 'lock'>, store: SettingsStore): () => void {
  const timer = setInterval(() => {
    if (powerMonitor.getSystemIdleTime() >= readSettings(store).idleMinutes * 60) core.lock('idle').catch(logLockFailure);
  }, IDLE_POLL_MS);
  timer.unref();
  return () => clearInterval(timer);
}

/**
 * Holds the quit until the core has closed (database closed, key zeroed), then quits for real. A second quit
 * request while closing is held too, so nothing exits halfway.
 */
export function closeCoreBeforeQuit(core: Pick<Core, 'close'>): void {
  let state: 'open' | 'closing' | 'closed' = 'open';
  app.on('before-quit', (event) => {
    if (state === 'closed') return;
    event.preventDefault();
    if (state === 'closing') return;
    state = 'closing';
    core
      .close()
      .catch(logLockFailure)
      .finally(() => {
        state = 'closed';
        app.quit();
      });
  });
}

/**
 * better-sqlite3-multiple-ciphers is not an N-API addon, so node_modules keeps its Node build (for tests) and the
 * app loads a separate Electron build through the driver's `nativeBinding` option. Unpackaged, it is the one
 * `npm run native:electron` made; packaged, the same relative path under app.asar.unpacked (native files cannot
 * load from inside an asar). Undefined when absent: the driver then loads its own build, which is right in a
 * package whose builder rebuilt it for Electron.
 */
export function nativeBindingPath(version: string | undefined = process.versions.electron): string | undefined {
  if (!version) return undefined;
  const base = app.isPackaged ? join(process.resourcesPath, 'app.asar.unpacked') : app.getAppPath();
  const file = join(base, ELECTRON_NATIVE_DIR, version, 'better_sqlite3.node');
  if (existsSync(file)) return file;
  if (!app.isPackaged) {
    console.error('[caseload] no Electron build of the SQLite driver found: run `npm run native:electron`.');
  }
  return undefined;
}

/** A start-up failure is shown to the person (there is no console in a packaged app) and ends the process. */
export function failStartup(error: unknown): void {
  const detail = error instanceof Error ? error.message : String(error);
  console.error(`[caseload] could not start: ${detail}`);
  dialog.showErrorBox(SHELL_TEXT.startFailed, detail);
  app.exit(1);
}
