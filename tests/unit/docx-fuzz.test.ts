/**
 * security.md test 19: 10,000 fuzzed strings through Word export. Every document unzips, every XML part of it is
 * well-formed, and every string reads back as its documented normalisation (`normaliseUserText`: CR LF and CR as
 * LF, characters XML 1.0 forbids as U+FFFD; the identity for everything a person can type), with 0 substitutions.
 *
 * The strings are aimed at the real risk: docx replaces `{key}` for the keys of the document's own lists and
 * images across the whole XML, so the keys used are read from a sample document docx actually built, and a control
 * test shows that, without the neutraliser, docx does rewrite them.
 */
import { Document, hashedId, ImageRun, LevelFormat, Packer, Paragraph, TextRun } from 'docx';
import fc from 'fast-check';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import type { Profile, ProfileItem } from '../../shared/schemas/profile';
import { normaliseUserText, packDocument } from '../../electron/core/export/docx-text';
import { BULLETS, buildProfileDocument, PROFILE_LABELS, SECTION_ORDER, ukDate, type ProfileDocumentModel } from '../../electron/core/export/profile-docx';
import { paragraphs, parseAllParts, unzipDocx } from './docx-read';

const DOCUMENTS = 100;
const STRINGS_PER_DOCUMENT = 100; // the name, the school, 98 items
const TOTAL = DOCUMENTS * STRINGS_PER_DOCUMENT;

const PHOTO = await sharp({ create: { width: 60, height: 80, channels: 3, background: '#48a' } }).jpeg().toBuffer();
const UPDATED_AT = '2026-03-04T10:00:00.000Z';

const SECTIONS = SECTION_ORDER;
const CONTRIBUTORS = ['learner', 'parent', 'staff', 'professional', 'colleague'] as const;

function model(name: string, school: string, texts: string[]): ProfileDocumentModel {
  const items: ProfileItem[] = texts.map((text, i) => ({
    id: String(i),
    section: SECTIONS[i % 3]!,
    text,
    contributor: CONTRIBUTORS[i % CONTRIBUTORS.length]!,
    firstPerson: i % 2 === 0,
    importantFor: i % 4 === 2,
  }));
  const profile: Profile = {
    id: 'p',
    ownerKind: 'learner',
    ownerId: 'o',
    ownerName: name,
    versionNumber: 1,
    version: 1,
    status: 'current',
    methods: ['spoken', 'symbols'],
    usePhoto: true,
    ownPhoto: false,
    nextUpdateDue: '2027-07-01',
    createdAt: UPDATED_AT,
    updatedAt: UPDATED_AT,
    supersededAt: null,
    items,
  };
  return { profile, ownerName: name, schoolName: school, photo: { bytes: PHOTO, width: 60, height: 80 }, language: 'en' };
}

/** The paragraphs the body must read as, in order, with each user string in its documented normalisation. */
function expectedBody(m: ProfileDocumentModel): string[] {
  const t = PROFILE_LABELS.en;
  const out = [`${t.title}: ${normaliseUserText(m.ownerName)}`, ''];
  for (const section of SECTIONS) {
    out.push(t.sections.learner[section]);
    for (const item of m.profile.items.filter((i) => i.section === section)) {
      const important = item.section === 'support' && item.importantFor ? ` (${t.importantFor})` : '';
      out.push(`${normaliseUserText(item.text)} (${t.saidBy}: ${t.contributors.learner[item.contributor]})${important}`);
    }
  }
  out.push('How the learner took part: talking and symbols.', `${t.lastUpdated} ${ukDate(UPDATED_AT)} · ${t.nextUpdate} 01/07/2027`);
  return out;
}

/** The placeholder keys docx itself uses in a profile document: its lists' and its image's. */
async function realKeys(): Promise<string[]> {
  const doc = buildProfileDocument(model('Sample', 'School', ['a', 'b', 'c']));
  await Packer.toBuffer(doc); // the keys exist once the document has been compiled
  const lists = doc.Numbering.ConcreteNumbering.map((c) => (c.restartedListId === undefined ? `${c.reference}-${c.instance}` : `${c.reference}-restart ${c.restartedListId}`));
  const images = doc.Media.Entries.map(([key]) => key);
  return [...new Set([...lists, ...images])];
}

const KEYS = await realKeys();

// ---------------------------------------------------------------------------------------------------------------
// The strings.

const utf16Unit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)); // lone surrogates too
const CONTROL = [...Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)), '\x7f', '\x85', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\r\n'];
const XML_SPECIAL = ['&', '<', '>', '"', "'", ']]>', '&amp;', '&#0;', '&lt;', '<w:t>', '</w:t>', '<![CDATA[', '-->', '<?xml', '\\', '$&', '$1'];
const EMOJI = ['😀', '👩🏽‍🏫', '🏴󠁧󠁢󠁷󠁬󠁳󠁿', '❤️', '🧑‍🤝‍🧑', '\u{1F3F3}\uFE0F\u200D\u{1F308}'];
const RTL = ['שלום', 'مرحبا بالعالم', '\u202Eabc\u202C', '\u200F', 'کتاب ۱۲۳', 'Tŷ ŵyr'];
const BRACES = ['{', '}', '{{', '}}', '{}', '\uE000', '\uE001', '\uE0010', '\uE0011', '0', '1', 'CURRENT', 'TOTAL_PAGES', 'SECTION', ...KEYS, ...KEYS.map((k) => `{${k}}`)];

