/**
 * The static check of the Electron shell's security settings (tests/security/electron-static.ts) on the real
 * source: it must find nothing. Then on mutated copies of the real source, one regression each (a setting
 * flipped or removed, a handler that no longer refuses, a CSP loosened, a sender check skipped, a preload that
 * leaks ipcRenderer …): each must be reported under the rule it breaks, so the check is known to be able to fail.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { CHECKS, checkShell, INDEX_HTML, readShellSources, type CheckId, type ShellSources } from '../security/electron-static';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const REAL = readShellSources(ROOT);

const W = 'electron/shell/window.ts';
const S = 'electron/shell/security.ts';
const P = 'electron/shell/print.ts';
const I = 'electron/shell/ipc.ts';
const PRE = 'electron/preload.ts';
const M = 'electron/main.ts';
const PROT = 'electron/shell/protocol.ts';

/** One regression: in `file`, replace `from` (which must be there) with `to`; the check must report `expect`. */
type Mutant = [name: string, file: string, from: string | RegExp, to: string, expect: CheckId];

const MUTANTS: Mutant[] = [
  ['sandbox: true → false', W, 'sandbox: true', 'sandbox: false', 'webPreferences'],
  ['contextIsolation removed', W, /\n\s*contextIsolation: true,/, '', 'webPreferences'],
  ['contextIsolation: true → false', W, 'contextIsolation: true', 'contextIsolation: false', 'webPreferences'],
  ['nodeIntegration: false → true', W, 'nodeIntegration: false', 'nodeIntegration: true', 'webPreferences'],
  ['nodeIntegration removed', W, /\n\s*nodeIntegration: false,/, '', 'webPreferences'],
  ['nodeIntegrationInWorker: false → true', W, 'nodeIntegrationInWorker: false', 'nodeIntegrationInWorker: true', 'webPreferences'],
  ['nodeIntegrationInSubFrames: false → true', W, 'nodeIntegrationInSubFrames: false', 'nodeIntegrationInSubFrames: true', 'webPreferences'],
  ['webSecurity: true → false', W, 'webSecurity: true', 'webSecurity: false', 'webPreferences'],
  ['allowRunningInsecureContent: false → true', W, 'allowRunningInsecureContent: false', 'allowRunningInsecureContent: true', 'webPreferences'],
  ['experimentalFeatures: true added', W, 'webviewTag: false,', 'webviewTag: false,\n    experimentalFeatures: true,', 'webPreferences'],
  ['enableBlinkFeatures added', W, 'webviewTag: false,', "webviewTag: false,\n    enableBlinkFeatures: 'CSSPaintAPI',", 'webPreferences'],
  ['webviewTag: false → true', W, 'webviewTag: false', 'webviewTag: true', 'webPreferences'],
  ['a setting overridden by a spread', P, /webPreferences: secureWebPreferences\(preload\)/, 'webPreferences: { ...secureWebPreferences(preload), sandbox: false }', 'webPreferences'],
  ['the print window with its own webPreferences', P, /webPreferences: secureWebPreferences\(preload\)/, 'webPreferences: { preload }', 'webPreferences'],
  ['a window with no webPreferences', P, /, webPreferences: secureWebPreferences\(preload\)/, '', 'windowOptions'],
  ["'unsafe-eval' in the CSP", S, `"script-src 'self'"`, `"script-src 'self' 'unsafe-eval'"`, 'csp'],
  ['a remote script source in the CSP', S, `"script-src 'self'"`, `"script-src 'self' https://cdn.example.com"`, 'csp'],
  ['inline scripts in the CSP', S, `"script-src 'self'"`, `"script-src 'self' 'unsafe-inline'"`, 'csp'],
  ['default-src * in the CSP', S, `"default-src 'self'"`, `"default-src *"`, 'csp'],
  ['connect-src to a remote host', S, `"connect-src 'self'"`, `"connect-src 'self' https://api.example.com"`, 'csp'],
  ['object-src dropped from the CSP (default-src self)', S, /\n\s*"object-src 'none'",/, '', 'csp'],
  ["'unsafe-eval' in index.html's <meta>", INDEX_HTML, "script-src 'self'", "script-src 'self' 'unsafe-eval'", 'csp'],
  ['the CSP header not sent', PROT, /\n\s*'Content-Security-Policy': CONTENT_SECURITY_POLICY,/, '', 'cspServed'],
  ['will-navigate handler removed', S, /contents\.on\('will-navigate',[\s\S]*?\n {2}\}\);/, '', 'navigation'],
  ['will-navigate no longer prevents', S, /(contents\.on\('will-navigate', \(event, url\) => \{)\s*event\.preventDefault\(\);/, '$1', 'navigation'],
  ['will-navigate prevents only sometimes', S, /(contents\.on\('will-navigate', \(event, url\) => \{\s*)event\.preventDefault\(\);/, '$1if (!url.startsWith("app:")) event.preventDefault();', 'navigation'],
  ['will-redirect removed', S, "contents.on('will-redirect', (event) => event.preventDefault());", '', 'navigation'],
  ['will-redirect with once', S, "contents.on('will-redirect',", "contents.once('will-redirect',", 'navigation'],
  ['will-attach-webview removed', S, "contents.on('will-attach-webview', (event) => event.preventDefault());", '', 'webview'],
  ['window.open allowed', S, "return { action: 'deny' };", "return { action: 'allow' };", 'windowOpen'],
  ['window-open handler removed', S, /contents\.setWindowOpenHandler\([\s\S]*?\n {2}\}\);/, '', 'windowOpen'],
  ['permission request granted', S, 'callback(false)', 'callback(true)', 'permissions'],
  ['permission request handler removed', S, /\n\s*session\.defaultSession\.setPermissionRequestHandler\(.*\);/, '', 'permissions'],
  ['permission check granted', S, 'setPermissionCheckHandler(() => false)', 'setPermissionCheckHandler(() => true)', 'permissions'],
  ['hardening not installed for new web contents', S, "app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));", '', 'hardeningApplied'],
  ['main never installs security', M, /\n\s*installSecurity\(\);/, '', 'hardeningApplied'],
  ['IPC without the sender check', I, 'isTrustedSender(event, devUrl) ? core.dispatch(channel, input) : UNTRUSTED_SENDER', 'core.dispatch(channel, input)', 'ipcSender'],
  ['an extra ipcMain.on without a check', I, 'return () => {\n    for (const channel of CHANNELS) ipcMain.removeHandler(channel);', "ipcMain.on('raw', (_event, x: unknown) => void core.dispatch('vault.status', x));\n  return () => {\n    for (const channel of CHANNELS) ipcMain.removeHandler(channel);", 'ipcSender'],
  ['the sender check accepts subframes', I, 'frame.parent !== null || ', '', 'ipcSender'],
  ['preload exposes ipcRenderer', PRE, "contextBridge.exposeInMainWorld(\n  'caseload',", "contextBridge.exposeInMainWorld('ipc', ipcRenderer);\ncontextBridge.exposeInMainWorld(\n  'caseload',", 'preload'],
  ['preload hands the page ipcRenderer.invoke itself', PRE, '(channel, input) => ipcRenderer.invoke(channel, input)', 'ipcRenderer.invoke', 'preload'],
  ['preload exposes something other than the contract', PRE, 'buildBridge(CHANNELS,', 'buildBridge([...CHANNELS, "debug.eval"] as never,', 'preload'],
  ['preload passes the event object to the page', PRE, 'if (typeof name === \'string\') listener(name, payload);', "if (typeof name === 'string') listener(name, _event);", 'preload'],
  ['single-instance lock removed', M, 'if (!app.requestSingleInstanceLock()) {', 'if (false) {', 'singleInstance'],
];

function mutate(sources: ShellSources, [name, file, from, to]: Mutant): ShellSources {
  const before = sources[file];
  if (before === undefined) throw new Error(`${name}: no file ${file}`);
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${name}: the pattern is not in ${file} any more; update the mutant`);
  return { ...sources, [file]: after };
}

describe('static check of the Electron shell', () => {
  test('the real shell keeps every rule', () => {
    expect(checkShell(REAL)).toEqual([]);
    console.info(`shell static check: ${Object.keys(CHECKS).length} rules over ${Object.keys(REAL).length} files; ${MUTANTS.length} mutants`);
  });

  test.each(MUTANTS)('catches: %s', (...mutant) => {
    const findings = checkShell(mutate(REAL, mutant));
    expect(findings.map((f) => f.check)).toContain(mutant[4]);
    for (const f of findings) expect(f.message.length).toBeGreaterThan(10);
  });

  test('every rule is proved able to fail by at least one mutant', () => {
    const proved = new Set(MUTANTS.map((m) => m[4]));
    expect((Object.keys(CHECKS) as CheckId[]).filter((c) => !proved.has(c))).toEqual([]);
  });

  test('findings name the file and line', () => {
    const [finding] = checkShell(mutate(REAL, MUTANTS[0]!));
    expect(finding).toMatchObject({ check: 'webPreferences', file: W, message: 'sandbox must be written as true' });
    expect(REAL[W]!.split('\n')[finding!.line - 1]).toContain('sandbox');
  });
});
