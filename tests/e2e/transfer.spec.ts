/**
 * Transfer to another school with two apps side by side (two data folders, two encrypted stores): school A ticks
 * two learners on the caseload, one with an issued IDP, and saves a transfer file; the passphrase is read off
 * A's screen; school B opens the file with it, sees the learner it already has matched by UPN (skipped) and the
 * new one (added), imports, and shows the new learner's IDP. English, then a look at both sides in Welsh.
 */
import type { Page } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { todayIso } from '../../shared/rules/dates';
import { IDP_PLAN, saveIdpPlan } from '../fixtures/idp-plan';
import { expect, setUp, snap, test } from './fixtures';
import { launchApp, type LaunchedApp } from './harness';
import { seedLearner } from './idp-helpers';
import { call, violations } from './profile-helpers';

const RECEIVING = 'Ysgol Gyfun Glan Taf';
const MALI = { legalFirstName: 'Mali', legalLastName: 'Hughes', dateOfBirth: '2016-02-29', upn: 'A123456789012', yearGroup: '5' } as const;

/** School A: Elis with his plan issued, and Mali (register details only). */
async function seedSender(a: LaunchedApp) {
  const elis = await seedLearner(a.core);
  const draft = await saveIdpPlan(a.core!, await call(a.core, 'idp.startDraft', { learnerId: elis.id }));
  await call(a.core, 'idp.issue', { idpId: draft.id, version: draft.version, dateGiven: '2026-11-20', overrideReason: null });
  await call(a.core, 'learners.create', MALI);
  await a.page.reload();
}

/** School B, set up through its core (its own school and passphrase), already holding Mali under the same UPN. */
async function receiver(dir: string): Promise<LaunchedApp> {
  const b = await launchApp({ dataDir: dir });
  await call(b.core, 'vault.setup', { schoolName: RECEIVING, userName: 'Huw Jenkins', role: 'ALNCo', passphrase: 'harbour saffron willow cinder' });
  await call(b.core, 'learners.create', { ...MALI, legalFirstName: 'Mali', preferredName: 'Mali-Rose' });
  await b.page.reload();
  await expect(b.page.getByRole('heading', { name: 'Caseload', level: 1 })).toBeVisible();
  return b;
}

async function sendFromA(page: Page, info: Parameters<typeof snap>[1]): Promise<string> {
  const dialog = page.getByRole('dialog', { name: 'Transfer to another school' });
  await dialog.getByRole('textbox', { name: 'Receiving school' }).fill(RECEIVING);
  await expect(dialog.getByRole('list', { name: /2 learners go/ }).getByRole('listitem')).toHaveText(['Elis Gruffydd (B801200005001)', 'Mali Hughes (A123456789012)']);
  expect(await violations(page, 'transfer out')).toEqual([]);
  await snap(page, info, 'transfer-01-out-form');
  await dialog.getByRole('button', { name: 'Save the transfer file' }).click();
  const shown = dialog.getByTestId('transfer-passphrase');
  await expect(shown).toBeVisible({ timeout: 30_000 });
  const passphrase = ((await shown.textContent()) ?? '').trim();
  expect(passphrase).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/);
  await expect(dialog.getByText('The transfer file for 2 learners is saved, and the disclosures recorded.')).toBeVisible();
  expect(await violations(page, 'transfer passphrase')).toEqual([]);
  await snap(page, info, 'transfer-02-passphrase');
  // Shown once: neither Escape nor a close button ends it before "I have noted the passphrase".
  await page.keyboard.press('Escape');
  await expect(shown).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeDisabled();
  await dialog.getByRole('checkbox', { name: 'I have noted the passphrase' }).check();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
  return passphrase;
}

