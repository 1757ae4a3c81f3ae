import type { Page } from '@playwright/test';
import sharp from 'sharp';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { expect, setUp, snap, test } from './fixtures';
import { call, GWEN, pdfPageCount, pdfTextSquashed, pdfToPng, squash, threeTimes, violations, type Said } from './profile-helpers';

const HEADINGS = { appreciation: 'What people appreciate about me', importantTo: 'What is important to me', support: 'How best to support me' };
const WHO = { learner: 'The learner', parent: 'Parent or carer', staff: 'School staff' };
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name }).click();
const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);

async function writeItem(page: Page, item: Said, n: number) {
  const region = page.getByRole('region', { name: HEADINGS[item.section] });
  await region.getByRole('button', { name: 'Add an item' }).click();
  const card = region.getByRole('group', { name: `Item ${n}` });
  await card.getByRole('textbox', { name: `Item ${n}` }).fill(item.text);
  if (item.contributor !== 'learner') {
    await card.getByRole('combobox', { name: 'Who said it' }).click();
    await page.getByRole('option', { name: WHO[item.contributor] }).click();
  }
  if (item.firstPerson) await card.getByRole('checkbox', { name: 'In my own words (first person)' }).check();
  if (item.importantFor) await card.getByRole('checkbox', { name: 'Important for me' }).check();
}

/** Presses a print (or export) button and returns the path of the file it saved. */
async function printAndWait(page: Page, button: string, ext = 'pdf'): Promise<string> {
  await page.getByRole('button', { name: button, exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: new RegExp(`^Saved to .*\\.${ext}$`) });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  return ((await saved.textContent()) ?? '').replace('Saved to ', '').trim();
}

function expectAllText(pdf: string, words: string[]) {
  const text = pdfTextSquashed(pdf);
  for (const w of words) expect(text, w).toContain(squash(w));
}

async function addGwen(core: Parameters<typeof call>[0]) {
  const gwen = await call(core, 'learners.create', { legalFirstName: 'Gwenllian', legalLastName: 'Pritchard', preferredName: 'Gwen', dateOfBirth: '2014-09-12', yearGroup: '6' });
  const photo = await sharp({ create: { width: 600, height: 600, channels: 3, background: '#e8a87c' } })
    .composite([{ input: Buffer.from('<svg width="600" height="600"><circle cx="300" cy="260" r="120" fill="#6b4226"/><rect x="150" y="400" width="300" height="200" rx="90" fill="#2f7d6d"/></svg>') }])
    .jpeg()
    .toBuffer();
  await call(core, 'photos.set', { learnerId: gwen.id, imageBase64: photo.toString('base64') });
  return gwen;
}

