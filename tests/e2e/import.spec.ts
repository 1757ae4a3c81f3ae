/**
 * Importing learners from an MIS export, as a coordinator would: choose the file, check the matched columns, see
 * exactly the rows with problems and why, skip four and fix one, import with a progress bar, read the summary;
 * then a second file updates two of those learners by UPN instead of adding them again.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { badCheckUpn, misRow, misRows, toCsv, type MisRow } from '../fixtures/mis-csv';
import { expect, setUp, snap, test } from './fixtures';

/** Rows 0–299 of the file are lines 2–301; five are bad, one way each. */
const BAD: Record<number, Partial<MisRow>> = {
  40: { DOB: '31/02/2014' },
  80: { UPN: badCheckUpn(80) },
  120: { 'Legal Surname': '' },
  160: { Year: 'Year Twelve' },
  200: { DOB: '04/03/15' },
};
const EXPECTED_PROBLEMS: [number, string][] = [
  [42, 'Date of birth: not a real date (is the day or the month wrong?)'],
  [82, 'UPN: the check letter does not match (is a character mistyped?)'],
  [122, 'Legal surname: missing'],
  [162, 'Year group: not a year group Caseload knows (N1, N2, R or Year 1 to 14)'],
  [202, 'Date of birth: the year has only two digits, so the century is unclear (write DD/MM/YYYY)'],
];

async function axe(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/** By the caseload's "Import from MIS" button, as a person would. */
async function openImport(page: Page, button = 'Import from MIS', heading = 'Import learners from your MIS'): Promise<void> {
  await page.getByRole('link', { name: button }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

async function upload(page: Page, name: string, csv: string): Promise<void> {
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
}

/**
 * Records every value the import's progress bar shows (it may come and go within a second): proof that it was
 * on screen and that the core's progress events reached it.
 */
async function watchProgressBar(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: string[] = [];
    Object.assign(window, { progressSeen: seen });
    new MutationObserver(() => {
      const bar = document.querySelector('[role="progressbar"][aria-label="Import progress"]');
      const now = bar?.getAttribute('aria-valuenow');
      if (bar && seen.at(-1) !== now) seen.push(now ?? '');
    }).observe(document.body, { childList: true, subtree: true, attributes: true, characterData: true });
  });
}

const progressSeen = (page: Page) => page.evaluate(() => (window as unknown as { progressSeen: string[] }).progressSeen.map(Number));

const choiceFor = (page: Page, row: number) => page.getByRole('radiogroup', { name: `What to do with row ${row}` });

test('300 learners from a SIMS export: 5 problem rows, 4 skipped and 1 fixed; then 2 updated by UPN', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page } = await launch();
  await setUp(page);
  const a11y: string[] = [];

  await openImport(page);
  await upload(page, 'sims-export.csv', toCsv(misRows(300, BAD)));
  await expect(page.getByRole('heading', { name: 'Match the columns' })).toBeVisible();
  await expect(page.getByRole('combobox', { name: 'Caseload field for the column Legal Surname' })).toHaveValue('Legal surname');
  await expect(page.getByRole('combobox', { name: 'Caseload field for the column DOB' })).toHaveValue('Date of birth');
  await expect(page.getByRole('combobox', { name: 'Caseload field for the column In Care' })).toHaveValue('Looked after');
  a11y.push(...(await axe(page, 'mapping')));
  await snap(page, info, 'import-01-mapping');
  await page.getByRole('button', { name: 'Check the rows' }).click();

  const counts = page.getByTestId('import-counts');
  await expect(counts).toContainText('295 to add');
  await expect(counts).toContainText('5 with problems');
  const problemRows = page.getByRole('table', { name: 'Rows with problems' }).locator('tbody tr');
  await expect(problemRows).toHaveCount(5);
  for (const [i, [row, text]] of EXPECTED_PROBLEMS.entries()) {
    await expect(problemRows.nth(i).getByRole('rowheader')).toHaveText(`Row ${row}`);
    await expect(problemRows.nth(i).getByRole('listitem')).toHaveText([text]);
  }
  await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeDisabled();
  a11y.push(...(await axe(page, 'preview')));
  await snap(page, info, 'import-02-preview');

  for (const [row] of EXPECTED_PROBLEMS.slice(0, 4)) await choiceFor(page, row).getByRole('radio', { name: 'Skip' }).check();
  await choiceFor(page, 202).getByRole('radio', { name: 'Fix' }).check();
  const fix = page.getByRole('textbox', { name: 'Date of birth, row 202' });
  await expect(fix).toHaveValue('04/03/15');
  // A fix is checked by the core like the file itself: a wrong one is still a problem.
  await fix.fill('31/04/2015');
  await page.getByRole('button', { name: 'Check fixes' }).click();
  await expect(page.getByRole('alert')).toHaveText('Some fixes still have problems. Correct them or skip those rows.');
  await expect(problemRows.nth(4).getByRole('listitem')).toHaveText(['Date of birth: not a real date (is the day or the month wrong?)']);
  await fix.fill('04/03/2015');
  await page.getByRole('button', { name: 'Check fixes' }).click();
  await expect(problemRows.nth(4)).toContainText('Fixed');
  await expect(counts).toContainText('296 to add');
  a11y.push(...(await axe(page, 'preview with choices')));
  await snap(page, info, 'import-03-choices');

  await watchProgressBar(page);
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Import finished' })).toBeVisible();
  const summary = page.getByTestId('import-summary');
  await expect(summary.getByRole('listitem')).toHaveText(['296 learners added', '0 learners updated', '0 learners already up to date', '4 rows skipped']);
  const skipped = page.getByRole('table', { name: 'Skipped rows' }).locator('tbody tr');
  await expect(skipped).toHaveCount(4);
  for (const [i, [row, text]] of EXPECTED_PROBLEMS.slice(0, 4).entries()) await expect(skipped.nth(i)).toContainText(`Row ${row}${text}`);
  // The bar appeared, and moved past zero: the core's progress events reached the screen while it worked.
  const seen = await progressSeen(page);
  expect(seen.length, JSON.stringify(seen)).toBeGreaterThan(0);
  expect(Math.max(...seen), JSON.stringify(seen)).toBeGreaterThan(0);
  a11y.push(...(await axe(page, 'summary')));
  await snap(page, info, 'import-04-summary');

  // A second export: two learners moved class. Matched by UPN, they are updated, not added again.
  const moved = [
    { ...misRow(10), Year: 'Year 7', 'Reg Group': '7B' },
    { ...misRow(250), 'Preferred Forename': 'Bethan' },
  ];
  await page.getByRole('button', { name: 'Import another file' }).click();
  await upload(page, 'sims-moves.csv', toCsv(moved));
  await page.getByRole('button', { name: 'Check the rows' }).click();
  await expect(counts).toContainText('0 to add');
  await expect(counts).toContainText('2 to update');
  await expect(page.getByText('Every row can be imported.')).toBeVisible();
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await expect(summary.getByRole('listitem')).toHaveText(['0 learners added', '2 learners updated', '0 learners already up to date', '0 rows skipped']);
  await snap(page, info, 'import-05-second-summary');
  expect(a11y).toEqual([]);
});

