/**
 * Small helpers over TypeScript's syntax tree for the static check of the Electron shell (electron-static.ts).
 * Syntax only (no type checker): the shell is a handful of short files written in a plain style, and a check that
 * reads the tree runs in milliseconds and needs no compiled program.
 */
import ts from 'typescript';

export interface Source {
  /** Repo-relative path, with forward slashes. */
  path: string;
  sf: ts.SourceFile;
}

export type Fn = ts.ArrowFunction | ts.FunctionExpression | ts.FunctionDeclaration;

export function parse(path: string, text: string): Source {
  return { path, sf: ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS) };
}

export function lineOf(node: ts.Node): number {
  return node.getSourceFile().getLineAndCharacterOfPosition(node.getStart()).line + 1;
}

/** Every node of the file, depth first. */
export function nodes(sf: ts.Node): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    out.push(n);
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

export function unwrap(e: ts.Expression): ts.Expression {
  let x = e;
  while (ts.isParenthesizedExpression(x) || ts.isAsExpression(x) || ts.isSatisfiesExpression(x) || ts.isNonNullExpression(x)) x = x.expression;
  return x;
}

export const isFn = (n: ts.Node | undefined): n is Fn => !!n && (ts.isArrowFunction(n) || ts.isFunctionExpression(n) || ts.isFunctionDeclaration(n));

export const isTrue = (e: ts.Expression | undefined) => !!e && unwrap(e).kind === ts.SyntaxKind.TrueKeyword;
export const isFalse = (e: ts.Expression | undefined) => !!e && unwrap(e).kind === ts.SyntaxKind.FalseKeyword;

export function propName(p: ts.ObjectLiteralElementLike): string | null {
  if (!p.name) return null;
  if (ts.isIdentifier(p.name) || ts.isStringLiteral(p.name)) return p.name.text;
  return null;
}

/** The property's value in an object literal (last one wins, as at run time), or undefined. */
export function prop(obj: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  const found = obj.properties.filter((p) => propName(p) === name).at(-1);
  if (!found) return undefined;
  return ts.isPropertyAssignment(found) ? found.initializer : ts.isShorthandPropertyAssignment(found) ? found.name : undefined;
}

/** Functions declared by name anywhere in the sources: `function f()` and `const f = () => …`. */
export function functionIndex(sources: Source[]): Map<string, Fn> {
  const index = new Map<string, Fn>();
  for (const { sf } of sources) {
    for (const n of nodes(sf)) {
      if (ts.isFunctionDeclaration(n) && n.name) index.set(n.name.text, n);
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.initializer && isFn(unwrap(n.initializer))) index.set(n.name.text, unwrap(n.initializer) as Fn);
    }
  }
  return index;
}

/** Nodes of a function's own body, not those of functions nested in it. */
export function ownNodes(fn: Fn): ts.Node[] {
  const out: ts.Node[] = [];
  const visit = (n: ts.Node) => {
    out.push(n);
    if (n !== fn && isFn(n)) return;
    ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return out;
}

/** What a function can return: the concise body, or each `return` of its own body (undefined for a bare return). */
export function returned(fn: Fn): (ts.Expression | undefined)[] {
  if (fn.body && !ts.isBlock(fn.body)) return [unwrap(fn.body)];
  return ownNodes(fn)
    .filter(ts.isReturnStatement)
    .map((r) => (r.expression ? unwrap(r.expression) : undefined));
}

export function paramName(fn: Fn, i: number): string | null {
  const p = fn.parameters[i];
  return p && ts.isIdentifier(p.name) ? p.name.text : null;
}

/** `x.method(…)` calls: the receiver's text and the method name. */
export function methodCall(n: ts.Node): { receiver: string; method: string; call: ts.CallExpression } | null {
  if (!ts.isCallExpression(n) || !ts.isPropertyAccessExpression(n.expression)) return null;
  return { receiver: n.expression.expression.getText(), method: n.expression.name.text, call: n };
}

/** The name of the function a call calls, when it is a plain identifier. */
export function calleeName(n: ts.Node): string | null {
  return ts.isCallExpression(n) && ts.isIdentifier(n.expression) ? n.expression.text : null;
}

/** The function a listener argument is: written inline, or named and declared in the sources. */
export function fnArg(arg: ts.Expression | undefined, index: Map<string, Fn>): Fn | null {
  if (!arg) return null;
  const a = unwrap(arg);
  if (isFn(a)) return a;
  return ts.isIdentifier(a) ? (index.get(a.text) ?? null) : null;
}

/** The name of the function (declared or assigned to a const) a node sits in, or null at the top level. */
export function enclosingFunctionName(n: ts.Node): string | null {
  for (let p: ts.Node | undefined = n.parent; p; p = p.parent) {
    if (ts.isFunctionDeclaration(p) && p.name) return p.name.text;
    if (isFn(p) && ts.isVariableDeclaration(p.parent) && ts.isIdentifier(p.parent.name)) return p.parent.name.text;
  }
  return null;
}

/** Every string literal inside an expression, in order (for a policy written as an array of strings). */
export function strings(e: ts.Node): string[] {
  return nodes(e)
    .filter((n): n is ts.StringLiteral | ts.NoSubstitutionTemplateLiteral => ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n))
    .map((n) => n.text);
}
