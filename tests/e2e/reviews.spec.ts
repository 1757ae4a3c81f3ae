/**
 * Person-centred reviews through the UI (issue 7): a review scheduled (a contact and a member of staff invited) and
 * on the due panel; recorded with two perspectives, three actions (on the due panel too) and outcome statuses;
 * held; "revise" (dated today: the meeting is still to come) opens the next IDP draft carrying the review in. After
 * the decision an action is still ticked done, and leaves the due panel, whose review items open the review. On
 * another learner, "no revision" moves the next review date to twelve months after the decision, on the learner's
 * page and the IDP's.
 */
import type { Locator, Page, TestInfo } from '@playwright/test';
import { addDays, todayIso } from '../../shared/rules/dates';
import { IDP_LEARNER, IDP_PLAN, saveIdpPlan } from '../fixtures/idp-plan';
import { expect, PASSPHRASE, setUp, test, unlock } from './fixtures';
import { call } from './profile-helpers';

type Core = Parameters<typeof call>[0];
const go = (page: Page, hash: string) => page.evaluate((h) => (window.location.hash = h), hash);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
const box = (scope: Page | Locator, name: string) => scope.getByRole('textbox', { name, exact: true });
const region = (page: Page, name: string) => page.getByRole('region', { name, exact: true });

async function choose(page: Page, scope: Page | Locator, field: string, option: string) {
  await scope.getByRole('combobox', { name: field, exact: true }).click();
  await page.getByRole('option', { name: option, exact: true }).click();
}

async function saved(page: Page) {
  await expect(page.getByRole('status').filter({ hasText: 'All changes saved' })).toBeVisible();
}

/** A learner with an issued IDP (the complete fixture plan), given on `dateGiven`. */
async function learnerWithPlan(core: Core, names: { legalFirstName: string; legalLastName: string }, dateGiven: string) {
  const learner = await call(core, 'learners.create', { ...IDP_LEARNER, ...names, upn: null, homeLanguages: [...IDP_LEARNER.homeLanguages] });
  const draft = await saveIdpPlan(core!, await call(core, 'idp.startDraft', { learnerId: learner.id }));
  await call(core, 'idp.issue', { idpId: draft.id, version: draft.version, dateGiven, overrideReason: null });
  return learner;
}

const MEETING = addDays(todayIso(), 10);
const ACTIONS = [
  { action: 'Send the reading programme home each Friday', owner: 'Alys Pritchard', due: addDays(todayIso(), 14) },
  { action: 'Book a hearing test with the school nurse', owner: 'Catrin Gruffydd', due: addDays(todayIso(), 21) },
  { action: 'Visit the secondary school library', owner: 'Rhian Morgan', due: addDays(todayIso(), 28) },
];
const VIEWS = {
  learner: { working: 'Reading with Mrs Hughes first thing in the morning', notWorking: 'Copying from the board' },
  family: { working: 'The reading diary comes home every night', notWorking: 'Homework takes him over an hour' },
};

/** The record under the person-centred headings, typed as a coordinator would during the meeting. */
async function record(page: Page) {
  await box(page, 'What we appreciate about Elis Gruffydd').fill('Elis helps younger pupils at reading time\nHe never gives up on a hard word');
  await box(page, 'What is important to Elis Gruffydd now').fill('Going to football club on Tuesdays');
  await box(page, 'How best to support Elis Gruffydd').fill('Give him a reading ruler for long texts');
  for (const [who, view] of [['learner', VIEWS.learner], ['family', VIEWS.family]] as const) {
    await page.getByRole('button', { name: `Add the ${who}'s view` }).click();
    const card = page.getByRole('group', { name: `The ${who}'s view` });
    await box(card, 'What is working').fill(view.working);
    await box(card, 'What is not working').fill(view.notWorking);
  }
  for (const [i, a] of ACTIONS.entries()) {
    await page.getByRole('button', { name: 'Add an action' }).click();
    await box(page, `Action ${i + 1}`).fill(a.action);
    await box(page, `Who does action ${i + 1}`).fill(a.owner);
    await page.getByLabel(`Action ${i + 1} by when`).fill(a.due);
  }
  for (const [i, status] of ['Met', 'Partly met', 'Not met'].entries()) await choose(page, page, `Outcome ${i + 1}: met?`, status);
  await box(page, 'Comment on outcome 1').fill('92 words a minute in June');
  await choose(page, page, 'Attendance: Catrin Gruffydd', 'Attended');
  await choose(page, page, 'Attendance: Alys Pritchard', 'Sent views');
  await page.getByRole('textbox').first().focus();
  await saved(page);
}