test('in Welsh: a file too big is refused before reading, a broken file is explained, problems are in Welsh', async ({ launch }, info) => {
  const { page } = await launch();
  await setUp(page);
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await openImport(page, "Mewnforio o'r MIS", "Mewnforio dysgwyr o'ch MIS");

  await upload(page, 'huge.csv', 'UPN\n' + 'x'.repeat(20 * 1024 * 1024));
  await expect(page.getByRole('alert')).toHaveText("Mae'r ffeil honno'n fwy nag 20 MB. Allforiwch lai o ddysgwyr ar y tro, neu rhannwch y ffeil.");
  await upload(page, 'broken.csv', 'UPN,Forename\n"unclosed,Rhys\n');
  await expect(page.getByRole('alert')).toHaveText("Nid oedd modd defnyddio'r ffeil honno. Gwiriwch mai dyma'r math cywir o ffeil a rhowch gynnig arall arni.");
  await expect(page.getByText('Gwiriwch mai allforiad CSV ydyw (nid llyfr gwaith Excel)', { exact: false })).toBeVisible();

  await upload(page, 'one-bad.csv', toCsv([{ ...misRow(7), DOB: '04/03/15' }, misRow(8)]));
  await page.getByRole('button', { name: "Gwirio'r rhesi" }).click();
  const rows = page.getByRole('table', { name: 'Rhesi â phroblemau' }).locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('listitem')).toHaveText(["Dyddiad geni: dim ond dau ddigid sydd i'r flwyddyn, felly nid yw'r ganrif yn glir (ysgrifennwch DD/MM/BBBB)"]);
  expect(await axe(page, 'preview-cy')).toEqual([]);
  await snap(page, info, 'import-06-preview-cy');
});
