import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { writeFileSync } from 'node:fs';
import { expect, setUp, snap, test } from './fixtures';

const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();

async function addLearner(page: Page, first: string, last: string, dob: string, upn?: string) {
  await nav(page, 'Caseload');
  await page.getByRole('link', { name: 'Add learner' }).click();
  await page.getByRole('textbox', { name: 'Legal first name' }).fill(first);
  await page.getByRole('textbox', { name: 'Legal surname' }).fill(last);
  await page.getByLabel('Date of birth').fill(dob);
  if (upn) await page.getByRole('textbox', { name: 'UPN (unique pupil number)' }).fill(upn);
  await page.getByRole('button', { name: 'Add learner' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `${first} ${last}` })).toBeVisible();
}

test('add a learner with a photo and a contact, edit with autosave, find, filter, archive and restore', async ({ launch }, info) => {
  const app = await launch();
  const { page } = app;
  await setUp(page);

  await addLearner(page, 'Gwenllian', 'Pritchard', '2014-09-12', 'B801200005001');
  // A bad UPN is refused in plain words and not saved.
  const upn = page.getByRole('textbox', { name: 'UPN (unique pupil number)' });
  await upn.fill('A801200005001');
  await upn.blur();
  await expect(page.getByText('The check letter does not match the rest of this UPN')).toBeVisible();
  await upn.fill('B801200005001');
  await upn.blur();

  await page.getByRole('textbox', { name: 'Preferred name' }).fill('Gwen');
  await page.getByRole('textbox', { name: 'Preferred name' }).blur();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Gwen Pritchard' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Year group' }).click();
  await page.getByRole('option', { name: 'Year 6' }).click();
  await page.getByRole('combobox', { name: 'Status', exact: true }).click();
  await page.getByRole('option', { name: 'Under consideration' }).click();
  await page.getByLabel('Duty to decide started on').fill('2026-11-02');
  await page.getByLabel('Duty to decide started on').blur();
  await expect(page.getByText(/Decision on ALN due: /)).toBeVisible();

  // A photo with GPS metadata: accepted, re-encoded in main.
  const photo = info.outputPath('gwen.jpg');
  const jpeg = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: '#4a7' } }).jpeg().withExif({ IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 30/1 0/1' } }).toBuffer();
  writeFileSync(photo, jpeg);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose photo' }).click();
  await (await chooser).setFiles(photo);
  await expect(page.getByRole('img', { name: 'Photo of Gwen Pritchard' })).toBeVisible();

  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a contact' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Catrin Pritchard');
  await dialog.getByRole('combobox', { name: 'Relationship' }).click();
  await page.getByRole('option', { name: 'Mother' }).click();
  await dialog.getByRole('textbox', { name: 'Phone' }).fill('01970 123456');
  await dialog.getByRole('checkbox', { name: 'Has parental responsibility' }).check();
  await dialog.getByRole('button', { name: 'Save contact' }).click();
  const card = page.getByRole('article', { name: 'Catrin Pritchard' });
  await expect(card).toContainText('Mother');
  await expect(card).toContainText('Parental responsibility');
  await snap(page, info, 'register-learner-contacts');
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('Status changed to Under consideration')).toBeVisible();

  await addLearner(page, 'Osian', 'Hughes', '2016-02-01');
  await addLearner(page, 'Megan', 'Pryce', '2013-05-20');
  await nav(page, 'Caseload');
  const table = page.getByRole('table', { name: 'Learners in the caseload' });
  await expect(table.getByRole('link')).toHaveCount(3);
  await snap(page, info, 'register-caseload');
  await page.getByRole('searchbox', { name: 'Search names, UPN and notes' }).fill('gwe');
  await expect(table.getByRole('link')).toHaveText(['Gwen Pritchard']);
  await page.getByRole('searchbox', { name: 'Search names, UPN and notes' }).fill('');
  await page.getByRole('combobox', { name: 'Status' }).click();
  await page.getByRole('option', { name: 'Under consideration' }).click();
  await expect(table.getByRole('link')).toHaveText(['Gwen Pritchard']);
  await expect(page.getByRole('region', { name: 'Due and overdue' })).toContainText('Gwen Pritchard');
  await page.getByRole('button', { name: 'Clear filters' }).click();
  await page.getByRole('button', { name: 'Sort by Name' }).click();
  await expect(table.getByRole('link')).toHaveText(['Megan Pryce', 'Gwen Pritchard', 'Osian Hughes']);

  // Archive: hidden from the caseload, restorable.
  await table.getByRole('link', { name: 'Osian Hughes' }).click();
  await page.getByRole('button', { name: 'Archive (left the school)' }).click();
  await expect(page.getByText(/Archived on/)).toBeVisible();
  await nav(page, 'Caseload');
  await expect(table.getByRole('link')).toHaveCount(2);
  await page.getByRole('switch', { name: 'Show archived learners' }).check();
  await table.getByRole('link', { name: 'Osian Hughes' }).click();
  await page.getByRole('button', { name: 'Restore to the caseload' }).click();
  await nav(page, 'Caseload');
  await page.getByRole('switch', { name: 'Show archived learners' }).uncheck();
  await expect(table.getByRole('link')).toHaveCount(3);

  // Delete needs the legal name typed.
  await table.getByRole('link', { name: 'Megan Pryce' }).click();
  await page.getByRole('button', { name: 'Delete…' }).click();
  const del = page.getByRole('dialog', { name: 'Delete this learner' });
  await expect(del.getByRole('button', { name: 'Delete for good' })).toBeDisabled();
  await del.getByRole('textbox').fill('megan pryce');
  await del.getByRole('button', { name: 'Delete for good' }).click();
  await expect(table.getByRole('link')).toHaveCount(2);
});