const token = fc.oneof(
  fc.constantFrom(...BRACES),
  fc.constantFrom(...XML_SPECIAL),
  fc.constantFrom(...CONTROL),
  fc.constantFrom(...EMOJI),
  fc.constantFrom(...RTL),
  fc.string({ unit: 'grapheme', maxLength: 6 }),
  fc.string({ unit: 'binary', maxLength: 6 }),
  fc.string({ unit: utf16Unit, maxLength: 4 }),
);

const userString = fc.oneof(
  { weight: 4, arbitrary: fc.array(token, { maxLength: 12 }).map((parts) => parts.join('')) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 60 }) },
  { weight: 1, arbitrary: fc.string({ unit: utf16Unit, maxLength: 60 }) },
  { weight: 1, arbitrary: fc.constantFrom(...KEYS).map((k) => `ref {${k}} and {${k}}{${k}}`) },
  { weight: 1, arbitrary: fc.array(token, { minLength: 200, maxLength: 600 }).map((parts) => parts.join('')) }, // very long
);

const documentStrings = fc.array(userString, { minLength: STRINGS_PER_DOCUMENT, maxLength: STRINGS_PER_DOCUMENT });

// ---------------------------------------------------------------------------------------------------------------

/** A document with the profile's lists and photo, and one paragraph whose text goes to docx raw (no neutraliser). */
function rawTextDocument(text: string): Document {
  const bullet = (instance: number) => new Paragraph({ numbering: { reference: BULLETS, level: 0, instance }, text: 'item' });
  return new Document({
    numbering: { config: [{ reference: BULLETS, levels: [{ level: 0, format: LevelFormat.BULLET, text: '•' }] }] },
    sections: [
      {
        children: [
          new Paragraph({ children: [new ImageRun({ type: 'jpg', data: PHOTO, transformation: { width: 60, height: 80 } })] }),
          bullet(0),
          bullet(1),
          bullet(2),
          new Paragraph({ children: [new TextRun({ text })] }),
        ],
      },
    ],
  });
}

describe('Word export of user text (security test 19)', () => {
  it('reads the real placeholder keys from a document docx built: its three lists and its image', () => {
    expect(KEYS).toEqual(expect.arrayContaining([`${BULLETS}-0`, `${BULLETS}-1`, `${BULLETS}-2`, `${hashedId(PHOTO)}.jpg`]));
  });

  it('control: without the neutraliser, docx rewrites "{key}" in user text (so the fuzz below aims at a real risk)', async () => {
    const typed = KEYS.map((k) => `{${k}}`).join(' ');
    const parts = unzipDocx(await Packer.toBuffer(rawTextDocument(typed)));
    const body = paragraphs(parseAllParts(parts).get('word/document.xml')!).map((p) => p.text);
    expect(body).not.toContain(typed);
    expect(body.at(-1)).toMatch(new RegExp(`^\\d+(?: \\d+){${KEYS.length - 1}}$`));
  });

  it(`${TOTAL.toLocaleString('en-GB')} fuzzed strings in ${DOCUMENTS} documents (${STRINGS_PER_DOCUMENT} each: name, school, items): all well-formed, 0 substitutions`, async () => {
    let strings = 0;
    let substitutions = 0;
    await fc.assert(
      fc.asyncProperty(documentStrings, async ([name, school, ...texts]) => {
        const m = model(name!, school!, texts);
        const parts = unzipDocx(await packDocument(buildProfileDocument(m)));
        const xml = parseAllParts(parts); // throws on any part that is not well-formed
        const body = paragraphs(xml.get('word/document.xml')!).map((p) => p.text);
        const header = paragraphs(xml.get('word/header1.xml')!).map((p) => p.text);
        const expected = expectedBody(m);
        strings += STRINGS_PER_DOCUMENT;
        substitutions += expected.filter((text, i) => body[i] !== text).length + (header[0] === normaliseUserText(school!) ? 0 : 1);
        const photo = xml.get('word/document.xml')!.getElementsByTagName('wp:docPr')[0]!;
        const description = `${PROFILE_LABELS.en.photoOf} ${normaliseUserText(name!).replace(/[\t\n]/g, ' ')}`;
        substitutions += photo.getAttribute('descr') === description ? 0 : 1;
        expect(photo.getAttribute('descr')).toBe(description);
        expect(header).toEqual([normaliseUserText(school!)]);
        expect(body).toEqual(expected);
        expect(Object.keys(parts).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
      }),
      // A failing document holds 100 strings; shrinking it takes minutes and the assertion diff already shows the
      // string that came back changed.
      { numRuns: DOCUMENTS, endOnFailure: true },
    );
    expect(strings).toBe(TOTAL);
    expect(substitutions).toBe(0);
  });

  it('the normalisation is the identity for text a person types, and replaces only what XML cannot hold', () => {
    const typed = 'Rhi {profile-bullets-0} & <b>"quoted"</b> \'n\' ]]> 😀 👩🏽‍🏫 שלום مرحبا Tŷ\ttab\nline \uE000\uE001';
    expect(normaliseUserText(typed)).toBe(typed);
    expect(normaliseUserText('a\r\nb\rc')).toBe('a\nb\nc');
    expect(normaliseUserText('\u0000\u0008\u000b\u001f\ud800x\udc00\ufffe\uffff')).toBe('\ufffd\ufffd\ufffd\ufffd\ufffdx\ufffd\ufffd\ufffd');
    expect(normaliseUserText('\u{1F600}\u0085\u007f')).toBe('\u{1F600}\u0085\u007f');
  });
});