async function receiveInB(b: LaunchedApp, passphrase: string, info: Parameters<typeof snap>[1]): Promise<void> {
  const page = b.page;
  await page.getByRole('button', { name: 'Import a transfer file…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import a transfer file' });
  await dialog.getByRole('button', { name: 'Choose the transfer file…' }).click();
  await expect(dialog.getByRole('status')).toHaveText(/^Caseload transfer \d{4}-\d{2}-\d{2}\.caseload-transfer \(\d+ KB\)$/);
  const field = dialog.getByRole('textbox', { name: 'Transfer passphrase' });
  await field.fill('AAAA-BBBB-CCCC-DDDD-EEEE-FFFF');
  await dialog.getByRole('button', { name: 'Open the file' }).click();
  await expect(dialog.getByRole('alert')).toHaveText(/^That transfer passphrase is not right\./, { timeout: 30_000 });
  await field.fill(passphrase.toLowerCase());
  await dialog.getByRole('button', { name: 'Open the file' }).click();
  const table = dialog.getByRole('table', { name: 'Learners in the transfer file' });
  await expect(table).toBeVisible({ timeout: 30_000 });
  await expect(dialog.getByText(/^From Ysgol Gynradd Aberdyfi, made on \d{2}\/\d{2}\/\d{4}\.$/)).toBeVisible();
  const rows = table.getByRole('row');
  await expect(rows.nth(1)).toContainText('Elis Gruffydd');
  await expect(rows.nth(1)).toContainText('1 profile version, 1 IDP version');
  await expect(rows.nth(1)).toContainText('Not here');
  await expect(rows.nth(2)).toContainText('Already here: Mali Hughes');
  await expect(dialog.getByRole('combobox', { name: 'What to do with Elis Gruffydd' })).toHaveValue('Add');
  await expect(dialog.getByRole('combobox', { name: 'What to do with Mali Hughes' })).toHaveValue('Skip');
  expect(await violations(page, 'transfer preview')).toEqual([]);
  await snap(page, info, 'transfer-03-in-preview');
  await dialog.getByRole('button', { name: 'Import 1 learner' }).click();
  await expect(dialog.getByRole('status')).toHaveText('Imported: 1 added, 0 replaced, 1 skipped.');
  await snap(page, info, 'transfer-04-in-summary');
  await dialog.getByRole('link', { name: "Open Elis Gruffydd's record" }).click();
}

