/**
 * The printed IDP laid out by Chromium: the complete fixture plan (saved and issued through the in-process core)
 * printed through the contract. Every page carries the protective marking and the learner's name at the top and
 * "Page X of Y" at the foot (CSS margin boxes); the parts and sections come in statutory order with the form's
 * headings, in English and in Welsh; each provision element keeps its fields and its time a week. A printed draft
 * lists what it still needs (the editor's checks) under its title; an issued plan has no such list. PNGs of the
 * pages are kept to look at.
 */
import type { TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import sharp from 'sharp';
import { sectionsFor } from '../../shared/forms/idp-annex-a';
import type { Core } from '../../electron/core/index';
import { IDP_LEARNER, IDP_PLAN, laPlan, planWith, saveIdpPlan } from '../fixtures/idp-plan';
import { expect, setUp, test } from './fixtures';
import { call, pdfPageCount, squash } from './profile-helpers';

const pageText = (pdf: string, page: number) => execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' });
const allText = (pdf: string) => squash(execFileSync('pdftotext', ['-raw', pdf, '-'], { encoding: 'utf8' }));

function pagesToPng(pdf: string, info: TestInfo, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, info.outputPath(name)]);
}

/** A learner with a profile picture and the complete plan, issued on 20/11/2026 (or left a draft). */
async function seedIdp(core: Core | null, content = IDP_PLAN, issued = true) {
  const learner = await call(core, 'learners.create', { ...IDP_LEARNER, homeLanguages: [...IDP_LEARNER.homeLanguages], primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD'] });
  const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: learner.id });
  const jpeg = await sharp({ create: { width: 240, height: 300, channels: 3, background: '#6a9fb5' } }).jpeg().toBuffer();
  await call(core, 'profiles.setPhoto', { profileId: profile.id, version: profile.version, imageBase64: jpeg.toString('base64') });
  const draft = await saveIdpPlan(core!, await call(core, 'idp.startDraft', { learnerId: learner.id }), content);
  if (!issued) return draft;
  return call(core, 'idp.issue', { idpId: draft.id, version: draft.version, dateGiven: '2026-11-20', overrideReason: null });
}

/** Each text appears after the one before it. */
function expectInOrder(text: string, parts: string[]): void {
  let at = -1;
  for (const part of parts) {
    const next = text.indexOf(squash(part), at + 1);
    expect(next, part).toBeGreaterThan(at);
    at = next;
  }
}

test('a printed IDP: the marking and name on every page, page X of Y, the sections in statutory order, each element whole', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const idp = await seedIdp(core);
  const { saved, pages } = await call(core, 'print.idp', { idpId: idp.id, headings: 'en' });
  expect(saved).toMatch(/Elis Gruffydd - IDP - version 1\.pdf$/);
  expect(pages).toBeGreaterThanOrEqual(4);
  expect(pages).toBeLessThanOrEqual(8);
  expect(await pdfPageCount(saved!)).toBe(pages);
  pagesToPng(saved!, info, 'idp-printed');

  for (let n = 1; n <= pages; n++) {
    const text = pageText(saved!, n);
    expect(text, `page ${n}`).toContain('OFFICIAL-SENSITIVE');
    expect(text, `page ${n}`).toContain('Elis Gruffydd');
    expect(squash(text), `page ${n}`).toContain(squash(`Version 1 · Date given 20/11/2026 · Page ${n} of ${pages}`));
  }
  const text = allText(saved!);
  expectInOrder(text, ['Individual Development Plan: Elis Gruffydd', ...sectionsFor('school').map((s) => s.heading.en)]);
  expect(text).not.toContain(squash('2D: Provision the local authority secures'));
  expectInOrder(text, ['Provision element 1', '2B.1 Intended outcome', IDP_PLAN.provision[0]!.outcome, '2B.7 Rationale', 'Provision element 2', 'Provision element 3']);
  for (const e of IDP_PLAN.provision) expect(text).toContain(squash(e.what));
  expectInOrder(text, ['Provision element 3', 'Sessions a week', '5', 'Minutes a session', '15', 'Time a week', '5 × 15 min a week = 1 h 15 min a week', 'Group size or ratio']);
  expect(text).not.toContain(squash('Still to complete'));
  expect(text).not.toContain(squash('Issued with these gaps'));
});

test('a printed draft lists what it still needs under its title, gaps then warnings, in English and in Welsh', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  // Element 2 starts on no date and is "as required"; the parent's view has no date.
  const gappy = planWith((c) => {
    c.provision[1]!.startDate = null;
    c.provision[1]!.what = 'Word-finding games as required';
    c.views[1]!.date = null;
  });
  const draft = await seedIdp(core, gappy, false);
  const en = await call(core, 'print.idp', { idpId: draft.id, headings: 'en' });
  expect(en.saved).toMatch(/Elis Gruffydd - IDP - version 1 - draft\.pdf$/);
  pagesToPng(en.saved!, info, 'idp-draft');
  expectInOrder(allText(en.saved!), [
    'Individual Development Plan: Elis Gruffydd',
    'DRAFT: this plan has not been issued yet.',
    'Still to complete',
    'Where', 'Gap or warning', 'What to do',
    '2B: Additional learning provision – Provision element 2', 'Gap', 'There is no start date.',
    'Views, wishes and feelings – View 2', 'Warning', 'Say when this view was given.',
    '2B: Additional learning provision – Provision element 2', 'Warning', '“as required” is hard to check. Say how often and for how long instead, for example “three times a week for 20 minutes”.',
    "1A: The learner's core details",
  ]);

  const cy = await call(core, 'print.idp', { idpId: draft.id, headings: 'cy' });
  pagesToPng(cy.saved!, info, 'idp-draft-cy');
  expectInOrder(allText(cy.saved!), [
    "I'w gwblhau o hyd",
    'Ble', 'Bwlch neu rybudd', "Beth i'w wneud",
    "2B: Darpariaeth ddysgu ychwanegol – Elfen 2 o'r ddarpariaeth", 'Bwlch', 'Does dim dyddiad dechrau.',
    'Safbwyntiau, dymuniadau a theimladau – Safbwynt 2', 'Rhybudd', 'Dywedwch pryd y rhoddwyd y safbwynt hwn.',
    '1A: Manylion craidd y dysgwr',
  ]);
});

test('in Welsh the headings are the form’s Welsh ones; an LA plan shows 2D', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const idp = await seedIdp(core, laPlan());
  const { saved, pages } = await call(core, 'print.idp', { idpId: idp.id, headings: 'cy' });
  expect(saved).toMatch(/Elis Gruffydd - CDU - fersiwn 1\.pdf$/);
  pagesToPng(saved!, info, 'idp-printed-cy');
  expect(pageText(saved!, 1)).toContain('SWYDDOGOL-SENSITIF');
  expect(squash(pageText(saved!, pages))).toContain(squash(`Tudalen ${pages} o ${pages}`));
  expectInOrder(allText(saved!), ['Cynllun Datblygu Unigol: Elis Gruffydd', ...sectionsFor('la').map((s) => s.heading.cy)]);
});
