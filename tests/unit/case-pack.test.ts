/**
 * The LA case pack through the contract, on a real encrypted database: the cover sheet (to, from, date, the
 * reason in plain words with its statutory basis, purpose, statement, contents), the parts in order (the plan,
 * its record of information used and views, the OPP+ history with measures, the professionals), the disclosure
 * recorded once with the audit entry and only when the file is saved, and the audit entry naming no one; and
 * LibreOffice opens it, with PNGs of its first pages kept under test-results/case-pack/.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../shared/ipc';
import { todayIso } from '../../shared/rules/dates';
import { ELSA, READING, seedOppPlus } from '../fixtures/opp-plus-plan';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { cleanup, expectError, ok, tempDir } from './helpers';
import { auditRows, exportVault, readDocx, seedPlan, type ExportVault } from './idp-export-support';
import { idpLearner } from './idp-support';
import { withDb } from './register-support';
import { expectOpensInLibreOffice, haveSoffice, officeTestName, saveFirstPages } from './soffice';

afterEach(cleanup);

const today = todayIso().split('-').reverse().join('/');
const ACT = 'the Additional Learning Needs and Education Tribunal (Wales) Act 2018';
const ASK = {
  reason: 'referral',
  recipient: 'Carmarthenshire ALN team (Mr Owen Davies)',
  purpose: 'An LA decision on the provision Elis needs',
  statement: 'A specialist reading place is beyond what the school can reasonably secure.\nWe ask the LA to decide.',
  headings: 'en',
} as const;

async function packFor(v: ExportVault, learnerId: string, over: Partial<Input<'idp.casePack'>> = {}) {
  return ok(await v.core.invoke('idp.casePack', { ...ASK, learnerId, ...over }));
}

const disclosureRows = (v: ExportVault) => withDb(v, (db) => db.selectFrom('disclosure').selectAll().execute());

/** A learner with the issued fixture plan, an OPP+ with two interventions, a parent and an EP on record. */
async function fullLearner(v: ExportVault) {
  const { learnerId, idp } = await seedPlan(v);
  await seedOppPlus(v.core, { learnerId, profile: false });
  ok(await v.core.invoke('contacts.create', { learnerId, name: 'Catrin Gruffydd', relationship: 'MOTHER', phone: '07700 900001' }));
  ok(await v.core.invoke('contacts.create', { learnerId, name: 'Dr Rhys Bowen', relationship: 'EP', organisation: 'Carmarthenshire County Council', email: 'rhys.bowen@example.org' }));
  return { learnerId, idp };
}

const PARTS = [
  'Part 1: Individual Development Plan (version 1, given 20/11/2026)',
  'Part 2: Record of information used',
  'Part 3: Views, wishes and feelings',
  'Part 4: OPP+ intervention history, with measures and impact',
  'Part 5: Contacts',
];

