/**
 * Process boundaries are mechanical (docs/architecture.md, rule 1): this test reads every source file's imports
 * (with TypeScript's own pre-processor, so `import`, `export … from`, `import()` and `require()` all count, type-only
 * imports included) and fails on any import that crosses a boundary.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(fileURLToPath(import.meta.url), '..', '..', '..');
const SCANNED = ['electron', 'shared', 'renderer', 'resources', 'tests'];
const SKIPPED_DIRS = new Set(['node_modules', 'out', 'dist', '.git', 'test-results', 'playwright-report']);
const SOURCE = /\.(?:[cm]?[jt]s|tsx|jsx)$/;

interface SourceFile {
  /** Repo-relative, always with forward slashes. */
  path: string;
  imports: string[];
}

function importsOf(text: string): string[] {
  return ts.preProcessFile(text, true, true).importedFiles.map((f) => f.fileName);
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : walk(full);
    return SOURCE.test(entry.name) ? [full] : [];
  });
}

const files: SourceFile[] = SCANNED.flatMap((top) => {
  let found: string[];
  try {
    found = walk(join(ROOT, top));
  } catch {
    found = []; // a folder that does not exist yet has nothing to break
  }
  return found.map((full) => ({
    path: relative(ROOT, full).split(sep).join('/'),
    imports: importsOf(readFileSync(full, 'utf8')),
  }));
});

const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/');
const NODE_BUILTINS = new Set(builtinModules);
const isNodeOrDriver = (spec: string) =>
  spec.startsWith('node:') || NODE_BUILTINS.has(spec.split('/')[0]!) || spec.startsWith('better-sqlite3');

/** Where a relative import lands, repo-relative. */
const target = (file: SourceFile, spec: string) =>
  relative(ROOT, resolve(ROOT, dirname(file.path), spec)).split(sep).join('/');

function violations(inside: (path: string) => boolean, forbidden: (file: SourceFile, spec: string) => boolean) {
  return files
    .filter((f) => inside(f.path))
    .flatMap((f) => f.imports.filter((spec) => forbidden(f, spec)).map((spec) => `${f.path} imports '${spec}'`));
}

// Only the shell touches Electron. tests/e2e may start the real binary (Playwright's _electron); unit tests must
// use the fake through vi.mock, which is not an import.
const MAY_IMPORT_ELECTRON = (path: string) =>
  path === 'electron/main.ts' || path === 'electron/preload.ts' || path.startsWith('electron/shell/') || path.startsWith('tests/e2e/');

describe('process boundaries', () => {
  it('sees the source tree and recognises every import form (so the checks below cannot pass vacuously)', () => {
    const paths = files.map((f) => f.path);
    expect(paths).toContain('electron/core/index.ts');
    expect(paths).toContain('shared/ipc.ts');
    expect(files.find((f) => f.path === 'electron/main.ts')?.imports).toContain('electron');
    const sample = [
      "import { app } from 'electron';",
      "import type { App } from 'electron/main';",
      "export { x } from 'node:fs';",
      "const p = await import('path');",
      "const d = require('better-sqlite3-multiple-ciphers');",
      "import 'fs';",
    ].join('\n');
    expect(importsOf(sample)).toEqual(['electron', 'electron/main', 'node:fs', 'path', 'better-sqlite3-multiple-ciphers', 'fs']);
  });

  it("only electron/main.ts, electron/preload.ts and electron/shell/** import 'electron'", () => {
    expect(violations((p) => !MAY_IMPORT_ELECTRON(p), (_f, spec) => isElectron(spec))).toEqual([]);
  });

  it("electron/core never imports 'electron' (it runs in plain Node: tests, harness, benchmarks)", () => {
    expect(violations((p) => p.startsWith('electron/core/'), (_f, spec) => isElectron(spec))).toEqual([]);
  });

  it('shared/ and renderer/ import no Node built-in and no database driver', () => {
    const webSide = (p: string) => p.startsWith('shared/') || p.startsWith('renderer/');
    expect(violations(webSide, (_f, spec) => isNodeOrDriver(spec))).toEqual([]);
  });

  it('shared/ imports nothing from electron/ or renderer/, and renderer/ nothing from electron/', () => {
    const crosses = (f: SourceFile, spec: string, banned: string[]) =>
      spec.startsWith('.') && banned.some((dir) => target(f, spec).startsWith(dir));
    expect(violations((p) => p.startsWith('shared/'), (f, s) => crosses(f, s, ['electron/', 'renderer/']))).toEqual([]);
    expect(violations((p) => p.startsWith('renderer/'), (f, s) => crosses(f, s, ['electron/']))).toEqual([]);
  });
});
