/**
 * Awkward user text through the IDP Word builder: braces that look like docx's own placeholders ({name}, the
 * list and image keys), XML specials, emoji, right-to-left text, controls, page-field words. Every document
 * unzips, every part is well-formed, and the learner's name (title and page header), each provision element's
 * outcome, provision and rationale, each view and each record of information read back as typed (in the
 * documented normalisation, `normaliseUserText`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { idpSheet } from '../../shared/rules/idp-sheet';
import type { IdpContent } from '../../shared/schemas/idp';
import { normaliseUserText, packDocument } from '../../electron/core/export/docx-text';
import { buildIdpDocument } from '../../electron/core/export/idp-docx';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { paragraphs, parseAllParts, tables, unzipDocx } from './docx-read';

const DOCUMENTS = 6;
const ROWS = 10;
const STRINGS = DOCUMENTS * (1 + ROWS * 5); // the name; per row an outcome, a provision, a rationale, a view, a source

const AWKWARD = ['{name}', '{', '}', '{{x}}', '{profile-bullets-0}', '{profile-bullets-100}', '{image1}', '&', '<', '>', '"', "'", ']]>', '&amp;', '<w:t>', '$&', '$1', '😀', '👩🏽‍🏫', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', 'שלום', 'مرحبا', '\u202Eabc\u202C', 'Tŷ ŵyr', 'CURRENT', 'TOTAL_PAGES', 'PAGE', '\t', '\n', '\r\n', '\u0000', '\uE000', '\uE001', 'as required'];
// Never empty: an empty field is said as "Not recorded" (idp-sheet.ts), which is not what this test is about.
const text = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 5 })), { minLength: 1, maxLength: 10 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 40 }) },
).filter((s) => s.length > 0);

function content(rows: string[][]): IdpContent {
  const base = structuredClone(IDP_PLAN);
  const element = base.provision[0]!;
  return {
    ...base,
    provision: rows.map(([outcome, what, rationale], i) => ({ ...element, id: `p${i}`, outcome: outcome!, what: what!, rationale: rationale! })),
    views: rows.map(([, , , view], i) => ({ ...base.views[0]!, id: `v${i}`, text: view! })),
    informationUsed: rows.map(([, , , , title], i) => ({ ...base.informationUsed[0]!, id: `i${i}`, title: title! })),
  };
}

describe('IDP Word export of awkward text', () => {
  it(`${STRINGS} strings in ${DOCUMENTS} documents: all well-formed, every one back as typed`, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.array(text, { minLength: 5, maxLength: 5 }), { minLength: ROWS, maxLength: ROWS }), async (name, rows) => {
        const idp = { learnerName: name, versionNumber: 3, status: 'issued' as const, dateGiven: '2026-11-20', ceasedOn: null, content: content(rows) };
        const sheet = idpSheet(idp, { mode: 'en', needLabels: new Map([['DYSLEXIA', { en: '{Dyslexia} & <co>', cy: 'Dyslecsia' }]]), hasPhoto: false });
        const bytes = await packDocument(buildIdpDocument({ sheet, photo: null, language: 'en', schoolName: '{school}' }));
        const xml = parseAllParts(unzipDocx(bytes)); // throws on any part that is not well-formed
        const body = paragraphs(xml.get('word/document.xml')!);
        const n = normaliseUserText;
        expect(body[0]!.text).toBe(`Individual Development Plan: ${n(name)}`);
        const header = [...xml].filter(([p]) => p.startsWith('word/header')).flatMap(([, d]) => paragraphs(d).map((p) => p.text));
        expect(header).toEqual([`OFFICIAL-SENSITIVE\t${n(name)}`]);
        expect(body.map((p) => p.text)).toContain('Need 1: {Dyslexia} & <co>');
        const all = tables(xml.get('word/document.xml')!);
        const elements = all.filter((t) => t[0]![0] === '2B.1 Intended outcome');
        expect(elements).toHaveLength(ROWS);
        elements.forEach((t, i) => {
          const value = (label: string) => t.find((r) => r[0] === label)![1];
          expect(value('2B.1 Intended outcome')).toBe(n(rows[i]![0]!));
          expect(value('2B.2 The additional learning provision')).toBe(n(rows[i]![1]!));
          expect(value('2B.7 Rationale')).toBe(n(rows[i]![2]!));
        });
        const views = all.find((t) => t[0]![0] === 'Whose view')!.slice(1);
        expect(views.map((r) => r[2])).toEqual(rows.map((r) => n(r[3]!)));
        const sources = all.find((t) => t[0]![0] === 'Document')!.slice(1);
        expect(sources.map((r) => r[0])).toEqual(rows.map((r) => n(r[4]!)));
        checked += 1 + rows.length * 5;
      }),
      { numRuns: DOCUMENTS, endOnFailure: true },
    );
    expect(checked).toBe(STRINGS);
  });
});
