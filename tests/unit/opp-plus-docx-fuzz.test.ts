/**
 * Awkward user text through the OPP+ Word builder: braces that look like docx's own placeholders ({name}, the
 * list and image keys), XML specials, emoji, right-to-left text, controls. Every document unzips, every part is
 * well-formed, and the learner's name, each programme's name, target and impact note read back as typed (in the
 * documented normalisation, `normaliseUserText`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Intervention, OppPlusPlan } from '../../shared/schemas/interventions';
import { normaliseUserText, packDocument } from '../../electron/core/export/docx-text';
import { buildOppPlusDocument } from '../../electron/core/export/opp-plus-docx';
import { paragraphs, parseAllParts, unzipDocx, type ReadParagraph } from './docx-read';

const DOCUMENTS = 4;
const INTERVENTIONS = 25;
const STRINGS = DOCUMENTS * (1 + INTERVENTIONS * 3); // the learner's name; each row's name, target and impact note

const AWKWARD = ['{name}', '{', '}', '{{x}}', '{profile-bullets-0}', '{profile-bullets-10}', '&', '<', '>', '"', "'", ']]>', '&amp;', '<w:t>', '$&', '😀', '👩🏽‍🏫', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'שלום', 'مرحبا', '\u202Eabc\u202C', 'Tŷ ŵyr', 'CURRENT', 'TOTAL_PAGES', '\t', '\n', '\r\n', '\u0000', '\uE000', '\uE001', 'as needed'];
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 5 })), { minLength: 1, maxLength: 10 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
);

function intervention(i: number, [name, target, note]: string[]): Intervention {
  return {
    id: String(i), version: 1, programmeId: null, customName: name!, programmeName: name!, area: 'literacy', target: target!, measureTool: 'Reading age', targetScore: 90, better: 'higher',
    targetDate: '2026-12-18', entryCriteria: null, sessionsPerWeek: 2, sessionMinutes: 15, durationWeeks: 10, startDate: '2026-09-14', plannedEndDate: '2026-11-20',
    staffId: null, staffName: null, staffRole: null, groupSize: 3, location: null, language: 'bilingual', status: 'running', sessionsDelivered: 12, impactNote: note!, nextStep: null, nextStepOn: null,
    measures: [{ id: `m${i}`, phase: 'baseline', tool: 'Reading age', score: 80, date: '2026-09-14', note: null }],
  };
}

function plan(name: string, rows: string[][]): OppPlusPlan {
  const at = '2026-09-01T09:00:00.000Z';
  return { id: 'p', version: 1, learnerId: 'l', learnerName: name, status: 'active', startDate: '2026-09-01', reviewDate: null, importantTo: null, importantFor: null, createdAt: at, updatedAt: at, interventions: rows.map((row, i) => intervention(i, row)) };
}

const after = (body: ReadParagraph[], from: number, label: string) => body[body.findIndex((p, i) => i > from && p.text === label) + 1]?.text;

describe('OPP+ Word export of awkward text', () => {
  it(`${STRINGS} strings in ${DOCUMENTS} documents: all well-formed, every one back as typed`, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: INTERVENTIONS, maxLength: INTERVENTIONS }), async (name, rows) => {
        const bytes = await packDocument(buildOppPlusDocument({ plan: plan(name, rows), profile: null, photo: null, schoolName: '{school} & <co>', language: 'en' }));
        const xml = parseAllParts(unzipDocx(bytes)); // throws on any part that is not well-formed
        const body = paragraphs(xml.get('word/document.xml')!);
        expect(body[0]!.text).toBe(`OPP+: ${normaliseUserText(name)}`);
        expect(paragraphs(xml.get('word/header1.xml')!).map((p) => p.text)).toEqual(['{school} & <co>']);
        const headings = body.map((p, i) => ({ p, i })).filter(({ p }) => p.style === 'Heading3');
        expect(headings.map(({ p }) => p.text)).toEqual(rows.map(([n]) => normaliseUserText(n!)));
        headings.forEach(({ i }, row) => {
          expect(after(body, i, 'SMART target')).toBe(normaliseUserText(rows[row]![1]!));
          expect(after(body, i, 'Impact note')).toBe(normaliseUserText(rows[row]![2]!));
        });
        checked += 1 + rows.length * 3;
      }),
      { numRuns: DOCUMENTS, endOnFailure: true },
    );
    expect(checked).toBe(STRINGS);
  });
});
