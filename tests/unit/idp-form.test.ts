/**
 * The IDP form definition as data (shared/forms/idp-annex-a.json, read by idp-annex-a.ts): which headings are
 * still unverified against the published Annex A (domain.md §1 and §10: 1B, the views, 2C, Section 3, the reasons,
 * Section 4, the timeline), the statutory order, every heading in English and Welsh, and a malformed file refused
 * with a message that names the fault.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { IDP_PARTS, IDP_SECTIONS, PROVISION_PARTS, parseIdpForm } from '../../shared/forms/idp-annex-a';

const FILE = 'shared/forms/idp-annex-a.json';
type FormFile = { sections: Record<string, unknown>[]; parts: Record<string, Record<string, unknown>>; provisionParts: unknown[] } & Record<string, unknown>;
/** A fresh copy of the file as stored, to break one thing at a time. */
const stored = (): FormFile => JSON.parse(readFileSync(FILE, 'utf8')) as FormFile;
/** The message a broken copy is refused with. */
function refusal(change: (f: FormFile) => void): string {
  const f = stored();
  change(f);
  try {
    parseIdpForm(f);
  } catch (e) {
    return (e as Error).message;
  }
  throw new Error('the broken form was accepted');
}

describe('the IDP form as data', () => {
  test('the headings still to check against Annex A are exactly the ones the research could not confirm', () => {
    expect(IDP_SECTIONS.filter((s) => !s.verified).map((s) => s.key ?? s.id)).toEqual(['1B', 'views', '2C', '3', 'reasons', '4', 'timeline']);
    expect(Object.entries(IDP_PARTS).filter(([, p]) => !p.verified).map(([k]) => k)).toEqual(['3', '4']);
  });

  test('the code reads what the file says: the order, the keys and both languages', () => {
    const file = stored();
    expect(IDP_SECTIONS).toEqual(file.sections);
    expect(IDP_SECTIONS.map((s) => s.key ?? s.id)).toEqual(['1A', '1B', '1C', 'views', '2A', '2B', '2C', '2D', '3', 'reasons', '4', 'timeline', 'appendices']);
    expect(IDP_PARTS[3]).toEqual({ en: 'Section 3: Transition and other actions', cy: 'Adran 3: Pontio a chamau gweithredu eraill', verified: false });
    const keys = IDP_SECTIONS.map((s) => s.key).filter((k) => k !== null);
    expect(new Set(keys).size).toBe(keys.length);
    expect(new Set(IDP_SECTIONS.map((s) => s.id)).size).toBe(13);
    expect(PROVISION_PARTS.map((p) => p.key)).toEqual(['2B.1', '2B.2', '2B.3', '2B.4', '2B.5', '2B.6', '2B.7']);
    const headings = [...IDP_SECTIONS.map((s) => s.heading), ...Object.values(IDP_PARTS), ...PROVISION_PARTS.map((p) => p.heading)];
    expect(headings).toHaveLength(13 + 5 + 7);
    for (const h of headings) {
      expect(h.en.trim(), JSON.stringify(h)).not.toBe('');
      expect(h.cy.trim(), JSON.stringify(h)).not.toBe('');
    }
  });

  test('a corrected heading needs no code: a changed file parses, and says so', () => {
    const f = stored();
    f.sections[2] = { ...f.sections[2], heading: { en: '1C: One-page profile', cy: '1C: Proffil un dudalen' } };
    expect(parseIdpForm(f).sections[2]).toMatchObject({ id: 'aboutMe', heading: { en: '1C: One-page profile', cy: '1C: Proffil un dudalen' } });
  });

  test('a malformed file is refused, naming the file and the fault', () => {
    expect(refusal((f) => ((f.sections[3]!.heading as { cy: string }).cy = '  '))).toBe(
      'The IDP form definition (shared/forms/idp-annex-a.json) is not valid. sections.3.heading.cy: a heading needs words in both English and Welsh',
    );
    expect(refusal((f) => delete (f.parts['4']!.heading as { en?: string }).en)).toMatch(/^The IDP form definition .* parts\.4\.heading\.en: /);
    expect(refusal((f) => f.sections.splice(6, 1))).toContain('sections: section "otherProvision" is missing');
    expect(refusal((f) => (f.sections[1] = { ...f.sections[1], id: 'coreDetails' }))).toContain('sections: section "coreDetails" is listed twice');
    expect(refusal((f) => (f.sections[9] = { ...f.sections[9], key: '3' }))).toContain('sections: the key "3" is used twice');
    expect(refusal((f) => f.sections.push(f.sections.splice(4, 1)[0]!))).toContain('sections.12.part: section "alnDescription" comes after a later part');
    expect(refusal((f) => (f.sections[0] = { ...f.sections[0], verified: 'yes' }))).toMatch(/sections\.0\.verified: /);
    expect(refusal((f) => (f.sections[0] = { ...f.sections[0], colour: 'red' }))).toMatch(/sections\.0: .*colour/);
    expect(refusal((f) => f.provisionParts.reverse())).toContain('provisionParts: the provision parts must be outcome, provision, welsh, provider, start, reviewOrEnd, rationale, in that order');
    expect(refusal((f) => (f.code = 'ENG_EHCP'))).toMatch(/^The IDP form definition .* code: /);
  });
});
