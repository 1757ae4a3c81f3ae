/**
 * Whether an office suite opens a Word export: LibreOffice converts it to PDF headless. Where soffice is not
 * installed the test is skipped, and its name says so (`officeTestName`), so a skipped run reads as one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect } from 'vitest';

export const haveSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;

export const officeTestName = haveSoffice ? 'opens in LibreOffice (converted to PDF headless)' : 'opens in LibreOffice: SKIPPED, soffice is not on PATH';

/** Converts the document in `dir` and expects a PDF of some substance. */
export function expectOpensInLibreOffice(bytes: Uint8Array, dir: string): void {
  const file = join(dir, 'export.docx');
  writeFileSync(file, bytes);
  // A profile of its own keeps a running LibreOffice (or a concurrent test) from taking the conversion over.
  const result = spawnSync('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 });
  expect(result.status, result.stderr).toBe(0);
  const pdf = join(dir, 'export.pdf');
  expect(existsSync(pdf)).toBe(true);
  expect(statSync(pdf).size).toBeGreaterThan(1000);
}
