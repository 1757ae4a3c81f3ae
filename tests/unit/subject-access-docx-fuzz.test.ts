/**
 * Awkward user text through the register record of a subject access export (security.md test 19 for this
 * builder): braces that look like docx's placeholders and like the labels' own slots ({detail}, {file}), XML
 * specials, emoji, right-to-left text, controls, page-field words. Every document unzips, every part is
 * well-formed, and every string comes back as typed (in the documented normalisation, `normaliseUserText`).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseUserText as n, packDocument } from '../../electron/core/export/docx-text';
import { buildRegisterDocument } from '../../electron/core/export/register-docx';
import { registerSheet, type RegisterData } from '../../electron/core/export/register-sheet';
import type { LearnerDetail } from '../../shared/schemas/learner';
import { paragraphs, parseAllParts, tables, unzipDocx } from './docx-read';

const DOCUMENTS = 40;
/** Learner: 11; contact: 5; timeline detail, need name, file name: 3; disclosure: 4. */
const PER_DOCUMENT = 23;

const AWKWARD = ['{detail}', '{file}', '{date}', '{n}', '{', '}', '{{x}}', '{profile-bullets-0}', '{image1}', '&', '<', '>', '"', "'", ']]>', '&amp;', '<w:t>', '$&', '$1', '😀', '👩🏽‍🏫', 'שלום', 'مرحبا', '\u202Eabc\u202C', 'Tŷ ŵyr', 'CURRENT', 'TOTAL_PAGES', '\t', '\n', '\r\n', '\u0000', '\uE000', '\uE001'];
// Never blank: an empty field is said as "None recorded.", which is not what this test is about.
const text = fc
  .oneof(
    { weight: 3, arbitrary: fc.array(fc.oneof(fc.constantFrom(...AWKWARD), fc.string({ unit: 'grapheme', maxLength: 5 })), { minLength: 1, maxLength: 8 }).map((p) => p.join('')) },
    { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 30 }) },
  )
  .filter((s) => s.trim().length > 0);
const strings = fc.array(text, { minLength: PER_DOCUMENT, maxLength: PER_DOCUMENT });

function dataOf(s: string[]): RegisterData {
  const [name, first, last, preferred, setting, registration, notes, agency, home, keyWorker, reason, cName, cOrg, cPhone, cEmail, cAddress, detail, need, file, recipient, purpose, item, method] = s as string[] & { length: 23 };
  const learner: LearnerDetail = {
    id: 'l1', version: 1, legalFirstName: first!, legalLastName: last!, preferredName: preferred!, dateOfBirth: '2015-03-04', upn: null, yearGroup: '6', registrationGroup: registration!, setting: setting!,
    medium: 'en', homeLanguages: [home!], lookedAfter: false, eal: false, status: 'UNIVERSAL_OPP', dutyToDecideFrom: null, dutyHolder: 'school', idpDateGiven: null, primaryNeed: 'X1', secondaryNeeds: [],
    keyWorkerId: null, agencies: [agency!], notes: notes!, hasPhoto: false, archivedAt: null, legalHold: true, legalHoldReason: reason!, createdAt: '2026-11-01T09:00:00.000Z', updatedAt: '2026-11-02T09:00:00.000Z', clocks: [],
    timeline: [{ id: 't1', date: '2026-11-03', type: 'interventionStarted', detail: detail! }],
  };
  return {
    learner, name: name!, schoolName: 'Ysgol Bryn Derw', keyWorker: keyWorker!, needLabels: new Map([['X1', { en: need!, cy: need! }]]),
    contacts: [{ id: 'c1', learnerId: 'l1', version: 1, name: cName!, relationship: 'MOTHER', organisation: cOrg!, phone: cPhone!, email: cEmail!, address: cAddress!, parentalResponsibility: true, preferredLanguage: 'cy', receivesCopies: false }],
    disclosures: [{ id: 'd1', date: '2026-11-04', recipient: recipient!, purpose: purpose!, items: [item!], method: method! }],
    photoFile: null, files: [file!], date: '2026-11-23',
  };
}

async function check(d: RegisterData): Promise<void> {
  const xml = parseAllParts(unzipDocx(await packDocument(buildRegisterDocument(registerSheet(d, 'en'), 'en')))); // throws on any part not well-formed
  const doc = xml.get('word/document.xml')!;
  const body = paragraphs(doc).map((p) => p.text);
  const [register, needs, contact, timeline, disclosures] = tables(doc);
  const header = [...xml].filter(([p]) => p.startsWith('word/header')).flatMap(([, x]) => paragraphs(x).map((p) => p.text));
  expect(header).toEqual([`OFFICIAL-SENSITIVE\t${n(d.name)}`]);
  expect(body[0]).toBe(`Register record: ${n(d.name)}`);
  const l = d.learner;
  const field = (label: string) => register!.find(([k]) => k === label)?.[1];
  expect([field('Legal first name'), field('Legal surname'), field('Preferred name'), field('Setting or site'), field('Registration group'), field('Notes')]).toEqual([l.legalFirstName, l.legalLastName, l.preferredName!, l.setting!, l.registrationGroup!, l.notes!].map(n));
  expect([field('External agencies involved'), field('Home languages'), field('Key worker'), field('Reason for the legal hold')]).toEqual([l.agencies[0]!, l.homeLanguages[0]!, d.keyWorker!, l.legalHoldReason!].map(n));
  expect(needs).toEqual([['Primary need', n(d.needLabels.get('X1')!.en)]]);
  const c = d.contacts[0]!;
  expect(body).toContain(n(c.name)); // the contact's heading
  expect(contact!.slice(1, 5)).toEqual([['Organisation', n(c.organisation!)], ['Phone', n(c.phone!)], ['Email', n(c.email!)], ['Address', n(c.address!)]]);
  expect(timeline![1]).toEqual(['03/11/2026', `Intervention started: ${n(l.timeline[0]!.detail!)}`]);
  const x = d.disclosures[0]!;
  expect(disclosures![1]).toEqual(['04/11/2026', n(x.recipient), n(x.purpose), n(x.items[0]!), n(x.method)]);
  // A list item is the IDP's (text, a space, then a note, here empty).
  expect(body).toContain(`${n(d.files[0]!)} `);
}

describe('register record: user text reaches the Word document exactly', () => {
  it(`${DOCUMENTS} documents × ${PER_DOCUMENT} fuzzed strings (${DOCUMENTS * PER_DOCUMENT}): every part well-formed, every string read back as typed`, async () => {
    let checked = 0;
    await fc.assert(
      fc.asyncProperty(strings, async (s) => {
        await check(dataOf(s));
        checked += PER_DOCUMENT;
      }),
      { numRuns: DOCUMENTS, seed: 8_2026 },
    );
    expect(checked).toBe(DOCUMENTS * PER_DOCUMENT);
  });
});
