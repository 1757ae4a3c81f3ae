import { expect, PASSPHRASE, SCHOOL, setUp, snap, test, unlock } from './fixtures';

test('first run: setup, the caseload shell, lock, a wrong passphrase, then the right one', async ({ launch }, info) => {
  const { page } = await launch();
  await setUp(page, info);

  const nav = page.getByRole('navigation', { name: 'Main' });
  for (const name of ['Caseload', 'Profiles', 'Plans', 'Reviews', 'Settings']) {
    await expect(nav.getByRole('link', { name })).toBeVisible();
  }
  await expect(page.getByTestId('school-name')).toHaveText(SCHOOL.schoolName);
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();
  await snap(page, info, '04-caseload-empty');

  await page.getByRole('button', { name: 'Lock now' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload is locked' })).toBeVisible();
  await expect(page.getByText(SCHOOL.schoolName)).toHaveCount(0);
  await snap(page, info, '05-locked');

  await unlock(page, 'not the passphrase at all');
  await expect(page.getByRole('alert')).toHaveText('That passphrase is not right. Check it and try again.');
  await expect(page.getByText('1 failed attempt since the last unlock', { exact: false })).toBeVisible();
  await snap(page, info, '06-wrong-passphrase');

  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();
});

test('a forgotten passphrase is replaced with the recovery key, which is then replaced too', async ({ launch }, info) => {
  const { page } = await launch();
  const recoveryKey = await setUp(page);
  await page.getByRole('button', { name: 'Lock now' }).click();

  await page.getByRole('button', { name: 'Forgotten your passphrase?' }).click();
  await expect(page.getByRole('heading', { name: 'Use your recovery key' })).toBeVisible();
  // Typed as a person might: lower case, spaces instead of dashes.
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey.toLowerCase().replaceAll('-', ' '));
  const next = 'harbour violet biscuit thunder';
  await page.getByRole('textbox', { name: 'New passphrase', exact: true }).fill(next);
  await page.getByRole('textbox', { name: 'Type the new passphrase again', exact: true }).fill(next);
  await snap(page, info, '07-recover');
  await page.getByRole('button', { name: 'Reset my passphrase' }).click();

  await expect(page.getByRole('heading', { name: 'Your new recovery key' })).toBeVisible();
  const fresh = (await page.getByTestId('recovery-key').textContent())?.trim();
  expect(fresh).not.toBe(recoveryKey);
  await page.getByRole('checkbox', { name: /I have printed or saved my recovery key/ }).check();
  await page.getByRole('button', { name: 'Continue to Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();

  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock(page, PASSPHRASE);
  await expect(page.getByRole('alert')).toContainText('That passphrase is not right');
  await unlock(page, next);
  await expect(page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();
});

test('the interface switches to Cymraeg and back, and remembers it across a restart', async ({ launch }, info) => {
  const first = await launch();
  await setUp(first.page);
  const { page } = first;
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  const nav = page.getByRole('navigation', { name: 'Prif' });
  await expect(nav.getByRole('link', { name: 'Llwyth achosion' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Cloi nawr' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Dim dysgwyr eto' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await snap(page, info, '08-caseload-cymraeg');

  await page.getByRole('button', { name: 'Cloi nawr' }).click();
  await expect(page.getByRole('heading', { name: "Mae Caseload wedi'i gloi" })).toBeVisible();
  await snap(page, info, '09-locked-cymraeg');
  await first.close();

  const second = await launch();
  await expect(second.page.getByRole('heading', { name: "Mae Caseload wedi'i gloi" })).toBeVisible();
  await second.page.getByRole('textbox', { name: 'Cyfrinymadrodd', exact: true }).fill(PASSPHRASE);
  await second.page.getByRole('button', { name: 'Datgloi' }).click();
  await second.page.getByRole('radiogroup', { name: 'Iaith' }).getByText('English').click();
  await expect(second.page.getByRole('button', { name: 'Lock now' })).toBeVisible();
  await expect(second.page.getByRole('heading', { name: 'No learners yet' })).toBeVisible();
});
