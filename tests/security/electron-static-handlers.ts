/**
 * The listener rules of the static shell check (electron-static.ts): navigation, redirects, <webview>, new
 * windows and permissions refused, for every web contents; the IPC sender checked; the preload's one object.
 */
import ts from 'typescript';
import type { Report } from './electron-static';
import { calleeName, enclosingFunctionName, fnArg, isFalse, methodCall, nodes, ownNodes, paramName, prop, returned, unwrap, type Fn, type Source } from './shell-ast';

const LISTEN = new Set(['on', 'addListener', 'prependListener']);
const PREVENTED = { 'will-navigate': 'navigation', 'will-redirect': 'navigation', 'will-attach-webview': 'webview' } as const;
type PreventedEvent = keyof typeof PREVENTED;

/** `(event, …) => event.preventDefault()`, or a body whose own top-level statements include that call. */
function alwaysPrevents(fn: Fn): boolean {
  const e = paramName(fn, 0);
  const isPrevent = (x: ts.Node) => ts.isCallExpression(x) && x.expression.getText() === `${e}.preventDefault` && x.arguments.length === 0;
  if (!e || !fn.body) return false;
  if (!ts.isBlock(fn.body)) return isPrevent(unwrap(fn.body));
  return fn.body.statements.some((s) => ts.isExpressionStatement(s) && isPrevent(unwrap(s.expression)));
}

const deniesOpen = (fn: Fn) => returned(fn).length > 0 && returned(fn).every((r) => !!r && ts.isObjectLiteralExpression(r) && prop(r, 'action')?.getText() === "'deny'");

/** The permission request callback is only ever called with false, at least once, and not handed on. */
function deniesRequests(fn: Fn): boolean {
  const cb = paramName(fn, 2);
  if (!cb) return false;
  const uses = ownNodes(fn).filter((n) => ts.isIdentifier(n) && n.text === cb && n.parent !== fn.parameters[2]);
  const calls = uses.filter((u) => ts.isCallExpression(u.parent) && u.parent.expression === u);
  return calls.length > 0 && calls.length === uses.length && calls.every((u) => isFalse((u.parent as ts.CallExpression).arguments[0]));
}

const deniesChecks = (fn: Fn) => returned(fn).length > 0 && returned(fn).every((r) => isFalse(r));

/** The functions reachable from `fn` by calls to functions declared in the shell (a few levels deep). */
function reachable(fn: Fn, index: Map<string, Fn>, depth = 4, seen = new Set<Fn>()): Set<Fn> {
  if (seen.has(fn) || depth < 0) return seen;
  seen.add(fn);
  for (const n of ownNodes(fn)) {
    const name = calleeName(n);
    const next = name ? index.get(name) : undefined;
    if (next) reachable(next, index, depth - 1, seen);
    if (ts.isCallExpression(n)) for (const a of n.arguments) if (ts.isArrowFunction(a) || ts.isFunctionExpression(a)) reachable(a, index, depth - 1, seen);
  }
  return seen;
}

const containedIn = (node: ts.Node, fns: Set<Fn>) => [...fns].some((f) => node.pos >= f.pos && node.end <= f.end && node.getSourceFile() === f.getSourceFile());

type Calls = NonNullable<ReturnType<typeof methodCall>>[];
const SECURITY_FILE = { file: 'electron/shell/security.ts', line: 0 };

/** The functions that run for every new web contents: the web-contents-created listener and what it calls. */
function perContentsFunctions(sources: Source[], calls: Calls, index: Map<string, Fn>, report: Report): Set<Fn> {
  const created = calls.find((c) => LISTEN.has(c.method) && c.call.arguments[0]?.getText() === "'web-contents-created'");
  if (!created) {
    report('hardeningApplied', SECURITY_FILE, "no app.on('web-contents-created') listener hardens new web contents");
    return new Set();
  }
  const installer = enclosingFunctionName(created.call);
  const main = sources.find((s) => s.path === 'electron/main.ts');
  const installed = !installer || (main && nodes(main.sf).some((n) => calleeName(n) === installer));
  if (!installed) report('hardeningApplied', created.call, `main.ts never calls ${installer}(), which installs the hardening`);
  const listener = fnArg(created.call.arguments[1], index);
  return listener ? reachable(listener, index) : new Set();
}

