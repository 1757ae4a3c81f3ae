/**
 * Subject access export (issue 8 part 4) through the contract: a folder named for the learner and the day holding
 * record.json (everything, machine-readable: every part's canary is in it), the photos as the JPEG bytes stored,
 * and a Word document for the register and for each thing held, each well-formed and holding its own canary. The
 * export is logged (audit entry with the file count, a disclosure); a cancelled dialog writes and records nothing.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { todayIso } from '../../shared/rules/dates';
import { paragraphs, parseAllParts, tables, unzipDocx } from './docx-read';
import { cleanup, expectError, ok, SAMPLE_ID, tableDigests, tempDir } from './helpers';
import { withDb } from './register-support';
import { expectOpensInLibreOffice, haveSoffice, officeTestName } from './soffice';
import { auditTexts, canaries, canaryList, retentionVault, seedLearner, type RetentionVault } from './retention-support';

afterAll(cleanup);

const C = canaries('Quenby');
const NAME = 'Quenbyie Quenbyworthy';
const TODAY = todayIso();

let v: RetentionVault;
let learnerId = '';
let folder = '';
let result: { saved: string | null; files: number };

/** Every text of a Word file (paragraphs, table cells included), after a strict parse of every XML part. */
function docText(file: string): string {
  const parts = unzipDocx(readFileSync(join(folder, file)));
  const xml = parseAllParts(parts);
  const document = xml.get('word/document.xml')!;
  return [...paragraphs(document).map((p) => p.text), ...tables(document).flat(2)].join('\n');
}

beforeAll(async () => {
  v = await retentionVault();
  learnerId = await seedLearner(v, C);
  await seedLearner(v, canaries('Brolly'));
  result = ok(await v.core.invoke('subjectAccess.export', { learnerId }));
  folder = result.saved!;
});