test('need codes are configurable, filters survive a restart, and a stale edit is refused in plain words', async ({ launch }, info) => {
  const first = await launch();
  const { page } = first;
  await setUp(page);

  await nav(page, 'Settings');
  const codes = page.getByRole('region', { name: 'Need codes' });
  await expect(codes.getByRole('table', { name: 'Need codes in this list' }).getByRole('row')).toHaveCount(16);
  await codes.getByRole('textbox', { name: 'Code' }).fill('FASD');
  await codes.getByRole('textbox', { name: 'Name in English' }).fill('Foetal alcohol spectrum disorder');
  await codes.getByRole('textbox', { name: 'Name in Welsh' }).fill('Anhwylder sbectrwm alcohol y ffetws');
  await codes.getByRole('button', { name: 'Add code' }).click();
  await expect(codes.getByRole('cell', { name: 'FASD' })).toBeVisible();
  await codes.getByRole('button', { name: 'Retire: Dyscalculia' }).click();
  await expect(codes.getByRole('button', { name: 'Reinstate: Dyscalculia' })).toBeVisible();
  await snap(page, info, 'settings-need-codes');

  await addLearner(page, 'Tomos', 'Bevan', '2012-10-10');
  await page.getByRole('combobox', { name: 'Primary need' }).click();
  await expect(page.getByRole('option', { name: 'Dyscalculia' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Foetal alcohol spectrum disorder' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await addLearner(page, 'Nia', 'Lloyd', '2013-01-15');

  await nav(page, 'Caseload');
  await page.getByRole('combobox', { name: 'Need' }).click();
  await page.getByRole('option', { name: 'Foetal alcohol spectrum disorder' }).click();
  const table = page.getByRole('table', { name: 'Learners in the caseload' });
  await expect(table.getByRole('link')).toHaveText(['Tomos Bevan']);

  // Someone else changes Tomos (another window, an import) after this page loaded: the next edit is refused.
  await table.getByRole('link', { name: 'Tomos Bevan' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tomos Bevan' })).toBeVisible();
  const rows = await first.core!.invoke('learners.list', { search: 'Tomos' });
  const id = rows.ok ? rows.value.rows[0]!.id : '';
  const current = await first.core!.invoke('learners.get', { id });
  await first.core!.invoke('learners.update', { id, version: current.ok ? current.value.version : 0, patch: { notes: 'Changed elsewhere' } });
  await page.getByRole('textbox', { name: 'Preferred name' }).fill('Twm');
  await page.getByRole('textbox', { name: 'Preferred name' }).blur();
  await expect(page.getByRole('alert')).toHaveText('This learner was changed somewhere else. The latest version is shown; make your change again.');
  await expect(page.getByRole('textbox', { name: 'Notes' })).toHaveValue('Changed elsewhere');
  await expect(page.getByRole('textbox', { name: 'Preferred name' })).toHaveValue('');
  await first.close();

  const second = await launch();
  await second.page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill('kettle orchard lantern puffin');
  await second.page.getByRole('button', { name: 'Unlock' }).click();
  await expect(second.page.getByRole('combobox', { name: 'Need' })).toHaveValue('Foetal alcohol spectrum disorder');
  await expect(second.page.getByRole('table', { name: 'Learners in the caseload' }).getByRole('link')).toHaveText(['Tomos Bevan']);
});
