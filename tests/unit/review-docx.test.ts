/**
 * A review's papers through the contract, from a real encrypted database: the record as Word (marking and school
 * at the top of each page, the person-centred headings in order, the tables of who came, perspectives, actions and
 * outcomes, the decision), the invitation and contribution sheets as Word for each audience in English, Welsh and
 * both (the meeting's language, or another chosen for the sheets), the PDFs through the print routes and on paper
 * (a fake platform), the audit entries (ids only), the words the same as the print view's (i18n), and, where
 * LibreOffice is installed, an office suite opens them. Today is 15/01/2027 (review-support.ts todayIs), after the
 * meetings decided here.
 */
import { basename } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PCR_HEADINGS } from '../../shared/rules/review-words';
import { REVIEW_LABELS } from '../../electron/core/export/review-labels';
import cy from '../../renderer/src/i18n/cy.json';
import en from '../../renderer/src/i18n/en.json';
import { cleanup, expectError, ok, SAMPLE_ID, tempDir } from './helpers';
import { auditRows, exportVault, readDocx, type ExportVault } from './idp-export-support';
import { decide, heldReview, learnerWithPlan, schedule, todayIs, type Review } from './review-support';
import { expectOpensInLibreOffice, haveSoffice, officeTestName } from './soffice';
import { readFileSync } from 'node:fs';

beforeEach(() => todayIs('2027-01-15'));
afterEach(async () => {
  vi.useRealTimers();
  await cleanup();
});

const texts = (doc: ReturnType<typeof readDocx>, style?: string) => doc.body.filter((p) => !style || p.style === style).map((p) => p.text);

async function decidedReview(v: ExportVault): Promise<Review> {
  const { learnerId } = await learnerWithPlan(v);
  return decide(v, await heldReview(v, learnerId), 'cease', '2026-12-03', 'Needs now met by universal provision');
}

async function sheetsDocx(v: ExportVault, review: Review, audience: 'learner' | 'parent' | 'staff', language?: Review['language']) {
  const { saved } = ok(await v.core.invoke('reviews.exportSheetsDocx', { reviewId: review.id, audience, ...(language && { language }) }));
  return { name: basename(saved!), doc: readDocx(saved!) };
}

