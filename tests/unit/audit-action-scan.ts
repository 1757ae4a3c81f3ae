/**
 * Finds every audit action the core can write, by reading its source with the TypeScript parser (no type checker:
 * fast, and enough for the ways actions are written). An action is a `domain.verb` string that reaches an audit
 * entry as:
 *   - the value of an `action:` property: `{ action: 'learner.viewed' }`, a ternary of literals, a template whose
 *     holes are literals or ternaries of them;
 *   - a shorthand `{ action }` whose variable is declared in the file with such a value;
 *   - an argument to a function declared in the same file whose parameter is named `action`
 *     (`auditOf(review, 'review.exported')`).
 * Values passed through (`entry.action`, a parameter) are found where they start. A template with a hole that
 * cannot be resolved is reported, so it cannot hide an action from the category table.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/** The shape of a stored action: lower-case words with underscores, a dot between domain and verb. */
export const ACTION_SHAPE = /^[a-z][a-z_]*\.[a-z][a-z_]*$/;

export interface ScanResult {
  /** action → the places it is written (file:line). */
  actions: Map<string, string[]>;
  /** Templates and values that could not be resolved to literals (file:line and the source text). */
  unresolved: string[];
}

type Resolve = (name: string) => ts.Expression | undefined;

/** The strings an expression can evaluate to, or null when it cannot be told from the source. */
function literalsOf(expr: ts.Expression, resolve: Resolve, depth = 0): string[] | null {
  if (depth > 8) return null;
  if (ts.isStringLiteral(expr) || ts.isNoSubstitutionTemplateLiteral(expr)) return [expr.text];
  if (ts.isParenthesizedExpression(expr) || ts.isAsExpression(expr) || ts.isSatisfiesExpression(expr)) return literalsOf(expr.expression, resolve, depth + 1);
  if (ts.isConditionalExpression(expr)) {
    const [a, b] = [literalsOf(expr.whenTrue, resolve, depth + 1), literalsOf(expr.whenFalse, resolve, depth + 1)];
    return a && b ? [...a, ...b] : null;
  }
  if (ts.isTemplateExpression(expr)) {
    let out = [expr.head.text];
    for (const span of expr.templateSpans) {
      const hole = literalsOf(span.expression, resolve, depth + 1);
      if (!hole) return null;
      out = out.flatMap((prefix) => hole.map((h) => prefix + h + span.literal.text));
    }
    return out;
  }
  if (ts.isIdentifier(expr)) {
    const init = resolve(expr.text);
    return init ? literalsOf(init, resolve, depth + 1) : null;
  }
  return null;
}

interface FileFacts {
  /** Variables declared with an initializer, by name (the last one wins: names are reused rarely, and then alike). */
  variables: Map<string, ts.Expression>;
  /** Functions declared in the file, by name: the index of their parameter called `action`, if any. */
  actionParam: Map<string, number>;
}

function factsOf(sf: ts.SourceFile): FileFacts {
  const variables = new Map<string, ts.Expression>();
  const actionParam = new Map<string, number>();
  const paramIndex = (params: ts.NodeArray<ts.ParameterDeclaration>) => params.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === 'action');
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      const init = node.initializer;
      if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
        if (paramIndex(init.parameters) >= 0) actionParam.set(node.name.text, paramIndex(init.parameters));
      } else variables.set(node.name.text, init);
    }
    if (ts.isFunctionDeclaration(node) && node.name && paramIndex(node.parameters) >= 0) actionParam.set(node.name.text, paramIndex(node.parameters));
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { variables, actionParam };
}

/** Scans one file's text; `name` is how places are reported. */
export function scanSource(name: string, text: string, into: ScanResult = { actions: new Map(), unresolved: [] }): ScanResult {
  const sf = ts.createSourceFile(name, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const { variables, actionParam } = factsOf(sf);
  const resolve: Resolve = (n) => variables.get(n);
  const where = (node: ts.Node) => `${name}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}`;
  const found = (node: ts.Expression, place: ts.Node) => {
    const values = literalsOf(node, resolve);
    if (values === null) {
      // A template is an action being assembled: it must resolve. Anything else is a value passed through.
      if (ts.isTemplateExpression(node)) into.unresolved.push(`${where(place)} ${node.getText()}`);
      return;
    }
    for (const v of values.filter((x) => ACTION_SHAPE.test(x))) into.actions.set(v, [...(into.actions.get(v) ?? []), where(place)]);
  };
  const visit = (node: ts.Node): void => {
    if (ts.isPropertyAssignment(node) && node.name.getText() === 'action') found(node.initializer, node);
    if (ts.isShorthandPropertyAssignment(node) && node.name.text === 'action') found(node.name, node);
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression)) {
      const index = actionParam.get(node.expression.text);
      const arg = index === undefined ? undefined : node.arguments[index];
      if (arg) found(arg, node);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return into;
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return walk(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/** Scans every .ts file under `dir`; places are reported relative to `root`. */
export function scanTree(root: string, dir: string): ScanResult {
  const result: ScanResult = { actions: new Map(), unresolved: [] };
  for (const file of walk(dir)) scanSource(relative(root, file), readFileSync(file, 'utf8'), result);
  return result;
}