test('a profile written with the learner prints on exactly one page, and still does at three times the length', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const gwen = await addGwen(core);
  // Added behind the page's back: open the learner's page by its address, then the profile from there.
  await go(page, `#/learner/${gwen.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Gwen Pritchard' })).toBeVisible();
  await page.getByRole('link', { name: 'One-page profile' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gwen Pritchard: one-page profile' })).toBeVisible();
  await expect(page.getByText(/^Version 1, last changed \d\d\/\d\d\/\d{4}$/)).toBeVisible();

  const counts = { appreciation: 0, importantTo: 0, support: 0 };
  for (const item of GWEN) await writeItem(page, item, ++counts[item.section]);
  await page.getByRole('combobox', { name: 'How Gwen Pritchard took part' }).click();
  await page.getByRole('option', { name: 'Talking' }).click();
  await page.getByRole('option', { name: 'Drawing' }).click();
  await page.keyboard.press('Escape');
  await page.getByLabel('Next update due').fill('2027-07-01');
  await page.getByLabel('Next update due').blur();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByText(/^Printed text size: \d+(\.5)? pt$/)).toBeVisible();
  const stored = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: gwen.id });
  expect(stored.items.map((i) => [i.section, i.text, i.contributor, i.firstPerson, i.importantFor])).toEqual(GWEN.map((i) => [i.section, i.text, i.contributor, i.firstPerson, i.importantFor]));
  expect(stored.methods).toEqual(['spoken', 'drawing']);
  await snap(page, info, 'profile-editor');

  const first = await printAndWait(page, 'Print to PDF');
  expect(await pdfPageCount(first)).toBe(1);
  expectAllText(first, ['Gwen Pritchard', ...GWEN.map((i) => i.text), 'Next update 01/07/2027', 'Ysgol Gynradd Aberdyfi']);
  pdfToPng(first, info, 'profile-printed');
  const docx = await printAndWait(page, 'Export to Word', 'docx');
  expect(readFileSync(docx).subarray(0, 2).toString()).toBe('PK');

  // Three times as long, saved as one list: still one page, still every word.
  const longer = threeTimes(GWEN);
  await call(core, 'profiles.saveItems', { profileId: stored.id, version: (await call(core, 'profiles.get', { id: stored.id })).version, items: longer });
  await page.reload();
  await expect(page.getByRole('region', { name: HEADINGS.support }).getByRole('group')).toHaveCount(9);
  // Still readable: the live check gives the size, not the warning.
  const size = page.getByText(/^Printed text size: \d+(\.5)? pt$/);
  await expect(size).toBeVisible();
  info.annotations.push({ type: 'fitted size at three times the length', description: (await size.textContent()) ?? '' });
  await snap(page, info, 'profile-editor-long');
  const second = await printAndWait(page, 'Print to PDF');
  expect(await pdfPageCount(second)).toBe(1);
  expectAllText(second, ['Gwen Pritchard', ...longer.map((i) => i.text)]);
  pdfToPng(second, info, 'profile-printed-long');

  // Far too long: the editor warns before printing, and the page still never spills onto a second one.
  const tooLong = [...longer, ...longer].slice(0, 54);
  await call(core, 'profiles.saveItems', { profileId: stored.id, version: (await call(core, 'profiles.get', { id: stored.id })).version, items: tooLong });
  await page.reload();
  // Fitting 54 items steps the type down through every size to the smallest: allow for a busy machine.
  await expect(page.getByRole('alert').filter({ hasText: 'shorten some items' })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByText(/^Printed text size/)).toHaveCount(0);
  const third = await printAndWait(page, 'Print to PDF');
  expect(await pdfPageCount(third)).toBe(1);
});

test('a transition print run puts 30 learners on 30 pages, with progress, and says who had no profile', async ({ launch }, info) => {
  test.setTimeout(180_000);
  const { page, core } = await launch();
  await setUp(page);
  for (let n = 1; n <= 31; n++) {
    const learner = await call(core, 'learners.create', { legalFirstName: `Dysgwr${n}`, legalLastName: 'Blwyddyn Chwech', dateOfBirth: '2014-10-01', yearGroup: '6' });
    if (n === 31) continue; // one learner without a profile yet
    const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: learner.id });
    await call(core, 'profiles.saveItems', { profileId: profile.id, version: profile.version, items: GWEN.slice(n % 3, (n % 3) + 4) });
  }
  const elis = await call(core, 'learners.create', { legalFirstName: 'Elis', legalLastName: 'Year Five', dateOfBirth: '2015-10-01', yearGroup: '5' });
  const late = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: elis.id });
  await call(core, 'profiles.update', { profileId: late.id, version: late.version, patch: { nextUpdateDue: '2020-01-31' } });

  await nav(page, 'Profiles');
  const table = page.getByRole('table', { name: "Learners' one-page profiles" });
  await expect(page.getByRole('status').filter({ hasText: '32 learners' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('dysgwr31');
  await expect(table.getByRole('link', { name: 'Write profile for Dysgwr31 Blwyddyn Chwech' })).toBeVisible();
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('elis');
  await expect(table.getByRole('row', { name: /Elis Year Five/ })).toContainText('31/01/2020 · overdue');
  await page.getByRole('searchbox', { name: 'Search by name' }).fill('');
  await snap(page, info, 'profiles-learners');

  await page.getByRole('button', { name: 'Transition print run' }).click();
  const dialog = page.getByRole('dialog', { name: 'Transition print run' });
  await dialog.getByRole('combobox', { name: 'Year group' }).click();
  await page.getByRole('option', { name: 'Year 6' }).click();
  await expect(dialog.getByRole('checkbox', { name: 'Include Dysgwr1 Blwyddyn Chwech' })).toBeChecked();
  await expect(dialog.getByRole('checkbox', { name: 'Include Elis Year Five' })).toHaveCount(0);
  await snap(page, info, 'profiles-transition');
  await dialog.getByRole('button', { name: 'Print 31 profiles' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Printing profiles' })).toBeVisible();
  await snap(page, info, 'profiles-transition-progress');
  const saved = dialog.getByRole('status').filter({ hasText: /^Saved 30 pages to / });
  await expect(saved).toBeVisible({ timeout: 120_000 });
  await expect(dialog.getByText('1 learner has no profile yet and was left out')).toBeVisible();
  const pdf = ((await saved.locator('p').first().textContent()) ?? '').replace('Saved 30 pages to ', '').trim();
  expect(await pdfPageCount(pdf)).toBe(30);
  const text = pdfTextSquashed(pdf);
  for (let n = 1; n <= 30; n++) expect(text).toContain(squash(`Dysgwr${n} Blwyddyn Chwech`));
  expect(text).not.toContain('Dysgwr31');

  // Again, stopped halfway: nothing is saved.
  await dialog.getByRole('button', { name: 'Print 31 profiles' }).click();
  await expect(dialog.getByRole('progressbar', { name: 'Printing profiles' })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'Cancelled' })).toBeVisible({ timeout: 60_000 });
});

test('versions: a new version keeps the old one read-only and printable; a change made elsewhere is not overwritten', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const osian = await call(core, 'learners.create', { legalFirstName: 'Osian', legalLastName: 'Hughes', dateOfBirth: '2016-02-01', yearGroup: '4' });
  await go(page, `#/profile/learner/${osian.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Osian Hughes: one-page profile' })).toBeVisible();
  await writeItem(page, { section: 'importantTo', text: 'Lego and dinosaurs', contributor: 'learner', firstPerson: true, importantFor: false }, 1);
  await writeItem(page, { section: 'importantTo', text: 'His dog, Mot', contributor: 'parent', firstPerson: false, importantFor: false }, 2);
  // Reorder and remove, with the keyboard.
  const important = page.getByRole('region', { name: HEADINGS.importantTo });
  await important.getByRole('button', { name: 'Move item 2 up' }).focus();
  await page.keyboard.press('Enter');
  await expect(important.getByRole('textbox', { name: 'Item 1' })).toHaveValue('His dog, Mot');
  await expect(important.getByRole('button', { name: 'Move item 1 up' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  expect((await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: osian.id })).items.map((i) => i.text)).toEqual(['His dog, Mot', 'Lego and dinosaurs']);

  await page.getByRole('button', { name: 'Start a new version' }).click();
  await page.getByRole('dialog', { name: 'Confirm' }).getByRole('button', { name: 'Start a new version' }).click();
  await expect(page.getByText(/^Version 2, last changed/)).toBeVisible();
  await important.getByRole('button', { name: 'Remove item 2' }).click();
  await expect(important.getByRole('textbox')).toHaveCount(1);
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  const earlier = page.getByRole('list', { name: 'Earlier versions' });
  await expect(earlier.getByRole('listitem')).toHaveCount(1);
  const printed = earlier.getByRole('button', { name: 'Print version 1' });
  await printed.click();
  const saved = earlier.getByRole('status').filter({ hasText: 'Saved to ' });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const v1 = ((await saved.textContent()) ?? '').replace('Saved to ', '').trim();
  expect(await pdfPageCount(v1)).toBe(1);
  expect(pdfTextSquashed(v1)).toContain(squash('Lego and dinosaurs'));
  await earlier.getByRole('link', { name: 'Open version 1' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Osian Hughes: one-page profile, version 1' })).toBeVisible();
  await expect(page.getByText('This is an earlier version. It is kept as it was and cannot be changed.')).toBeVisible();
  await expect(page.getByText('“Lego and dinosaurs”')).toBeVisible();
  await expect(page.getByRole('textbox')).toHaveCount(0);
  await snap(page, info, 'profile-earlier-version');

  // Someone changes the current version elsewhere after the editor loaded: the next save is refused, and the latest is shown.
  await page.getByRole('link', { name: 'Back to the current version' }).click();
  await expect(important.getByRole('textbox', { name: 'Item 1' })).toHaveValue('His dog, Mot');
  const current = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: osian.id });
  await call(core, 'profiles.saveItems', { profileId: current.id, version: current.version, items: [{ section: 'importantTo', text: 'Swimming on Saturdays', contributor: 'parent', firstPerson: false, importantFor: false }] });
  await important.getByRole('textbox', { name: 'Item 1' }).fill('His dog, Mot, and his cat');
  await important.getByRole('textbox', { name: 'Item 1' }).blur();
  await expect(page.getByRole('alert')).toHaveText('This profile was changed somewhere else. The latest version is shown; make your change again.');
  await expect(important.getByRole('textbox', { name: 'Item 1' })).toHaveValue('Swimming on Saturdays');
});

test('staff directory, Welsh headings, and the axe WCAG 2.1 AA checks on the profile screens', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const found: string[] = [];
  const elin = await call(core, 'learners.create', { legalFirstName: 'Elin', legalLastName: 'Rowlands', dateOfBirth: '2015-06-01', yearGroup: '5' });
  const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: elin.id });
  await call(core, 'profiles.saveItems', { profileId: profile.id, version: profile.version, items: GWEN });

  await nav(page, 'Profiles');
  await expect(page.getByRole('table', { name: "Learners' one-page profiles" }).getByRole('link', { name: 'Elin Rowlands' })).toBeVisible();
  found.push(...(await violations(page, 'profiles')));
  await page.getByRole('button', { name: 'Transition print run' }).click();
  await expect(page.getByRole('checkbox', { name: 'Include Elin Rowlands' })).toBeVisible();
  found.push(...(await violations(page, 'transition dialog')));
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).last().click();

  await page.getByRole('tab', { name: 'Staff directory' }).click();
  await page.getByRole('textbox', { name: 'Name' }).fill('Dafydd Jenkins');
  await page.getByRole('textbox', { name: 'Role' }).fill('Teaching assistant');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  const staff = page.getByRole('table', { name: 'Staff directory' });
  await expect(staff.getByRole('row', { name: /Dafydd Jenkins Teaching assistant No profile yet/ })).toBeVisible();
  found.push(...(await violations(page, 'staff directory')));
  await staff.getByRole('link', { name: 'Dafydd Jenkins', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'What colleagues appreciate about me' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'What matters to me' })).toBeVisible();
  await expect(page.getByRole('switch', { name: "Show the learner's photo" })).toHaveCount(0);
  await page.getByRole('region', { name: 'What matters to me' }).getByRole('button', { name: 'Add an item' }).click();
  found.push(...(await violations(page, 'staff profile editor')));

  await go(page, `#/profile/learner/${elin.id}`);
  await expect(page.getByRole('region', { name: HEADINGS.support }).getByRole('checkbox', { name: 'Important for me' })).toHaveCount(3);
  found.push(...(await violations(page, 'learner profile editor')));
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await expect(page.getByRole('heading', { level: 2, name: "Beth sy'n bwysig i mi" })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: "Sut orau i'm cefnogi i" })).toBeVisible();
  await expect(page.getByText(/^Maint y testun wedi'i argraffu: \d+(\.5)? pt$/)).toBeVisible();
  found.push(...(await violations(page, 'learner profile editor (cy)')));
  expect(found).toEqual([]);

  // The printed headings follow the interface language.
  await page.getByRole('button', { name: 'Argraffu i PDF', exact: true }).click();
  const saved = page.getByRole('status').filter({ hasText: "Wedi'i gadw yn " });
  await expect(saved).toBeVisible({ timeout: 30_000 });
  const pdf = ((await saved.textContent()) ?? '').replace("Wedi'i gadw yn ", '').trim();
  expect(await pdfPageCount(pdf)).toBe(1);
  const text = pdfTextSquashed(pdf);
  for (const heading of ['Beth mae pobl yn ei werthfawrogi amdanaf i', "Beth sy'n bwysig i mi", "Sut orau i'm cefnogi i", 'Pwysig ar fy nghyfer i']) expect(text).toContain(squash(heading));
  await snap(page, info, 'profile-editor-cy');
  pdfToPng(pdf, info, 'profile-printed-cy');
});