describe('the record as Word', () => {
  it('has the marking and school on each page, the headings in order, every table, and the decision', async () => {
    const v = await exportVault();
    const review = await decidedReview(v);
    const { saved } = ok(await v.core.invoke('reviews.exportDocx', { reviewId: review.id }));
    expect(basename(saved!)).toBe('Eli Gruffydd - Review - 2026-12-03.docx');
    const doc = readDocx(saved!);
    expect(doc.header).toEqual(['OFFICIAL-SENSITIVE\tYsgol Bryn Derw']);
    expect(doc.footer.join('')).toContain('Review · 03/12/2026 · Page ');
    expect(doc.body[0]).toMatchObject({ style: 'Heading1', text: 'Review: Eli Gruffydd' });
    expect(texts(doc, 'Heading2')).toEqual([
      'The meeting', 'Who took part', 'What we like and admire about Eli', 'What is important to Eli now', 'What is important to Eli in the future',
      'How best to support Eli', 'What is working and what is not working', 'Questions to answer', 'Action plan', 'Outcomes of the plan', 'Decision',
    ]);
    const body = texts(doc);
    expect(body).toContain('Kind to the younger ones\nAlways first to help tidy up');
    expect(body).toContain('Can he use the laptop in exams?');
    const [meeting, who, perspectives, actions, outcomes, decision] = doc.tables;
    expect(meeting).toEqual([
      ['Type of review', 'Annual IDP review'], ['Date', '03/12/2026'], ['Time', '15:30'], ['Place', 'Library'],
      ['Led by', 'Mrs Hughes (ALNCo)'], ['Language of the meeting', 'English'], ['Status', 'Held'],
    ]);
    expect(who).toEqual([['Name', 'Role', 'Attendance'], ['The learner', '', 'Invited'], ['Parent', 'Mother', 'Invited']]);
    expect(perspectives).toEqual([
      ['From', 'What is working', 'What is not working'],
      ['The learner', 'Reading with Mrs Hughes', 'The noisy hall at lunch'],
      ['Family', 'He reads to his sister at bedtime', ''],
    ]);
    expect(actions).toEqual([
      ['Action', 'Who', 'By when', 'Status'],
      ['Ask the SALT to visit', 'ALNCo', '15/01/2027', 'Open'],
      ['Quiet room at lunch on Fridays', 'Mr Price', '11/12/2026', 'Open'],
      ['Send the typing course link home', 'Class teacher', '04/12/2026', 'Done'],
    ]);
    expect(outcomes).toEqual([
      ['Outcome', 'Met?', 'Comment'],
      ['Elis reads 90 words a minute from a Year 4 book', 'Met', '92 words a minute in March'],
      ['Elis answers a question in class within 10 seconds, 4 times out of 5', 'Partly met', ''],
      ['Elis types 15 words a minute with 95% accuracy', 'Not marked', ''],
    ]);
    expect(decision).toEqual([['Decision', 'Cease to maintain the plan'], ['Date of the decision', '03/12/2026'], ['Reason', 'Needs now met by universal provision']]);
    const entry = (await auditRows(v)).filter((r) => r.action === 'review.exported');
    expect(entry).toEqual([{ action: 'review.exported', entityType: 'learner', entityId: review.learnerId, details: { reviewId: review.id, kind: 'docx', bytes: readFileSync(saved!).length } }]);
  });

  it('in Welsh for a Welsh meeting, with both languages side by side for a bilingual one; an OPP review has no plan parts', async () => {
    const v = await exportVault();
    const { learnerId } = await learnerWithPlan(v);
    const welsh = await schedule(v, learnerId, { language: 'cy' });
    const cyDoc = readDocx(ok(await v.core.invoke('reviews.exportDocx', { reviewId: welsh.id })).saved!);
    expect(cyDoc.header).toEqual(['SWYDDOGOL-SENSITIF\tYsgol Bryn Derw']);
    expect(cyDoc.body[0]!.text).toBe('Adolygiad: Eli Gruffydd');
    expect(texts(cyDoc, 'Heading2').slice(0, 3)).toEqual(['Y cyfarfod', 'Pwy gymerodd ran', "Beth rydyn ni'n ei hoffi a'i edmygu am Eli"]);
    expect(texts(cyDoc)).toContain('Dim penderfyniad wedi\'i gofnodi eto.');
    const both = await schedule(v, learnerId, { language: 'bilingual', type: 'opp' });
    const biDoc = readDocx(ok(await v.core.invoke('reviews.exportDocx', { reviewId: both.id })).saved!);
    expect(biDoc.body[0]!.text).toBe('Adolygiad / Review: Eli Gruffydd');
    expect(texts(biDoc, 'Heading2')).toEqual([
      'Y cyfarfod / The meeting', 'Pwy gymerodd ran / Who took part', "Beth rydyn ni'n ei hoffi a'i edmygu am Eli / What we like and admire about Eli",
      "Beth sy'n bwysig i Eli nawr / What is important to Eli now", "Beth sy'n bwysig i Eli yn y dyfodol / What is important to Eli in the future",
      'Sut orau i gefnogi Eli / How best to support Eli', "Beth sy'n gweithio a beth sydd ddim yn gweithio / What is working and what is not working",
      "Cwestiynau i'w hateb / Questions to answer", 'Cynllun gweithredu / Action plan',
    ]);
    expect(biDoc.tables[0]![0]).toEqual(['Math o adolygiad / Type of review', "Adolygiad o'r proffil un dudalen / One-page profile review"]);
  });
});

