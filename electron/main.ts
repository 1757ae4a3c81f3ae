/**
 * The Electron main process: composition only. Every piece of behaviour lives in electron/shell (Electron glue)
 * or electron/core (plain Node); this file only puts them together, in an order that matters:
 * single-instance lock → security → protocol → settings and data folder → core → IPC → power events → window.
 */
import { app, type BrowserWindow } from 'electron';
import Store from 'electron-store';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openCore } from './core';
import { forwardEvents, registerIpc } from './shell/ipc';
import { electronPlatform } from './shell/print';
import { closeCoreBeforeQuit, failStartup, nativeBindingPath, wireIdleLock, wirePowerEvents } from './shell/platform';
import { registerAppProtocol, registerAppScheme } from './shell/protocol';
import { installSecurity } from './shell/security';
import { builtPaths, createMainWindow, focusWindow } from './shell/window';

// Main is bundled into one file in out/main/, so the preload and renderer paths start from its folder.
const paths = builtPaths(dirname(fileURLToPath(import.meta.url)));
let mainWindow: BrowserWindow | undefined;

function start(): void {
  // Security first: the handlers must be in place before any web contents exists.
  installSecurity();
  registerAppProtocol(paths.rendererDir);
  // Language, idle minutes and window geometry only: no personal data and no secrets (docs/security.md). So a
  // damaged file is reset to the defaults rather than stopping the app from starting.
  const store = new Store({ name: 'settings', clearInvalidConfig: true });
  const dataDir = process.env.CASELOAD_DATA_DIR || join(app.getPath('userData'), 'data');
  const platform = electronPlatform(paths.preload, () => mainWindow);
  const core = openCore({ dataDir, settings: store, nativeBinding: nativeBindingPath(), platform });
  registerIpc(core);
  wirePowerEvents(core);
  wireIdleLock(core, store);
  closeCoreBeforeQuit(core);
  mainWindow = createMainWindow(store, { preload: paths.preload });
  forwardEvents(core, mainWindow);
}

// Chromium reads scheme privileges once, before the app is ready.
registerAppScheme();

if (!app.requestSingleInstanceLock()) {
  // Two processes on one encrypted store would contend for the database: the second hands over and leaves.
  app.quit();
} else {
  app.on('second-instance', () => focusWindow(mainWindow));
  // Closing the window ends the session and locks, on macOS too: a windowless app would still hold the key.
  app.on('window-all-closed', () => app.quit());
  app.whenReady().then(start).catch(failStartup);
}
