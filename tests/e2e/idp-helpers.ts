/** Helpers for the IDP specs: a learner seeded as a coordinator would have them, and the plan typed in section by section. */
import type { Locator, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { sectionsFor } from '../../shared/forms/idp-annex-a';
import type { ProvisionElement } from '../../shared/schemas/idp';
import { IDP_LEARNER, IDP_PLAN } from '../fixtures/idp-plan';
import { paragraphs, parseXmlStrict, unzipDocx } from '../unit/docx-read';
import { expect } from './fixtures';
import { call } from './profile-helpers';

export const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
export const dmy = (iso: string) => iso.split('-').reverse().join('/');
export const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });
export const group = (scope: Page | Locator, name: string) => scope.getByRole('group', { name, exact: true });
export const box = (scope: Locator, name: string) => scope.getByRole('textbox', { name, exact: true });

export async function choose(page: Page, scope: Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

export async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

export async function exportAndWait(page: Page, scope: Page | Locator, button: string, ext: string): Promise<string> {
  await scope.getByRole('button', { name: button, exact: true }).click();
  const status = page.getByRole('status').filter({ hasText: new RegExp(`^Saved to .*\\.${ext}$`) });
  await expect(status).toBeVisible({ timeout: 30_000 });
  return ((await status.textContent()) ?? '').replace('Saved to ', '').trim();
}

/** A learner with needs on the register and a one-page profile, as a coordinator would have them before the IDP. */
export async function seedLearner(core: Parameters<typeof call>[0]) {
  const learner = await call(core, 'learners.create', { ...IDP_LEARNER, homeLanguages: [...IDP_LEARNER.homeLanguages], primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD'], status: 'UNDER_CONSIDERATION' });
  const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: learner.id });
  const items = IDP_PLAN.aboutMe.items.map(({ id: _id, ...item }) => item);
  await call(core, 'profiles.saveItems', { profileId: profile.id, version: profile.version, items });
  return learner;
}

const WELSH = { yes: 'Yes – in Welsh', no: 'No', bilingual: 'Bilingually (Welsh and English)' } as const;
const PROVIDER = { school: 'School', nhs: 'NHS body', fei: 'Further education college', la: 'Local authority', other: 'Other' } as const;

/** 2B.1–2B.7 of one element, typed in as a coordinator would. */
export async function fillElement(page: Page, card: Locator, e: ProvisionElement) {
  await box(card, 'Outcome').fill(e.outcome);
  await box(card, 'How it will be measured').fill(e.outcomeMeasure);
  await card.getByLabel('By when').fill(e.outcomeDate!);
  await box(card, 'What the provision is').fill(e.what);
  await box(card, 'Sessions a week').fill(String(e.sessionsPerWeek));
  await box(card, 'Minutes a session').fill(String(e.sessionMinutes));
  await box(card, 'Group size or ratio').fill(e.groupSize);
  await box(card, 'Delivered by').fill(e.deliveredBy);
  await box(card, 'Their training or qualification').fill(e.qualification);
  await box(card, 'Where').fill(e.location);
  await choose(page, card, '2B.3 Delivered in Welsh?', WELSH[e.welsh!]);
  await choose(page, card, '2B.4 Who provides it', PROVIDER[e.provider!]);
  await box(card, 'Name of the provider').fill(e.providerName);
  await card.getByLabel('2B.5 Start date').fill(e.startDate!);
  await card.getByLabel('2B.6 Review or end date').fill(e.reviewOrEndDate!);
  if (e.endsThen) await card.getByRole('checkbox', { name: 'This is an end date (the provision stops then)' }).check();
  await box(card, '2B.7 Rationale').fill(e.rationale);
  if (e.differenceOfOpinion) await box(card, 'Difference of opinion, and how it was weighed').fill(e.differenceOfOpinion);
}

/** Everything but 2B, as in the complete fixture plan. */
export async function fillSections(page: Page) {
  const plan = IDP_PLAN;
  const core = region(page, "1A: The learner's core details");
  await expect(core).toContainText('B801200005001');
  await box(core, 'Address').fill(plan.coreDetails.address);
  await box(core, 'Local authority').fill(plan.coreDetails.localAuthority);

  const admin = region(page, '1B: Who maintains this plan, and its dates');
  await expect(box(admin, 'Named person responsible')).toHaveValue('Rhian Morgan');
  await box(admin, 'How to contact them').fill(plan.administration.responsibleContact);
  await admin.getByLabel('Proposed review date').fill(plan.administration.proposedReviewDate!);

  await expect(region(page, '1C: About me (profile)')).toContainText('Feeding the hens with Taid on Saturdays');

  const views = region(page, 'Views, wishes and feelings');
  for (const [i, v] of plan.views.entries()) {
    await views.getByRole('button', { name: 'Add a view' }).click();
    const row = group(views, `View ${i + 1}`);
    if (v.who !== 'learner') await choose(page, row, 'Whose view', 'Parent or carer');
    await box(row, 'Name').fill(v.name);
    await row.getByLabel('Date', { exact: true }).fill(v.date!);
    if (v.method !== 'conversation') await choose(page, row, 'How it was gathered', 'Meeting');
    await box(row, 'What they said').fill(v.text);
    if (v.verbatim) await row.getByRole('checkbox', { name: 'In their own words (verbatim)' }).check();
  }

  const aln = region(page, '2A: Description of additional learning needs');
  for (const [i, n] of plan.alnDescription.needs.entries()) {
    const row = group(aln, `Need ${i + 1}`);
    await expect(row.getByRole('combobox', { name: 'Need' })).toHaveValue(i === 0 ? 'Dyslexia' : 'Speech, language and communication difficulties');
    await box(row, 'The need and its impact on learning').fill(n.description);
    await box(row, 'What this means for me').fill(n.whatThisMeansForMe);
    await box(row, 'Diagnosis (if there is one)').fill(n.diagnosis);
  }
  await box(aln, 'Why the learner has been found to have ALN').fill(plan.alnDescription.reasonsForDecision);

  await box(region(page, '2C: Other provision'), 'Other provision').fill(plan.otherProvision.text);

  const transition = region(page, 'Transition planning');
  await box(transition, 'Transition plans').fill(plan.transition.text);
  await transition.getByRole('button', { name: 'Add an action' }).click();
  const action = group(transition, 'Action 1');
  await box(action, 'Action').fill(plan.transition.actions[0]!.action);
  await box(action, 'Who').fill(plan.transition.actions[0]!.owner);
  await action.getByLabel('By when').fill(plan.transition.actions[0]!.dueDate!);

  const reasons = region(page, 'Reasons for decisions');
  await reasons.getByRole('button', { name: 'Add a reason' }).click();
  await box(group(reasons, 'Reason 1'), 'Reasons').fill(plan.reasons[0]!.text);

  const info = region(page, 'Record of information used');
  await info.getByRole('button', { name: 'Add a source' }).click();
  const source = group(info, 'Source 1');
  const ep = plan.informationUsed[0]!;
  await box(source, 'Document').fill(ep.title);
  await box(source, 'Author').fill(ep.author);
  await box(source, "Author's role").fill(ep.role);
  await box(source, 'Organisation').fill(ep.organisation);
  await source.getByLabel('Date', { exact: true }).fill(ep.date!);
  await choose(page, source, 'Type', 'Educational psychology');
  await source.getByRole('checkbox', { name: 'Attached to the plan' }).check();

  const timeline = region(page, 'Timeline of important dates');
  await timeline.getByRole('button', { name: 'Add a date' }).click();
  await group(timeline, 'Timeline entry 1').getByLabel('Date', { exact: true }).fill(plan.timeline[0]!.date!);
  await box(group(timeline, 'Timeline entry 1'), 'What happened').fill(plan.timeline[0]!.event);

  const appendices = region(page, 'Appendices');
  await appendices.getByRole('button', { name: 'Add an appendix' }).click();
  await box(group(appendices, 'Appendix 1'), 'Title').fill(plan.appendices[0]!.title);
}

/** The Word file's headings (Word's heading styles) include the form's section headings, in the form's order. */
export function expectHeadingsInOrder(path: string) {
  const parts = unzipDocx(readFileSync(path));
  const headings = paragraphs(parseXmlStrict('word/document.xml', parts['word/document.xml']!))
    .filter((p) => p.style !== null && /^Heading/i.test(p.style))
    .map((p) => p.text);
  const at = sectionsFor('school').map((s) => headings.findIndex((text) => text.includes(s.heading.en)));
  expect(at.every((i) => i >= 0) && [...at].sort((a, b) => a - b).join() === at.join(), `the headings: ${headings.join(' | ')}`).toBe(true);
}
