/**
 * The case pack a school sends the local authority (domain.md §2.2) as one Word document: a pure builder.
 *
 * A cover sheet (to, from, date, the reason in plain words with its statutory basis, the purpose, the school's
 * statement and the contents), then each part on a new page under its own Heading 1: the plan (the IDP builder's
 * own body, one heading level down), the record of information used, the views, the OPP+ intervention history
 * (the OPP+ builder's action plan, with measures and impact) and the contacts. Every page carries the protective
 * marking and the learner's name; the footer, the plan's version and date given, and the page number.
 */
import { HeadingLevel, Paragraph, TextRun, type Document, type FileChild } from 'docx';
import { IDP_SECTIONS, type IdpSectionId } from '../../../shared/forms/idp-annex-a';
import { IDP_WORDS, sayer, type HeadingMode, type Pair, type Say } from '../../../shared/forms/idp-labels';
import { dmy, markingFor, sectionBlocks, type IdpSheet, type SheetBlock } from '../../../shared/rules/idp-sheet';
import type { Idp } from '../../../shared/schemas/idp';
import type { OppPlusPlan } from '../../../shared/schemas/interventions';
import { CASE_PACK, REASONS, type CasePackReason } from './case-pack-labels';
import { caseloadDocument } from './docx-layout';
import { drawBlocks, idpBody, markedHeader, pageFooter, type IdpPhoto } from './idp-docx';
import { actionPlanPart, OPP_PLUS_LABELS } from './opp-plus-docx';
import { userRuns } from './docx-text';

export interface PackContact {
  name: string;
  role: Pair | string;
  organisation: string;
  /** Phone, email or both, as recorded. */
  contact: string;
}

export interface CasePackModel {
  mode: HeadingMode;
  learnerName: string;
  /** Today, ISO. */
  date: string;
  reason: CasePackReason;
  recipient: string;
  purpose: string;
  statement: string;
  from: { school: string; name: string; role: string };
  /** The version in force, else the draft; null when the learner has no plan. */
  plan: { idp: Idp; sheet: IdpSheet; photo: IdpPhoto | null } | null;
  oppPlus: OppPlusPlan | null;
  contacts: PackContact[];
}

type PartKey = 'plan' | 'informationUsed' | 'views' | 'history' | 'contacts';
interface PackPart {
  key: PartKey;
  title: string;
  body: () => FileChild[];
}

function planTitle(idp: Idp, s: Say): string {
  const v = { n: idp.versionNumber, date: idp.dateGiven ? dmy(idp.dateGiven) : '', ceased: idp.ceasedOn ? dmy(idp.ceasedOn) : '' };
  const which = idp.status === 'draft' ? CASE_PACK.planDraft : idp.status === 'ceased' ? CASE_PACK.planCeased : CASE_PACK.planIssued;
  return `${s(CASE_PACK.plan)} (${s(which, v)})`;
}

function contactsBlocks(m: CasePackModel, s: Say): SheetBlock[] {
  const c = CASE_PACK.columns;
  const cell = (text: string) => (text ? { text } : { text: '–', quiet: true });
  const rows = m.contacts.map((x) => [cell(x.name), cell(typeof x.role === 'string' ? x.role : s(x.role)), cell(x.organisation), cell(x.contact)]);
  const table: SheetBlock = { kind: 'table', columns: [c.name, c.role, c.organisation, c.contact].map((label, i) => ({ label: s(label), share: [0.22, 0.22, 0.26, 0.3][i]! })), rows };
  return m.contacts.length > 1 ? [table] : [table, { kind: 'note', text: s(CASE_PACK.noProfessionals) }];
}

/** The parts this learner's pack holds, in order: what exists is sent, nothing else. */
function packParts(m: CasePackModel, s: Say): PackPart[] {
  const parts: Omit<PackPart, 'title'>[] = [];
  const section = (id: IdpSectionId) => IDP_SECTIONS.find((x) => x.id === id)!.heading;
  const titles: Record<PartKey, string> = {
    plan: m.plan ? planTitle(m.plan.idp, s) : '',
    informationUsed: s(section('informationUsed')),
    views: s(section('views')),
    history: s(CASE_PACK.history),
    contacts: s(CASE_PACK.contacts),
  };
  const plan = m.plan;
  if (plan) {
    const o = { mode: m.mode, needLabels: new Map(), hasPhoto: false, name: m.learnerName };
    parts.push({ key: 'plan', body: () => idpBody(plan.sheet, plan.photo, 1) });
    for (const id of ['informationUsed', 'views'] as const) parts.push({ key: id, body: () => drawBlocks(sectionBlocks(id, plan.idp.content, o), 0) });
  }
  const opp = m.oppPlus;
  if (opp) parts.push({ key: 'history', body: () => actionPlanPart(opp, OPP_PLUS_LABELS[m.mode === 'cy' ? 'cy' : 'en']) });
  parts.push({ key: 'contacts', body: () => drawBlocks(contactsBlocks(m, s), 0) });
  return parts.map((x, i) => ({ ...x, title: `${s(CASE_PACK.part, { n: i + 1 })}: ${titles[x.key]}` }));
}

function cover(m: CasePackModel, parts: PackPart[], s: Say): FileChild[] {
  const why = REASONS[m.reason];
  const fields: SheetBlock = {
    kind: 'fields',
    rows: [
      { label: s(CASE_PACK.to), value: { text: m.recipient } },
      { label: s(CASE_PACK.from), value: { text: [`${m.from.name}${m.from.role ? `, ${m.from.role}` : ''}`, m.from.school].filter(Boolean).join('\n') } },
      { label: s(CASE_PACK.date), value: { text: dmy(m.date) } },
      { label: s(CASE_PACK.learner), value: { text: m.learnerName } },
      { label: s(CASE_PACK.reason), value: { text: `${s(why.short)}.\n${s(why.plain)}` } },
      { label: s(CASE_PACK.basis), value: { text: s(why.basis) }, sub: true },
      { label: s(CASE_PACK.purpose), value: { text: m.purpose } },
    ],
  };
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, text: s(CASE_PACK.cover) }),
    ...drawBlocks([fields], 0),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: s(CASE_PACK.statement) }),
    new Paragraph({ spacing: { after: 120 }, children: userRuns(m.statement) }),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: s(CASE_PACK.contents) }),
    ...parts.map((p) => new Paragraph({ spacing: { after: 60 }, children: [new TextRun({ text: p.title })] })),
  ];
}

export interface BuiltCasePack {
  doc: Document;
  /** What the pack holds, as its contents say: the disclosure log's items. */
  items: string[];
}

export function buildCasePack(m: CasePackModel): BuiltCasePack {
  const s = sayer(m.mode);
  const parts = packParts(m, s);
  const body = parts.flatMap((p) => [new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: userRuns(p.title) }), ...p.body()]);
  const footer = m.plan?.sheet ?? { footer: s(CASE_PACK.packDate, { date: dmy(m.date) }), page: s(IDP_WORDS.page), of: m.mode === 'bilingual' ? '/' : s(IDP_WORDS.of) };
  const doc = caseloadDocument({
    title: s(CASE_PACK.title),
    name: m.learnerName,
    language: m.mode === 'cy' ? 'cy' : 'en',
    schoolName: m.from.school,
    titleStyle: 'title',
    header: markedHeader(markingFor(m.mode), m.learnerName),
    footer: pageFooter(footer.footer, footer.page, footer.of),
    children: [...cover(m, parts, s), ...body],
  });
  return { doc, items: [s(CASE_PACK.cover), ...parts.map((p) => p.title)] };
}
