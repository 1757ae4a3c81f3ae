/**
 * Whether an office suite opens a Word export: LibreOffice converts it to PDF headless. On a developer's machine
 * without soffice the test is skipped, and its name says so (`officeTestName`), so a skipped run reads as one.
 * Under CI (process.env.CI set) it is never skipped: .ci/run installs LibreOffice, and if soffice is still missing
 * the test fails saying why, so a CI run cannot pass without having opened the documents.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

const sofficeFound = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
const underCi = /^(1|true)$/i.test(process.env.CI ?? '');

/** Whether the LibreOffice tests run: where soffice is found, and always under CI (where a missing one fails). */
export const haveSoffice = sofficeFound || underCi;

export const officeTestName = sofficeFound
  ? 'opens in LibreOffice (converted to PDF headless)'
  : underCi
    ? 'opens in LibreOffice: soffice is missing, which fails under CI'
    : 'opens in LibreOffice: SKIPPED, soffice is not on PATH';

/**
 * Converts the document (written to `dir` as `name`) and expects a PDF of some substance. Returns the PDF's path
 * and how long LibreOffice took, which it also prints.
 */
export function expectOpensInLibreOffice(bytes: Uint8Array, dir: string, name = 'export.docx'): { pdf: string; ms: number } {
  if (!sofficeFound) throw new Error('soffice is not on PATH and CI is set: install LibreOffice (libreoffice-writer-nogui; .ci/run does) instead of skipping this test');
  const file = join(dir, name);
  writeFileSync(file, bytes);
  const started = performance.now();
  // A profile of its own keeps a running LibreOffice (or a concurrent test) from taking the conversion over.
  const result = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
  const ms = Math.round(performance.now() - started);
  expect(result.status, result.stderr).toBe(0);
  const pdf = join(dir, name.replace(/\.docx$/, '.pdf'));
  expect(existsSync(pdf)).toBe(true);
  expect(statSync(pdf).size).toBeGreaterThan(1000);
  console.info(`LibreOffice converted ${name} (${bytes.length} bytes) to PDF in ${ms} ms`);
  return { pdf, ms };
}

/** PNGs of the PDF's first pages under test-results/<folder>/, to look at; returns their paths. */
export function saveFirstPages(pdf: string, folder: string, prefix: string, lastPage = 4): string[] {
  const out = resolve('test-results', folder);
  mkdirSync(out, { recursive: true });
  const ours = () => readdirSync(out).filter((f) => f.startsWith(`${prefix}-`) && f.endsWith('.png')).sort();
  for (const f of ours()) rmSync(join(out, f)); // an earlier run's pictures, which may have had more pages
  const made = spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', String(lastPage), pdf, join(out, prefix)], { encoding: 'utf8' });
  expect(made.status, made.stderr).toBe(0);
  return ours().map((f) => join(out, f));
}