describe('the invitation and contribution sheets as Word', () => {
  it('for the learner: simple words to them, first-person starters, their own headings', async () => {
    const v = await exportVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId);
    const { name, doc } = await sheetsDocx(v, review, 'learner');
    expect(name).toBe('Eli Gruffydd - Review invitation - learner - 2026-12-03.docx');
    expect(texts(doc, 'Heading1')).toEqual(['You are invited to your review meeting', 'My views for my review']);
    const body = texts(doc);
    expect(body).toContain('Hello Eli,');
    expect(doc.tables[0]).toEqual([['When', 'Thursday 3 December 2026 at 3:30pm'], ['Where', 'Library'], ['Led by', 'Mrs Hughes (ALNCo)']]);
    expect(body).toContain('Parent (Mother)');
    expect(body).not.toContain('The learner'); // their own invitation does not list them among the others
    expect(body).toEqual(expect.arrayContaining(['My name \t', 'Who helped me \t'])); // lines to write on: a tab with a leader
    const boxes = doc.tables.slice(1).flatMap((t) => t[0]!.map((cell) => cell.split('\n').slice(0, 2)));
    expect(boxes).toEqual(PCR_HEADINGS.map((h) => [REVIEW_LABELS.en.sheet.learner.headings[h], REVIEW_LABELS.en.sheet.learner.prompts[h]]));
    expect(boxes.map(([heading]) => heading)).toEqual(['What do people like about you?', 'What is important to you now?', 'What do you want for your future?', 'What helps you at school?', 'What do you like about school?', 'What is hard at school?', 'What do you want to ask?']);
    expect(doc.tables.slice(1).map((t) => t[0]!.length)).toEqual([1, 1, 1, 1, 2, 1]); // working and not working side by side
    expect(doc.tables).toHaveLength(1 + 6); // the details, then the rows of boxes: no outcomes for the learner
  });

  it("for a parent, in Welsh: the meeting's language, the plan's outcomes to tick; for staff, in English", async () => {
    const v = await exportVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId, { language: 'cy', online: true, place: '' });
    const parent = await sheetsDocx(v, review, 'parent');
    expect(parent.name).toBe('Eli Gruffydd - Review invitation - parent or carer - 2026-12-03.docx');
    expect(texts(parent.doc, 'Heading1')).toEqual(['Gwahoddiad i gyfarfod adolygu Eli', 'Eich barn ar gyfer adolygiad Eli']);
    expect(texts(parent.doc)).toContain('Annwyl riant neu ofalwr,');
    expect(parent.doc.tables[0]).toEqual([['Pryd', 'Dydd Iau 3 Rhagfyr 2026 am 3:30yh'], ['Ble', "Ar-lein. Byddwn ni'n anfon y ddolen."], ['Yn arwain', 'Mrs Hughes (ALNCo)']]);
    expect(texts(parent.doc)).toEqual(expect.arrayContaining(['Eich enw \t', "Eich perthynas â'r dysgwr \t"]));
    expect(parent.doc.tables[1]![0]![0]).toMatch(/^Beth rydych chi'n ei hoffi a'i edmygu am Eli\?\n/);
    expect(parent.doc.tables.at(-1)).toEqual([
      ['Canlyniad', "Wedi'i gyflawni", 'Yn rhannol', 'Heb ei gyflawni', 'Sylw'],
      ...['Elis reads 90 words a minute from a Year 4 book', 'Elis answers a question in class within 10 seconds, 4 times out of 5', 'Elis types 15 words a minute with 95% accuracy'].map((o) => [o, '☐', '☐', '☐', '']),
    ]);
    const staff = await sheetsDocx(v, await schedule(v, learnerId, { type: 'opp' }), 'staff');
    expect(texts(staff.doc, 'Heading1')).toEqual(['Review meeting: Eli Gruffydd', "Staff contribution: Eli Gruffydd's review"]);
    expect(staff.doc.tables.at(-1)![0]![0]).toMatch(/^Questions or issues for the meeting to resolve\n/); // an OPP review: no outcomes
    // A transition review of a learner with a plan in force reviews the plan: its outcomes are there to tick.
    const transition = await sheetsDocx(v, await schedule(v, learnerId, { type: 'transition' }), 'staff');
    const { title: _t, intro: _i, ...columns } = REVIEW_LABELS.en.sheet.outcomes;
    expect(transition.doc.tables.at(-1)![0]).toEqual([columns.outcome, columns.met, columns.partlyMet, columns.notMet, columns.comment]);
    expect(transition.doc.tables.at(-1)).toHaveLength(1 + 3);
  });

  it('in the language chosen for the sheet: Welsh papers for a parent at a meeting held in English, audited with the language', async () => {
    const v = await exportVault();
    const { learnerId } = await learnerWithPlan(v);
    const review = await schedule(v, learnerId, { language: 'en' });
    const parent = await sheetsDocx(v, review, 'parent', 'cy');
    expect(texts(parent.doc, 'Heading1')).toEqual(['Gwahoddiad i gyfarfod adolygu Eli', 'Eich barn ar gyfer adolygiad Eli']);
    expect(parent.doc.tables[0]![0]).toEqual(['Pryd', 'Dydd Iau 3 Rhagfyr 2026 am 3:30yh']);
    expect(parent.name).toBe('Eli Gruffydd - Review invitation - parent or carer - 2026-12-03.docx'); // file names follow the interface
    const both = await sheetsDocx(v, review, 'learner', 'bilingual');
    expect(texts(both.doc, 'Heading1')).toEqual(['Gwahoddiad i dy gyfarfod adolygu', 'Fy marn i ar gyfer fy adolygiad', 'You are invited to your review meeting', 'My views for my review']);
    // Without a choice, the meeting's language.
    expect(texts((await sheetsDocx(v, review, 'parent')).doc, 'Heading1')[0]).toBe('Invitation to Eli\'s review meeting');
    const rows = (await auditRows(v)).filter((r) => r.action === 'review.sheets_exported').map((r) => [r.details.audience, r.details.language]);
    expect(rows).toEqual([['parent', 'cy'], ['learner', 'bilingual'], ['parent', 'en']]);
  });

  it('for a bilingual meeting: the Welsh papers, then the English', async () => {
    const v = await exportVault();
    const { learnerId } = await learnerWithPlan(v);
    const { doc } = await sheetsDocx(v, await schedule(v, learnerId, { language: 'bilingual' }), 'learner');
    expect(texts(doc, 'Heading1')).toEqual(['Gwahoddiad i dy gyfarfod adolygu', 'Fy marn i ar gyfer fy adolygiad', 'You are invited to your review meeting', 'My views for my review']);
  });
});

