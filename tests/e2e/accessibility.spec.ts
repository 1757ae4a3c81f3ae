import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, setUp, test } from './fixtures';
import { call } from './profile-helpers';
import { IDP_LEARNER, IDP_PLAN, SCHOOL_YEAR_2026_27, saveIdpPlan } from '../fixtures/idp-plan';

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

/** A school calendar and a learner with an issued IDP: Settings, Plans → IDPs and the case pack have content. */
async function seedIdpAround(core: Parameters<typeof call>[0]): Promise<string> {
  await call(core, 'calendar.save', SCHOOL_YEAR_2026_27);
  const elis = await call(core, 'learners.create', { ...IDP_LEARNER, homeLanguages: [...IDP_LEARNER.homeLanguages] });
  const draft = await saveIdpPlan(core!, await call(core, 'idp.startDraft', { learnerId: elis.id }));
  await call(core, 'idp.issue', { idpId: draft.id, version: draft.version, dateGiven: '2026-11-20', overrideReason: null });
  return elis.id;
}

/** Settings with the calendar (and its problems shown), Plans → IDPs, a learner's disclosures and the case pack dialog. */
async function idpAroundScreens(page: Page, learnerId: string, w: { settings: string; addTerm: string; save: string; plans: string; idps: string; disclosures: string; casePack: string; lang: string }): Promise<string[]> {
  const found: string[] = [];
  await page.getByRole('navigation').getByRole('link', { name: w.settings }).click();
  await page.getByRole('button', { name: w.addTerm }).click();
  await page.getByRole('button', { name: w.save }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  found.push(...(await violations(page, `settings calendar-${w.lang}`)));
  await page.getByRole('navigation').getByRole('link', { name: w.plans }).click();
  await expect(page.getByRole('tab', { name: w.idps })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('table')).toBeVisible();
  found.push(...(await violations(page, `plans idps-${w.lang}`)));
  await page.evaluate((h) => (window.location.hash = h), `#/learner/${learnerId}`);
  await page.getByRole('tab', { name: w.disclosures }).click();
  await expect(page.getByRole('tabpanel')).toBeVisible();
  found.push(...(await violations(page, `learner disclosures-${w.lang}`)));
  await page.evaluate((h) => (window.location.hash = h), `#/idp/${learnerId}`);
  await page.getByRole('button', { name: w.casePack }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations(page, `case pack dialog-${w.lang}`)));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  return found;
}

/** A learner whose IDP has an issued version 1 and a draft version 2 with a changed and a vague provision element. */
async function seedIdpDraft(core: Parameters<typeof call>[0]): Promise<string> {
  const nia = await call(core, 'learners.create', { legalFirstName: 'Nia', legalLastName: 'Hughes', dateOfBirth: '2014-02-03', yearGroup: '6' });
  const first = await saveIdpPlan(core!, await call(core, 'idp.startDraft', { learnerId: nia.id }));
  await call(core, 'idp.issue', { idpId: first.id, version: first.version, dateGiven: '2026-11-20', overrideReason: null });
  const draft = await call(core, 'idp.startDraft', { learnerId: nia.id });
  const [one, two, three] = IDP_PLAN.provision;
  const provision = [{ ...one!, sessionsPerWeek: 4 }, { ...two!, what: 'Access to a quiet space as required', welsh: null }, three!];
  await call(core, 'idp.saveSection', { idpId: draft.id, version: draft.version, section: 'provision', value: provision });
  return nia.id;
}

/** The IDP editor with its checks open, the issue dialog (with gaps), and the comparison of two versions. */
async function idpEditorScreens(page: Page, learnerId: string, w: { outline: string; showChecks: string; issue: string; compare: string; lang: string }): Promise<string[]> {
  const found: string[] = [];
  await page.evaluate((h) => (window.location.hash = h), `#/idp/${learnerId}`);
  await expect(page.getByRole('navigation', { name: w.outline })).toBeVisible();
  await page.getByRole('button', { name: w.showChecks }).click();
  await expect(page.getByRole('note').first()).toBeVisible();
  found.push(...(await violations(page, `idp editor-${w.lang}`)));
  await page.getByRole('button', { name: w.issue }).click();
  await expect(page.getByRole('dialog')).toBeVisible();
  found.push(...(await violations(page, `idp issue dialog-${w.lang}`)));
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: w.compare, exact: true }).click();
  await expect(page.getByRole('table').last()).toBeVisible();
  found.push(...(await violations(page, `idp versions compared-${w.lang}`)));
  return found;
}