function checkPrevented(calls: Calls, perContents: Set<Fn>, index: Map<string, Fn>, report: Report): void {
  for (const event of Object.keys(PREVENTED) as PreventedEvent[]) {
    const listeners = calls.filter((c) => c.call.arguments[0]?.getText() === `'${event}'` && (LISTEN.has(c.method) || c.method === 'once'));
    for (const l of listeners) {
      const fn = fnArg(l.call.arguments[1], index);
      if (l.method === 'once' || !fn || !alwaysPrevents(fn)) report(PREVENTED[event], l.call, `the ${event} listener does not always call preventDefault()`);
    }
    if (!listeners.some((l) => containedIn(l.call, perContents))) report(PREVENTED[event], SECURITY_FILE, `${event} is not prevented for every web contents`);
  }
  const opens = calls.filter((c) => c.method === 'setWindowOpenHandler');
  for (const o of opens) {
    const fn = fnArg(o.call.arguments[0], index);
    if (!fn || !deniesOpen(fn)) report('windowOpen', o.call, "the window-open handler can answer something other than { action: 'deny' }");
  }
  if (!opens.some((o) => containedIn(o.call, perContents))) report('windowOpen', SECURITY_FILE, 'no setWindowOpenHandler denies new windows for every web contents');
}

const PERMISSION_RULES: [string, (fn: Fn) => boolean][] = [
  ['setPermissionRequestHandler', deniesRequests],
  ['setPermissionCheckHandler', deniesChecks],
];

function checkPermissions(calls: Calls, index: Map<string, Fn>, report: Report): void {
  for (const [method, denies] of PERMISSION_RULES) {
    const found = calls.filter((c) => c.method === method);
    if (found.length === 0) report('permissions', SECURITY_FILE, `${method} is never called`);
    for (const f of found) {
      const fn = fnArg(f.call.arguments[0], index);
      if (!fn || !denies(fn)) report('permissions', f.call, `the ${method} handler does not always refuse`);
    }
  }
}

export function checkHardening(sources: Source[], index: Map<string, Fn>, report: Report): void {
  const calls: Calls = sources.flatMap(({ sf }) => nodes(sf).map(methodCall)).filter((c) => c !== null);
  const perContents = perContentsFunctions(sources, calls, index, report);
  checkPrevented(calls, perContents, index, report);
  checkPermissions(calls, index, report);
}

/** True when `work` only runs behind `isTrustedSender(<event>, …)`: a ?: on it, or an early return when it fails. */
function guarded(fn: Fn): boolean {
  const e = paramName(fn, 0);
  const isCheck = (n: ts.Node) => ts.isCallExpression(n) && calleeName(n) === 'isTrustedSender' && n.arguments[0]?.getText() === e;
  const mentionsCheck = (n: ts.Node) => nodes(n).some(isCheck);
  if (!e || !fn.body) return false;
  if (!ts.isBlock(fn.body)) {
    const body = unwrap(fn.body);
    return ts.isConditionalExpression(body) && mentionsCheck(body.condition) && !mentionsCheck(body.whenFalse);
  }
  const [first] = fn.body.statements;
  return !!first && ts.isIfStatement(first) && ts.isPrefixUnaryExpression(first.expression) && mentionsCheck(first.expression) && !first.elseStatement && nodes(first.thenStatement).some((n) => ts.isReturnStatement(n) || ts.isThrowStatement(n));
}

