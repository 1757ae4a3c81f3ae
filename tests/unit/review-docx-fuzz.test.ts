/**
 * Awkward user text through a review's Word builders (the record, and the invitation and contribution sheets):
 * braces that look like docx's own placeholders and like the papers' own slots ({name}, {fullName}), XML
 * specials, emoji, right-to-left text, controls, page-field words. Every document unzips, every part is
 * well-formed, and every string comes back as typed (in the documented normalisation, `normaliseUserText`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviewRecordSheet } from '../../shared/rules/review-record';
import { reviewSheets } from '../../shared/rules/review-sheets';
import type { Review } from '../../shared/schemas/review';
import { normaliseUserText as n, packDocument } from '../../electron/core/export/docx-text';
import { REVIEW_LABELS } from '../../electron/core/export/review-labels';
import { buildReviewRecordDocument } from '../../electron/core/export/review-record-docx';
import { buildReviewSheetsDocument } from '../../electron/core/export/review-sheets-docx';
import { paragraphs, parseAllParts, tables, unzipDocx } from './docx-read';

const DOCUMENTS = 8;
const ROWS = 4;
/** Per record: the name, first name, school, place, leader, reason and five texts, and per row two invitee, two
 * perspective, two action and two outcome strings. Per set of sheets: a name (in both titles), the school, place
 * and leader, and per row the invitee's name and role and the outcome. */
const RECORD_STRINGS = 11 + ROWS * 8;
const SHEET_STRINGS = 4 + ROWS * 3;
const STRINGS = DOCUMENTS * (RECORD_STRINGS + SHEET_STRINGS);

const AWKWARD = ['{name}', '{fullName}', '{place}', '{', '}', '{{x}}', '{profile-bullets-0}', '{profile-bullets-300}', '{image1}', '&', '<', '>', '"', "'", ']]>', '&amp;', '<w:t>', '$&', '$1', '😀', '👩🏽‍🏫', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'שלום', 'مرحبا', '\u202Eabc\u202C', 'Tŷ ŵyr', 'CURRENT', 'TOTAL_PAGES', 'PAGE', '\t', '\n', '\r\n', '\u0000', '\uE000', '\uE001'];
// Never empty: an empty text is said as "Nothing written.", which is not what this test is about.
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 5 })), { minLength: 1, maxLength: 8 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
).filter((s) => s.length > 0);
const strings = (count: number) => fc.array(text, { minLength: count, maxLength: count });

function reviewOf(s: string[]): Review {
  const take = (k: number) => s.splice(0, k);
  const [name, first, place, facilitator, reason, appreciation, importantNow, importantFuture, bestSupport, questions] = take(10) as string[] & { length: 10 };
  const row = () => take(8);
  const rows = Array.from({ length: ROWS }, row);
  return {
    id: 'r1', version: 3, learnerId: 'l1', learnerName: name!, learnerFirstName: first!, type: 'annualIdp', date: '2026-12-03', time: '09:05', place: place!, online: false,
    facilitator: facilitator!, language: 'en', status: 'held', idpId: 'p1', decision: 'cease', decisionDate: '2026-12-03', decisionReason: reason!, resultIdpId: null, createdAt: '', updatedAt: '',
    invitees: rows.map((r, i) => ({ id: `i${i}`, kind: 'other', refId: null, name: r[0]!, role: r[1]!, attendance: 'attended' })),
    record: {
      appreciation: appreciation!, importantNow: importantNow!, importantFuture: importantFuture!, bestSupport: bestSupport!, questions: questions!,
      perspectives: rows.map((r, i) => ({ id: `p${i}`, perspective: 'school', working: r[2]!, notWorking: r[3]! })),
      actions: rows.map((r, i) => ({ id: `a${i}`, action: r[4]!, owner: r[5]!, dueDate: null, status: 'open' })),
      elementOutcomes: rows.map((r, i) => ({ elementId: `e${i}`, outcome: r[6]!, status: 'met', comment: r[7]! })),
    },
  };
}

