/**
 * The one-page profile as Word: built through the real core (a real encrypted database), packed, unzipped and
 * read back: headings in order in both languages, every item once with who said it, the learner's own words in
 * italics, "important for me", the photo, the bullet numbering, and (where LibreOffice is installed) that an
 * office suite opens it.
 */
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/ipc';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import { profileDocx } from '../../electron/core/services/profile-export';
import { closeSession, openSession } from '../../electron/core/services/session';
import { cleanup, databaseKey, ok, setupVault, tempDir, type SetUpVault } from './helpers';
import { paragraphs, parseAllParts, unzipDocx } from './docx-read';
import { expectOpensInLibreOffice, haveSoffice, officeTestName } from './soffice';

afterEach(cleanup);

type Items = Input<'profiles.saveItems'>['items'];

const ITEMS: Items = [
  { section: 'appreciation', text: 'I make everyone laugh', contributor: 'learner', firstPerson: true, importantFor: false },
  { section: 'appreciation', text: 'Kind to younger children', contributor: 'parent', firstPerson: false, importantFor: false },
  { section: 'appreciation', text: 'Works hard in maths', contributor: 'staff', firstPerson: false, importantFor: false },
  { section: 'importantTo', text: 'My dog Mabli', contributor: 'learner', firstPerson: true, importantFor: false },
  { section: 'importantTo', text: 'Seeing Nain at weekends', contributor: 'parent', firstPerson: false, importantFor: false },
  { section: 'importantTo', text: 'Knowing what happens next', contributor: 'staff', firstPerson: false, importantFor: false },
  { section: 'support', text: 'Tell me before things change', contributor: 'learner', firstPerson: true, importantFor: false },
  { section: 'support', text: 'Inhaler kept in the classroom', contributor: 'parent', firstPerson: false, importantFor: true },
  { section: 'support', text: 'Visual timetable on the desk', contributor: 'staff', firstPerson: false, importantFor: false },
];

async function learnerWithProfile(withPhoto: boolean, usePhoto = true) {
  const vault = await setupVault();
  const { core } = vault;
  const learner = ok(await core.invoke('learners.create', { legalFirstName: 'Rhian', legalLastName: 'Evans', dateOfBirth: '2015-03-04' }));
  if (withPhoto) {
    const png = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#3a7' } }).png().toBuffer();
    ok(await core.invoke('photos.set', { learnerId: learner.id, imageBase64: png.toString('base64') }));
  }
  let profile = ok(await core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learner.id }));
  profile = ok(await core.invoke('profiles.update', { profileId: profile.id, version: profile.version, patch: { methods: ['spoken', 'drawing', 'aac'], nextUpdateDue: '2027-07-01', usePhoto } }));
  profile = ok(await core.invoke('profiles.saveItems', { profileId: profile.id, version: profile.version, items: ITEMS }));
  return { ...vault, profileId: profile.id };
}

/** Exports through the service on a session of its own (the core is locked first, so one connection at a time). */
async function exportDocx(v: SetUpVault, profileId: string, language: 'en' | 'cy') {
  await v.core.lock('user');
  const session = await openSession(v.core.paths, await databaseKey(v.dir, v.passphrase), { migrations: MIGRATIONS });
  try {
    return await profileDocx(session, profileId, language);
  } finally {
    await closeSession(session);
  }
}

function read(bytes: Buffer) {
  const parts = unzipDocx(bytes);
  const xml = parseAllParts(parts);
  return { parts, body: paragraphs(xml.get('word/document.xml')!), header: paragraphs(xml.get('word/header1.xml')!) };
}