export function checkIpc(sources: Source[], index: Map<string, Fn>, report: Report): void {
  const registrations = sources
    .flatMap(({ sf }) => nodes(sf))
    .map(methodCall)
    .filter((c) => c !== null && c.receiver === 'ipcMain' && ['handle', 'handleOnce', 'on', 'once', 'addListener', 'prependListener'].includes(c.method));
  if (registrations.length === 0) report('ipcSender', { file: 'electron/shell/ipc.ts', line: 0 }, 'no ipcMain.handle registration found');
  for (const r of registrations) {
    const fn = fnArg(r!.call.arguments[1], index);
    if (!fn || !guarded(fn)) report('ipcSender', r!.call, `ipcMain.${r!.method} runs its handler without checking isTrustedSender(event) first`);
  }
  const check = index.get('isTrustedSender');
  const text = check?.getText() ?? '';
  if (!check || !/senderFrame/.test(text) || !/parent !== null/.test(text) || !/isTrustedUrl|isAppUrl/.test(text)) {
    report('ipcSender', check ?? { file: 'electron/shell/ipc.ts', line: 0 }, "isTrustedSender must read the sender frame, refuse a subframe (parent !== null) and check the app's URL");
  }
}

const RENDERER_METHODS = new Set(['invoke', 'on', 'removeListener', 'off']);
const PRELOAD_IMPORTS = new Set(['electron', '../shared/ipc']);

export function checkPreload(sources: Source[], report: Report): void {
  const preload = sources.find((s) => s.path === 'electron/preload.ts');
  if (!preload) return report('preload', { file: 'electron/preload.ts', line: 0 }, 'the preload is missing');
  const all = nodes(preload.sf);
  const exposes = all.map(methodCall).filter((c) => c !== null && c.receiver === 'contextBridge');
  const bridge = exposes[0]?.call;
  if (exposes.length !== 1 || exposes[0]!.method !== 'exposeInMainWorld') report('preload', bridge ?? preload.sf, `the preload must call contextBridge.exposeInMainWorld exactly once (found ${exposes.length} contextBridge calls)`);
  const value = bridge?.arguments[1] && unwrap(bridge.arguments[1]);
  if (!value || !ts.isCallExpression(value) || calleeName(value) !== 'buildBridge' || value.arguments[0]?.getText() !== 'CHANNELS') {
    report('preload', bridge ?? preload.sf, 'the object exposed must be buildBridge(CHANNELS, …): the contract and nothing else');
  }
  for (const n of all.filter((x) => ts.isIdentifier(x) && x.text === 'ipcRenderer' && !ts.isImportSpecifier(x.parent))) {
    const access = n.parent;
    const usedAsCall = ts.isPropertyAccessExpression(access) && access.expression === n && RENDERER_METHODS.has(access.name.text) && ts.isCallExpression(access.parent) && access.parent.expression === access;
    if (!usedAsCall) report('preload', n, `ipcRenderer is used as a value (${access.getText()}): only ipcRenderer.invoke/on/removeListener calls may appear`);
  }
  for (const imp of all.filter(ts.isImportDeclaration)) {
    const from = (imp.moduleSpecifier as ts.StringLiteral).text;
    if (!PRELOAD_IMPORTS.has(from)) report('preload', imp, `the preload imports ${from}: only electron and the shared contract`);
  }
  for (const n of all) {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^(window|globalThis|self)\./.test(n.left.getText())) report('preload', n, `the preload assigns ${n.left.getText()}`);
    // A listener on ipcRenderer gets the Electron event first: it must not reach the page (it carries `sender`).
    const on = methodCall(n);
    const listener = on?.receiver === 'ipcRenderer' && on.method === 'on' ? on.call.arguments[1] : undefined;
    const fn = listener && ts.isIdentifier(listener) ? findLocalFn(preload, listener.text) : undefined;
    const event = fn && paramName(fn, 0);
    if (fn && event && ownNodes(fn).some((x) => ts.isCallExpression(x) && x.arguments.some((a) => a.getText() === event))) report('preload', fn, `the ${event} object is passed on to the page`);
  }
}

function findLocalFn(src: Source, name: string): Fn | undefined {
  const decl = nodes(src.sf).find((n): n is ts.VariableDeclaration => ts.isVariableDeclaration(n) && n.name.getText() === name);
  const init = decl?.initializer && unwrap(decl.initializer);
  return init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) ? init : undefined;
}
