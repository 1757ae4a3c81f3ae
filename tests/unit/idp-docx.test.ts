/**
 * The IDP as Word, exported through the contract from a real encrypted database (the complete fixture plan, saved
 * and issued through the core), unzipped and read back: the parts and sections in statutory order with real
 * heading styles and the form's own headings (English, Welsh, both), 2D only in an LA plan, one table per
 * provision element holding every one of its fields, the photo, the marking and name at the top of each page,
 * the version, date given and page fields at the foot; a draft says so and lists what it still needs (the editor's
 * checks, in the editor's words), a version issued with gaps lists them under the reason given, a clean one
 * neither; an earlier version says it was replaced; and (where LibreOffice is installed) an office suite opens it,
 * with PNGs of its first pages kept under test-results/idp-docx/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { OPP_PLUS_LABELS } from '../../electron/core/export/opp-plus-labels';
import cy from '../../renderer/src/i18n/cy.json';
import en from '../../renderer/src/i18n/en.json';
import { IDP_PARTS, PROVISION_PARTS, sectionsFor } from '../../shared/forms/idp-annex-a';
import { CHECK_LABELS, CHECK_WORDS } from '../../shared/forms/idp-check-labels';
import { sayer } from '../../shared/forms/idp-labels';
import { timeAWeek } from '../../shared/rules/idp-sheet';
import { problemWords } from '../../shared/rules/idp-sheet-checks';
import { VAGUE_PHRASES, VAGUE_WORDS } from '../../shared/rules/wording';
import { IDP_PLAN, laPlan, planWith, saveIdpPlan } from '../fixtures/idp-plan';
import { cleanup, ok, tempDir } from './helpers';
import { auditRows, exportDocx, exportVault, readDocx, seedPlan, type ExportVault } from './idp-export-support';
import { idpLearner, issue, startDraft, withProfile } from './idp-support';
import { expectOpensInLibreOffice, haveSoffice, officeTestName } from './soffice';

afterEach(cleanup);

const headingsOf = (body: ReturnType<typeof readDocx>['body'], style: string) => body.filter((p) => p.style === style).map((p) => p.text);
/** The parts of the form in the order their sections come, each once. */
const partsOf = (maintainedBy: 'school' | 'la') => [...new Set(sectionsFor(maintainedBy).map((s) => s.part))].map((p) => IDP_PARTS[p]);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** Section headings as drawn: Appendices is its part's only section, with the same heading, so said once. */
const sectionHeadings = (maintainedBy: 'school' | 'la', lang: 'en' | 'cy') => sectionsFor(maintainedBy).filter((s) => s.part !== 'appendix').map((s) => s.heading[lang]);

/** "How much": the derived time a week of each fixture element (3 × 20, 2 × 30, 5 × 15). */
const TIME_A_WEEK: Record<string, string> = {
  'prov-1': '3 × 20 min a week = 1 h a week',
  'prov-2': '2 × 30 min a week = 1 h a week',
  'prov-3': '5 × 15 min a week = 1 h 15 min a week',
};
const CHECK_HEAD_EN = ['Where', 'Gap or warning', 'What to do'];
const CHECK_HEAD_CY = ['Ble', 'Bwlch neu rybudd', "Beth i'w wneud"];
/** Element 2 starts on no date and is "as required"; the parent's view has no date. */
const GAPPY = planWith((c) => {
  c.provision[1]!.startDate = null;
  c.provision[1]!.what = 'Word-finding games as required';
  c.views[1]!.date = null;
});
const PROV_2 = '2B: Additional learning provision – Provision element 2';
const NO_START = [PROV_2, 'Gap', 'There is no start date.'];

/** The fixture learner with GAPPY issued anyway, with a reason. */
async function issuedWithGaps(v: ExportVault, reason: string) {
  const learner = await idpLearner(v);
  await withProfile(v, learner.id);
  const draft = await saveIdpPlan(v.core, await startDraft(v, learner.id), GAPPY);
  return issue(v, draft, '2026-11-20', reason);
}

