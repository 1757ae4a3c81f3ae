import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchApp, type LaunchedApp, type LaunchOptions } from './harness';

export const SCHOOL = { schoolName: 'Ysgol Gynradd Aberdyfi', userName: 'Rhian Morgan', role: 'ALNCo' };
export const PASSPHRASE = 'kettle orchard lantern puffin';

type Launch = (options?: Omit<LaunchOptions, 'dataDir'>) => Promise<LaunchedApp>;

/** `launch` starts the app on a fresh data folder (or the same one again, to test restarts); all closed at the end. */
export const test = base.extend<{ dataDir: string; launch: Launch }>({
  dataDir: async ({}, use) => {
    const dir = mkdtempSync(join(tmpdir(), 'caseload-e2e-'));
    await use(dir);
    rmSync(dir, { recursive: true, force: true });
    rmSync(`${dir}-exports`, { recursive: true, force: true });
    rmSync(`${dir}-sample`, { recursive: true, force: true });
  },
  launch: async ({ dataDir }, use) => {
    const opened: LaunchedApp[] = [];
    await use(async (options = {}) => {
      const app = await launchApp({ dataDir, ...options });
      opened.push(app);
      return app;
    });
    for (const app of opened.reverse()) await app.close();
  },
});
export { expect };

/** Saves a screenshot under the test output folder (not committed). */
export async function snap(page: Page, info: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: info.outputPath(`${name}.png`), fullPage: true });
}

/** Walks through first-run setup as a person would and returns the recovery key shown. */
export async function setUp(page: Page, info?: TestInfo, identity: typeof SCHOOL = SCHOOL): Promise<string> {
  await expect(page.getByRole('heading', { name: 'Set up Caseload' })).toBeVisible();
  await page.getByRole('textbox', { name: 'School name' }).fill(identity.schoolName);
  await page.getByRole('textbox', { name: 'Your name' }).fill(identity.userName);
  await page.getByRole('textbox', { name: 'Your role' }).fill(identity.role);
  if (info) await snap(page, info, '01-setup-school');
  await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(PASSPHRASE);
  await page.getByRole('textbox', { name: 'Type the passphrase again', exact: true }).fill(PASSPHRASE);
  await expect(page.getByText('Passphrase strength: Strong')).toBeVisible();
  if (info) await snap(page, info, '02-setup-passphrase');
  await page.getByRole('button', { name: 'Create my encrypted caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Your recovery key' })).toBeVisible();
  const recoveryKey = (await page.getByTestId('recovery-key').textContent())?.trim() ?? '';
  expect(recoveryKey).toMatch(/^([0-9A-Z]{4}-){6}[0-9A-Z]{4}$/);
  if (info) await snap(page, info, '03-setup-recovery-key');
  await expect(page.getByRole('button', { name: 'Continue to Caseload' })).toBeDisabled();
  await page.getByRole('checkbox', { name: /I have printed or saved my recovery key/ }).check();
  await page.getByRole('button', { name: 'Continue to Caseload' }).click();
  await expect(page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  return recoveryKey;
}

export async function unlock(page: Page, passphrase: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Passphrase', exact: true }).fill(passphrase);
  await page.getByRole('button', { name: 'Unlock' }).click();
}