async function readBack(bytes: Buffer) {
  const xml = parseAllParts(unzipDocx(bytes)); // throws on any part that is not well-formed
  const doc = xml.get('word/document.xml')!;
  const header = [...xml].filter(([p]) => p.startsWith('word/header')).flatMap(([, d]) => paragraphs(d).map((p) => p.text));
  return { body: paragraphs(doc), tables: tables(doc), header };
}

async function checkRecord(r: Review, school: string): Promise<number> {
  const { body, tables: [meeting, who, perspectives, actions, outcomes, decision], header } = await readBack(await packDocument(buildReviewRecordDocument(reviewRecordSheet(r, school, REVIEW_LABELS.en.record), 'en')));
  expect(header).toEqual([`OFFICIAL-SENSITIVE\t${n(school)}`]);
  expect(body[0]!.text).toBe(`Review: ${n(r.learnerName)}`);
  expect(body.find((p) => p.style === 'Heading2' && p.text.startsWith('What we like'))!.text).toBe(`What we like and admire about ${n(r.learnerFirstName)}`);
  expect(meeting!.slice(3, 5)).toEqual([['Place', n(r.place)], ['Led by', n(r.facilitator)]]);
  const texts = body.map((p) => p.text);
  for (const key of ['appreciation', 'importantNow', 'importantFuture', 'bestSupport', 'questions'] as const) expect(texts).toContain(n(r.record[key]));
  expect(who!.slice(1)).toEqual(r.invitees.map((i) => [n(i.name), n(i.role), 'Came']));
  expect(perspectives!.slice(1)).toEqual(r.record.perspectives.map((p) => ['School', n(p.working), n(p.notWorking)]));
  expect(actions!.slice(1)).toEqual(r.record.actions.map((a) => [n(a.action), n(a.owner), '', 'Open']));
  expect(outcomes!.slice(1)).toEqual(r.record.elementOutcomes.map((o) => [n(o.outcome), 'Met', n(o.comment)]));
  expect(decision![2]).toEqual(['Reason', n(r.decisionReason!)]);
  return RECORD_STRINGS;
}

async function checkSheets(r: Review, school: string, audience: 'parent' | 'staff'): Promise<number> {
  const sheets = reviewSheets(r, audience, school, (lang) => REVIEW_LABELS[lang].sheet);
  const { body, tables: all, header } = await readBack(await packDocument(buildReviewSheetsDocument(sheets, 'Review invitation')));
  expect(header).toEqual([n(school)]);
  const headings = body.filter((p) => p.style === 'Heading1').map((p) => p.text);
  expect(headings).toEqual(audience === 'parent' ? [`Invitation to ${n(r.learnerFirstName)}'s review meeting`, `Your views for ${n(r.learnerFirstName)}'s review`] : [`Review meeting: ${n(r.learnerName)}`, `Staff contribution: ${n(r.learnerName)}'s review`]);
  expect(all[0]!.slice(1)).toEqual([['Where', n(r.place)], ['Led by', n(r.facilitator)]]);
  const texts = body.map((p) => p.text);
  for (const i of r.invitees) expect(texts).toContain(n(`${i.name} (${i.role})`));
  expect(all.at(-1)!.slice(1).map((row) => row[0])).toEqual(r.record.elementOutcomes.map((o) => n(o.outcome)));
  return SHEET_STRINGS;
}

describe('a review in Word, with awkward text', () => {
  it(`${STRINGS} strings in ${DOCUMENTS} records and ${DOCUMENTS} sets of sheets: all well-formed, every one back as typed`, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(strings(10 + ROWS * 8), text, fc.boolean(), async (s, school, parent) => {
        const review = reviewOf([...s]);
        checked += await checkRecord(review, school);
        checked += await checkSheets(review, school, parent ? 'parent' : 'staff');
      }),
      { numRuns: DOCUMENTS, seed: 20261203 },
    );
    expect(checked).toBe(STRINGS);
  }, 120_000);
});
