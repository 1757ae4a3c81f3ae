import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, setUp, test } from './fixtures';

/** WCAG 2 A and AA rules from axe-core, on the whole page as it stands. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`);
}

test('every screen passes the axe WCAG 2.1 AA checks, in English and Welsh', async ({ launch }) => {
  const { page } = await launch();
  const found: string[] = [];
  await expect(page.getByRole('heading', { name: 'Set up Caseload' })).toBeVisible();
  found.push(...(await violations(page, 'setup')));
  await setUp(page);
  found.push(...(await violations(page, 'caseload')));
  for (const link of ['Profiles', 'Plans', 'Reviews', 'Settings']) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: link, level: 1 })).toBeVisible();
    found.push(...(await violations(page, link)));
  }
  await page.getByRole('link', { name: 'Caseload', exact: true }).click();
  await page.getByRole('link', { name: 'Add learner' }).click();
  found.push(...(await violations(page, 'new learner')));
  await page.getByRole('textbox', { name: 'Legal first name' }).fill('Elin');
  await page.getByRole('textbox', { name: 'Legal surname' }).fill('Rowlands');
  await page.getByLabel('Date of birth').fill('2015-06-01');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await expect(page.getByRole('heading', { name: 'Elin Rowlands' })).toBeVisible();
  found.push(...(await violations(page, 'learner details')));
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  found.push(...(await violations(page, 'contact dialog')));
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  found.push(...(await violations(page, 'learner timeline')));
  await page.getByRole('link', { name: 'Caseload', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Learners in the caseload' })).toBeVisible();
  found.push(...(await violations(page, 'caseload with a learner')));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await expect(page.getByRole('heading', { name: 'Gosodiadau', level: 1 })).toBeVisible();
  found.push(...(await violations(page, 'settings-cy')));
  await page.getByRole('button', { name: 'Cloi nawr' }).click();
  await expect(page.getByRole('heading', { name: "Mae Caseload wedi'i gloi" })).toBeVisible();
  found.push(...(await violations(page, 'locked-cy')));
  await page.getByRole('button', { name: 'Wedi anghofio eich cyfrinymadrodd?' }).click();
  found.push(...(await violations(page, 'recover-cy')));
  expect(found).toEqual([]);
});
