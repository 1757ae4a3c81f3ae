/**
 * The IDP as Word, exported through the contract from a real encrypted database (the complete fixture plan, saved
 * and issued through the core), unzipped and read back: the parts and sections in statutory order with real
 * heading styles and the form's own headings (English, Welsh, both), 2D only in an LA plan, one table per
 * provision element holding every one of its fields, the photo, the marking and name at the top of each page,
 * the version, date given and page fields at the foot; a draft says so; and (where LibreOffice is installed) an
 * office suite opens it, with PNGs of its first pages kept under test-results/idp-docx/.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { IDP_PARTS, PROVISION_PARTS, sectionsFor } from '../../shared/forms/idp-annex-a';
import { IDP_PLAN, laPlan } from '../fixtures/idp-plan';
import { cleanup, tempDir } from './helpers';
import { auditRows, exportDocx, exportVault, readDocx, seedPlan } from './idp-export-support';
import { expectOpensInLibreOffice, haveSoffice, officeTestName } from './soffice';

afterEach(cleanup);

const headingsOf = (body: ReturnType<typeof readDocx>['body'], style: string) => body.filter((p) => p.style === style).map((p) => p.text);
/** The parts of the form in the order their sections come, each once. */
const partsOf = (maintainedBy: 'school' | 'la') => [...new Set(sectionsFor(maintainedBy).map((s) => s.part))].map((p) => IDP_PARTS[p]);
const dmy = (iso: string) => iso.split('-').reverse().join('/');
/** Section headings as drawn: Appendices is its part's only section, with the same heading, so said once. */
const sectionHeadings = (maintainedBy: 'school' | 'la', lang: 'en' | 'cy') => sectionsFor(maintainedBy).filter((s) => s.part !== 'appendix').map((s) => s.heading[lang]);

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
      const expected = [e.outcome, e.outcomeMeasure, dmy(e.outcomeDate!), e.what, String(e.sessionsPerWeek), String(e.sessionMinutes), e.groupSize, e.deliveredBy, e.location, welsh, `${provider}: ${e.providerName}`, dmy(e.startDate!), `${e.endsThen ? 'Ends on' : 'Review on'} ${dmy(e.reviewOrEndDate!)}`, e.rationale];
      for (const value of [...expected, ...(e.qualification ? [e.qualification] : []), ...(e.differenceOfOpinion ? [e.differenceOfOpinion] : [])]) expect(values, `${e.id}: ${value}`).toContain(value);
    }

    // Views, the record of information used and the timeline are tables with a header row.
    expect(doc.tables.find((t) => t[0]!.join('|') === 'Whose view|When and how|What they said')!.slice(1).map((r) => r[0])).toEqual(['The learner: Elis', 'Parent or carer: Catrin Gruffydd']);
    expect(doc.tables.find((t) => t[0]![0] === 'Document')!.slice(1).map((r) => r[0])).toEqual(IDP_PLAN.informationUsed.map((i) => i.title));
    expect(Object.keys(doc.parts).filter((p) => p.startsWith('word/media/'))).toHaveLength(1);

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
