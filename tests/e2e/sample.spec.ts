/**
 * Issue 9: "Explore with a sample caseload" from the first screen. The sample opens in its own folder with a
 * banner on every screen, a due panel with due and overdue items, and IDPs with several versions; leaving it
 * returns to the first screen with the school's own data folder never set up.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { expect, snap, test } from './fixtures';
import { violations } from './profile-helpers';

test('a coordinator explores the sample caseload from the first screen, then leaves it', async ({ launch, dataDir }, info) => {
  test.setTimeout(120_000);
  const { page } = await launch();
  await expect(page.getByRole('heading', { name: 'Set up Caseload' })).toBeVisible();
  await page.getByRole('button', { name: 'Explore with a sample caseload' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Building the sample caseload: \d+ of 60 learners/ })).toBeVisible();

  const banner = page.getByRole('region', { name: 'Sample caseload' });
  await expect(banner).toBeVisible({ timeout: 60_000 });
  await expect(banner).toContainText('Every learner, family and member of staff here is made up');
  await expect(page.getByText('Sample', { exact: true })).toBeVisible();

  // The due panel has both due and overdue items.
  const due = page.getByRole('region', { name: 'Due and overdue' });
  await expect(due.getByText(/days? overdue/).first()).toBeVisible();
  await expect(due.getByText(/days? left|Due today/).first()).toBeVisible();
  await snap(page, info, 'sample-caseload');
  expect(await violations(page, 'sample caseload')).toEqual([]);

  // An IDP with its versions: issued in force, an earlier one superseded, a draft in progress.
  await page.getByRole('link', { name: 'Plans' }).click();
  await page.getByRole('tab', { name: 'IDPs' }).click();
  const idps = page.getByRole('table', { name: 'Individual Development Plans' });
  await idps.getByRole('link').first().click();
  await expect(page.getByRole('heading', { level: 1, name: /^IDP: / })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Versions' })).toBeVisible();
  const versions = page.getByRole('table').filter({ has: page.getByRole('columnheader', { name: 'Date given' }) });
  await expect(versions.getByRole('row')).toHaveCount(4);
  await expect(banner).toBeVisible();
  await snap(page, info, 'sample-idp');

  // In Welsh too; and leaving it (from the keyboard) goes back to the first screen, the school's own folder never set up.
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  const welshBanner = page.getByRole('region', { name: 'Llwyth achosion enghreifftiol' });
  await expect(welshBanner).toContainText('Mae pob dysgwr, teulu ac aelod o staff yma yn ffug');
  expect(await violations(page, 'sample caseload, Cymraeg')).toEqual([]);
  await page.getByRole('radiogroup', { name: 'Iaith' }).getByText('English').click();
  await banner.getByRole('button', { name: 'Leave the sample' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Set up Caseload' })).toBeVisible();
  await expect(banner).toHaveCount(0);
  expect(existsSync(join(dataDir, 'vault.json'))).toBe(false);
  expect(existsSync(join(`${dataDir}-sample`, 'vault.json'))).toBe(true);

  // Chosen again, it opens straight away as it was left (not rebuilt).
  await page.getByRole('button', { name: 'Explore with a sample caseload' }).click();
  await expect(banner).toBeVisible({ timeout: 30_000 });
});