/** Scheduled from the Reviews section, choosing the learner, inviting a contact and a member of staff; the review's page opens. */
async function scheduleForElis(page: Page, info: TestInfo) {
  await page.getByRole('navigation').getByRole('link', { name: 'Reviews' }).click();
  await page.getByRole('button', { name: 'Schedule a review' }).click();
  const dialog = page.getByRole('dialog', { name: 'Schedule a review' });
  await dialog.getByRole('combobox', { name: 'Learner' }).fill('Elis');
  await page.getByRole('option', { name: 'Elis Gruffydd' }).click();
  await expect(dialog.getByRole('combobox', { name: 'Type of review' })).toHaveValue('Annual IDP review');
  await dialog.getByLabel(/^Date\b/).fill(MEETING);
  await dialog.getByLabel('Time (optional)').fill('15:30');
  await box(dialog, 'Place').fill("The ALNCo's room");
  await expect(box(dialog, 'Facilitator')).toHaveValue('Rhian Morgan');
  await expect(dialog.getByRole('checkbox', { name: 'Elis Gruffydd (the learner)' })).toBeChecked();
  await dialog.getByRole('checkbox', { name: 'Catrin Gruffydd – Mother' }).check();
  await dialog.getByRole('checkbox', { name: 'Alys Pritchard – Teaching assistant' }).check();
  await page.screenshot({ path: info.outputPath('review-schedule-dialog.png') });
  await dialog.getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual IDP review: Elis Gruffydd' })).toBeVisible();
  await expect(page.getByText(`${dmy(MEETING)} at 15:30 · The ALNCo's room · facilitated by Rhian Morgan · English`)).toBeVisible();
}

/** The new draft: the perspectives as dated views, the profile lines in About me, the outcome statuses on the timeline. */
async function expectReviewCarriedIn(page: Page) {
  const views = region(page, 'Views, wishes and feelings');
  await expect(box(views.getByRole('group', { name: 'View 3' }), 'What they said')).toHaveValue(new RegExp(`${VIEWS.learner.working}[^]*${VIEWS.learner.notWorking}`));
  await expect(box(views.getByRole('group', { name: 'View 4' }), 'What they said')).toHaveValue(new RegExp(`${VIEWS.family.working}[^]*${VIEWS.family.notWorking}`));
  const aboutMe = region(page, '1C: About me (profile)');
  for (const item of ['Elis helps younger pupils at reading time', 'He never gives up on a hard word', 'Going to football club on Tuesdays', 'Give him a reading ruler for long texts']) await expect(aboutMe).toContainText(item);
  const timeline = region(page, 'Timeline of important dates');
  const outcomes = [['met', ' (92 words a minute in June)'], ['partly met', ''], ['not met', '']] as const;
  for (const [i, [status, comment]] of outcomes.entries()) {
    const entry = timeline.getByRole('group', { name: `Timeline entry ${i + 3}` });
    await expect(box(entry, 'What happened')).toHaveValue(`Review – Outcome "${IDP_PLAN.provision[i]!.outcome}": ${status}${comment}`);
  }
}

