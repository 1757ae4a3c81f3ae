import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, setUp, test } from './fixtures';
import { call } from './profile-helpers';

/** WCAG 2 A and AA rules from axe-core, on the whole page as it stands. */
async function violations(page: Page, screen: string): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return result.violations.map((v) => `${screen}: ${v.id} (${v.nodes.length}) ${v.nodes.map((n) => `${n.target.join(' ')} ${n.failureSummary ?? ''}`).join(', ')}`);
}

/** An OPP+ with one intervention, measured, and one without a target: the cards show measures and warnings. */
async function seedOppPlus(core: Parameters<typeof call>[0], learnerId: string) {
  const plan = await call(core, 'oppPlus.start', { learnerId });
  const [catchUp] = (await call(core, 'catalogue.list', {})).filter((p) => p.name === 'Catch Up Literacy');
  const row = { programmeId: catchUp!.id, customName: null, area: 'literacy', target: 'Regular reading as required', measureTool: 'Reading age', targetScore: 96, better: 'higher', targetDate: '2026-01-30', entryCriteria: null, sessionsPerWeek: 2, sessionMinutes: 15, durationWeeks: 20, startDate: '2025-09-15', plannedEndDate: '2025-09-01', staffId: null, groupSize: null, location: 'Library', language: 'en', status: 'running', sessionsDelivered: 30, impactNote: 'Reading with more confidence.' } as const;
  const withRow = await call(core, 'oppPlus.addIntervention', { planId: plan.id, fields: row });
  const id = withRow.interventions[0]!.id;
  await call(core, 'oppPlus.addMeasure', { interventionId: id, measure: { phase: 'baseline', tool: 'Reading age', score: 87, date: '2025-09-15', note: null } });
  await call(core, 'oppPlus.addMeasure', { interventionId: id, measure: { phase: 'exit', tool: 'Reading age', score: 97, date: '2026-01-30', note: null } });
  await call(core, 'oppPlus.addIntervention', { planId: plan.id, fields: { ...row, programmeId: null, customName: 'Lego-based club', area: 'slcn', target: null, measureTool: null, targetScore: null, status: 'planned' } });
}

/** The OPP+ page, its intervention form and measure form, and the Plans tabs, as they stand in either language. */
async function oppPlusScreens(page: Page, learnerId: string, w: { addIntervention: string; addMeasure: string; plans: string; tabs: string[]; lang: string }): Promise<string[]> {
  const found: string[] = [];
  await page.evaluate((h) => (window.location.hash = h), `#/opp-plus/${learnerId}`);
  await expect(page.getByRole('article')).toHaveCount(2);
  found.push(...(await violations(page, `opp-plus-${w.lang}`)));
  await page.getByRole('button', { name: w.addIntervention, exact: true }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations(page, `intervention dialog-${w.lang}`)));
  await page.getByRole('dialog').getByRole('button', { name: w.addIntervention === 'Add intervention' ? 'Cancel' : 'Canslo' }).click();
  await page.getByRole('button', { name: w.addMeasure }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations(page, `measure dialog-${w.lang}`)));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('navigation').getByRole('link', { name: w.plans }).click();
  for (const tab of w.tabs) {
    await page.getByRole('tab', { name: tab }).click();
    await expect(page.getByRole('tabpanel')).toBeVisible();
    await expect(page.getByRole('table').first()).toBeVisible();
    found.push(...(await violations(page, `plans ${tab}`)));
  }
  return found;
}

test('every screen passes the axe WCAG 2.1 AA checks, in English and Welsh', async ({ launch }) => {
  test.setTimeout(180_000);
  const { page, core } = await launch();
  const found: string[] = [];
  await expect(page.getByRole('heading', { name: 'Set up Caseload' })).toBeVisible();
  found.push(...(await violations(page, 'setup')));
  await setUp(page);
  found.push(...(await violations(page, 'caseload')));
  for (const link of ['Profiles', 'Plans', 'Reviews', 'Settings']) {
    await page.getByRole('link', { name: link }).click();
    await expect(page.getByRole('heading', { name: link, level: 1 })).toBeVisible();
    found.push(...(await violations(page, link)));
  }
  await page.getByRole('link', { name: 'Caseload', exact: true }).click();
  await page.getByRole('link', { name: 'Add learner' }).click();
  found.push(...(await violations(page, 'new learner')));
  await page.getByRole('textbox', { name: 'Legal first name' }).fill('Elin');
  await page.getByRole('textbox', { name: 'Legal surname' }).fill('Rowlands');
  await page.getByLabel('Date of birth').fill('2015-06-01');
  await page.getByRole('button', { name: 'Add learner' }).click();
  await expect(page.getByRole('heading', { name: 'Elin Rowlands' })).toBeVisible();
  found.push(...(await violations(page, 'learner details')));
  await page.getByRole('tab', { name: 'Contacts' }).click();
  await page.getByRole('button', { name: 'Add contact' }).click();
  found.push(...(await violations(page, 'contact dialog')));
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('tab', { name: 'Timeline' }).click();
  found.push(...(await violations(page, 'learner timeline')));
  const elin = page.url().split('/').pop()!;
  await seedOppPlus(core, elin);
  const english = { addIntervention: 'Add intervention', addMeasure: 'Add a measure for Catch Up Literacy', plans: 'Plans', tabs: ['OPP+ plans', 'Impact', 'Intervention catalogue'], lang: 'en' };
  found.push(...(await oppPlusScreens(page, elin, english)));
  await page.getByRole('button', { name: 'Add programme' }).click();
  found.push(...(await violations(page, 'programme dialog')));
  await page.getByRole('dialog').getByRole('button', { name: 'Cancel' }).click();
  await page.getByRole('link', { name: 'Caseload', exact: true }).click();
  await expect(page.getByRole('table', { name: 'Learners in the caseload' })).toBeVisible();
  found.push(...(await violations(page, 'caseload with a learner')));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await expect(page.getByRole('heading', { name: 'Gosodiadau', level: 1 })).toBeVisible();
  found.push(...(await violations(page, 'settings-cy')));
  const welsh = { addIntervention: 'Ychwanegu ymyriad', addMeasure: 'Ychwanegu mesur ar gyfer Catch Up Literacy', plans: 'Cynlluniau', tabs: ['Cynlluniau PUT+', 'Effaith', 'Catalog ymyriadau'], lang: 'cy' };
  found.push(...(await oppPlusScreens(page, elin, welsh)));
  await page.getByRole('button', { name: 'Cloi nawr' }).click();
  await expect(page.getByRole('heading', { name: "Mae Caseload wedi'i gloi" })).toBeVisible();
  found.push(...(await violations(page, 'locked-cy')));
  await page.getByRole('button', { name: 'Wedi anghofio eich cyfrinymadrodd?' }).click();
  found.push(...(await violations(page, 'recover-cy')));
  expect(found).toEqual([]);
});
