/**
 * The OPP+ as Word: a plan with two interventions and their measures built through the real core (a real
 * encrypted database), exported through the contract with a stand-in save dialog, unzipped and read back. Then a
 * fuzz of awkward strings through the builder, a learner without a plan, and (where LibreOffice is installed)
 * that an office suite opens it.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterEach, describe, expect, it } from 'vitest';
import { todayIso } from '../../shared/rules/dates';
import type { Language } from '../../shared/schemas/settings';
import { ukDate } from '../../electron/core/export/profile-docx';
import { ELSA, FULLER, PLAN_PROFILE, READING, seedOppPlus, TIME } from '../fixtures/opp-plus-plan';
import { fakePlatform } from './fake-platform';
import { cleanup, databaseKey, expectError, ok, setupVault, tempDir, withDatabase, type SetUpVault } from './helpers';
import { paragraphs, parseAllParts, unzipDocx, type ReadParagraph } from './docx-read';
import { expectOpensInLibreOffice, haveSoffice, officeTestName } from './soffice';

afterEach(cleanup);

async function planVault(options: { profile?: boolean; photo?: boolean } = {}) {
  const out = tempDir();
  const v = await setupVault({}, { platform: fakePlatform(out) });
  const seeded = await seedOppPlus(v.core, options);
  if (options.photo) {
    const png = await sharp({ create: { width: 300, height: 400, channels: 3, background: '#3a7' } }).png().toBuffer();
    ok(await v.core.invoke('photos.set', { learnerId: seeded.learnerId, imageBase64: png.toString('base64') }));
  }
  return { ...v, ...seeded, out };
}

async function exportAs(v: SetUpVault & { learnerId: string }, language: Language) {
  ok(await v.core.invoke('settings.update', { language }));
  const { saved } = ok(await v.core.invoke('oppPlus.exportDocx', { learnerId: v.learnerId }));
  const parts = unzipDocx(readFileSync(saved!));
  const xml = parseAllParts(parts);
  return { saved: saved!, parts, body: paragraphs(xml.get('word/document.xml')!), header: paragraphs(xml.get('word/header1.xml')!) };
}

/** The text of the cell after the first cell reading `label`, from paragraph `from` on (a two-column table row). */
function valueOf(body: ReadParagraph[], label: string, from = 0): string | undefined {
  const at = body.findIndex((p, i) => i >= from && p.text === label);
  return at === -1 ? undefined : body[at + 1]?.text;
}