describe('printing and the words', () => {
  it('prints the sheets and the record through their routes; a cancelled meeting has no sheets; all audited with ids only', async () => {
    const v = await exportVault();
    const review = await decidedReview(v);
    const sheets = ok(await v.core.invoke('print.reviewSheets', { reviewId: review.id, audience: 'parent' }));
    expect(basename(sheets.saved!)).toBe('Eli Gruffydd - Review invitation - parent or carer - 2026-12-03.pdf');
    expect(sheets.pages).toBe(2);
    const record = ok(await v.core.invoke('print.review', { reviewId: review.id }));
    expect(basename(record.saved!)).toBe('Eli Gruffydd - Review - 2026-12-03.pdf');
    expect(v.platform.renders.slice(-2)).toEqual([[review.id, 'parent'], [review.id]]);
    // On paper, through the system dialog: the sheets in the language chosen, and the record.
    expect(ok(await v.core.invoke('print.reviewSheetsToPrinter', { reviewId: review.id, audience: 'staff', language: 'cy' }))).toEqual({ sent: true });
    expect(ok(await v.core.invoke('print.reviewToPrinter', { reviewId: review.id }))).toEqual({ sent: true });
    expect(v.platform.printed).toEqual([`#/print/review-sheets/${review.id}/staff/cy`, `#/print/review/${review.id}`]);
    const rows = (await auditRows(v)).filter((r) => r.action === 'review.sheets_printed' || r.action === 'review.printed');
    expect(rows.map(({ action, entityId, details: { bytes: _b, ...details } }) => ({ action, entityId, details }))).toEqual([
      { action: 'review.sheets_printed', entityId: review.learnerId, details: { reviewId: review.id, audience: 'parent', language: 'en', pages: 2, kind: 'pdf' } },
      { action: 'review.printed', entityId: review.learnerId, details: { reviewId: review.id, pages: 1, kind: 'pdf' } },
      { action: 'review.sheets_printed', entityId: review.learnerId, details: { reviewId: review.id, audience: 'staff', language: 'cy', to: 'printer' } },
      { action: 'review.printed', entityId: review.learnerId, details: { reviewId: review.id, to: 'printer' } },
    ]);

    const cancelled = await schedule(v, review.learnerId, { type: 'transition' });
    ok(await v.core.invoke('reviews.cancel', { reviewId: cancelled.id, version: cancelled.version }));
    expectError(await v.core.invoke('print.reviewSheets', { reviewId: cancelled.id, audience: 'staff' }), 'CONFLICT');
    expectError(await v.core.invoke('reviews.exportSheetsDocx', { reviewId: cancelled.id, audience: 'staff' }), 'CONFLICT');
    expectError(await v.core.invoke('print.review', { reviewId: SAMPLE_ID }), 'NOT_FOUND');
    expect(v.platform.renders).toHaveLength(2);
  });

  it('the Word export says exactly what the print view says (the i18n catalogue)', () => {
    expect(REVIEW_LABELS.en.sheet).toEqual(en.reviewSheet);
    expect(REVIEW_LABELS.cy.sheet).toEqual(cy.reviewSheet);
    expect(REVIEW_LABELS.en.record).toEqual(en.reviewRecord);
    expect(REVIEW_LABELS.cy.record).toEqual(cy.reviewRecord);
  });

  it.skipIf(!haveSoffice)(
    officeTestName,
    async () => {
      const v = await exportVault();
      const review = await decidedReview(v);
      expectOpensInLibreOffice(readFileSync(ok(await v.core.invoke('reviews.exportDocx', { reviewId: review.id })).saved!), tempDir());
      const sheets = await schedule(v, review.learnerId, { language: 'bilingual' });
      expectOpensInLibreOffice(readFileSync(ok(await v.core.invoke('reviews.exportSheetsDocx', { reviewId: sheets.id, audience: 'learner' })).saved!), tempDir());
    },
    240_000,
  );
});