describe('subject access export', () => {
  test('one folder named "Subject access - <name> - <date>" in the folder chosen, with nothing else left beside it', () => {
    const parent = join(v.out, 'subjectAccess');
    expect(folder).toBe(join(parent, `Subject access - ${NAME} - ${TODAY}`));
    expect(readdirSync(parent)).toEqual([`Subject access - ${NAME} - ${TODAY}`]);
  });

  test('the files: record.json, the photos, the register record and a document per profile version, plan, IDP version and review', () => {
    const files = readdirSync(folder).sort();
    expect(files).toEqual(
      [
        'record.json',
        `${NAME} - photo.jpg`,
        `${NAME} - register record.docx`,
        `${NAME} - one-page profile - version 1.docx`,
        `${NAME} - one-page profile - version 1 - photo.jpg`,
        `${NAME} - one-page profile - version 2.docx`,
        `${NAME} - one-page profile - version 2 - photo.jpg`,
        `${NAME} - OPP+ plan.docx`,
        `${NAME} - IDP - version 1.docx`,
        `${NAME} - IDP - version 1 - photo.jpg`,
        `${NAME} - IDP - version 2 - draft.docx`,
        `${NAME} - IDP - version 2 - draft - photo.jpg`,
        `${NAME} - Review - 2026-11-02.docx`,
      ].sort(),
    );
    expect(result.files).toBe(13);
  });

  test('record.json parses and holds every canary of every part; the photos it names are in the folder', () => {
    const record = JSON.parse(readFileSync(join(folder, 'record.json'), 'utf8'));
    const text = JSON.stringify(record);
    expect(canaryList(C).filter(({ text: t }) => !text.includes(t))).toEqual([]);
    expect(text).not.toContain('Brolly');
    expect([record.register.legalFirstName, record.register.needs.map((n: { code: string }) => n.code)]).toEqual(['Quenbyella', ['DYSLEXIA', 'SLCD']]);
    expect([record.contacts.length, record.profiles.length, record.idps.length, record.reviews.length, record.disclosures.length]).toEqual([1, 2, 2, 1, 1]);
    expect(record.oppPlus.interventions[0].measures[0].note).toBe(C.oppPlus.measureNote);
    expect(record.timeline.length).toBeGreaterThan(3);
    expect(record.audit.map((a: { action: string }) => a.action)).toEqual(expect.arrayContaining(['learner.created', 'contact.created', 'idp.issued', 'idp.case_pack_exported']));
    const named = [record.register.photo, ...record.profiles.map((p: { photo: string }) => p.photo), ...record.idps.map((i: { photo: string }) => i.photo)];
    expect(named.every((f: string) => existsSync(join(folder, f)))).toBe(true);
    expect(record.files).toEqual(expect.arrayContaining(readdirSync(folder)));
  });

  test('the photo is the JPEG stored, byte for byte', async () => {
    const stored = ok(await v.core.invoke('photos.get', { learnerId }))!;
    const file = readFileSync(join(folder, `${NAME} - photo.jpg`));
    expect(file.subarray(0, 3).toString('hex')).toBe('ffd8ff');
    expect(file.equals(Buffer.from(stored.base64, 'base64'))).toBe(true);
  });

  test('each Word document opens (every XML part well-formed) and holds its own canaries', () => {
    const expected: Record<string, string[]> = {
      'register record': [NAME, C.register.first, C.register.notes, C.register.setting, C.register.agency, ...Object.values(C.contact), C.disclosure.recipient, C.disclosure.purpose, 'Dyslexia'],
      'one-page profile - version 1': [C.profile.v1],
      'one-page profile - version 2': [C.profile.v1, C.profile.v2],
      'OPP+ plan': [C.oppPlus.customName, C.oppPlus.target],
      'IDP - version 1': [C.idp.view],
      'IDP - version 2 - draft': [C.idp.view],
      'Review - 2026-11-02': [C.review.place, C.review.appreciation],
    };
    for (const [doc, canary] of Object.entries(expected)) {
      const text = docText(`${NAME} - ${doc}.docx`);
      expect({ doc, missing: canary.filter((c) => !text.includes(c)) }).toEqual({ doc, missing: [] });
    }
  });

  test.skipIf(!haveSoffice)(`the register record ${officeTestName}`, () => {
    expectOpensInLibreOffice(readFileSync(join(folder, `${NAME} - register record.docx`)), tempDir());
  });

  test('logged: an audit entry with the file count and a disclosure to the learner or their parent', async () => {
    const entries = (await auditTexts(v)).filter((a) => a.action === 'learner.subject_access_exported');
    expect(entries).toEqual([{ action: 'learner.subject_access_exported', entityId: learnerId, details: JSON.stringify({ files: 13 }) }]);
    const disclosures = ok(await v.core.invoke('disclosures.list', { learnerId }));
    const sar = disclosures.find((d) => d.purpose === 'Subject access request')!;
    expect([sar.date, sar.recipient, sar.method, sar.items.length]).toEqual([TODAY, 'The learner or their parent (subject access request)', 'Folder of files', 13]);
  });

  test('a second export the same day goes to "… (2)", beside the first', async () => {
    const again = ok(await v.core.invoke('subjectAccess.export', { learnerId }));
    expect(again.saved).toBe(`${folder} (2)`);
    expect(readdirSync(again.saved!).length).toBe(again.files);
  });

  test('a cancelled folder dialog writes and records nothing; an unknown learner is NOT_FOUND', async () => {
    const before = await withDb(v, tableDigests);
    const listed = readdirSync(join(v.out, 'subjectAccess'));
    const choose = v.platform.chooseFolder;
    v.platform.chooseFolder = async () => null;
    try {
      expect(ok(await v.core.invoke('subjectAccess.export', { learnerId }))).toEqual({ saved: null, files: 0 });
    } finally {
      v.platform.chooseFolder = choose;
    }
    expectError(await v.core.invoke('subjectAccess.export', { learnerId: SAMPLE_ID }), 'NOT_FOUND');
    expect(await withDb(v, tableDigests)).toEqual(before);
    expect(readdirSync(join(v.out, 'subjectAccess'))).toEqual(listed);
  });
});