/** "No revision" on Mali's review: given 15/12/2025, her review was due 15/12/2026; decided on 20/11/2026 → 20/11/2027. */
async function noRevisionForMali(page: Page, maliId: string) {
  await go(page, `#/learner/${maliId}`);
  const clocks = page.getByRole('region', { name: 'Statutory deadlines' });
  await expect(clocks).toContainText('IDP review due: 15/12/2026');
  await page.getByRole('tab', { name: 'Reviews' }).click();
  await page.getByRole('button', { name: 'Schedule a review' }).click();
  await page.getByRole('dialog', { name: 'Schedule a review' }).getByLabel(/^Date\b/).fill('2026-11-20');
  await page.getByRole('dialog').getByRole('button', { name: 'Schedule', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual IDP review: Mali Owen' })).toBeVisible();
  await box(page, 'What we appreciate about Mali Owen').fill('Mali is a thoughtful friend');
  await saved(page);
  await page.getByRole('button', { name: 'Mark the meeting as held' }).click();
  await page.getByRole('button', { name: 'Record the decision…' }).click();
  const noRevision = page.getByRole('dialog', { name: "Decision of Mali Owen's review" });
  await noRevision.getByRole('radio', { name: 'No revision needed' }).check();
  await expect(noRevision.getByRole('alert')).toContainText('the next review will be due on 20/11/2027');
  await noRevision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText('The next IDP review is due on 20/11/2027.')).toBeVisible();
  await page.getByRole('link', { name: /Back to Mali Owen/ }).click();
  await expect(clocks).toContainText('IDP review due: 20/11/2027');
  // The IDP's own page counts from the notice too, while the plan keeps the day it was issued.
  await go(page, `#/idp/${maliId}`);
  await expect(page.getByText('Version 1 · Issued on 15/12/2025 · Review due by 20/11/2027')).toBeVisible();
}

test('a review recorded and decided: "revise" carries it into the next draft; "no revision" restarts the clock', async ({ launch }, info) => {
  test.setTimeout(120_000);
  const { page, core } = await launch();
  await setUp(page);
  const elis = await learnerWithPlan(core, { legalFirstName: 'Elis', legalLastName: 'Gruffydd' }, '2025-12-08');
  const mali = await learnerWithPlan(core, { legalFirstName: 'Mali', legalLastName: 'Owen' }, '2025-12-15');
  await call(core, 'contacts.create', { learnerId: elis.id, name: 'Catrin Gruffydd', relationship: 'MOTHER' });
  await call(core, 'staff.create', { name: 'Alys Pritchard', role: 'Teaching assistant' });
  // Locking and unlocking forgets what the screens had loaded, so they show what was just set up behind them.
  await page.getByRole('button', { name: 'Lock now' }).click();
  await unlock(page, PASSPHRASE);

  await scheduleForElis(page, info);

  // The meeting is on the caseload's due panel.
  await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
  const due = region(page, 'Due and overdue');
  await expect(due.getByRole('listitem').filter({ hasText: 'Review meeting' })).toContainText(dmy(MEETING));

  // Opened from the learner's Reviews tab, and recorded.
  await go(page, `#/learner/${elis.id}`);
  await page.getByRole('tab', { name: 'Reviews' }).click();
  await page.getByRole('link', { name: `Annual IDP review: Elis Gruffydd, ${dmy(MEETING)} at 15:30` }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Outcomes of the plan\'s provision' })).toBeVisible();
  await record(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: info.outputPath('review-record.png'), fullPage: true });

  await page.getByRole('button', { name: 'Mark the meeting as held' }).click();
  await expect(page.getByText('Held', { exact: true })).toBeVisible();

  // Once the meeting is held, each action with a date is on the due panel until it is done.
  await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
  for (const a of ACTIONS) await expect(due.getByRole('listitem').filter({ hasText: a.action })).toContainText(dmy(a.due));
  await expect(due.getByRole('listitem').filter({ hasText: 'Review meeting' })).toHaveCount(0);
  await page.goBack();

  // "Revise": the dialog says what it will do; then the new draft carries the review.
  await page.getByRole('button', { name: 'Record the decision…' }).click();
  const decision = page.getByRole('dialog', { name: "Decision of Elis Gruffydd's review" });
  await decision.getByRole('radio', { name: 'Revise the plan' }).check();
  // The meeting is set for later, so the decision is dated today: never after it.
  const today = todayIso();
  await expect(decision.getByLabel('Date of the decision')).toHaveValue(today);
  await decision.getByLabel('Date of the decision').fill(addDays(today, 1));
  await expect(decision.getByText('The decision cannot be dated after today.')).toBeVisible();
  await decision.getByLabel('Date of the decision').fill(today);
  await expect(decision.getByRole('alert')).toContainText("A new draft of Elis Gruffydd's IDP will be opened");
  await page.screenshot({ path: info.outputPath('review-decision-dialog.png') });
  await decision.getByRole('button', { name: 'Record the decision' }).click();
  await expect(page.getByText(`Revise the plan, decided on ${dmy(today)}.`)).toBeVisible();

  // The record is kept as it was, but an action is still ticked done, and leaves the due panel.
  await expect(box(page, 'Action 1')).toHaveAttribute('readonly', '');
  await expect(page.getByRole('button', { name: 'Add an action' })).toHaveCount(0);
  await page.getByRole('checkbox', { name: 'Action 1 done' }).check();
  await saved(page);
  await expect(page.getByRole('checkbox', { name: 'Action 1 done' })).toBeChecked();
  await page.screenshot({ path: info.outputPath('review-decided.png'), fullPage: true });
  await page.getByRole('navigation').getByRole('link', { name: 'Caseload' }).click();
  await expect(due.getByRole('listitem').filter({ hasText: ACTIONS[1]!.action })).toContainText(dmy(ACTIONS[1]!.due));
  await expect(due.getByRole('listitem').filter({ hasText: ACTIONS[0]!.action })).toHaveCount(0);
  await page.screenshot({ path: info.outputPath('due-panel-after-done.png') });
  // A review's item opens the review itself.
  await due.getByRole('listitem').filter({ hasText: ACTIONS[1]!.action }).getByRole('link', { name: 'Elis Gruffydd' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Annual IDP review: Elis Gruffydd' })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: 'Action 1 done' })).toBeChecked();
  await page.getByRole('link', { name: 'Open the new draft' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'IDP: Elis Gruffydd' })).toBeVisible();
  await expectReviewCarriedIn(page);

  await noRevisionForMali(page, mali.id);
  await page.getByRole('navigation').getByRole('link', { name: 'Reviews' }).click();
  await expect(page.getByRole('table', { name: 'Reviews held or cancelled' }).getByRole('row')).toHaveCount(3);
  await page.screenshot({ path: info.outputPath('reviews-page.png'), fullPage: true });
});
