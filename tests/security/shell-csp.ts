/**
 * Reads a Content-Security-Policy and lists what breaks the rules in docs/security.md: no remote code, no eval,
 * connect-src limited to the app. Kept apart from the tree walking so it can be fed a policy from anywhere (the
 * header the app:// protocol sends, the <meta> tag in renderer/index.html).
 */

const KEYWORDS_OK = new Set(["'self'", "'none'"]);
/** Sources that are not another origin: allowed for pictures and fonts the app draws itself, never for code. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);
const PICTURE_DIRECTIVES = new Set(['img-src', 'font-src', 'media-src']);

export function parsePolicy(policy: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...values] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !out.has(name.toLowerCase())) out.set(name.toLowerCase(), values);
  }
  return out;
}

const isHashOrNonce = (v: string) => /^'(nonce|sha256|sha384|sha512)-[^']+'$/.test(v);

/** What is wrong with the policy, in plain words; empty when it keeps the rules. */
export function policyProblems(policy: string): string[] {
  const d = parsePolicy(policy);
  const problems: string[] = [];
  for (const [name, values] of d) {
    for (const v of values.map((x) => x.toLowerCase())) {
      if (v === "'unsafe-eval'" || v === "'wasm-unsafe-eval'") problems.push(`${name} allows eval (${v})`);
      else if (KEYWORDS_OK.has(v) || isHashOrNonce(v)) continue;
      // Mantine writes its CSS variables in a <style> tag: inline styles only, never inline code.
      else if (v === "'unsafe-inline'") {
        if (name !== 'style-src') problems.push(`${name} allows inline code ('unsafe-inline')`);
      } else if (!(LOCAL_SCHEMES.has(v) && PICTURE_DIRECTIVES.has(name))) problems.push(`${name} allows a source outside the app (${v})`);
    }
  }
  const scripts = d.get('script-src') ?? d.get('default-src');
  if (!d.has('default-src')) problems.push('there is no default-src');
  if (!scripts) problems.push('there is no script-src or default-src');
  const connect = d.get('connect-src') ?? d.get('default-src') ?? [];
  if (!connect.every((v) => KEYWORDS_OK.has(v.toLowerCase()))) problems.push(`connect-src must be limited to the app: ${connect.join(' ')}`);
  const objects = d.get('object-src') ?? d.get('default-src') ?? [];
  if (objects.join(' ') !== "'none'") problems.push(`object-src must be 'none', not ${objects.join(' ') || '(unset)'}`);
  return [...new Set(problems)];
}
