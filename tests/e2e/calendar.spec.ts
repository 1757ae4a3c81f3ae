import type { Locator, Page } from '@playwright/test';
import { IDP_LEARNER, saveIdpPlan } from '../fixtures/idp-plan';
import { expect, setUp, snap, test } from './fixtures';
import { call } from './profile-helpers';

const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
/** Scrolled back up, so a full-page picture shows the sticky header at the top rather than over the page. */
const top = (page: Page) => page.evaluate(() => window.scrollTo(0, 0));
const nav = (page: Page, name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true }).click();

/** Types a term's first and last day into its row (numbered from 1, as on screen). */
async function fillTerm(calendar: Locator, n: number, start: string, end: string) {
  await calendar.getByLabel(`Term ${n}: first day`).fill(start);
  await calendar.getByLabel(`Term ${n}: last day`).fill(end);
}

test('term dates and closures count the duty to decide in school days; the LA counts 12 weeks; overlapping terms are refused', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const cerys = await call(core, 'learners.create', { legalFirstName: 'Cerys', legalLastName: 'Lloyd', dateOfBirth: '2016-01-12', yearGroup: '5', status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-10-05' });
  const clocks = page.getByRole('region', { name: 'Statutory deadlines' });

  // No term dates: 35 weekdays after Mon 5 Oct 2026 is 7 weeks on, Mon 23 Nov, an estimate (*).
  await go(page, `#/learner/${cerys.id}`);
  await expect(clocks).toContainText(/Decision on ALN due: 23\/11\/2026 · .* \*/);

  await nav(page, 'Settings');
  const calendar = page.getByRole('region', { name: 'School calendar' });
  await expect(calendar).toContainText('35 school days');
  await expect(calendar).toContainText('No term dates yet: deadlines are estimates (marked *).');
  await calendar.getByRole('button', { name: 'Add a term' }).click();
  // The new row's first field takes the focus, for the keyboard.
  await expect(calendar.getByLabel('Term 1: first day')).toBeFocused();
  await fillTerm(calendar, 1, '2026-09-01', '2026-10-23');
  await calendar.getByRole('button', { name: 'Add a term' }).click();
  await fillTerm(calendar, 2, '2026-11-02', '2026-12-18');
  // An INSET day on the first day back after half term, added with Enter.
  await calendar.getByLabel('Date of a closure').fill('2026-11-02');
  await calendar.getByLabel('Date of a closure').press('Enter');
  await expect(calendar.getByRole('listitem').filter({ hasText: 'Monday 02/11/2026' })).toBeVisible();
  await expect(calendar.getByRole('status')).toHaveText('Changes not saved yet.');
  await top(page);
  await snap(page, info, 'settings-calendar');
  await calendar.getByRole('button', { name: 'Save calendar' }).click();
  await expect(calendar.getByRole('status')).toHaveText('Saved. Deadlines are now counted from these dates.');
  await expect(calendar).toContainText('Terms entered: 2 (01/09/2026 to 18/12/2026). Closures: 1.');
  expect(await call(core, 'calendar.get', {})).toEqual({
    terms: [{ start: '2026-09-01', end: '2026-10-23' }, { start: '2026-11-02', end: '2026-12-18' }],
    closures: ['2026-11-02'],
  });

  // Day 0 is Mon 5 Oct. School days: 6–23 Oct = 14; half term 26–30 Oct not counted; Mon 2 Nov INSET not counted;
  // 3–6 Nov = 18, 9–13 = 23, 16–20 = 28, 23–27 = 33, Mon 30 Nov = 34, Tue 1 Dec = 35. Inside the terms: no *.
  await go(page, `#/learner/${cerys.id}`);
  await expect(clocks).toContainText('Decision on ALN due: 01/12/2026');
  await expect(clocks).not.toContainText('*');

  // The local authority decides: 12 weeks (84 days) after Mon 5 Oct is Mon 28 Dec, school holidays and all; but
  // that is a bank holiday (Boxing Day, Sat 26 Dec, moved to the Monday), not a working day (reg 2(4)): Tue 29 Dec.
  const whoDecides = page.getByRole('combobox', { name: 'Who decides' });
  await expect(whoDecides).toHaveValue('The school (35 school days)');
  await expect(page.getByText('Counted in school days, from the term dates and closures in Settings.')).toBeVisible();
  await whoDecides.click();
  await page.getByRole('option', { name: 'The local authority (12 weeks)' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(clocks).toContainText('Decision on ALN due: 29/12/2026');
  await expect(clocks).not.toContainText('*');
  await expect(page.getByText('12 calendar weeks, holidays included; a deadline on a weekend or a bank holiday moves to the next working day.')).toBeVisible();
  await top(page);
  await snap(page, info, 'learner-who-decides');
  expect((await call(core, 'learners.get', { id: cerys.id })).dutyHolder).toBe('la');

  // A third term overlapping the second is refused in plain words, before and on Save; nothing is saved.
  await nav(page, 'Settings');
  await calendar.getByRole('button', { name: 'Add a term' }).click();
  await fillTerm(calendar, 3, '2026-12-14', '2027-01-08');
  const problems = calendar.getByRole('alert');
  await expect(problems).toContainText('Terms 2 and 3 overlap: a day can only be in one term.');
  await calendar.getByRole('button', { name: 'Save calendar' }).click();
  await expect(problems).toContainText('Terms 2 and 3 overlap');
  await expect(calendar.getByRole('status')).toHaveText('Changes not saved yet.');
  await fillTerm(calendar, 3, '2027-01-05', '2027-01-04');
  await expect(problems).toHaveText(/Term 3 ends before it starts\./);
  await top(page);
  await snap(page, info, 'settings-calendar-problem');
  expect((await call(core, 'calendar.get', {})).terms).toHaveLength(2);
  await calendar.getByRole('button', { name: 'Remove term 3' }).click();
  await expect(problems).toBeHidden();
  await expect(calendar.getByRole('status')).toHaveText('');
});

test('Plans lists the IDPs: the plan in force, the draft and the review; a learner page opens the IDP and lists disclosures', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  if (!core) throw new Error('seeded through the core');
  const elis = await call(core, 'learners.create', { ...IDP_LEARNER, homeLanguages: [...IDP_LEARNER.homeLanguages] });
  const first = await saveIdpPlan(core, await call(core, 'idp.startDraft', { learnerId: elis.id }));
  await call(core, 'idp.issue', { idpId: first.id, version: first.version, dateGiven: '2026-11-20', overrideReason: null });

  await nav(page, 'Plans');
  await expect(page.getByRole('tab', { name: 'IDPs' })).toHaveAttribute('aria-selected', 'true');
  const table = page.getByRole('table', { name: 'Individual Development Plans' });
  const row = table.getByRole('row', { name: /Elis Gruffydd/ });
  await expect(row.getByRole('link', { name: 'Elis Gruffydd' })).toHaveAttribute('href', `#/idp/${elis.id}`);
  await expect(row.getByRole('cell').nth(1)).toHaveText('Year 6');
  await expect(row.getByRole('cell').nth(2)).toContainText('Version 1 · given 20/11/2026');
  await expect(row.getByRole('cell').nth(2)).toContainText('Maintained by the school');
  await expect(row.getByRole('cell').nth(3)).toHaveText('–');
  // Reviewed within 12 months of the date given.
  await expect(row.getByRole('cell').nth(4)).toContainText('20/11/2027 ·');

  // A review starts the next draft, a copy of the plan in force: complete, so nothing blocks issuing it.
  await call(core, 'idp.startDraft', { learnerId: elis.id });
  await page.getByRole('tab', { name: 'OPP+ plans' }).click();
  await page.getByRole('tab', { name: 'IDPs' }).click();
  await expect(row.getByRole('cell').nth(3)).toContainText('Version 2 · Ready to issue');
  await expect(row.getByRole('cell').nth(3)).toContainText('last changed');
  await snap(page, info, 'plans-idps');

  await go(page, `#/learner/${elis.id}`);
  await expect(page.getByRole('link', { name: 'Open IDP draft' })).toHaveAttribute('href', `#/idp/${elis.id}`);
  await page.getByRole('tab', { name: 'Disclosures' }).click();
  await expect(page.getByText('Nothing about this learner has been shared outside the school from Caseload yet.')).toBeVisible();

  // The case pack, from the plan: the reason in plain words, the LA's team and a purpose filled in, the statement asked for.
  await go(page, `#/idp/${elis.id}`);
  await expect(page.getByRole('radiogroup', { name: 'Headings' }).getByRole('radio', { name: 'English', exact: true })).toBeChecked();
  await page.screenshot({ path: info.outputPath('idp-export-actions.png') });
  await page.getByRole('button', { name: 'Case pack for the LA…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Case pack for the local authority: Elis Gruffydd' });
  await expect(dialog.getByRole('radio', { name: 'Referral for the local authority to decide (s.12(2))' })).toBeChecked();
  await expect(dialog.getByRole('textbox', { name: 'Sent to' })).toHaveValue('ALN team, Carmarthenshire');
  await expect(dialog.getByRole('textbox', { name: 'Purpose of sharing' })).toHaveValue("For the local authority to decide on Elis Gruffydd's additional learning needs and provision.");
  await dialog.getByRole('radio', { name: 'Request that the local authority takes over the plan (s.28)' }).check();
  await expect(dialog.getByRole('textbox', { name: 'Purpose of sharing' })).toHaveValue("For the local authority to decide whether to take over Elis Gruffydd's IDP.");
  await dialog.getByRole('button', { name: 'Export case pack' }).click();
  await expect(dialog.getByText('Please fill this in.')).toBeVisible();
  await dialog.getByRole('textbox', { name: "The school's statement for the cover sheet" }).fill('We ask the local authority to maintain the plan: the specialist SALT time Elis needs is beyond what the school can secure.');
  await dialog.getByRole('radiogroup', { name: 'Headings' }).getByText('Welsh and English').click();
  // The dialog as it is seen: the editor behind it makes a full-page picture too tall to read.
  await page.screenshot({ path: info.outputPath('case-pack-modal.png') });
  await dialog.getByRole('button', { name: 'Export case pack' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: /^Saved to .*\.docx$/ })).toBeVisible({ timeout: 30_000 });
  await expect(dialog).toContainText("The disclosure is recorded on Elis Gruffydd's record");
  await dialog.getByRole('button', { name: 'Close' }).last().click();
  await expect(dialog).toBeHidden();

  await go(page, `#/learner/${elis.id}`);
  await page.getByRole('tab', { name: 'Disclosures' }).click();
  const disclosure = page.getByRole('table', { name: 'Disclosures: what was shared, with whom and why' }).getByRole('row', { name: /ALN team, Carmarthenshire/ });
  await expect(disclosure).toContainText('take over');
  await expect(disclosure).toContainText('Word document');
  await snap(page, info, 'learner-disclosures');
});