describe('LA case pack', () => {
  it('has the cover sheet, then each part in order; the disclosure is recorded once with the audit entry, which names no one', async () => {
    const v = await exportVault();
    const { learnerId, idp } = await fullLearner(v);
    const { saved } = await packFor(v, learnerId);
    expect(saved).toBe(join(v.out, `Elis Gruffydd - case pack for the LA - ${todayIso()}.docx`));
    const doc = readDocx(saved!);
    const texts = doc.body.map((p) => p.text);

    expect(doc.body[0]).toMatchObject({ style: 'Title', text: 'Case pack for the local authority: Elis Gruffydd' });
    expect(doc.body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Cover sheet', ...PARTS]);
    const cover = Object.fromEntries(doc.tables[0]!.map((r) => [r[0], r[1]]));
    expect(cover).toEqual({
      To: ASK.recipient,
      From: 'Alys Pritchard, ALNCo\nYsgol Bryn Derw',
      Date: today,
      Learner: 'Elis Gruffydd',
      Reason: expect.stringMatching(/^Referral to the local authority to decide\.\nThe school cannot properly decide/),
      'Statutory basis': `Section 12(2) of ${ACT}`,
      Purpose: ASK.purpose,
    });
    expect(texts).toContain(ASK.statement);
    const contents = texts.indexOf('Contents');
    expect(texts.slice(contents + 1, contents + 1 + PARTS.length)).toEqual(PARTS);

    // The plan is the IDP builder's own body, one level down; the history is the OPP+ builder's.
    const h2 = doc.body.filter((p) => p.style === 'Heading2').map((p) => p.text);
    expect(h2.slice(0, 3)).toEqual(["The school's statement", 'Contents', 'Section 1: Core information and profile']);
    expect(h2).toContain('Action plan');
    const h3 = doc.body.filter((p) => p.style === 'Heading3').map((p) => p.text);
    expect(h3).toEqual(expect.arrayContaining(["1A: The learner's core details", '2B: Additional learning provision', READING.programme, ELSA.programme]));
    expect(doc.body.filter((p) => p.style === 'Heading4').map((p) => p.text)).toEqual(expect.arrayContaining(['Provision element 1', 'Provision element 3']));
    expect(doc.tables.filter((t) => t[0]![0] === 'Document').map((t) => t.slice(1).map((r) => r[0]))).toEqual([IDP_PLAN.informationUsed.map((i) => i.title), IDP_PLAN.informationUsed.map((i) => i.title)]);
    expect(doc.tables.some((t) => t.some((r) => r.join('|') === 'Baseline|Reading age|7y 0m|14/09/2026'))).toBe(true);
    const people = doc.tables.find((t) => t[0]!.join('|') === 'Name|Role|Organisation|How to contact them')!.slice(1);
    expect(people).toEqual([
      ['Alys Pritchard', 'ALNCo', 'Ysgol Bryn Derw', IDP_PLAN.administration.responsibleContact],
      ['Dr Rhys Bowen', 'Educational psychologist', 'Carmarthenshire County Council', 'rhys.bowen@example.org'],
    ]);
    expect(doc.header.join(' ')).toContain('OFFICIAL-SENSITIVE\tElis Gruffydd');
    expect(doc.footer.join(' ')).toContain('Version 1 · Date given 20/11/2026 · Page');

    const disclosures = ok(await v.core.invoke('disclosures.list', { learnerId }));
    expect(disclosures).toEqual([{ id: expect.any(String), date: todayIso(), recipient: ASK.recipient, purpose: ASK.purpose, items: ['Cover sheet', ...PARTS], method: 'Word document' }]);
    expect(await disclosureRows(v)).toHaveLength(1);
    const audit = (await auditRows(v)).filter((r) => r.action === 'idp.case_pack_exported');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ entityType: 'learner', entityId: learnerId, details: { reason: 'referral', parts: 6, idpId: idp.id, kind: 'docx' } });
    expect(JSON.stringify(audit[0]!.details)).not.toMatch(/Owen|Carmarthenshire|Elis|Gruffydd|specialist|decision/i);
  });

  it('records nothing when the save dialog is cancelled, or when the file cannot be written', async () => {
    const v = await exportVault();
    const { learnerId } = await fullLearner(v);
    v.platform.chooseSavePath = async () => null;
    expect(await packFor(v, learnerId)).toEqual({ saved: null });
    v.platform.chooseSavePath = async ({ defaultName }) => join(v.out, 'no-such-folder', defaultName);
    expectError(await v.core.invoke('idp.casePack', { ...ASK, learnerId }), 'STORAGE');
    expect(await disclosureRows(v)).toEqual([]);
    expect((await auditRows(v)).map((r) => r.action)).not.toContain('idp.case_pack_exported');
    expect(ok(await v.core.invoke('disclosures.list', { learnerId }))).toEqual([]);
  });

  it('sends a draft marked DRAFT, an OPP+ alone, and lists disclosures newest first', async () => {
    const v = await exportVault();
    const { learnerId } = await seedPlan(v, { dateGiven: null });
    const draft = readDocx((await packFor(v, learnerId, { reason: 'takeover', headings: 'cy' })).saved!);
    const h1 = draft.body.filter((p) => p.style === 'Heading1').map((p) => p.text);
    expect(h1[0]).toBe('Taflen glawr');
    expect(h1[1]).toBe('Rhan 1: Cynllun Datblygu Unigol (fersiwn 1, DRAFFT – heb ei roi eto)');
    expect(draft.body.map((p) => p.text)).toContain("DRAFFT: nid yw'r cynllun hwn wedi'i roi eto.");
    expect(draft.tables[0]!.find((r) => r[0] === 'Sail statudol')![1]).toBe("Adran 28 o Ddeddf Anghenion Dysgu Ychwanegol a'r Tribiwnlys Addysg (Cymru) 2018");

    const { learnerId: gwen } = await seedOppPlus(v.core);
    const opp = readDocx((await packFor(v, gwen, { reason: 'reconsideration', recipient: 'First' })).saved!);
    expect(opp.body.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Cover sheet', 'Part 1: OPP+ intervention history, with measures and impact', 'Part 2: Contacts']);
    expect(opp.tables[0]!.find((r) => r[0] === 'Statutory basis')![1]).toBe(`Sections 26 and 27 of ${ACT}`);
    expect(opp.footer.join(' ')).toContain(`Case pack ${today} · Page`);
    await packFor(v, gwen, { recipient: 'Second' });
    expect(ok(await v.core.invoke('disclosures.list', { learnerId: gwen })).map((d) => d.recipient)).toEqual(['Second', 'First']);
  });

  it.skipIf(!haveSoffice)(
    `the full pack ${officeTestName}, and its first pages are saved as PNGs`,
    async () => {
      const v = await exportVault();
      const { learnerId } = await fullLearner(v);
      const { saved } = await packFor(v, learnerId);
      const { pdf } = expectOpensInLibreOffice(readFileSync(saved!), tempDir(), 'case-pack.docx');
      const pages = (await PDFDocument.load(readFileSync(pdf))).getPageCount();
      expect(pages).toBeGreaterThanOrEqual(5); // cover sheet, plan, record, views, OPP+ history
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      for (const words of ['OFFICIAL-SENSITIVE', 'Case pack for the local authority: Elis Gruffydd', ...PARTS, READING.programme, `Page 1 of ${pages}`]) expect(text, words).toContain(words);
      expect(saveFirstPages(pdf, 'case-pack', 'case-pack-en')).toHaveLength(4);
    },
    150_000,
  );

  it('refuses, in plain words, a learner with neither an IDP nor an OPP+', async () => {
    const v = await exportVault();
    const learner = await idpLearner(v);
    expect(expectError(await v.core.invoke('idp.casePack', { ...ASK, learnerId: learner.id }), 'NOT_FOUND')).toMatch(/no IDP and no OPP\+ plan yet/);
    expect(await disclosureRows(v)).toEqual([]);
  });
});
