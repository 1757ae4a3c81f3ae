/**
 * A review's papers laid out by Chromium, printed through the contract (data seeded through the in-process core):
 * the learner's invitation and contribution sheet (the invitation on a page of its own, then the seven questions
 * in boxes, never split), a parent's in Welsh with the plan's outcomes to tick, and the record with the marking
 * and school on every page and "Page X of Y" at the foot; and the buttons on the review page. PNGs and PDFs of the
 * pages are kept to look at.
 */
import type { TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { copyFileSync } from 'node:fs';
import type { Core } from '../../electron/core/index';
import type { Input } from '../../shared/ipc';
import { IDP_LEARNER, saveIdpPlan } from '../fixtures/idp-plan';
import { reviewRecord } from '../fixtures/review-record';
import { expect, SCHOOL, setUp, test } from './fixtures';
import { call, pdfPageCount, squash } from './profile-helpers';

const pageText = (pdf: string, page: number) => squash(execFileSync('pdftotext', ['-raw', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' }));
/** PNGs of every page, and the PDF itself, in the test's output folder to look at. */
function pagesToPng(pdf: string, info: TestInfo, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, info.outputPath(name)]);
  copyFileSync(pdf, info.outputPath(`${name}.pdf`));
}

type Fields = Input<'reviews.schedule'>['fields'];

/** Elis ("Eli") with the fixture plan issued on 20/11/2026 (or `dateGiven`), and an annual review of it on 3 December 2026. */
async function seedReview(core: Core | null, over: Partial<Fields> = {}, dateGiven = '2026-11-20') {
  const learner = await call(core, 'learners.create', { ...IDP_LEARNER, preferredName: 'Eli', homeLanguages: [...IDP_LEARNER.homeLanguages], primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD'] });
  const draft = await saveIdpPlan(core!, await call(core, 'idp.startDraft', { learnerId: learner.id }));
  await call(core, 'idp.issue', { idpId: draft.id, version: draft.version, dateGiven, overrideReason: null });
  const fields: Fields = {
    type: 'annualIdp', date: '2026-12-03', time: '15:30', place: 'The library', online: false, facilitator: 'Mrs Hughes (ALNCo)', language: 'en',
    invitees: [
      { id: 'i1', kind: 'learner', refId: null, name: 'Eli Gruffydd', role: '', attendance: 'attended' },
      { id: 'i2', kind: 'other', refId: null, name: 'Catrin Gruffydd', role: 'Mother', attendance: 'attended' },
      { id: 'i3', kind: 'other', refId: null, name: 'Nia Lewis', role: 'Speech and language therapist', attendance: 'sentViews' },
    ],
    ...over,
  };
  return call(core, 'reviews.schedule', { learnerId: learner.id, fields });
}

test('the learner’s invitation and contribution sheet: a page of invitation, then the seven questions whole', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const review = await seedReview(core);
  const { saved, pages } = await call(core, 'print.reviewSheets', { reviewId: review.id, audience: 'learner' });
  expect(saved).toMatch(/Eli Gruffydd - Review invitation - learner - 2026-12-03\.pdf$/);
  expect(await pdfPageCount(saved!)).toBe(pages);
  pagesToPng(saved!, info, 'review-sheet-learner');
  expect(pages).toBe(3);
  const first = pageText(saved!, 1);
  for (const text of [SCHOOL.schoolName, 'You are invited to your review meeting', 'Hello Eli,', 'Thursday 3 December 2026 at 3:30pm', 'The library', 'Catrin Gruffydd (Mother)']) expect(first).toContain(squash(text));
  expect(first).not.toContain(squash('What do people like about you?'));
  expect(first).not.toContain(squash('Eli Gruffydd')); // not listed among the others invited to their own meeting
  const questions = ['What do people like about you?', 'What is important to you now?', 'What do you want for your future?', 'What helps you at school?', 'What do you like about school?', 'What is hard at school?', 'What do you want to ask?'];
  const rest = pageText(saved!, 2) + pageText(saved!, 3);
  let at = -1;
  for (const q of questions) {
    const next = rest.indexOf(squash(q), at + 1);
    expect(next, q).toBeGreaterThan(at);
    at = next;
  }
  expect(rest).toContain(squash('My views for my review'));
  expect(rest).not.toContain(squash('Progress towards the outcomes'));
});

test('a parent’s sheet in Welsh, with the plan’s outcomes to tick', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const review = await seedReview(core, { language: 'cy' });
  const { saved, pages } = await call(core, 'print.reviewSheets', { reviewId: review.id, audience: 'parent' });
  pagesToPng(saved!, info, 'review-sheet-parent-cy');
  expect(pages).toBe(3);
  const first = pageText(saved!, 1);
  for (const text of ['Gwahoddiad i gyfarfod adolygu Eli', 'Annwyl riant neu ofalwr,', 'Dydd Iau 3 Rhagfyr 2026 am 3:30yh', "Pwy sy'n cael gwahoddiad"]) expect(first).toContain(squash(text));
  const rest = [2, 3].map((n) => pageText(saved!, n)).join('');
  for (const text of ['Eich barn ar gyfer adolygiad Eli', "Beth rydych chi'n ei hoffi a'i edmygu am Eli?", 'Cynnydd tuag at y canlyniadau yn y cynllun', 'Elis types 15 words a minute']) expect(rest).toContain(squash(text));
});

test('the record: marking and school on every page, page X of Y, every part in order', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  // Decided, so a year earlier: a decision is never dated after today.
  const review = await seedReview(core, { date: '2025-12-03' }, '2025-11-20');
  const held = await call(core, 'reviews.saveRecord', { reviewId: review.id, version: review.version, held: true, record: reviewRecord(review.record.elementOutcomes) });
  await call(core, 'reviews.decide', { reviewId: held.id, version: held.version, decision: 'noRevision', date: '2025-12-03', reason: null });
  const { saved, pages } = await call(core, 'print.review', { reviewId: review.id });
  expect(saved).toMatch(/Eli Gruffydd - Review - 2025-12-03\.pdf$/);
  pagesToPng(saved!, info, 'review-record');
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(pages).toBeLessThanOrEqual(3);
  for (let n = 1; n <= pages; n++) {
    const text = pageText(saved!, n);
    expect(text, `page ${n}`).toContain('OFFICIAL-SENSITIVE');
    expect(text, `page ${n}`).toContain(squash(SCHOOL.schoolName));
    expect(text, `page ${n}`).toContain(squash(`Review · 03/12/2025 · Page ${n} of ${pages}`));
  }
  const all = [...Array(pages).keys()].map((n) => pageText(saved!, n + 1)).join('');
  let at = -1;
  for (const part of ['Review: Eli Gruffydd', 'The meeting', 'Who took part', 'Sent their views', 'What we like and admire about Eli', 'What is working and what is not working', 'The noisy hall at lunch', 'Action plan', 'Quiet room at lunch on Fridays', 'Outcomes of the plan', 'Partly met', 'Not marked', 'Decision', 'No revision needed']) {
    const next = all.indexOf(squash(part), at + 1);
    expect(next, part).toBeGreaterThan(at);
    at = next;
  }
});

test('from the review page: the sheet for staff as Word, a parent\'s in their preferred Welsh as a PDF, and the record as a PDF', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const review = await seedReview(core);
  // Catrin prefers Welsh: the parent's sheet defaults to it, though the meeting is in English.
  const catrin = await call(core, 'contacts.create', { learnerId: review.learnerId, name: 'Catrin Gruffydd', relationship: 'MOTHER', parentalResponsibility: true, preferredLanguage: 'cy' });
  const invitee = { id: 'i4', kind: 'contact' as const, refId: catrin.id, name: 'Catrin Gruffydd', role: 'Mother', attendance: 'invited' as const };
  const { id: _id, version, learnerId: _l, learnerName: _n, learnerFirstName: _f, status: _s, idpId: _p, record: _r, decision: _d, decisionDate: _dd, decisionReason: _dr, resultIdpId: _ri, createdAt: _c, updatedAt: _u, ...fields } = review;
  await call(core, 'reviews.update', { reviewId: review.id, version, fields: { ...fields, invitees: [...fields.invitees, invitee] } });
  await page.evaluate((h) => (window.location.hash = h), `#/review/${review.id}`);
  const papers = page.getByRole('region', { name: 'Invitations, contribution sheets and the record' });
  await expect(papers.getByText("Meeting language: English. Catrin Gruffydd's preferred language is Welsh.")).toBeVisible();
  await expect(papers.getByRole('radio', { name: 'Welsh', exact: true })).toBeChecked();
  await papers.screenshot({ path: info.outputPath('review-papers-en.png') });
  await page.getByRole('button', { name: 'Invitation and contribution sheet (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to .*Eli Gruffydd - Review invitation - parent or carer - 2026-12-03\.pdf$/ })).toBeVisible({ timeout: 30_000 });
  const parentPdf = (await page.getByRole('status').filter({ hasText: /^Saved to / }).textContent())!.replace(/^Saved to /, '');
  expect(pageText(parentPdf, 1)).toContain(squash('Gwahoddiad i gyfarfod adolygu Eli'));
  // Staff: the meeting's language again, unless chosen.
  await papers.getByRole('radio', { name: 'Staff' }).check();
  await expect(papers.getByRole('radio', { name: 'English', exact: true })).toBeChecked();
  await page.getByRole('button', { name: 'Invitation and contribution sheet (Word)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to .*Eli Gruffydd - Review invitation - staff - 2026-12-03\.docx$/ })).toBeVisible({ timeout: 30_000 });
  await page.getByRole('button', { name: 'Print the record (PDF)' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Saved to .*Eli Gruffydd - Review - 2026-12-03\.pdf$/ })).toBeVisible({ timeout: 30_000 });
});
