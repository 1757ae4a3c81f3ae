import { expect, PASSPHRASE, SCHOOL, setUp, snap, test, unlock } from './fixtures';

const locked = (page: import('@playwright/test').Page) => page.getByRole('heading', { name: 'Caseload is locked' });

test('the passphrase is changed in Settings: the old one stops working, the new one opens the same records', async ({ launch }, info) => {
  const { page } = await launch();
  await setUp(page);
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();

  const next = 'meadow copper lighthouse waffle';
  await page.getByRole('textbox', { name: 'Current passphrase', exact: true }).fill('wrong current passphrase');
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(next);
  await page.getByRole('textbox', { name: 'Type the new passphrase again', exact: true }).fill(next);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  await expect(page.getByRole('alert')).toHaveText('The current passphrase is not right, so nothing was changed.');

  await page.getByRole('textbox', { name: 'Current passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('button', { name: 'Change passphrase' }).click();
  // Settings has more than one status line (the calendar has its own): find this one by its words.
  await expect(page.getByRole('status').filter({ hasText: 'passphrase has been changed' })).toHaveText('Your passphrase has been changed. Use the new one next time you unlock.');
  await snap(page, info, '10-settings');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await unlock(page, next);
  await expect(page.getByTestId('school-name')).toHaveText(SCHOOL.schoolName);
});

test('the app locks itself after the idle time, and when the computer sleeps', async ({ launch }) => {
  const { page, core } = await launch({ core: { idleMs: 2_000 } });
  await setUp(page);
  await expect(locked(page)).toBeVisible({ timeout: 15_000 });

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();
  test.skip(!core, 'the sleep event is raised through the in-process core');
  await core!.lock('sleep');
  await expect(locked(page)).toBeVisible();
  await expect(page.getByTestId('school-name')).toHaveCount(0);
  const status = await core!.invoke('school.get', {});
  expect(status).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
});

test('the idle time is chosen in Settings and kept across a restart', async ({ launch }) => {
  const first = await launch();
  const { page } = first;
  await setUp(page);
  await page.getByRole('link', { name: 'Settings' }).click();
  const minutes = page.getByRole('textbox', { name: 'Lock after this many minutes without use' });
  await expect(minutes).toHaveValue('10');
  await minutes.fill('25');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved\.$/ })).toHaveText('Saved.');
  await first.close();

  const second = await launch();
  await unlock(second.page, PASSPHRASE);
  await second.page.getByRole('link', { name: 'Settings' }).click();
  await expect(second.page.getByRole('textbox', { name: 'Lock after this many minutes without use' })).toHaveValue('25');
});

test('setup, lock and unlock work with the keyboard alone, and Ctrl+L locks', async ({ launch }) => {
  const { page } = await launch();
  const kb = page.keyboard;
  await expect(page.getByRole('heading', { name: 'Set up Caseload' })).toBeVisible();
  // The school name field has focus on arrival.
  await kb.type(SCHOOL.schoolName);
  await kb.press('Tab');
  await kb.type(SCHOOL.userName);
  await kb.press('Tab');
  await kb.type(SCHOOL.role);
  await kb.press('Enter');
  await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toBeFocused();
  await kb.type(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Type the passphrase again', exact: true }).focus();
  await kb.type(PASSPHRASE);
  await kb.press('Enter');
  const confirm = page.getByRole('checkbox', { name: /I have printed or saved my recovery key/ });
  await expect(confirm).toBeVisible();
  await confirm.focus();
  await kb.press('Space');
  await kb.press('Tab');
  await expect(page.getByRole('button', { name: 'Continue to Caseload' })).toBeFocused();
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();

  await kb.press('Control+L');
  await expect(locked(page)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Passphrase', exact: true })).toBeFocused();
  await kb.type(PASSPHRASE);
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();
});