describe('one-page profile as Word', () => {
  it('has the title, the three section headings in order, every item once with who said it, italics and "important for me"', async () => {
    const v = await learnerWithProfile(true);
    const { bytes, defaultName } = await exportDocx(v, v.profileId, 'en');
    expect(defaultName).toBe('Rhian Evans - one-page profile.docx');
    const { parts, body, header } = read(bytes);

    const headings = body.filter((p) => p.style === 'Heading1' || p.style === 'Heading2').map((p) => [p.style, p.text]);
    expect(headings).toEqual([
      ['Heading1', 'One-page profile: Rhian Evans'],
      ['Heading2', 'What people appreciate about me'],
      ['Heading2', 'What is important to me'],
      ['Heading2', 'How best to support me'],
    ]);
    expect(header.map((p) => p.text)).toEqual(['Ysgol Bryn Derw']);

    const who = { learner: 'the learner', parent: 'a parent or carer', staff: 'school staff' } as Record<string, string>;
    const bullets = body.filter((p) => p.numbered);
    expect(bullets).toHaveLength(ITEMS.length);
    for (const item of ITEMS) {
      const expected = `${item.text} (said by: ${who[item.contributor]})${item.importantFor ? ' (important for me)' : ''}`;
      expect(bullets.filter((p) => p.text === expected), expected).toHaveLength(1);
      const p = bullets.find((b) => b.text === expected)!;
      expect(p.italic).toEqual(item.firstPerson ? [item.text] : []);
    }
    // Items stay under their own heading, in the order saved.
    const order = body.map((p) => p.text);
    expect(order.indexOf('Tell me before things change (said by: the learner)')).toBeGreaterThan(order.indexOf('How best to support me'));
    expect(order.indexOf('My dog Mabli (said by: the learner)')).toBeLessThan(order.indexOf('How best to support me'));

    expect(order).toContain('How the learner took part: talking, drawing and a communication aid (AAC).');
    expect(order.some((t) => /^Last updated \d{2}\/\d{2}\/\d{4} · Next update 01\/07\/2027$/.test(t))).toBe(true);

    expect(Object.keys(parts).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
    expect(parts['word/numbering.xml']).toBeDefined();
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect(core).toContain('<dc:creator>Caseload</dc:creator>');
    expect(core).not.toContain('Rhian'); // the properties name no one
    const document = new TextDecoder().decode(parts['word/document.xml']);
    expect(document).toContain('<w:pgSz w:w="11906" w:h="16838"'); // A4
  });

  it('uses the Welsh headings, attributions and dates line for language "cy", and leaves the photo out when the profile says so', async () => {
    const v = await learnerWithProfile(true, false);
    const { bytes, defaultName } = await exportDocx(v, v.profileId, 'cy');
    expect(defaultName).toBe('Rhian Evans - proffil un dudalen.docx');
    const { parts, body } = read(bytes);
    expect(body.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text)).toEqual([
      'Proffil un dudalen: Rhian Evans',
      'Beth mae pobl yn ei werthfawrogi amdanaf i',
      "Beth sy'n bwysig i mi",
      'Sut i fy nghefnogi orau',
    ]);
    const texts = body.map((p) => p.text);
    expect(texts).toContain('Inhaler kept in the classroom (dywedwyd gan: rhiant neu ofalwr) (pwysig ar fy nghyfer i)');
    expect(texts).toContain('Tell me before things change (dywedwyd gan: y dysgwr)');
    expect(texts).toContain('Visual timetable on the desk (dywedwyd gan: staff yr ysgol)');
    expect(texts).toContain('Sut cymerodd y dysgwr ran: siarad, tynnu lluniau a chymorth cyfathrebu (AAC).');
    expect(texts.some((t) => /^Diweddarwyd ddiwethaf \d{2}\/\d{2}\/\d{4} · Diweddariad nesaf 01\/07\/2027$/.test(t))).toBe(true);
    expect(Object.keys(parts).some((p) => p.startsWith('word/media/'))).toBe(false);
  });

  it("shows a staff member's profile with the staff headings, in English and Welsh", async () => {
    const v = await setupVault();
    const staff = ok(await v.core.invoke('staff.create', { name: 'Dafydd Jones', role: 'Teaching assistant' }));
    const profile = ok(await v.core.invoke('profiles.current', { ownerKind: 'staff', ownerId: staff.id }));
    ok(await v.core.invoke('profiles.saveItems', { profileId: profile.id, version: profile.version, items: [{ section: 'importantTo', text: 'Coffee before nine', contributor: 'colleague', firstPerson: false, importantFor: false }] }));
    const en = read((await exportDocx(v, profile.id, 'en')).bytes).body;
    expect(en.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['What colleagues appreciate about me', 'What matters to me', 'How best to support me']);
    expect(en.map((p) => p.text)).toContain('Coffee before nine (said by: a colleague)');
    const cy = read((await exportDocx(v, profile.id, 'cy')).bytes).body;
    expect(cy.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(['Beth mae cydweithwyr yn ei werthfawrogi amdanaf i', "Beth sy'n bwysig i mi", 'Sut i fy nghefnogi orau']);
    expect(cy.map((p) => p.text)).toContain('Coffee before nine (dywedwyd gan: cydweithiwr)');
  });

  it.skipIf(!haveSoffice)(
    officeTestName,
    async () => {
      const v = await learnerWithProfile(true);
      const { bytes } = await exportDocx(v, v.profileId, 'en');
      expectOpensInLibreOffice(bytes, tempDir());
    },
    150_000,
  );
});
