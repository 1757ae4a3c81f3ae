/**
 * The audit log screen (issue 8): a learner opened in the app shows "Viewed" in their History; filters by what
 * happened; older entries page in; "Verify the log" says the chain is whole; then an entry is changed in the
 * database file behind the app's back (a second connection with the key), and Verify names that entry and its time.
 */
import type { Page } from '@playwright/test';
import { storePaths } from '../../electron/core/index';
import { createKysely } from '../../electron/core/db/client';
import { openDatabase } from '../../electron/core/db/open';
import { openWithPassphrase } from '../../electron/core/vault/keyring';
import { readVaultFile } from '../../electron/core/vault/vault-file';
import { expect, PASSPHRASE, setUp, snap, test } from './fixtures';
import { call, violations } from './profile-helpers';

const go = (page: Page, hash: string) => page.evaluate((h) => void (window.location.hash = h), hash);
const rows = (page: Page) => page.getByRole('table', { name: 'Audit log entries, newest first' }).locator('tbody tr');

/** Changes one entry's action straight in the database file, as someone covering their tracks might. */
async function tamper(dataDir: string, seq: number): Promise<string> {
  const key = await openWithPassphrase(readVaultFile(storePaths(dataDir).vaultFile), PASSPHRASE);
  const db = createKysely(openDatabase(storePaths(dataDir).dbFile, key!));
  try {
    await db.updateTable('audit_log').set({ action: 'learner.nothing_to_see' }).where('seq', '=', seq).execute();
    return (await db.selectFrom('audit_log').select('at').where('seq', '=', seq).executeTakeFirstOrThrow()).at;
  } finally {
    await db.destroy();
  }
}

test('History shows a learner being viewed; filters, paging, verify; a tampered entry is named', async ({ launch, dataDir }, info) => {
  test.setTimeout(120_000);
  const app = await launch();
  const { page, core } = app;
  await setUp(page);
  test.skip(!core, 'the learners are seeded through the in-process core');

  const eluned = await call(core, 'learners.create', { legalFirstName: 'Eluned', legalLastName: 'Pughe-Jones', dateOfBirth: '2015-06-02' });
  // Enough other learners, each opened once, that the whole log runs past one screen (100 entries).
  for (let i = 0; i < 55; i++) {
    const other = await call(core, 'learners.create', { legalFirstName: `Filler${String.fromCharCode(97 + (i % 26))}${i}`, legalLastName: 'Llwyd', dateOfBirth: '2014-01-01' });
    await call(core, 'learners.get', { id: other.id });
  }

  // Opened in the app, as a person would: that is the view the History must show.
  await go(page, `#/learner/${eluned.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Eluned Pughe-Jones' })).toBeVisible();
  await page.getByRole('link', { name: 'History' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log: Eluned Pughe-Jones' })).toBeVisible();
  await expect(rows(page)).toHaveCount(2);
  await expect(rows(page).nth(0)).toContainText("ViewedOpened the learner's record");
  await expect(rows(page).nth(0)).toContainText('Rhian Morgan');
  await expect(rows(page).nth(0).getByRole('link', { name: 'Eluned Pughe-Jones' })).toHaveAttribute('href', `#/learner/${eluned.id}`);
  await expect(rows(page).nth(1)).toContainText('CreatedAdded the learner');
  await expect(page.getByRole('status').filter({ hasText: 'Showing' })).toHaveText('Showing 2 of 2 entries.');
  await snap(page, info, 'audit-learner-history');

  // The whole log: a screenful, then older entries on request.
  await go(page, '#/audit');
  await expect(page.getByRole('heading', { level: 1, name: 'Audit log' })).toBeVisible();
  const total = await core!.invoke('audit.list', { limit: 1 });
  const entries = total.ok ? total.value.total! : 0;
  expect(entries).toBeGreaterThan(100);
  await expect(rows(page)).toHaveCount(100);
  await page.getByRole('button', { name: 'Show older entries' }).click();
  await expect(rows(page)).toHaveCount(entries);
  await expect(page.getByRole('button', { name: 'Show older entries' })).toHaveCount(0);
  console.info(`audit e2e: ${entries} entries in the log, all shown after one "Show older entries"`);

  // By what happened: "Created" is the 56 learners and the setup; "Viewed" is each learner opened once.
  await page.getByRole('combobox', { name: 'What happened' }).click();
  await page.getByRole('option', { name: 'Created' }).click();
  await expect(rows(page)).toHaveCount(57);
  await expect(rows(page).filter({ hasNotText: 'Created' })).toHaveCount(0);
  await page.getByRole('combobox', { name: 'What happened' }).click();
  await page.getByRole('option', { name: 'Viewed' }).click();
  await expect(rows(page)).toHaveCount(56);

  // The learner filter is a searchable list.
  await page.getByRole('combobox', { name: 'Learner' }).fill('Pughe');
  await page.getByRole('option', { name: 'Eluned Pughe-Jones' }).click();
  await expect(page).toHaveURL(new RegExp(`#/audit/${eluned.id}$`));
  await expect(rows(page)).toHaveCount(1);
  expect(await violations(page, 'audit log')).toEqual([]);

  await page.getByRole('button', { name: 'Verify the log' }).click();
  const verified = page.getByRole('status').filter({ hasText: 'fit together' });
  await expect(verified).toHaveText(new RegExp(`^All ${entries.toLocaleString('en-GB')} entries fit together: nothing has been changed, removed or reordered\\.$`));
  await snap(page, info, 'audit-verified');

  const at = await tamper(dataDir, 57);
  await page.getByRole('button', { name: 'Verify the log' }).click();
  const alert = page.getByRole('alert').filter({ hasText: 'does not fit' });
  // The local time, day first, to the second, as the screen writes it (the browser and the test share a clock and zone).
  const when = await page.evaluate((iso) => {
    const d = new Date(iso);
    const p = (n: number) => String(n).padStart(2, '0');
    return `${p(d.getDate())}/${p(d.getMonth() + 1)}/${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
  }, at);
  await expect(alert).toHaveText(`Entry 57 (${when}) does not fit: the log has been changed, removed or reordered from there on.`);
  await snap(page, info, 'audit-tampered');

  // And in Welsh.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Audit log' })).toBeVisible();
  await expect(page.getByText(/^The log holds [\d,]+ entries\.$/)).toBeVisible();
  await page.getByRole('button', { name: 'Verify the log' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Entry 57' })).toBeVisible();
  expect(await violations(page, 'settings with the audit log section')).toEqual([]);
  await snap(page, info, 'audit-settings');
  await page.getByRole('link', { name: 'Open the audit log' }).click();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Log archwilio' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Cofnodion y log archwilio, y mwyaf diweddar yn gyntaf' }).locator('tbody tr').first()).toContainText("GwelwydAgor cofnod y dysgwr");
  expect(await violations(page, 'audit log (cy)')).toEqual([]);
  await snap(page, info, 'audit-cy');
});