/** An annual review of Elis's IDP, recorded in part: perspectives, an action and an outcome to show. */
async function seedReview(core: Parameters<typeof call>[0], learnerId: string): Promise<string> {
  const invitees = [{ id: 'inv-1', kind: 'other' as const, refId: null, name: 'Nia Lewis', role: 'Speech and language therapist', attendance: 'sentViews' as const }];
  const review = await call(core, 'reviews.schedule', { learnerId, fields: { type: 'annualIdp', date: '2026-12-03', time: '15:30', place: 'Library', online: false, facilitator: 'Rhian Morgan', language: 'bilingual', invitees } });
  const perspectives = [{ id: 'p-1', perspective: 'learner' as const, working: 'Reading with Mrs Hughes', notWorking: 'Copying from the board' }];
  const actions = [{ id: 'a-1', action: 'Send the reading programme home', owner: 'Alys Pritchard', dueDate: '2026-12-18', status: 'open' as const }];
  const elementOutcomes = review.record.elementOutcomes.map((o, i) => ({ ...o, status: i === 0 ? ('met' as const) : null }));
  await call(core, 'reviews.saveRecord', { reviewId: review.id, version: review.version, record: { ...review.record, appreciation: 'Kind to everyone', perspectives, actions, elementOutcomes }, held: false });
  return review.id;
}

/** Reviews with a meeting listed, the schedule dialog, a review's page, the meeting and decision dialogs. */
async function reviewScreens(page: Page, reviewId: string, w: { reviews: string; schedule: string; change: string; decide: string; lang: string }): Promise<string[]> {
  const found: string[] = [];
  const dialog = async (button: string, screen: string) => {
    await page.getByRole('button', { name: button }).click();
    await expect(page.getByRole('dialog')).toBeVisible();
    found.push(...(await violations(page, `${screen}-${w.lang}`)));
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();
  };
  await page.getByRole('navigation').getByRole('link', { name: w.reviews }).click();
  // The IDP editor's tables linger for a moment after the click: wait for the Reviews page itself.
  await expect(page.getByRole('heading', { name: w.reviews, level: 1 })).toBeVisible();
  await expect(page.getByRole('table')).toHaveCount(1);
  found.push(...(await violations(page, `reviews-${w.lang}`)));
  await dialog(w.schedule, 'schedule dialog');
  await page.evaluate((h) => (window.location.hash = h), `#/review/${reviewId}`);
  await expect(page.getByRole('table')).toHaveCount(3);
  found.push(...(await violations(page, `review page-${w.lang}`)));
  await dialog(w.change, 'meeting dialog');
  await dialog(w.decide, 'decision dialog');
  return found;
}

test('every screen passes the axe WCAG 2.1 AA checks, in English and Welsh', async ({ launch }) => {
  // Long: axe reads every screen twice over, the IDP editor (a whole plan on one page) among them.
  test.setTimeout(420_000);
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
  const elis = await seedIdpAround(core);
  const englishIdp = { settings: 'Settings', addTerm: 'Add a term', save: 'Save calendar', plans: 'Plans', idps: 'IDPs', disclosures: 'Disclosures', casePack: 'Case pack for the LA…', lang: 'en' };
  found.push(...(await idpAroundScreens(page, elis, englishIdp)));
  const nia = await seedIdpDraft(core);
  found.push(...(await idpEditorScreens(page, nia, { outline: 'Sections of the plan', showChecks: 'Show the checks', issue: 'Issue…', compare: 'Compare', lang: 'en' })));
  const review = await seedReview(core, elis);
  found.push(...(await reviewScreens(page, review, { reviews: 'Reviews', schedule: 'Schedule a review', change: 'Change the meeting…', decide: 'Record the decision now…', lang: 'en' })));
  await page.getByRole('link', { name: 'Settings' }).click();
  await page.getByRole('radiogroup', { name: 'Language' }).getByText('Cymraeg').click();
  await expect(page.getByRole('heading', { name: 'Gosodiadau', level: 1 })).toBeVisible();
  found.push(...(await violations(page, 'settings-cy')));
  const welsh = { addIntervention: 'Ychwanegu ymyriad', addMeasure: 'Ychwanegu mesur ar gyfer Catch Up Literacy', plans: 'Cynlluniau', tabs: ['Cynlluniau PUT+', 'Effaith', 'Catalog ymyriadau'], lang: 'cy' };
  found.push(...(await oppPlusScreens(page, elin, welsh)));
  const welshIdp = { settings: 'Gosodiadau', addTerm: 'Ychwanegu tymor', save: "Cadw'r calendr", plans: 'Cynlluniau', idps: 'CDUau', disclosures: 'Datgeliadau', casePack: "Pecyn achos i'r ALl…", lang: 'cy' };
  found.push(...(await idpAroundScreens(page, elis, welshIdp)));
  found.push(...(await idpEditorScreens(page, nia, { outline: "Adrannau'r cynllun", showChecks: 'Dangos y gwiriadau', issue: 'Rhoi…', compare: 'Cymharu', lang: 'cy' })));
  found.push(...(await reviewScreens(page, review, { reviews: 'Adolygiadau', schedule: 'Trefnu adolygiad', change: 'Newid y cyfarfod…', decide: "Cofnodi'r penderfyniad nawr…", lang: 'cy' })));
  await page.getByRole('button', { name: 'Cloi nawr' }).click();
  await expect(page.getByRole('heading', { name: "Mae Caseload wedi'i gloi" })).toBeVisible();
  found.push(...(await violations(page, 'locked-cy')));
  await page.getByRole('button', { name: 'Wedi anghofio eich cyfrinymadrodd?' }).click();
  found.push(...(await violations(page, 'recover-cy')));
  expect(found).toEqual([]);
});
