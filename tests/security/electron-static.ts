/**
 * The static check of the Electron shell's security settings (issue 8; docs/security.md, "The Electron shell
 * (checklist)"). It reads electron/main.ts, electron/preload.ts, electron/shell/*.ts and renderer/index.html as
 * source text, with TypeScript's parser, and reports every place the checklist is not kept. It runs in the unit
 * suite (tests/unit/shell-static.test.ts), so `npm test` and CI fail on a regression; that test also feeds it
 * mutated copies of the real source to prove each rule can fail. It lives under tests/: it is not shipped.
 *
 * tests/unit/shell.test.ts checks the same settings at run time with `electron` mocked; this one also sees code
 * paths no test drives (a second window, a new listener) and needs no Electron at all.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { checkHardening, checkIpc, checkPreload } from './electron-static-handlers';
import { policyProblems } from './shell-csp';
import { functionIndex, isFalse, isTrue, lineOf, nodes, parse, prop, propName, returned, strings, unwrap, type Fn, type Source } from './shell-ast';

/** Each rule, with what it guards. A finding names one of these. */
export const CHECKS = {
  webPreferences: 'every webPreferences: contextIsolation and sandbox true; nodeIntegration false, in workers and subframes too; webSecurity not off; no insecure content, experimental or Blink features, or <webview>',
  windowOptions: 'every BrowserWindow / BrowserView / WebContentsView is created with webPreferences the check can read',
  csp: "the Content-Security-Policy (header and <meta>): no 'unsafe-eval', no remote or inline scripts, connect-src limited to the app, object-src 'none'",
  cspServed: 'the app:// protocol sends the Content-Security-Policy header on every response',
  navigation: 'will-navigate and will-redirect are always prevented',
  webview: 'will-attach-webview is always prevented',
  windowOpen: 'setWindowOpenHandler always answers deny',
  permissions: 'permission requests are answered false and permission checks return false',
  hardeningApplied: 'the hardening is installed for every web contents (web-contents-created), and main installs it',
  ipcSender: 'every ipcMain registration checks the sender frame before doing anything',
  preload: 'the preload exposes only the contract (one contextBridge object built from the channel list), never ipcRenderer or the event',
  singleInstance: 'main takes the single-instance lock',
} as const;
export type CheckId = keyof typeof CHECKS;

export interface Finding {
  check: CheckId;
  file: string;
  line: number;
  message: string;
}

export type Report = (check: CheckId, node: ts.Node | { file: string; line: number }, message: string) => void;

export interface ShellSources {
  /** Repo-relative path → text: the .ts files of the shell, and renderer/index.html. */
  [path: string]: string;
}

export const SHELL_FILES = ['electron/main.ts', 'electron/preload.ts'];
export const SHELL_DIR = 'electron/shell';
export const INDEX_HTML = 'renderer/index.html';

/** The real sources, read from the repository at `root`. */
export function readShellSources(root: string): ShellSources {
  const shell = readdirSync(join(root, SHELL_DIR))
    .filter((f) => f.endsWith('.ts'))
    .map((f) => `${SHELL_DIR}/${f}`);
  return Object.fromEntries([...SHELL_FILES, ...shell, INDEX_HTML].map((p) => [p, readFileSync(join(root, p), 'utf8')]));
}

const REQUIRED_TRUE = ['contextIsolation', 'sandbox'];
const REQUIRED_FALSE = ['nodeIntegration', 'nodeIntegrationInWorker', 'nodeIntegrationInSubFrames'];
const NEVER_TRUE = ['allowRunningInsecureContent', 'experimentalFeatures', 'webviewTag'];

function checkPreferenceObject(obj: ts.ObjectLiteralExpression, report: Report): void {
  const where = (name: string) => obj.properties.find((p) => propName(p) === name) ?? obj;
  if (obj.properties.some(ts.isSpreadAssignment)) report('webPreferences', obj, 'webPreferences spreads another object: its settings cannot be checked and may override these');
  for (const name of REQUIRED_TRUE) if (!isTrue(prop(obj, name))) report('webPreferences', where(name), `${name} must be written as true`);
  for (const name of REQUIRED_FALSE) if (!isFalse(prop(obj, name))) report('webPreferences', where(name), `${name} must be written as false`);
  const web = prop(obj, 'webSecurity');
  if (web && !isTrue(web)) report('webPreferences', where('webSecurity'), 'webSecurity must not be turned off');
  for (const name of NEVER_TRUE) {
    const v = prop(obj, name);
    if (v && !isFalse(v)) report('webPreferences', where(name), `${name} must be false or left out`);
  }
  const blink = prop(obj, 'enableBlinkFeatures');
  if (blink && !(ts.isStringLiteral(unwrap(blink)) && (unwrap(blink) as ts.StringLiteral).text === '')) report('webPreferences', where('enableBlinkFeatures'), 'enableBlinkFeatures must be left out');
}