test("the learner's photo unless another picture is chosen: a self-portrait on the profile, printed with it", async ({ launch }, info) => {
  const app = await launch();
  const { page, core } = app;
  await setUp(page);
  const gwen = await addGwen(core);
  await go(page, `#/profile/learner/${gwen.id}`);
  await expect(page.getByRole('switch', { name: 'Show a picture' })).toBeChecked();

  const portrait = info.outputPath('self-portrait.png');
  await sharp({ create: { width: 400, height: 500, channels: 3, background: '#ffd166' } }).png().toFile(portrait);
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Choose a different picture' }).click();
  await (await chooser).setFiles(portrait);
  await expect(page.getByRole('button', { name: "Use the photo from the learner's page" })).toBeVisible();
  const own = await call(core, 'profiles.photo', { profileId: (await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: gwen.id })).id });
  expect(own).toMatchObject({ width: 400, height: 500 });

  const pdf = await printAndWait(page, 'Print to PDF');
  expect(await pdfPageCount(pdf)).toBe(1);
  // The printed page carries one picture, and it is the yellow portrait, not the peach register photo.
  const prefix = info.outputPath('printed-image');
  execFileSync('pdfimages', ['-png', pdf, prefix]);
  const extracted = readdirSync(info.outputPath()).filter((f) => f.startsWith('printed-image'));
  expect(extracted).toHaveLength(1);
  const [r, g, b] = (await sharp(info.outputPath(extracted[0]!)).stats()).channels.map((c) => c.mean);
  // Within JPEG re-encoding's rounding of the portrait's #ffd166 (the register photo is #e8a87c).
  for (const [got, want] of [[r!, 255], [g!, 209], [b!, 102]] as const) expect(Math.abs(got - want)).toBeLessThan(4);

  await page.getByRole('button', { name: "Use the photo from the learner's page" }).click();
  await expect(page.getByRole('button', { name: 'Choose a different picture' })).toBeVisible();
  await expect(page.getByRole('button', { name: "Use the photo from the learner's page" })).toHaveCount(0);
});
