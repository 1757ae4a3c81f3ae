/**
 * Retention and subject access, as a coordinator does them: a learner born in 1990 with records is listed in
 * Settings → Retention; a legal hold placed on their page shows in the list and stops the row being chosen; the
 * subject access export from their page shows the folder and the file count (and the files are on disk); the hold
 * lifted, their records are destroyed through the confirmation (typing the number of items) and they are gone.
 */
import type { Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '../../shared/rules/dates';
import { expect, setUp, snap, test } from './fixtures';
import AxeBuilder from '@axe-core/playwright';
import { call } from './profile-helpers';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const NAME = 'Morwenna Tregarthen';
const REGISTER = 'Register entry, contacts, photo and timeline';
const select = (type: string) => `Select ${type} of ${NAME}`;

const RETENTION_SECTION = 'section[aria-labelledby="settings-retention"]';

/** WCAG A and AA on what this spec drew (Settings' other sections are checked by their own specs). */
async function sectionViolations(page: Page, screen: string, selector = RETENTION_SECTION): Promise<string[]> {
  const result = await new AxeBuilder({ page }).include(selector).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

test('records past their date: legal hold, subject access export, destruction through the confirmation', async ({ launch }, info) => {
  const app = await launch();
  const { page, core } = app;
  await setUp(page);

  // Seeded through the core: a learner born in 1990 with a profile and an OPP+ plan, and a young bystander.
  const old = await call(core, 'learners.create', { legalFirstName: 'Morwenna', legalLastName: 'Tregarthen', dateOfBirth: '1990-03-14', notes: 'Loves the lighthouse' });
  const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: old.id });
  await call(core, 'profiles.saveItems', { profileId: profile.id, version: profile.version, items: [{ section: 'appreciation', text: 'Draws wonderful boats', contributor: 'staff', firstPerson: false, importantFor: false }] });
  await call(core, 'oppPlus.start', { learnerId: old.id });
  await call(core, 'contacts.create', { learnerId: old.id, name: 'Tamsin Tregarthen', relationship: 'MOTHER', phone: '01736 000111' });
  await call(core, 'learners.create', { legalFirstName: 'Ifan', legalLastName: 'Young', dateOfBirth: '2016-05-01' });

  await nav(page, 'Settings');
  const section = page.getByRole('region', { name: 'Retention' });
  const table = section.getByRole('table', { name: 'Records past their retention date' });
  await expect(table.getByRole('row')).toHaveCount(4); // the header, then profile, OPP+ and register
  await expect(table.getByRole('row', { name: /One-page profiles/ })).toContainText('14/03/2021');
  await expect(table.getByText('Ifan Young')).toHaveCount(0);
  await section.scrollIntoViewIfNeeded();
  await snap(page, info, 'retention-01-list');

  // A longer period for OPP+ plans moves its date; the register follows the longest period.
  await section.getByRole('combobox', { name: 'OPP+ plans' }).click();
  await page.getByRole('option', { name: '35 years after date of birth' }).click();
  await section.getByRole('button', { name: 'Save retention periods' }).click();
  await expect(section.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await expect(table.getByRole('row', { name: /OPP\+ plans/ })).toContainText('14/03/2025');
  await expect(table.getByRole('row', { name: new RegExp(REGISTER) })).toContainText('14/03/2025');

  // The legal hold, from the learner's page.
  await table.getByRole('link', { name: NAME }).first().click();
  await expect(page.getByRole('heading', { level: 1, name: NAME })).toBeVisible();
  await page.getByRole('textbox', { name: 'Reason for the hold' }).fill('Tribunal appeal pending');
  await page.getByRole('switch', { name: 'Legal hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Legal hold saved.' })).toBeVisible();
  await expect(page.getByText('Legal hold', { exact: true }).first()).toBeVisible();
  expect(await sectionViolations(page, 'legal hold', 'section[aria-label="Legal hold"]')).toEqual([]);
  await snap(page, info, 'retention-02-learner-hold');

  // The subject access export: the folder and the file count, and the files on disk.
  await page.getByRole('button', { name: 'Subject access export…' }).click();
  const done = page.getByRole('dialog', { name: 'Subject access export' });
  const folder = join(app.exportsDir, 'subjectAccess', `Subject access - ${NAME} - ${todayIso()}`);
  await expect(done.getByRole('status')).toHaveText('4 files saved in this folder:');
  await expect(done).toContainText(folder);
  expect(await sectionViolations(page, 'subject access', '[role="dialog"]')).toEqual([]);
  await snap(page, info, 'retention-03-subject-access');
  expect(readdirSync(folder).sort()).toEqual([`${NAME} - OPP+ plan.docx`, `${NAME} - one-page profile - version 1.docx`, `${NAME} - register record.docx`, 'record.json'].sort());
  const record = JSON.parse(readFileSync(join(folder, 'record.json'), 'utf8'));
  expect([record.register.notes, record.contacts[0].name, record.profiles[0].items[0].text]).toEqual(['Loves the lighthouse', 'Tamsin Tregarthen', 'Draws wonderful boats']);
  await done.getByRole('button', { name: 'Close' }).last().click();

  // Back in Settings: the held rows show it and cannot be chosen.
  await nav(page, 'Settings');
  for (const type of ['One-page profiles', 'OPP+ plans', REGISTER]) {
    const row = table.getByRole('row', { name: new RegExp(type.replace('+', '\\+')) });
    await expect(row.getByText('Legal hold')).toBeVisible();
    await expect(row.getByRole('checkbox')).toBeDisabled();
  }
  await expect(section.getByRole('button', { name: 'Destroy selected…' })).toBeDisabled();
  expect(await sectionViolations(page, 'retention held')).toEqual([]);
  await snap(page, info, 'retention-04-held');

  // The same in Welsh, looked at and checked, then back to English.
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  const adran = page.getByRole('region', { name: 'Cadw cofnodion' });
  await expect(adran.getByRole('table', { name: "Cofnodion sydd wedi mynd heibio i'w dyddiad cadw" }).getByText('Cadw cyfreithiol', { exact: true })).toHaveCount(4); // the column's heading and three rows
  await adran.scrollIntoViewIfNeeded();
  expect(await sectionViolations(page, 'retention held (cy)')).toEqual([]);
  await snap(page, info, 'retention-04-held-cy');
  await adran.getByRole('table').getByRole('link', { name: NAME }).first().click();
  await expect(page.getByRole('switch', { name: 'Cadw cyfreithiol' })).toBeChecked();
  await snap(page, info, 'retention-04-learner-cy');
  await page.getByRole('radiogroup', { name: 'Iaith' }).getByText('English').click();
  await nav(page, 'Settings');

  // Hold lifted on the learner's page, then destroyed through the confirmation.
  await table.getByRole('link', { name: NAME }).first().click();
  await page.getByRole('switch', { name: 'Legal hold' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Legal hold removed.' })).toBeVisible();
  await nav(page, 'Settings');
  await section.getByRole('checkbox', { name: 'Select every record that can be destroyed' }).check();
  await expect(section.getByRole('checkbox', { name: select(REGISTER) })).toBeChecked();
  await section.getByRole('button', { name: 'Destroy selected…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Destroy records for good' });
  await expect(confirm).toContainText('This cannot be undone.');
  const destroy = confirm.getByRole('button', { name: 'Destroy for good' });
  await confirm.getByRole('textbox', { name: 'Type the number of items (3) to confirm' }).fill('2');
  await expect(destroy).toBeDisabled();
  await confirm.getByRole('textbox', { name: 'Type the number of items (3) to confirm' }).fill('3');
  expect(await sectionViolations(page, 'retention confirm', '[role="dialog"]')).toEqual([]);
  await snap(page, info, 'retention-05-confirm');
  await destroy.click();
  await expect(section.getByRole('status').filter({ hasText: '3 destroyed' })).toBeVisible();
  await expect(section.getByText('Nothing is past its date')).toBeVisible();
  await snap(page, info, 'retention-06-destroyed');

  await nav(page, 'Caseload');
  await expect(page.getByText('Ifan Young')).toBeVisible();
  await expect(page.getByText(NAME)).toHaveCount(0);
  expect(existsSync(folder)).toBe(true); // the export the person took away is theirs to delete
});
