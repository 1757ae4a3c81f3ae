/** Helpers for the OPP+ specs: moving about, choosing options, saving files, measures, and reading the Word file back. */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { parseXmlStrict, tables, unzipDocx } from '../unit/docx-read';
import { expect } from './fixtures';

export const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
export const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

export async function choose(page: Page, scope: Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function printAndWait(page: Page, button: string, ext: string): Promise<string> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: new RegExp(`^Saved to .*\\.${ext}$`) });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  return ((await saved.textContent()) ?? '').replace('Saved to ', '').trim();
}

/** Records a measure through its modal; ages as years and months, other tools as a plain score. */
export async function addMeasure(page: Page, programme: string, m: { phase: string; score: number | [number, number]; date: string }) {
  await page.getByRole('button', { name: `Add a measure for ${programme}` }).click();
  const dialog = page.getByRole('dialog', { name: `Add a measure: ${programme}` });
  await expect(dialog.getByRole('combobox', { name: 'Phase' })).toHaveValue(m.phase);
  if (Array.isArray(m.score)) {
    await dialog.getByRole('textbox', { name: 'Score: years' }).fill(String(m.score[0]));
    await dialog.getByRole('textbox', { name: 'Score: months' }).fill(String(m.score[1]));
  } else {
    await dialog.getByRole('textbox', { name: 'Score', exact: true }).fill(String(m.score));
  }
  await dialog.getByLabel('Date').fill(m.date);
  await dialog.getByRole('button', { name: 'Save measure' }).click();
  await expect(dialog).toBeHidden();
}

/** The Word file's tables in order, each as rows of cell texts. */
export function docxTables(file: string): string[][][] {
  const parts = unzipDocx(readFileSync(file));
  return tables(parseXmlStrict('word/document.xml', parts['word/document.xml']!));
}

/** The cells of a table row, as text (waiting for the row). */
export const expectCells = (row: Locator, texts: string[]) => expect(row.locator('th, td')).toHaveText(texts);