/** The object literals a webPreferences value stands for: written inline, or returned by a named function. */
function preferenceObjects(value: ts.Expression, index: Map<string, Fn>, report: Report): ts.ObjectLiteralExpression[] {
  const v = unwrap(value);
  if (ts.isObjectLiteralExpression(v)) return [v];
  const fn = ts.isCallExpression(v) && ts.isIdentifier(v.expression) ? index.get(v.expression.text) : undefined;
  const objects = fn ? returned(fn).filter((r): r is ts.ObjectLiteralExpression => !!r && ts.isObjectLiteralExpression(r)) : [];
  if (!fn || objects.length === 0 || objects.length !== returned(fn).length) {
    report('webPreferences', value, `webPreferences is ${v.getText()}, which the check cannot read: write the object, or return one from a function in the shell`);
    return [];
  }
  return objects;
}

const WINDOW_CLASSES = new Set(['BrowserWindow', 'BrowserView', 'WebContentsView']);

function checkWebPreferences(sources: Source[], index: Map<string, Fn>, report: Report): void {
  const checked = new Set<ts.ObjectLiteralExpression>();
  const check = (obj: ts.ObjectLiteralExpression) => {
    if (!checked.has(obj)) checkPreferenceObject(obj, report);
    checked.add(obj);
  };
  for (const { sf } of sources) {
    for (const n of nodes(sf)) {
      if (ts.isPropertyAssignment(n) && propName(n) === 'webPreferences') preferenceObjects(n.initializer, index, report).forEach(check);
      // A function declared to return WebPreferences is checked even where no window uses it yet.
      if (ts.isFunctionDeclaration(n) && n.type?.getText() === 'WebPreferences') {
        for (const r of returned(n)) {
          if (r && ts.isObjectLiteralExpression(r)) check(r);
          else report('webPreferences', r ?? n, 'a function returning WebPreferences must return an object literal');
        }
      }
      if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && WINDOW_CLASSES.has(n.expression.text)) {
        const options = n.arguments?.[0] && unwrap(n.arguments[0]);
        if (!options || !ts.isObjectLiteralExpression(options)) report('windowOptions', n, `new ${n.expression.text} without an options object the check can read`);
        else if (!prop(options, 'webPreferences')) report('windowOptions', n, `new ${n.expression.text} without webPreferences`);
      }
    }
  }
}

function checkCsp(sources: Source[], html: string | undefined, report: Report): void {
  const decl = sources.flatMap(({ sf }) => nodes(sf)).find((n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === 'CONTENT_SECURITY_POLICY');
  if (!decl?.initializer) report('csp', { file: SHELL_DIR, line: 0 }, 'no CONTENT_SECURITY_POLICY is declared in the shell');
  else for (const p of policyProblems(strings(decl.initializer).join('; '))) report('csp', decl, p);
  const served = sources.some(({ sf }) =>
    nodes(sf).some((n) => ts.isPropertyAssignment(n) && propName(n) === 'Content-Security-Policy' && unwrap(n.initializer).getText() === 'CONTENT_SECURITY_POLICY'),
  );
  if (!served) report('cspServed', { file: `${SHELL_DIR}/protocol.ts`, line: 0 }, "no response sets the 'Content-Security-Policy' header to CONTENT_SECURITY_POLICY");
  const meta = html?.match(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i);
  if (html !== undefined && !meta) report('csp', { file: INDEX_HTML, line: 0 }, 'renderer/index.html has no Content-Security-Policy <meta>');
  for (const p of meta ? policyProblems(meta[1]!) : []) report('csp', { file: INDEX_HTML, line: html!.slice(0, meta!.index).split('\n').length }, p);
}

function checkSingleInstance(sources: Source[], report: Report): void {
  const main = sources.find((s) => s.path === 'electron/main.ts');
  const locked = main && nodes(main.sf).some((n) => ts.isCallExpression(n) && n.expression.getText() === 'app.requestSingleInstanceLock');
  if (!locked) report('singleInstance', { file: 'electron/main.ts', line: 0 }, 'app.requestSingleInstanceLock() is never called');
}

/** Every place the shell's sources break the checklist; empty when they keep it. */
export function checkShell(files: ShellSources): Finding[] {
  const findings: Finding[] = [];
  const sources = Object.entries(files)
    .filter(([path]) => path.endsWith('.ts'))
    .map(([path, text]) => parse(path, text));
  const report: Report = (check, at, message) => {
    const place = 'file' in at ? at : { file: at.getSourceFile().fileName, line: lineOf(at) };
    findings.push({ check, ...place, message });
  };
  const index = functionIndex(sources);
  checkWebPreferences(sources, index, report);
  checkCsp(sources, files[INDEX_HTML], report);
  checkHardening(sources, index, report);
  checkIpc(sources, index, report);
  checkPreload(sources, report);
  checkSingleInstance(sources, report);
  return findings;
}
