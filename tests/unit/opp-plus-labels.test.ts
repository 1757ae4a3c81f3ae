/**
 * The OPP+ Word export keeps its own copy of the words (the main process cannot read the renderer's catalogue); the
 * print view takes them from the i18n catalogue through sheetWords. This test keeps the two copies identical, in
 * English and Welsh: every plain field, and sample calls of every function field (so a new field must be added here).
 */
import { describe, expect, it } from 'vitest';
import { OPP_PLUS_LABELS } from '../../electron/core/export/opp-plus-labels';
import { VAGUE_PHRASES } from '../../shared/rules/wording';
import { deliveredBy, type SheetWords } from '../../shared/rules/opp-plus-sheet';
import type { Language } from '../../shared/schemas/settings';
import { sheetWords } from '../../renderer/src/features/print/sheet-words';
import { translate } from '../../renderer/src/i18n';

type Fn = { [K in keyof SheetWords]: SheetWords[K] extends (...args: never[]) => unknown ? K : never }[keyof SheetWords];

/** Each function field called with sample values; a record so the compiler asks for a new field's samples. */
const SAMPLES: Record<Fn, (w: SheetWords) => string[]> = {
  vague: (w) => VAGUE_PHRASES.map((p) => w.vague({ id: p.id, text: 'as required' })),
  date: (w) => ['2026-01-30', '2025-09-05'].map(w.date),
  targetScore: (w) => [w.targetScore('8y 0m'), w.targetScore('12')],
  byDate: (w) => [w.byDate('30/01/2026')],
  schedule: (w) => [w.schedule('2', '15', '20'), w.schedule('–', '30', '–')],
  span: (w) => [w.span('15/09/2025', '02/02/2026')],
  sessions: (w) => [w.sessions('36', '40'), w.sessions('–', '30')],
  staffPerTerm: (w) => [w.staffPerTerm(13)],
  duration: (w) => [0, 1, 45, 60, 90, 120, 150, 37.5].map(w.duration),
};

const printWords = (language: Language) => sheetWords((key, vars) => translate(language, key, vars));

describe.each(['en', 'cy'] as const)('the OPP+ Word words in %s are the print view’s', (language) => {
  const word = OPP_PLUS_LABELS[language].words;
  const print = printWords(language);

  it('has the same fields, and every plain one says the same', () => {
    expect(Object.keys(word).sort()).toEqual(Object.keys(print).sort());
    const plain = (w: SheetWords) => Object.fromEntries(Object.entries(w).filter(([, v]) => typeof v !== 'function'));
    expect(Object.keys(plain(word))).toHaveLength(13);
    expect(plain(word)).toEqual(plain(print));
  });

  it('every function field says the same for the same values', () => {
    const functions = Object.keys(word).filter((k) => typeof word[k as keyof SheetWords] === 'function');
    expect(functions.sort()).toEqual(Object.keys(SAMPLES).sort());
    for (const [field, call] of Object.entries(SAMPLES)) expect(call(word), field).toEqual(call(print));
  });

  it('the document’s headings that the print also has say the same', () => {
    const t = OPP_PLUS_LABELS[language];
    const p = (key: string) => translate(language, `oppPlusPrint.${key}`);
    expect([t.importantTo, t.importantFor, t.notWritten, t.noInterventions, t.measures, t.noMeasures, t.stillToComplete, t.time]).toEqual(
      ['importantTo', 'importantFor', 'notWritten', 'noInterventions', 'measures', 'noMeasures', 'stillToComplete', 'time'].map(p),
    );
    expect(t.columns).toEqual({ phase: p('columns.phase'), tool: p('columns.tool'), score: p('columns.score'), date: p('columns.date') });
  });
});

it('the samples are in the language: a Welsh schedule and time read in Welsh', () => {
  expect(SAMPLES.schedule(OPP_PLUS_LABELS.cy.words)[0]).toBe('2 yr wythnos × 15 munud, am 20 wythnos');
  expect(SAMPLES.duration(OPP_PLUS_LABELS.cy.words).slice(2, 5)).toEqual(['45 munud', '1 awr', '1 awr 30 munud']);
  expect(SAMPLES.vague(OPP_PLUS_LABELS.en.words)[0]).toBe('“as required” is hard to check. Say how often and for how long instead, for example “three times a week for 20 minutes”.');
});

it('who delivers reads "Name (role)" on the card, the print and the Word file; the name alone without a role', () => {
  expect(deliveredBy({ staffName: 'Mr Evans', staffRole: 'Teaching assistant' })).toBe('Mr Evans (Teaching assistant)');
  expect(deliveredBy({ staffName: 'Mr Evans', staffRole: '  ' })).toBe('Mr Evans');
  expect(deliveredBy({ staffName: null, staffRole: null })).toBeNull();
});
