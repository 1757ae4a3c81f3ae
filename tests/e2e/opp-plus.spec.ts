import { expect, setUp, snap, test } from './fixtures';
import { addMeasure, choose, docxTables, expectCells, go, nav, printAndWait } from './opp-plus-helpers';
import { call, pdfPageCount, pdfTextSquashed, pdfToPng, squash } from './profile-helpers';

test('an OPP+ with two interventions: measures, impact table and chart, consider ALN, print and Word', async ({ launch }, info) => {
  test.setTimeout(180_000);
  const { page, core } = await launch();
  await setUp(page);
  const osian = await call(core, 'learners.create', { legalFirstName: 'Osian', legalLastName: 'Davies', dateOfBirth: '2016-03-04', yearGroup: '4' });
  const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: osian.id });
  const said = (section: 'appreciation' | 'importantTo' | 'support', text: string) => ({ section, text, contributor: 'learner', firstPerson: true, importantFor: false }) as const;
  await call(core, 'profiles.saveItems', { profileId: profile.id, version: profile.version, items: [said('appreciation', 'I am a brilliant goalkeeper.'), said('importantTo', 'Playing with my dog Mabli.'), said('support', 'Show me a word before I have to read it aloud.')] });
  await go(page, `#/learner/${osian.id}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Osian Davies' })).toBeVisible();
  await page.getByRole('button', { name: 'Start OPP+' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'OPP+: Osian Davies' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Edit the one-page profile' })).toHaveAttribute('href', `#/profile/learner/${osian.id}`);
  await expect(page.getByRole('region', { name: 'One-page profile' })).toContainText('Playing with my dog Mabli.');

  // The fuller "important to / for me" and the review date, saved together.
  await page.getByRole('textbox', { name: 'What is important to me' }).fill('Football with his cousins on Saturdays, and his dog Mabli.');
  await page.getByRole('textbox', { name: 'What is important for me' }).fill('Short reading practice every day, with words shown before he reads aloud.');
  await page.getByLabel('Review date').fill('2026-03-20');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
  await expect(page.getByText('Review 20/03/2026', { exact: false })).toBeVisible();

  // 1. From the catalogue: its schedule and suggested measure come with it; a vague target is flagged as typed.
  await page.getByRole('button', { name: 'Add intervention' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add an intervention' });
  await choose(page, dialog, 'Programme', 'Catch Up Literacy');
  await expect(dialog.getByRole('combobox', { name: 'Measure' })).toHaveValue('Reading age');
  await expect(dialog.getByRole('textbox', { name: 'Sessions a week' })).toHaveValue('2');
  await expect(dialog.getByRole('textbox', { name: 'Minutes a session' })).toHaveValue('15');
  await expect(dialog.getByRole('textbox', { name: 'Weeks' })).toHaveValue('20');
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('Regular reading practice as required');
  const targetChecks = dialog.getByRole('note', { name: 'Checks on the target' });
  await expect(targetChecks).toContainText('“Regular” is hard to check.');
  await expect(targetChecks).toContainText('“as required” is hard to check.');
  await expect(targetChecks).toContainText('The target has no date to reach it by.');
  await expect(dialog.getByRole('note', { name: 'Checks on the schedule' })).toContainText('There is no start date yet.');
  await snap(page, info, 'opp-plus-form-checks');
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('Osian reads with a reading age of 8 years by the end of January.');
  await dialog.getByRole('textbox', { name: 'Target score: years' }).fill('8');
  await dialog.getByRole('textbox', { name: 'Target score: months' }).fill('0');
  await dialog.getByLabel('Target date').fill('2026-01-30');
  await dialog.getByLabel('Start date').fill('2025-09-15');
  await dialog.getByRole('button', { name: 'Use 02/02/2026 (start + 20 weeks)' }).click();
  await expect(dialog.getByLabel('Planned end date')).toHaveValue('2026-02-02');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Add a member of staff' }).click();
  await page.getByRole('textbox', { name: 'Name', exact: true }).fill('Mr Evans');
  await page.getByRole('textbox', { name: 'Role', exact: true }).fill('Teaching assistant');
  await page.getByRole('button', { name: 'Add', exact: true }).click();
  await expect(dialog.getByRole('combobox', { name: 'Delivered by' })).toHaveValue('Mr Evans (Teaching assistant)');
  await dialog.getByRole('textbox', { name: 'Location' }).fill('Library');
  await choose(page, dialog, 'Status', 'Running');
  await dialog.getByRole('textbox', { name: 'Sessions delivered' }).fill('36');
  await snap(page, info, 'opp-plus-add-intervention');
  await dialog.getByRole('button', { name: 'Add intervention' }).click();
  await expect(dialog).toBeHidden();

  // 2. A programme of the school's own, measured on a scale typed in: the checks warn but never stop a save.
  await page.getByRole('button', { name: 'Add intervention' }).click();
  dialog = page.getByRole('dialog', { name: 'Add an intervention' });
  await choose(page, dialog, 'Programme', 'Another programme (type its name)');
  await dialog.getByRole('textbox', { name: 'Programme name' }).fill('Lunchtime social group');
  await choose(page, dialog, 'Area of need', 'Social, emotional and mental health');
  await dialog.getByRole('textbox', { name: 'Target', exact: true }).fill('Osian rates joining in at lunchtime at 8 out of 10 by half term.');
  await dialog.getByRole('combobox', { name: 'Measure' }).fill('Friendship rating (1 to 10)');
  await dialog.getByRole('combobox', { name: 'Measure' }).press('Tab');
  await dialog.getByRole('textbox', { name: 'Target score' }).fill('8');
  await dialog.getByLabel('Target date').fill('2025-12-12');
  await dialog.getByRole('textbox', { name: 'Sessions a week' }).fill('3');
  await dialog.getByRole('textbox', { name: 'Minutes a session' }).fill('30');
  await expect(dialog.getByRole('note', { name: 'Checks on the schedule' })).toContainText('For how many weeks? Enter the duration.');
  await dialog.getByRole('textbox', { name: 'Weeks' }).fill('10');
  await dialog.getByLabel('Start date').fill('2025-09-15');
  // An impossible schedule is flagged as it is typed (an end before the start, no sessions a week), then put right.
  const scheduleChecks = dialog.getByRole('note', { name: 'Checks on the schedule' });
  await dialog.getByLabel('Planned end date').fill('2025-09-01');
  await dialog.getByRole('textbox', { name: 'Sessions a week' }).fill('0');
  await expect(scheduleChecks.getByRole('listitem')).toHaveText(['The planned end date is before the start date.', 'There are no sessions a week yet.']);
  await snap(page, info, 'opp-plus-form-schedule-checks');
  await dialog.getByLabel('Planned end date').fill('');
  await dialog.getByRole('textbox', { name: 'Sessions a week' }).fill('3');
  await expect(dialog.getByRole('note')).toHaveCount(0);
  await dialog.getByRole('textbox', { name: 'Group size' }).fill('6');
  await choose(page, dialog, 'Language of delivery', 'Bilingual');
  await choose(page, dialog, 'Status', 'Running');
  await dialog.getByRole('textbox', { name: 'Sessions delivered' }).fill('24');
  await dialog.getByRole('button', { name: 'Add intervention' }).click();
  await expect(dialog).toBeHidden();

  const cul = page.getByRole('article', { name: 'Catch Up Literacy' });
  const lunch = page.getByRole('article', { name: 'Lunchtime social group' });
  await expect(cul).toContainText('Reading age: 8y 0m · by 30/01/2026');
  await expect(cul).toContainText('2 sessions a week × 15 min for 20 weeks');
  await expect(cul).toContainText('15/09/2025 – 02/02/2026');
  await expect(cul).toContainText('Delivered byMr Evans (Teaching assistant)');
  await expect(lunch).toContainText('Group of 6');
  await expect(lunch).toContainText('24 of 30');

  await addMeasure(page, 'Catch Up Literacy', { phase: 'Baseline', score: [7, 3], date: '2025-09-15' });
  await addMeasure(page, 'Catch Up Literacy', { phase: 'Exit', score: [8, 0], date: '2026-01-30' });
  await addMeasure(page, 'Lunchtime social group', { phase: 'Baseline', score: 4, date: '2025-09-19' });
  await addMeasure(page, 'Lunchtime social group', { phase: 'Exit', score: 6, date: '2025-12-12' });
  await expect(cul.getByRole('table', { name: 'Measures for Catch Up Literacy' }).getByRole('row')).toHaveCount(3);
  await expect(cul.getByRole('button', { name: 'Edit Baseline: Reading age, 15/09/2025, Catch Up Literacy' })).toBeVisible();

  const impact = page.getByRole('table', { name: 'Impact for Osian Davies' });
  await expectCells(impact.getByRole('row', { name: /Catch Up Literacy/ }), ['Catch Up Literacy', 'Reading age', '7y 3m', '8y 0m', '+9 months', '8y 0m', 'Yes', '36 of 40 (90%)']);
  await expectCells(impact.getByRole('row', { name: /Lunchtime social group/ }), ['Lunchtime social group', 'Friendship rating (1 to 10)', '4', '6', '+2', '8', 'No', '24 of 30 (80%)']);
  await expect(page.getByText('Time Osian Davies spends in interventions: 2 h a week.')).toBeVisible();
  // Staff: 2 × 15 min alone, plus 3 × 30 min shared by 6 = 45 min a week; 30 × 13 weeks + 15 × 10 weeks = 9 h a term.
  await expect(page.getByText('Planned staff time: 45 min a week, 9 h in a 13-week term.')).toBeVisible();
  await snap(page, info, 'opp-plus-page');

  // Across the caseload.
  await nav(page, 'Plans');
  await page.getByRole('tab', { name: 'OPP+ plans' }).click();
  const plans = page.getByRole('table', { name: 'OPP+ plans' });
  await expectCells(plans.getByRole('row', { name: /Osian Davies/ }), ['Osian Davies', 'Year 4', 'Active', '2 running of 2', '45 min', '20/03/2026']);
  await page.getByRole('tab', { name: 'Impact' }).click();
  const byProgramme = page.getByRole('table', { name: 'Impact by programme' });
  await expectCells(byProgramme.getByRole('row', { name: /Catch Up Literacy/ }), ['Catch Up Literacy', 'Reading age', '1', '1', '+9 months', '1 of 1 (100%)', '90%']);
  await expectCells(byProgramme.getByRole('row', { name: /Lunchtime social group/ }), ['Lunchtime social group', 'Friendship rating (1 to 10)', '1', '1', '+2', '0 of 1 (0%)', '80%']);
  const chart = page.getByRole('img', { name: 'Bar chart of the average change from baseline to exit: Catch Up Literacy (Reading age): +9 months; Lunchtime social group (Friendship rating (1 to 10)): +2.' });
  await expect(chart).toBeVisible();
  await expect(chart.locator('[data-bar="Catch Up Literacy (Reading age)"]')).toHaveText('Catch Up Literacy (Reading age)+9 months');
  await expect(chart.locator('[data-bar="Lunchtime social group (Friendship rating (1 to 10))"]')).toHaveText('Lunchtime social group (Friendship rating (1 to 10))+2');
  // Bars in proportion: +9 against +2.
  const widths = await chart.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  expect(widths[0]! / widths[1]!).toBeCloseTo(9 / 2, 1);
  // The share meeting target and attendance, as percentages on one scale to 100%: two bars a programme.
  const cu = 'Catch Up Literacy (Reading age)';
  const lsg = 'Lunchtime social group (Friendship rating (1 to 10))';
  const shares = page.getByRole('img', {
    name: `Bar chart of the share of measured learners who met their target, and of attendance, as percentages: ${cu}, met target: 100%; ${cu}, attendance: 90%; ${lsg}, met target: 0%; ${lsg}, attendance: 80%.`,
  });
  await expect(shares).toBeVisible();
  await expect(shares.locator('[data-bar]')).toHaveText([`${cu}, met target100%`, `${cu}, attendance90%`, `${lsg}, met target0%`, `${lsg}, attendance80%`]);
  const shareWidths = await shares.locator('rect').evaluateAll((rects) => rects.map((r) => Number(r.getAttribute('width'))));
  expect(shareWidths[2]).toBe(0);
  expect([shareWidths[1]! / shareWidths[0]!, shareWidths[3]! / shareWidths[0]!].map((r) => r.toFixed(3))).toEqual(['0.900', '0.800']);
  await expect(page.getByText('45 min a week; 9 h in a 13-week term.')).toBeVisible();
  const byStaff = page.getByRole('table', { name: 'Planned staff time by member of staff' });
  await expectCells(byStaff.getByRole('row', { name: /Mr Evans/ }), ['Mr Evans', '30 min', '6 h 30 min']);
  await expectCells(byStaff.getByRole('row', { name: /Not assigned yet/ }), ['Not assigned yet', '15 min', '2 h 30 min']);
  await snap(page, info, 'plans-impact');

  // Consider ALN: asked first, then the duty to decide starts.
  await page.getByRole('tab', { name: 'OPP+ plans' }).click();
  await page.getByRole('link', { name: 'Osian Davies' }).click();
  await lunch.getByRole('combobox', { name: 'Next step for Lunchtime social group' }).click();
  await page.getByRole('option', { name: 'Consider whether they have ALN' }).click();
  const confirm = page.getByRole('dialog', { name: 'Confirm' });
  await expect(confirm).toContainText('starts the duty to decide');
  await confirm.getByRole('button', { name: 'Consider ALN' }).click();
  await expect(lunch.getByRole('status').filter({ hasText: 'Osian Davies is now under consideration' })).toBeVisible();
  await expect(lunch.getByRole('combobox', { name: 'Next step for Lunchtime social group' })).toHaveValue('Consider whether they have ALN');

  const pdf = await printAndWait(page, 'Print to PDF', 'pdf');
  expect(await pdfPageCount(pdf)).toBeGreaterThanOrEqual(2);
  const text = pdfTextSquashed(pdf);
  for (const words of ['Osian Davies', 'Playing with my dog Mabli.', 'Football with his cousins on Saturdays', 'Catch Up Literacy', 'Lunchtime social group']) expect(text, words).toContain(squash(words));
  // The figures, as the screen gave them: scores, change, target met, sessions, who delivers, and the time.
  for (const words of [
    'Delivered by Mr Evans (Teaching assistant)',
    'Sessions delivered 36 of 40 (90%)',
    'Change 7y 3m → 8y 0m (+9m) Target met Yes',
    'Change 4 → 6 (+2) Target met No Next step Consider whether they have ALN',
    'Planned staff time a week 45 min',
    'Planned staff time a term (13 weeks) 9 h',
  ]) {
    expect(text, words).toContain(squash(words));
  }
  pdfToPng(pdf, info, 'opp-plus-printed');
  const docx = await printAndWait(page, 'Export to Word', 'docx');
  const word = docxTables(docx);
  const first = word.findIndex((table) => table[0]?.[0] === 'Area of need');
  const [culDetails, culMeasures, culResults, lunchDetails, , lunchResults, time] = word.slice(first);
  expect(culDetails).toContainEqual(['Delivered by', 'Mr Evans (Teaching assistant)']);
  expect(culDetails).toContainEqual(['Sessions delivered', '36 of 40 (90%)']);
  expect(culMeasures).toEqual([['Phase', 'Measure', 'Score', 'Date'], ['Baseline', 'Reading age', '7y 3m', '15/09/2025'], ['Exit', 'Reading age', '8y 0m', '30/01/2026']]);
  expect(culResults!.slice(0, 2)).toEqual([['Change', '7y 3m → 8y 0m (+9m)'], ['Target met', 'Yes']]);
  expect(lunchDetails).toContainEqual(['Delivered by', 'Not set']);
  expect(lunchDetails).toContainEqual(['Sessions delivered', '24 of 30 (80%)']);
  expect(lunchResults!.slice(0, 2)).toEqual([['Change', '4 → 6 (+2)'], ['Target met', 'No']]);
  expect(lunchResults![2]![1]).toMatch(/^Consider whether they have ALN \(\d{2}\/\d{2}\/\d{4}\)$/);
  expect(time).toEqual([["Learner's time a week", '2 h'], ['Planned staff time a week', '45 min'], ['Planned staff time a term (13 weeks)', '9 h']]);

  await page.getByRole('link', { name: 'Back to Osian Davies' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Osian Davies' })).toBeVisible();
  await expect(page.getByText('Under consideration', { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Statutory deadlines' })).toContainText('Decision on ALN due');
  await expect(page.getByRole('link', { name: 'Open OPP+' })).toBeVisible();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  await expect(page.getByText('OPP+ started')).toBeVisible();
  await expect(page.getByText('Intervention started: Catch Up Literacy')).toBeVisible();
  await nav(page, 'Caseload');
  const due = page.getByRole('region', { name: 'Due and overdue' });
  await expect(due.getByRole('listitem').filter({ hasText: 'Osian Davies' })).toContainText('Decision on ALN due');

  // The same page in Welsh, to look at.
  await go(page, `#/opp-plus/${osian.id}`);
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await expect(page.getByRole('heading', { level: 1, name: 'PUT+: Osian Davies' })).toBeVisible();
  await expect(page.getByRole('table', { name: 'Effaith i Osian Davies' }).getByRole('row', { name: /Catch Up Literacy/ })).toContainText('+9 mis');
  await expect(page.getByRole('table', { name: 'Effaith i Osian Davies' }).getByRole('row', { name: /Catch Up Literacy/ })).toContainText('8bl 0m');
  await snap(page, info, 'opp-plus-page-cy');
  await go(page, '#/plans');
  await page.getByRole('tab', { name: 'Effaith' }).click();
  await expect(page.getByRole('img', { name: /^Siart bar o gyfran y dysgwyr .*Catch Up Literacy \(Reading age\), wedi cyrraedd y targed: 100%; Catch Up Literacy \(Reading age\), presenoldeb: 90%;/ })).toBeVisible();
  await snap(page, info, 'plans-impact-cy');
});

test('the intervention catalogue: add, a duplicate name refused plainly, edit, retire and restore', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  await nav(page, 'Plans');
  await expect(page.getByText('No IDPs yet')).toBeVisible();
  await page.getByRole('tab', { name: 'OPP+ plans' }).click();
  await expect(page.getByText('No OPP+ plans yet')).toBeVisible();
  await page.getByRole('tab', { name: 'Intervention catalogue' }).click();
  const table = page.getByRole('table', { name: 'Intervention catalogue' });
  await expectCells(table.getByRole('row', { name: /^Catch Up Literacy/ }), ['Catch Up Literacy', 'Literacy', '2 sessions a week × 15 min for 20 weeks', 'Reading age, Personalised assessment: Reading', 'Offered', 'EditRetire']);

  await page.getByRole('button', { name: 'Add programme' }).click();
  let dialog = page.getByRole('dialog', { name: 'Add programme' });
  await dialog.getByRole('textbox', { name: 'Programme name' }).fill('Toe by Toe');
  await choose(page, dialog, 'Area of need', 'Literacy');
  await dialog.getByRole('textbox', { name: 'Sessions a week' }).fill('5');
  await dialog.getByRole('textbox', { name: 'Minutes a session' }).fill('20');
  await dialog.getByRole('textbox', { name: 'Weeks' }).fill('12');
  await dialog.getByRole('combobox', { name: 'Suggested measures' }).fill('Reading age');
  await dialog.getByRole('combobox', { name: 'Suggested measures' }).press('Enter');
  await dialog.getByRole('combobox', { name: 'Suggested measures' }).press('Tab');
  await dialog.getByRole('button', { name: 'Add programme' }).click();
  await expect(dialog).toBeHidden();
  await expectCells(table.getByRole('row', { name: /^Toe by Toe/ }), ['Toe by Toe', 'Literacy', '5 sessions a week × 20 min for 12 weeks', 'Reading age', 'Offered', 'EditRetire']);

  await page.getByRole('button', { name: 'Add programme' }).click();
  dialog = page.getByRole('dialog', { name: 'Add programme' });
  await dialog.getByRole('textbox', { name: 'Programme name' }).fill('toe by toe');
  await choose(page, dialog, 'Area of need', 'Literacy');
  await dialog.getByRole('button', { name: 'Add programme' }).click();
  await expect(dialog.getByRole('alert')).toHaveText('There is already a programme called “toe by toe” in the catalogue. Choose another name.');
  await dialog.getByRole('button', { name: 'Cancel' }).click();

  await page.getByRole('button', { name: 'Edit Toe by Toe' }).click();
  dialog = page.getByRole('dialog', { name: 'Edit Toe by Toe' });
  await dialog.getByRole('textbox', { name: 'Weeks' }).fill('16');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(table.getByRole('row', { name: /^Toe by Toe/ })).toContainText('for 16 weeks');

  await page.getByRole('button', { name: 'Retire Toe by Toe' }).click();
  await expect(table.getByRole('row', { name: /^Toe by Toe/ })).toContainText('Retired');
  // A retired programme is no longer offered for a new row.
  const learner = await call(core, 'learners.create', { legalFirstName: 'Cerys', legalLastName: 'Hughes', dateOfBirth: '2015-01-20' });
  await call(core, 'oppPlus.start', { learnerId: learner.id });
  await go(page, `#/opp-plus/${learner.id}`);
  // Without a profile the OPP+ says so and links to where it is written; opening the page starts none.
  const profilePart = page.getByRole('region', { name: 'One-page profile' });
  await expect(profilePart).toContainText('The one-page profile has not been written yet.');
  await expect(profilePart.getByRole('link', { name: 'Write the one-page profile' })).toHaveAttribute('href', `#/profile/learner/${learner.id}`);
  await expect(profilePart.getByRole('link', { name: 'Edit the one-page profile' })).toHaveCount(0);
  await snap(page, info, 'opp-plus-no-profile');
  expect(await call(core, 'profiles.versions', { ownerKind: 'learner', ownerId: learner.id })).toEqual([]);
  const actions = (await call(core, 'audit.list', { learnerId: learner.id })).entries.map((e) => e.action);
  expect(actions).toContain('learner.created');
  expect(actions).not.toContain('profile.created');
  await page.getByRole('button', { name: 'Add intervention' }).click();
  await page.getByRole('dialog').getByRole('combobox', { name: 'Programme' }).click();
  await expect(page.getByRole('option', { name: 'Catch Up Literacy', exact: true })).toBeVisible();
  await expect(page.getByRole('option', { name: 'Toe by Toe' })).toHaveCount(0);
  await page.keyboard.press('Escape');
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();

  await nav(page, 'Plans');
  await page.getByRole('tab', { name: 'Intervention catalogue' }).click();
  await page.getByRole('button', { name: 'Restore Toe by Toe' }).click();
  await expect(table.getByRole('row', { name: /^Toe by Toe/ })).toContainText('Offered');
});