test('A transfers two learners through the UI; B imports the new one, skips the one it has, and shows his IDP', async ({ launch }, info) => {
  // Two apps, each with real scrypt (the vaults, the transfer file made twice and opened three times), and axe.
  test.setTimeout(180_000);
  const a = await launch();
  await setUp(a.page);
  await seedSender(a);
  const bDir = mkdtempSync(join(tmpdir(), 'caseload-e2e-b-'));
  const b = await receiver(bDir);
  try {
    const page = a.page;
    await expect(page.getByRole('checkbox', { name: 'Tick Elis Gruffydd' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Transfer to another school…' })).toBeDisabled();
    await page.getByRole('checkbox', { name: 'Tick all 2 learners shown' }).check();
    await expect(page.getByRole('checkbox', { name: 'Tick Mali Hughes' })).toBeChecked();
    // Keyboard: Space on a focused row box unticks it, and again ticks it.
    await page.getByRole('checkbox', { name: 'Tick Mali Hughes' }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByText('1 learner ticked')).toBeVisible();
    await page.keyboard.press('Space');
    await expect(page.getByText('2 learners ticked')).toBeVisible();
    await snap(page, info, 'transfer-00-ticked');
    await page.getByRole('button', { name: 'Transfer to another school…' }).click();
    const passphrase = await sendFromA(page, info);
    await expect(page.getByText('Tick learners to transfer them to another school.')).toBeVisible();
    const file = join(a.exportsDir, `Caseload transfer ${todayIso()}.caseload-transfer`);
    expect(existsSync(file)).toBe(true);

    b.openAnswers.transfer = file;
    await receiveInB(b, passphrase, info);
    await expect(b.page.getByRole('heading', { name: 'Elis Gruffydd', level: 1 })).toBeVisible();
    await b.page.getByRole('tab', { name: 'Timeline' }).click();
    await expect(b.page.getByText('Transferred in from Ysgol Gynradd Aberdyfi')).toBeVisible();
    await b.page.getByRole('link', { name: 'Open IDP' }).click();
    await expect(b.page.getByText(IDP_PLAN.aboutMe.items[1]!.text).first()).toBeVisible();
    await expect(b.page.getByText(IDP_PLAN.provision[0]!.outcome).first()).toBeVisible();
    await snap(b.page, info, 'transfer-05-in-idp');
    const inB = await call(b.core, 'learners.list', {});
    expect(inB.rows.map((r) => r.legalName).sort()).toEqual(['Elis Gruffydd', 'Mali Hughes']);
    expect((await call(a.core, 'disclosures.list', { learnerId: inB.rows.find((r) => r.legalName === 'Elis Gruffydd')!.id }))[0]).toMatchObject({ recipient: RECEIVING, method: 'Encrypted transfer file' });

    // Both sides in Welsh: A sends Mali again; B opens the new file and finds her already there.
    for (const app of [a, b]) await call(app.core, 'settings.update', { language: 'cy' });
    await a.page.reload();
    await a.page.getByRole('checkbox', { name: 'Ticio Mali Hughes' }).check();
    await a.page.getByRole('button', { name: 'Trosglwyddo i ysgol arall…' }).click();
    const cyOut = a.page.getByRole('dialog', { name: 'Trosglwyddo i ysgol arall' });
    await cyOut.getByRole('textbox', { name: "Yr ysgol sy'n derbyn" }).fill(RECEIVING);
    await snap(a.page, info, 'transfer-06-cy-out-form');
    await cyOut.getByRole('button', { name: "Cadw'r ffeil drosglwyddo" }).click();
    await expect(cyOut.getByTestId('transfer-passphrase')).toBeVisible({ timeout: 30_000 });
    await snap(a.page, info, 'transfer-07-cy-passphrase');
    // A new file under the same day's name (the save dialog would ask before replacing it), with a new passphrase.
    const second = ((await cyOut.getByTestId('transfer-passphrase').textContent()) ?? '').trim();
    expect(second).not.toBe(passphrase);
    await cyOut.getByRole('checkbox', { name: "Rwyf wedi nodi'r cyfrinymadrodd" }).check();
    await cyOut.getByRole('button', { name: 'Cau' }).click();
    await b.page.goto(b.page.url().split('#')[0]!);
    await b.page.getByRole('button', { name: 'Mewnforio ffeil drosglwyddo…' }).click();
    const cyIn = b.page.getByRole('dialog', { name: 'Mewnforio ffeil drosglwyddo' });
    await cyIn.getByRole('button', { name: 'Dewis y ffeil drosglwyddo…' }).click();
    // The first passphrase no longer opens it: the file was made again.
    await cyIn.getByRole('textbox', { name: 'Cyfrinymadrodd trosglwyddo' }).fill(passphrase);
    await cyIn.getByRole('button', { name: 'Agor y ffeil' }).click();
    await expect(cyIn.getByRole('alert')).toBeVisible({ timeout: 30_000 });
    await cyIn.getByRole('textbox', { name: 'Cyfrinymadrodd trosglwyddo' }).fill(second);
    await cyIn.getByRole('button', { name: 'Agor y ffeil' }).click();
    await expect(cyIn.getByRole('table', { name: 'Dysgwyr yn y ffeil drosglwyddo' })).toBeVisible({ timeout: 30_000 });
    await expect(cyIn.getByText("Yma'n barod: Mali Hughes")).toBeVisible();
    await expect(cyIn.getByRole('combobox', { name: "Beth i'w wneud â Mali Hughes" })).toHaveValue('Hepgor');
    await snap(b.page, info, 'transfer-08-cy-in-preview');
  } finally {
    await b.close();
    rmSync(bDir, { recursive: true, force: true });
    rmSync(`${bDir}-exports`, { recursive: true, force: true });
  }
});
