/**
 * The printed OPP+ laid out by Chromium: the learner's one-page profile on exactly one page, then the action plan
 * on pages of its own with each intervention's fields, measures, change and what is still to complete. Set up
 * through the in-process core; printed through the contract (the harness's platform renders the print view).
 */
import type { TestInfo } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { ELSA, PLAN_PROFILE, READING, seedOppPlus, TIME } from '../fixtures/opp-plus-plan';
import { expect, setUp, test } from './fixtures';
import { call, pdfPageCount, squash } from './profile-helpers';

/** The text of pages `first` to `last` (inclusive), squashed (no spaces or line breaks). */
function pagesText(pdf: string, first: number, last: number): string {
  return squash(execFileSync('pdftotext', ['-raw', '-f', String(first), '-l', String(last), pdf, '-'], { encoding: 'utf8' }));
}

/** Every page as a PNG in the test's output folder, to look at. */
function pagesToPng(pdf: string, info: TestInfo, name: string): void {
  execFileSync('pdftoppm', ['-png', '-r', '60', pdf, info.outputPath(name)]);
}

test('an OPP+ prints its profile on exactly one page, then the action plan with measures, change and gaps', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const { learnerId } = await seedOppPlus(core!);
  const { saved, pages } = await call(core, 'print.oppPlus', { learnerId });
  expect(saved).toMatch(/Gwen Pritchard - OPP\+ plan\.pdf$/);
  expect(pages).toBeGreaterThanOrEqual(2);
  expect(await pdfPageCount(saved!)).toBe(pages);
  pagesToPng(saved!, info, 'opp-plus-printed');

  // Page 1 is the profile as its own print shows it, and only that.
  const first = pagesText(saved!, 1, 1);
  for (const item of PLAN_PROFILE) expect(first, item.text).toContain(squash(item.text));
  expect(first).toContain(squash('What people appreciate about me'));
  expect(first).not.toContain(squash('OPP+ action plan'));

  const plan = pagesText(saved!, 2, pages);
  for (const words of [
    'OPP+ action plan: Gwen Pritchard',
    READING.programme,
    ELSA.programme,
    'Reading age, target 7y 8m, by 18/12/2026',
    '3 a week × 20 min, for 12 weeks',
    'Delivered by Dafydd Jones (Teaching assistant)',
    '30 of 36 (83%)',
    '7y 0m',
    '7y 9m',
    '7y 0m → 7y 9m (+9m)',
    READING.impactNote,
    'Still to complete',
    'The target has no date to reach it by.',
    `Planned staff time a term (13 weeks)${TIME.staffPerTerm}`,
  ]) {
    expect(plan, words).toContain(squash(words));
  }
  // The complete intervention has nothing still to complete: the only such list follows ELSA.
  expect(plan.indexOf(squash('Still to complete'))).toBeGreaterThan(plan.indexOf(squash(ELSA.programme)));
});

test('without a profile, the first page says so rather than printing an empty one; Welsh follows the interface', async ({ launch }, info) => {
  const { page, core } = await launch();
  await setUp(page);
  const { learnerId } = await seedOppPlus(core!, { profile: false });
  await call(core, 'settings.update', { language: 'cy' });
  const { saved, pages } = await call(core, 'print.oppPlus', { learnerId });
  expect(pages).toBeGreaterThanOrEqual(2);
  pagesToPng(saved!, info, 'opp-plus-no-profile-cy');
  expect(pagesText(saved!, 1, 1)).toContain(squash('Nid oes gan Gwen Pritchard broffil un dudalen eto.'));
  const plan = pagesText(saved!, 2, pages);
  expect(plan).toContain(squash('Cynllun gweithredu OPP+: Gwen Pritchard'));
  expect(plan).toContain(squash('3 yr wythnos × 20 munud, am 12 wythnos'));
  expect(plan).toContain(squash('Yn cael ei ddarparu gan Dafydd Jones (Teaching assistant)'));
});