describe('IDP as Word', () => {
  it('has the parts and sections in statutory order as Heading 1 and 2, each provision element as Heading 3 with one table of all its fields', async () => {
    const v = await exportVault();
    const { learnerId, idp } = await seedPlan(v);
    const saved = await exportDocx(v, idp.id, 'en');
    expect(basename(saved)).toBe('Elis Gruffydd - IDP - version 1.docx');
    const doc = readDocx(saved);

    expect(doc.body[0]).toMatchObject({ style: 'Title', text: 'Individual Development Plan: Elis Gruffydd' });
    expect(headingsOf(doc.body, 'Heading1')).toEqual(partsOf('school').map((p) => p.en));
    expect(headingsOf(doc.body, 'Heading2')).toEqual(sectionHeadings('school', 'en'));
    expect(headingsOf(doc.body, 'Heading2').some((h) => h.startsWith('2D'))).toBe(false);
    // Every heading sits in order: each H2 comes after its part's H1.
    const order = doc.body.filter((p) => p.style === 'Heading1' || p.style === 'Heading2').map((p) => p.text);
    expect(order.indexOf(IDP_PARTS[2].en)).toBeLessThan(order.indexOf('2A: Description of additional learning needs'));
    const h3 = headingsOf(doc.body, 'Heading3');
    expect(h3.filter((h) => h.startsWith('Provision element'))).toEqual(['Provision element 1', 'Provision element 2', 'Provision element 3']);
    expect(h3).toEqual(expect.arrayContaining(['Need 1: Dyslexia', 'What is important to me', 'Actions']));

    for (const e of IDP_PLAN.provision) {
      const holding = doc.tables.filter((t) => t.some((row) => row[1] === e.outcome));
      expect(holding, e.id).toHaveLength(1);
      const t = holding[0]!;
      const labels = t.map((row) => row[0]!);
      expect(labels.filter((l) => /^2B\.\d/.test(l))).toEqual(PROVISION_PARTS.map((p) => `${p.key} ${p.heading.en}`));
      const values = t.map((row) => row[1]!);
      const welsh = { yes: 'Yes – in Welsh', no: 'No', bilingual: 'Bilingually (Welsh and English)' }[e.welsh!];
      const provider = { school: 'School', nhs: 'NHS body' }[e.provider as 'school' | 'nhs'];
      const expected = [e.outcome, e.outcomeMeasure, dmy(e.outcomeDate!), e.what, String(e.sessionsPerWeek), String(e.sessionMinutes), TIME_A_WEEK[e.id]!, e.groupSize, e.deliveredBy, e.location, welsh, `${provider}: ${e.providerName}`, dmy(e.startDate!), `${e.endsThen ? 'Ends on' : 'Review on'} ${dmy(e.reviewOrEndDate!)}`, e.rationale];
      expect(t.find((row) => row[0] === 'Time a week')![1], e.id).toBe(TIME_A_WEEK[e.id]);
      for (const value of [...expected, ...(e.qualification ? [e.qualification] : []), ...(e.differenceOfOpinion ? [e.differenceOfOpinion] : [])]) expect(values, `${e.id}: ${value}`).toContain(value);
    }

    // Views, the record of information used and the timeline are tables with a header row.
    expect(doc.tables.find((t) => t[0]!.join('|') === 'Whose view|When and how|What they said')!.slice(1).map((r) => r[0])).toEqual(['The learner: Elis', 'Parent or carer: Catrin Gruffydd']);
    expect(doc.tables.find((t) => t[0]![0] === 'Document')!.slice(1).map((r) => r[0])).toEqual(IDP_PLAN.informationUsed.map((i) => i.title));
    expect(Object.keys(doc.parts).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);

    // Issued clean: no checks under the title, and none anywhere.
    expect(doc.body[1]!.style).toBe('Heading1');
    expect(doc.body.map((p) => p.text)).not.toEqual(expect.arrayContaining([expect.stringMatching(/Still to complete|Issued with these gaps/)]));
    expect(doc.tables.some((t) => t[0]!.join('|') === CHECK_HEAD_EN.join('|'))).toBe(false);

    expect(doc.header.join(' ')).toContain('OFFICIAL-SENSITIVE');
    expect(doc.header.join(' ')).toContain('Elis Gruffydd');
    expect(doc.footer.join(' ')).toContain('Version 1 · Date given 20/11/2026 · Page');
    expect(doc.footerXml).toMatch(/PAGE/);
    expect(doc.footerXml).toMatch(/NUMPAGES/);
    const core = new TextDecoder().decode(doc.parts['docProps/core.xml']);
    expect(core).not.toContain('Elis');

    const entry = (await auditRows(v)).filter((r) => r.action === 'idp.exported');
    expect(entry).toHaveLength(1);
    expect(entry[0]).toMatchObject({ entityType: 'learner', entityId: learnerId, details: { idpId: idp.id, versionNumber: 1, headings: 'en', kind: 'docx' } });
    expect(JSON.stringify(entry[0]!.details)).not.toMatch(/Elis|Gruffydd|Toe by Toe/);
  });

  it('shows 2D for a plan the local authority maintains', async () => {
    const v = await exportVault();
    const { idp } = await seedPlan(v, { content: laPlan() });
    const doc = readDocx(await exportDocx(v, idp.id, 'en'));
    expect(headingsOf(doc.body, 'Heading2')).toEqual(sectionHeadings('la', 'en'));
    expect(headingsOf(doc.body, 'Heading2')).toContain('2D: Provision the local authority secures (place, board and lodging)');
    expect(doc.tables.some((t) => t.some((r) => r.join('|') === 'A place at a particular school or institution|Ysgol Heol Goffa|Specialist place from September 2027.'))).toBe(true);
  });

  it('uses the form’s Welsh headings for Welsh, and both for bilingual', async () => {
    const v = await exportVault();
    const { idp } = await seedPlan(v);
    const cySaved = await exportDocx(v, idp.id, 'cy');
    expect(basename(cySaved)).toBe('Elis Gruffydd - CDU - fersiwn 1.docx');
    const cy = readDocx(cySaved);
    expect(cy.body[0]!.text).toBe('Cynllun Datblygu Unigol: Elis Gruffydd');
    expect(headingsOf(cy.body, 'Heading1')).toEqual(partsOf('school').map((p) => p.cy));
    expect(headingsOf(cy.body, 'Heading2')).toEqual(sectionHeadings('school', 'cy'));
    expect(cy.tables.some((t) => t.some((r) => r[0] === '2B.1 Canlyniad a fwriedir'))).toBe(true);
    expect(cy.tables.find((t) => t[0]![1] === IDP_PLAN.provision[2]!.outcome)!.find((r) => r[0] === 'Amser yr wythnos')![1]).toBe('5 × 15 munud yr wythnos = 1 awr 15 munud yr wythnos');
    expect(cy.footer.join(' ')).toContain('Fersiwn 1 · Dyddiad ei roi 20/11/2026 · Tudalen');
    expect(cy.header.join(' ')).toContain('OFFICIAL-SENSITIVE / SWYDDOGOL-SENSITIF');

    const both = readDocx(await exportDocx(v, idp.id, 'bilingual'));
    const h2 = headingsOf(both.body, 'Heading2');
    sectionsFor('school').filter((s) => s.part !== 'appendix').forEach((s, i) => {
      expect(h2[i]).toContain(s.heading.en);
      expect(h2[i]).toContain(s.key ? s.heading.cy.replace(`${s.key}: `, '') : s.heading.cy);
    });
    expect(headingsOf(both.body, 'Heading1')[0]).toBe(`${IDP_PARTS[1].en} / ${IDP_PARTS[1].cy}`);
  });

  it('marks a draft as not yet issued, under the title, in the footer and in the file name', async () => {
    const v = await exportVault();
    const { idp } = await seedPlan(v, { dateGiven: null });
    const saved = await exportDocx(v, idp.id, 'en');
    expect(basename(saved)).toBe('Elis Gruffydd - IDP - version 1 - draft.docx');
    const doc = readDocx(saved);
    expect(doc.body[1]!.text).toBe('DRAFT: this plan has not been issued yet.');
    expect(doc.footer.join(' ')).toContain('Version 1 · Draft – not yet issued · Page');
  });

  it('lists what a draft still needs, gaps then warnings, in the words the editor uses; in Welsh in Welsh', async () => {
    const v = await exportVault();
    const { idp } = await seedPlan(v, { content: GAPPY, dateGiven: null });
    const doc = readDocx(await exportDocx(v, idp.id, 'en'));
    expect(doc.body.slice(0, 4).map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Individual Development Plan: Elis Gruffydd'],
      [null, 'DRAFT: this plan has not been issued yet.'],
      ['Heading1', 'Still to complete'],
      [null, 'The checks the editor shows on this draft: gaps to fill before it is issued, then warnings.'],
    ]);
    expect(doc.tables[0]).toEqual([
      CHECK_HEAD_EN,
      NO_START,
      ['Views, wishes and feelings – View 2', 'Warning', 'Say when this view was given.'],
      [PROV_2, 'Warning', '“as required” is hard to check. Say how often and for how long instead, for example “three times a week for 20 minutes”.'],
    ]);
    expect(headingsOf(doc.body, 'Heading1').slice(1)).toEqual(partsOf('school').map((p) => p.en));

    const cyDoc = readDocx(await exportDocx(v, idp.id, 'cy'));
    expect(cyDoc.body[2]).toMatchObject({ style: 'Heading1', text: "I'w gwblhau o hyd" });
    expect(cyDoc.tables[0]).toEqual([
      CHECK_HEAD_CY,
      ["2B: Darpariaeth ddysgu ychwanegol – Elfen 2 o'r ddarpariaeth", 'Bwlch', 'Does dim dyddiad dechrau.'],
      ['Safbwyntiau, dymuniadau a theimladau – Safbwynt 2', 'Rhybudd', 'Dywedwch pryd y rhoddwyd y safbwynt hwn.'],
      ["2B: Darpariaeth ddysgu ychwanegol – Elfen 2 o'r ddarpariaeth", 'Rhybudd', "Mae'n anodd gwirio “as required”. Yn lle hynny, dywedwch pa mor aml ac am ba hyd, er enghraifft “tair gwaith yr wythnos am 20 munud”."],
    ]);
    const both = readDocx(await exportDocx(v, idp.id, 'bilingual'));
    expect(both.body[2]!.text).toBe("Still to complete / I'w gwblhau o hyd");
    expect(both.tables[0]![1]).toEqual([`${PROV_2} / Darpariaeth ddysgu ychwanegol – Elfen 2 o'r ddarpariaeth`, 'Gap / Bwlch', 'There is no start date. / Does dim dyddiad dechrau.']);
  });

  it('a version issued with gaps lists the gaps (not the warnings) under the reason recorded', async () => {
    const v = await exportVault();
    const idp = await issuedWithGaps(v, 'The health board has not confirmed the start date; issued to meet the deadline.');
    expect(idp.override).toEqual({ problems: 1, reason: 'The health board has not confirmed the start date; issued to meet the deadline.' });
    const doc = readDocx(await exportDocx(v, idp.id, 'en'));
    expect(doc.body.slice(0, 4).map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Individual Development Plan: Elis Gruffydd'],
      ['Heading1', 'Issued with these gaps'],
      [null, 'Reason recorded when it was issued'],
      [null, 'The health board has not confirmed the start date; issued to meet the deadline.'],
    ]);
    expect(doc.tables[0]).toEqual([CHECK_HEAD_EN, NO_START]);
    const cyDoc = readDocx(await exportDocx(v, idp.id, 'cy'));
    expect(cyDoc.body.slice(1, 3).map((p) => p.text)).toEqual(["Wedi'i roi gyda'r bylchau hyn", 'Y rheswm a gofnodwyd pan gafodd ei roi']);
  });

  it('exports an earlier version after a later one is issued: it says it was replaced, with its own version and date', async () => {
    const v = await exportVault();
    const { learnerId, idp: first } = await seedPlan(v);
    const second = await issue(v, await startDraft(v, learnerId), '2027-03-01');
    expect([second.versionNumber, ok(await v.core.invoke('idp.get', { id: first.id })).status]).toEqual([2, 'superseded']);
    const saved = await exportDocx(v, first.id, 'en');
    expect(basename(saved)).toBe('Elis Gruffydd - IDP - version 1.docx');
    const doc = readDocx(saved);
    expect(doc.body.slice(0, 3).map((p) => [p.style, p.text])).toEqual([
      ['Title', 'Individual Development Plan: Elis Gruffydd'],
      [null, 'This version has been replaced by a later one.'],
      ['Heading1', IDP_PARTS[1].en],
    ]);
    expect(doc.footer.join(' ')).toContain('Version 1 · Date given 20/11/2026 · Page');
    expect(readDocx(await exportDocx(v, first.id, 'cy')).body[1]!.text).toBe("Mae fersiwn ddiweddarach wedi disodli'r fersiwn hon.");
    expect(readDocx(await exportDocx(v, second.id, 'en')).footer.join(' ')).toContain('Version 2 · Date given 01/03/2027 · Page');
  });

  it('"how much" a week is worked out from sessions and minutes, in either language; unknown without both', () => {
    const en = sayer('en');
    expect(timeAWeek({ sessionsPerWeek: 3, sessionMinutes: 20 }, en)).toBe('3 × 20 min a week = 1 h a week');
    expect(timeAWeek({ sessionsPerWeek: 0.5, sessionMinutes: 30 }, en)).toBe('0.5 × 30 min a week = 15 min a week');
    expect(timeAWeek({ sessionsPerWeek: 4, sessionMinutes: 45 }, sayer('cy'))).toBe('4 × 45 munud yr wythnos = 3 awr yr wythnos');
    expect(timeAWeek({ sessionsPerWeek: 2, sessionMinutes: 25 }, sayer('bilingual'))).toBe('2 × 25 min a week = 50 min a week / 2 × 25 munud yr wythnos = 50 munud yr wythnos');
    expect(timeAWeek({ sessionsPerWeek: null, sessionMinutes: 20 }, en)).toBeNull();
    expect(timeAWeek({ sessionsPerWeek: 3, sessionMinutes: 0 }, en)).toBeNull();
  });

  it('says every check in the editor’s own words (the i18n catalogue), and vague wording as the OPP+ export does', () => {
    for (const [lang, catalogue] of [['en', en], ['cy', cy]] as const) {
      expect(Object.fromEntries(Object.entries(CHECK_WORDS).map(([code, pair]) => [code, pair[lang]]))).toEqual(catalogue.idp.problems);
      for (const [list, pair] of Object.entries(CHECK_LABELS.rows)) expect(pair[lang], list).toBe(catalogue.idp.rows[list as keyof typeof catalogue.idp.rows]);
      expect(VAGUE_WORDS.said[lang]).toBe(catalogue.oppPlus.checks.vague);
      expect(Object.fromEntries(Object.entries(VAGUE_WORDS.suggest).map(([id, pair]) => [id, pair[lang]]))).toEqual(catalogue.oppPlus.checks.suggest);
      for (const { id } of VAGUE_PHRASES) {
        const vague = { id, text: 'as required' };
        expect(problemWords({ section: 'provision', code: 'vagueWording', blocking: false, vague })[lang]).toBe(OPP_PLUS_LABELS[lang].words.vague(vague));
      }
    }
  });

  it.skipIf(!haveSoffice)(
    officeTestName,
    async () => {
      const v = await exportVault();
      const { idp } = await seedPlan(v);
      const dir = tempDir();
      const saved = await exportDocx(v, idp.id, 'en');
      expectOpensInLibreOffice(readFileSync(saved), dir);
      const pdf = join(dir, 'export.pdf');
      const pages = (await PDFDocument.load(readFileSync(pdf))).getPageCount();
      expect(pages).toBeGreaterThanOrEqual(3);
      const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' }).stdout;
      expect(text).toContain('OFFICIAL-SENSITIVE');
      expect(text).toMatch(new RegExp(`Page 1 of ${pages}`));
      const pngs = resolve('test-results/idp-docx');
      mkdirSync(pngs, { recursive: true });
      expect(spawnSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdf, join(pngs, 'idp-en')]).status).toBe(0);
    },
    150_000,
  );
});
