/**
 * Individual Development Plans through the UI (issue 6): a whole plan written from scratch, a vague element flagged
 * and fixed, issuing (with and without gaps), Word, a review draft compared with the plan it came from, the case pack
 * for the local authority, ceasing, discarding, and a change made elsewhere.
 */
import { existsSync } from 'node:fs';
import { addMonths, todayIso } from '../../shared/rules/dates';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { expect, setUp, test } from './fixtures';
import { box, choose, dmy, exportAndWait, expectHeadingsInOrder, fillElement, fillSections, go, group, region, saved, seedLearner } from './idp-helpers';
import { call, pdfPageCount, pdfTextSquashed, pdfToPng, squash } from './profile-helpers';

test('an IDP written from scratch: three elements, a vague one fixed, issued, Word, a review draft compared, the case pack', async ({ launch }, info) => {
  test.setTimeout(300_000);
  const { page, core, exportsDir } = await launch();
  await setUp(page);
  const learner = await seedLearner(core);

  // From the learner's page, as a coordinator would: its "Start an IDP" link leads to the plan's page.
  await go(page, `#/learner/${learner.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Elis Gruffydd' })).toBeVisible();
  await page.getByRole('link', { name: 'Start an IDP' }).click();
  await page.getByRole('button', { name: 'Start an IDP' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'IDP: Elis Gruffydd' })).toBeVisible();
  const outline = page.getByRole('navigation', { name: 'Sections of the plan' });
  await expect(outline.getByRole('link')).toHaveCount(12);
  await expect(outline.getByRole('link', { name: /^Views, wishes and feelings/ })).toContainText('Empty');
  await expect(outline.getByRole('link', { name: /^1A: / })).toContainText('Complete');

  await fillSections(page);
  const provision = region(page, '2B: Additional learning provision');
  for (const [i, e] of IDP_PLAN.provision.entries()) {
    await provision.getByRole('button', { name: 'Add a provision element' }).click();
    const card = group(provision, `Provision element ${i + 1}`);
    await fillElement(page, card, i === 1 ? { ...e, what: 'Small-group word games, with access to a quiet space as required' } : e);
  }

  // The vague element is flagged with its words quoted and a suggestion, and the flag goes when it is rewritten.
  const second = group(provision, 'Provision element 2');
  const checks = second.getByRole('note', { name: 'Checks on Provision element 2' });
  await expect(checks).toContainText('“access to” is hard to check. Say what the learner will actually get, how often, and from whom.');
  await expect(checks).toContainText('“as required” is hard to check.');
  await saved(page);
  await checks.scrollIntoViewIfNeeded();
  await page.screenshot({ path: info.outputPath('idp-editor-vague.png') });
  await box(second, 'What the provision is').fill(IDP_PLAN.provision[1]!.what);
  await expect(checks).toHaveCount(0);

  // Every section's indicator turns complete, and nothing blocks issuing.
  for (const link of await outline.getByRole('link').all()) await expect(link).toContainText('Complete');
  await expect(page.getByText('No gaps', { exact: true })).toBeVisible();
  await saved(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: info.outputPath('idp-editor-top.png') });

  // Issue: no gaps, so no reason is asked.
  await page.getByRole('button', { name: 'Issue…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue version 1' });
  await expect(issue.getByText('Every required part is filled in.')).toBeVisible();
  await expect(issue.getByRole('textbox', { name: 'Reason for issuing with gaps' })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('idp-issue-modal.png') });
  await issue.getByRole('button', { name: 'Issue the plan' }).click();
  await expect(issue).toBeHidden();
  const today = todayIso();
  const reviewBy = addMonths(today, 12);
  await expect(page.getByText(`Version 1 · Issued on ${dmy(today)} · Review due by ${dmy(reviewBy)}`)).toBeVisible();
  await expect(page.getByRole('textbox', { name: 'Address' })).toHaveCount(0);
  await expect(region(page, "1A: The learner's core details")).toContainText(IDP_PLAN.coreDetails.address);
  await expect(group(provision, 'Provision element 2')).toContainText(IDP_PLAN.provision[1]!.what);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: info.outputPath('idp-issued.png') });

  // Word, with the form's headings in order.
  const docx = await exportAndWait(page, page, 'Export to Word', 'docx');
  expect(existsSync(docx) && docx.startsWith(exportsDir)).toBe(true);
  expectHeadingsInOrder(docx);

  // Print to PDF: a real PDF, marked and named.
  const pdf = await exportAndWait(page, page, 'Print to PDF', 'pdf');
  expect(pdf.startsWith(exportsDir)).toBe(true);
  expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(1);
  const printed = pdfTextSquashed(pdf);
  for (const words of ['OFFICIAL-SENSITIVE', 'Elis Gruffydd', "1A: The learner's core details"]) expect(printed, words).toContain(squash(words));
  pdfToPng(pdf, info, 'idp-printed-from-editor');

  // The learner's status and review clock follow the plan.
  await go(page, `#/learner/${learner.id}`);
  await expect(page.getByText('IDP (school)', { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('region', { name: 'Statutory deadlines' })).toContainText(`IDP review due: ${dmy(reviewBy)}`);

  // A review: the next draft starts as a copy; one change, then the two versions compared.
  await go(page, `#/idp/${learner.id}`);
  await page.getByRole('button', { name: 'Start a new draft (review or change)' }).click();
  await expect(page.getByText(/^Version 2 · Draft/)).toBeVisible();
  await expect(box(region(page, "1A: The learner's core details"), 'Address')).toHaveValue(IDP_PLAN.coreDetails.address);
  await box(group(provision, 'Provision element 1'), 'Sessions a week').fill('4');
  const timeline = region(page, 'Timeline of important dates');
  await timeline.getByRole('button', { name: 'Add a date' }).click();
  await group(timeline, 'Timeline entry 2').getByLabel('Date', { exact: true }).fill('2027-11-12');
  await box(group(timeline, 'Timeline entry 2'), 'What happened').fill('Annual review meeting');
  await saved(page);
  const versions = region(page, 'Versions');
  await expect(versions.getByRole('row', { name: /Open version 1/ })).toContainText('Issued (in force)');
  await versions.getByRole('button', { name: 'Compare' }).click();
  const diff = versions.getByRole('region', { name: 'Changes from version 1 to version 2' });
  const change = diff.getByRole('row', { name: /Provision element 1: Sessions a week/ });
  await expect(change.getByRole('cell')).toHaveText(['3', '4']);
  await expect(diff.getByRole('row', { name: /Timeline entry 2 added/ }).getByRole('cell')).toHaveText(['–', '12/11/2027 · Annual review meeting']);
  await diff.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.screenshot({ path: info.outputPath('idp-diff.png') });

  // The case pack for the local authority: one Word file, and the disclosure on the learner's record.
  await page.getByRole('button', { name: 'Case pack for the LA…' }).click();
  const pack = page.getByRole('dialog', { name: 'Case pack for the local authority: Elis Gruffydd' });
  await pack.getByRole('textbox', { name: "The school's statement for the cover sheet" }).fill('The specialist reading provision Elis needs is beyond what the school can reasonably secure.');
  await pack.getByRole('button', { name: 'Export case pack' }).click();
  const packStatus = page.getByRole('status').filter({ hasText: /^Saved to .*\.docx$/ });
  await expect(packStatus).toBeVisible({ timeout: 30_000 });
  expect(existsSync(((await packStatus.textContent()) ?? '').replace('Saved to ', '').trim())).toBe(true);
  await pack.getByRole('button', { name: 'Close', exact: true }).last().click();
  await go(page, `#/learner/${learner.id}`);
  await page.getByRole('tab', { name: 'Disclosures' }).click();
  await expect(page.getByRole('table', { name: /^Disclosures/ })).toContainText('ALN team, Carmarthenshire');
});

test('issuing a plan with gaps asks for a reason, and the override is shown with the version', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const learner = await seedLearner(core);
  await call(core, 'idp.startDraft', { learnerId: learner.id });
  await go(page, `#/idp/${learner.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'IDP: Elis Gruffydd' })).toBeVisible();
  const header = page.getByText(/gaps to fill before issuing$/).first();
  await expect(header).toBeVisible();
  const gaps = Number(/(\d+) gaps/.exec((await header.textContent()) ?? '')?.[1]);
  expect(gaps).toBeGreaterThan(0);

  // The checks panel leads to the section a gap is in, and the keyboard focus goes with it.
  await page.getByRole('button', { name: 'Show the checks' }).click();
  await region(page, 'Checks').getByRole('link', { name: 'This section is empty.' }).first().press('Enter');
  await expect(page.getByRole('heading', { level: 2, name: 'Views, wishes and feelings' })).toBeFocused();

  await page.getByRole('button', { name: 'Issue…' }).click();
  const issue = page.getByRole('dialog', { name: 'Issue version 1' });
  await expect(issue).toContainText(`${gaps} gaps still to fill`);
  await expect(issue).toContainText('Views, wishes and feelings – This section is empty.');
  await issue.getByRole('button', { name: 'Issue with gaps' }).click();
  await expect(issue.getByText('Give the reason, or fill the gaps first.')).toBeVisible();
  await page.screenshot({ path: info.outputPath('idp-issue-with-gaps.png') });
  await issue.getByRole('textbox', { name: 'Reason for issuing with gaps' }).fill('The family need the plan before the transition meeting; views follow next week.');
  await issue.getByRole('button', { name: 'Issue with gaps' }).click();
  await expect(issue).toBeHidden();

  await expect(page.getByText(`Issued with ${gaps} gaps still to fill. The reason recorded:`)).toBeVisible();
  const row = region(page, 'Versions').getByRole('row', { name: /Version 1/ });
  await expect(row).toContainText(`Issued with ${gaps} gaps: The family need the plan before the transition meeting; views follow next week.`);

  // Ceasing the plan in force: the date and reason are asked for, and the plan stays readable.
  await page.getByRole('button', { name: 'Cease this plan…' }).click();
  const cease = page.getByRole('dialog', { name: 'Cease the plan in force' });
  await cease.getByRole('textbox', { name: 'Reason' }).fill('Elis has moved to a school in England.');
  await cease.getByRole('button', { name: 'Cease the plan' }).click();
  await expect(page.getByText('No IDP is in force for this learner. Earlier versions are listed below.')).toBeVisible();
  await expect(region(page, 'Versions').getByRole('row', { name: /Open version 1/ })).toContainText(`Ceased on ${dmy(todayIso())}`);
});

test('a change made elsewhere is not overwritten: the draft says so and shows what is stored', async ({ launch }) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const learner = await seedLearner(core);
  const draft = await call(core, 'idp.startDraft', { learnerId: learner.id });
  await go(page, `#/idp/${learner.id}`);
  const other = box(region(page, '2C: Other provision'), 'Other provision');
  await expect(other).toHaveValue('');
  await call(core, 'idp.saveSection', { idpId: draft.id, version: draft.version, section: 'otherProvision', value: { text: 'Taxi on PE days.' } });
  await other.fill('Minibus on Fridays.');
  await other.blur();
  await expect(page.getByRole('alert')).toHaveText('This draft was changed somewhere else. The latest version is shown; make your change again.');
  await expect(other).toHaveValue('Taxi on PE days.');
  await other.fill('Taxi on PE days and a minibus on Fridays.');
  await saved(page);
  expect((await call(core, 'idp.get', { id: draft.id })).content.otherProvision.text).toBe('Taxi on PE days and a minibus on Fridays.');

  // The plan's language is the plan's own (the headings of its exports start from it).
  await choose(page, page.locator('main'), 'Plan language', 'Welsh');
  await saved(page);
  expect((await call(core, 'idp.get', { id: draft.id })).planLanguage).toBe('cy');

  // A draft no one wants can be thrown away, after a question.
  await page.getByRole('button', { name: 'Discard draft' }).click();
  await page.getByRole('dialog', { name: 'Confirm' }).getByRole('button', { name: 'Discard draft' }).click();
  await expect(page.getByRole('button', { name: 'Start an IDP' })).toBeVisible();
});