describe('OPP+ as Word', () => {
  it('has the headings, the profile, each intervention with its fields, scores, change, met and what is still to complete, and the time; logged without personal data', async () => {
    const v = await planVault({ photo: true });
    const { saved, parts, body, header } = await exportAs(v, 'en');
    expect(saved).toBe(join(v.out, 'Gwen Pritchard - OPP+ plan.docx'));
    expect(header.map((p) => p.text)).toEqual(['Ysgol Bryn Derw']);

    const headings = body.filter((p) => p.style?.startsWith('Heading')).map((p) => [p.style, p.text]);
    expect(headings).toEqual([
      ['Heading1', 'OPP+: Gwen Pritchard'],
      ['Heading2', 'What people appreciate about me'],
      ['Heading2', 'What is important to me'],
      ['Heading2', 'How best to support me'],
      ['Heading2', 'Important to me and for me: in more detail'],
      ['Heading2', 'Action plan'],
      ['Heading3', READING.programme],
      ['Heading3', ELSA.programme],
      ['Heading2', 'Time'],
    ]);
    const texts = body.map((p) => p.text);
    for (const item of PLAN_PROFILE) expect(texts.some((t) => t.startsWith(`${item.text} (said by:`)), item.text).toBe(true);
    expect(Object.keys(parts).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);
    expect(valueOf(body, 'What is important to me', texts.indexOf('Important to me and for me: in more detail'))).toBe(FULLER.importantTo);
    expect(texts).toContain(`Plan started ${ukDate(todayIso())} · Review 01/03/2027`);

    const reading = texts.indexOf(READING.programme);
    const elsa = texts.indexOf(ELSA.programme);
    expect(valueOf(body, 'Area of need', reading)).toBe('Literacy');
    expect(valueOf(body, 'Status', reading)).toBe('Running');
    expect(valueOf(body, 'SMART target', reading)).toBe(READING.target);
    expect(valueOf(body, 'Measure', reading)).toBe('Reading age, target 7y 8m, by 18/12/2026');
    expect(valueOf(body, 'Schedule', reading)).toBe('3 a week × 20 min, for 12 weeks');
    expect(valueOf(body, 'Dates', reading)).toBe('14/09/2026 to 11/12/2026');
    expect(valueOf(body, 'Delivered by', reading)).toBe('Dafydd Jones (Teaching assistant)');
    expect(valueOf(body, 'Sessions delivered', reading)).toBe('30 of 36 (83%)');
    // The measures table: phase, tool, score as an age, date.
    expect(texts.slice(reading, elsa).join('|')).toContain('Baseline|Reading age|7y 0m|14/09/2026|Interim|Reading age|7y 4m|20/10/2026|Exit|Reading age|7y 9m|10/12/2026');
    expect(valueOf(body, 'Change', reading)).toBe('7y 0m → 7y 9m (+9m)');
    expect(valueOf(body, 'Target met', reading)).toBe('Yes');
    expect(valueOf(body, 'Next step', reading)).toMatch(/^Continue \(\d{2}\/\d{2}\/\d{4}\)$/);
    expect(valueOf(body, 'Impact note', reading)).toBe(READING.impactNote);
    expect(texts.slice(reading, elsa)).not.toContain('Still to complete');

    expect(valueOf(body, 'Area of need', elsa)).toBe('Social, emotional and mental health');
    expect(valueOf(body, 'Measure', elsa)).toBe('SDQ total difficulties (teacher), target 12');
    expect(valueOf(body, 'Delivered by', elsa)).toBe('Not set');
    expect(valueOf(body, 'Language of delivery', elsa)).toBe('Welsh');
    expect(valueOf(body, 'Change', elsa)).toBe('Needs a baseline and an exit score');
    expect(valueOf(body, 'Target met', elsa)).toBe('Not yet');
    const todo = body.slice(texts.indexOf('Still to complete', elsa) + 1).filter((p) => p.numbered).map((p) => p.text);
    // The editor's checks, in the editor's words: no target date, and vague wording quoted back.
    expect(todo).toEqual(['The target has no date to reach it by.', '“regular” is hard to check. Say exactly how often, for example “every Monday and Thursday”.']);

    const time = texts.indexOf('Time');
    expect(valueOf(body, "Learner's time a week", time)).toBe(TIME.learnerPerWeek);
    expect(valueOf(body, 'Planned staff time a week', time)).toBe(TIME.staffPerWeek);
    expect(valueOf(body, 'Planned staff time a term (13 weeks)', time)).toBe(TIME.staffPerTerm);

    const audit = await withDatabase(v.core.paths.dbFile, await databaseKey(v.dir, v.passphrase), (db) =>
      db.selectFrom('audit_log').select(['entity_type', 'entity_id', 'details']).where('action', '=', 'opp_plus.exported').execute(),
    );
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entity_type: 'learner', entity_id: v.learnerId });
    expect(Object.keys(JSON.parse(audit[0]!.details) as object).sort()).toEqual(['bytes', 'kind']);
    const core = new TextDecoder().decode(parts['docProps/core.xml']);
    expect(core).not.toContain('Gwen');
    expect(new TextDecoder().decode(parts['word/document.xml'])).toContain('<w:pgSz w:w="11906" w:h="16838"');
  });

  it('speaks Welsh for language "cy", and says so when there is no profile (without starting one)', async () => {
    const v = await planVault({ profile: false });
    const { saved, body } = await exportAs(v, 'cy');
    expect(saved).toBe(join(v.out, 'Gwen Pritchard - cynllun OPP+.docx'));
    expect(body.filter((p) => p.style?.startsWith('Heading')).map((p) => p.text)).toEqual([
      'OPP+: Gwen Pritchard',
      "Beth sy'n bwysig i mi ac ar fy nghyfer i: yn fanylach",
      'Cynllun gweithredu',
      READING.programme,
      ELSA.programme,
      'Amser',
    ]);
    const texts = body.map((p) => p.text);
    expect(texts).toContain("Nid oes proffil un dudalen wedi'i ysgrifennu eto.");
    expect(valueOf(body, "Targed wedi'i gyrraedd")).toBe('Ie');
    expect(valueOf(body, 'Amserlen')).toBe('3 yr wythnos × 20 munud, am 12 wythnos');
    expect(valueOf(body, 'Yn cael ei ddarparu gan')).toBe('Dafydd Jones (Teaching assistant)');
    expect(texts).toContain('Does dim dyddiad i gyrraedd y targed erbyn.');
    expect(valueOf(body, 'Amser y dysgwr bob wythnos')).toBe('1 awr 30 munud');
    expect(ok(await v.core.invoke('profiles.list', { ownerKind: 'learner' }))[0]!.profileId).toBeNull();
  });

  it('a learner without a plan: NOT_FOUND, and no file is written', async () => {
    const out = tempDir();
    const v = await setupVault({}, { platform: fakePlatform(out) });
    const learner = ok(await v.core.invoke('learners.create', { legalFirstName: 'Osian', legalLastName: 'Hughes', dateOfBirth: '2016-01-01' }));
    expect(expectError(await v.core.invoke('oppPlus.exportDocx', { learnerId: learner.id }), 'NOT_FOUND')).toMatch(/no OPP\+ plan/);
    expect(readdirSync(out)).toEqual([]);
  });

  it.skipIf(!haveSoffice)(
    officeTestName,
    async () => {
      const v = await planVault({ photo: true });
      const { saved } = await exportAs(v, 'en');
      expectOpensInLibreOffice(readFileSync(saved), tempDir());
    },
    150_000,
  );
});
