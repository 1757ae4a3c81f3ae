/**
 * What an exported or printed IDP says, in one place: the parts and sections in statutory order with the form's
 * own headings (shared/forms/idp-annex-a.ts), each section's content as simple blocks (a two-column table of
 * fields, a table, a labelled text, a list, the photo), the quality checks under the title (idp-sheet-checks.ts:
 * a draft's gaps and warnings, or the gaps a version was issued with), and the page header and footer. The Word
 * export and the print view each draw these blocks their own way; neither decides what goes in, so both say the same.
 *
 * User text is carried as typed; the Word export puts every cell through userRuns (docx-text.ts).
 */
import { IDP_PARTS, PROVISION_PARTS, sectionsFor, type IdpSectionId } from '../forms/idp-annex-a';
import * as L from '../forms/idp-labels';
import { sayer, type HeadingMode, type Pair, type Say } from '../forms/idp-labels';
import type { Idp, IdpContent, ProvisionElement } from '../schemas/idp';
import { formatMinutes } from './interventions';
import { sheetChecks } from './idp-sheet-checks';
import type { Cell, FieldRow, IdpSheet, SheetBlock, SheetPart } from './idp-sheet-model';

export type { Cell, FieldRow, IdpSheet, SheetBlock, SheetChecks, SheetPart, SheetSection } from './idp-sheet-model';

/** The version to draw; `override` (the gaps it was issued with, and why) shows them under the title. */
export type SheetIdp = Pick<Idp, 'learnerName' | 'versionNumber' | 'status' | 'dateGiven' | 'ceasedOn' | 'content'> & { override?: Idp['override'] };

export interface SheetOptions {
  mode: HeadingMode;
  /** Need codes with their labels from the code list. */
  needLabels: ReadonlyMap<string, Pair>;
  hasPhoto: boolean;
}

/** dd/mm/yyyy of an ISO date. */
export function dmy(iso: string): string {
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}

interface Ctx extends SheetOptions {
  s: Say;
  cell: (text: string | null | undefined, italic?: boolean) => Cell;
  date: (iso: string | null) => Cell;
  name: string;
}

function context(o: SheetOptions, name: string): Ctx {
  const s = sayer(o.mode);
  const cell = (text: string | null | undefined, italic = false): Cell => (text ? { text, ...(italic && { italic }) } : { text: s(L.IDP_WORDS.notRecorded), quiet: true });
  return { ...o, s, cell, date: (iso) => cell(iso ? dmy(iso) : null), name };
}

const nothing = (c: Ctx): SheetBlock[] => [{ kind: 'note', text: c.s(L.IDP_WORDS.nothingRecorded) }];
const row = (label: string, value: Cell, sub = false): FieldRow => ({ label, value, ...(sub && { sub }) });
const table = (c: Ctx, columns: [Pair, number][], rows: Cell[][]): SheetBlock[] =>
  rows.length ? [{ kind: 'table', columns: columns.map(([label, share]) => ({ label: c.s(label), share })), rows }] : nothing(c);

function coreDetails(x: IdpContent['coreDetails'], c: Ctx): SheetBlock[] {
  const l = L.CORE_LABELS;
  const rows = [
    row(c.s(l.legalName), c.cell(x.legalName)),
    row(c.s(l.preferredName), c.cell(x.preferredName)),
    row(c.s(l.dateOfBirth), c.date(x.dateOfBirth)),
    row(c.s(l.upn), c.cell(x.upn)),
    row(c.s(l.address), c.cell(x.address)),
    row(c.s(l.setting), c.cell(x.setting)),
    row(c.s(l.localAuthority), c.cell(x.localAuthority)),
    row(c.s(l.homeLanguages), c.cell(x.homeLanguages)),
    row(c.s(l.medium), c.cell(x.medium)),
    row(c.s(l.consent), c.cell(c.s(L.CONSENT[x.consent]))),
  ];
  if (x.consent !== 'notApplicable' || x.consentDetails) rows.push(row(c.s(l.consentDetails), c.cell(x.consentDetails), true));
  rows.push(row(c.s(l.capacityIssues), c.cell(c.s(x.capacityIssues ? L.IDP_WORDS.yes : L.IDP_WORDS.no))));
  if (x.capacityIssues || x.capacityDetails) rows.push(row(c.s(l.capacityDetails), c.cell(x.capacityDetails), true));
  return [{ kind: 'fields', rows }];
}

function administration(x: IdpContent['administration'], c: Ctx): SheetBlock[] {
  const l = L.ADMIN_LABELS;
  const who = [x.responsibleName, x.responsibleRole].filter(Boolean).join(', ');
  return [
    {
      kind: 'fields',
      rows: [
        row(c.s(l.maintainedBy), c.cell(c.s(L.MAINTAINERS[x.maintainedBy]))),
        row(c.s(l.organisation), c.cell(x.organisation)),
        row(c.s(l.responsible), c.cell(who)),
        row(c.s(l.responsibleContact), c.cell(x.responsibleContact)),
        row(c.s(l.startDate), c.date(x.startDate)),
        row(c.s(l.reviewTargetDate), c.date(x.reviewTargetDate)),
        row(c.s(l.proposedReviewDate), c.date(x.proposedReviewDate)),
      ],
    },
  ];
}

function aboutMe(x: IdpContent['aboutMe'], c: Ctx): SheetBlock[] {
  const out: SheetBlock[] = c.hasPhoto ? [{ kind: 'photo', alt: c.s(L.ABOUT_ME.photoOf, { name: c.name }) }] : [];
  for (const [section, heading] of Object.entries(L.ABOUT_ME.groups) as [keyof typeof L.ABOUT_ME.groups, Pair][]) {
    const items = x.items.filter((i) => i.section === section);
    const list = items.map((i) => {
      const note = [`${c.s(L.ABOUT_ME.saidBy)}: ${c.s(L.CONTRIBUTORS[i.contributor])}`, ...(i.section === 'support' && i.importantFor ? [c.s(L.ABOUT_ME.importantFor)] : [])];
      return { text: i.text, note: `(${note.join('; ')})`, firstPerson: i.firstPerson };
    });
    out.push({ kind: 'group', heading: c.s(heading), blocks: list.length ? [{ kind: 'items', items: list }] : nothing(c) });
  }
  if (x.sourceVersionNumber !== null && x.pulledOn) out.push({ kind: 'note', text: c.s(L.ABOUT_ME.fromProfile, { n: x.sourceVersionNumber, date: dmy(x.pulledOn) }) });
  return out;
}

function views(x: IdpContent['views'], c: Ctx): SheetBlock[] {
  const l = L.VIEW_LABELS;
  const rows = x.map((v) => {
    const how = [v.date ? dmy(v.date) : null, c.s(l.methods[v.method]), c.s(v.verbatim ? l.verbatim : l.summary)].filter(Boolean).join(', ');
    return [c.cell([c.s(l.whoValues[v.who]), v.name].filter(Boolean).join(': ')), c.cell(how), c.cell(v.text, v.verbatim)];
  });
  return table(c, [[l.who, 0.24], [l.when, 0.22], [l.text, 0.54]], rows);
}

function alnDescription(x: IdpContent['alnDescription'], c: Ctx): SheetBlock[] {
  const l = L.NEED_LABELS;
  const needs: SheetBlock[] = x.needs.map((n, i) => {
    const code = n.needCode ? (c.needLabels.get(n.needCode) ?? { en: n.needCode, cy: n.needCode }) : null;
    const heading = code ? `${c.s(l.need, { n: i + 1 })}: ${c.s(code)}` : c.s(l.need, { n: i + 1 });
    const fields: FieldRow[] = [row(c.s(l.description), c.cell(n.description)), row(c.s(l.whatThisMeansForMe), c.cell(n.whatThisMeansForMe)), row(c.s(l.diagnosis), c.cell(n.diagnosis))];
    return { kind: 'group', heading, blocks: [{ kind: 'fields', rows: fields }] };
  });
  return [...(needs.length ? needs : nothing(c)), { kind: 'text', label: c.s(l.reasonsForDecision), value: c.cell(x.reasonsForDecision) }];
}

/** "1 h 30 min", "45 min", "2 h" in one language's units. */
function duration(total: number, lang: keyof Pair): string {
  const { hours, minutes } = formatMinutes(total);
  const h = `${hours} ${L.HOURS_MINUTES.hours[lang]}`;
  const m = `${minutes} ${L.HOURS_MINUTES.minutes[lang]}`;
  return hours === 0 ? m : minutes === 0 ? h : `${h} ${m}`;
}

/** How much a week, worked out once for print and Word: "3 × 20 min a week = 1 h a week". */
export function timeAWeek(e: Pick<ProvisionElement, 'sessionsPerWeek' | 'sessionMinutes'>, s: Say): string | null {
  if (!e.sessionsPerWeek || !e.sessionMinutes) return null;
  const { sessionsPerWeek: sessions, sessionMinutes: minutes } = e;
  const said = (lang: keyof Pair) => L.fill(L.ELEMENT_LABELS.timeAWeekValue[lang], { sessions, minutes, total: duration(sessions * minutes, lang) });
  return s({ en: said('en'), cy: said('cy') });
}

/** One provision element as a two-column table: 2B.1 to 2B.7 in order, with their details under them. */
function elementRows(e: ProvisionElement, c: Ctx): FieldRow[] {
  const l = L.ELEMENT_LABELS;
  const part = (i: number) => `${PROVISION_PARTS[i]!.key} ${c.s(PROVISION_PARTS[i]!.heading)}`;
  const num = (n: number | null) => c.cell(n === null ? null : String(n));
  const provider = e.provider ? [c.s(l.providers[e.provider]), e.providerName].filter(Boolean).join(': ') : e.providerName;
  const reviewOrEnd = e.reviewOrEndDate ? c.s(e.endsThen ? l.endsOn : l.reviewOn, { date: dmy(e.reviewOrEndDate) }) : null;
  return [
    row(part(0), c.cell(e.outcome)),
    row(c.s(l.outcomeMeasure), c.cell(e.outcomeMeasure), true),
    row(c.s(l.outcomeDate), c.date(e.outcomeDate), true),
    row(part(1), c.cell(e.what)),
    row(c.s(l.sessionsPerWeek), num(e.sessionsPerWeek), true),
    row(c.s(l.sessionMinutes), num(e.sessionMinutes), true),
    row(c.s(l.timeAWeek), c.cell(timeAWeek(e, c.s)), true),
    row(c.s(l.groupSize), c.cell(e.groupSize), true),
    row(c.s(l.deliveredBy), c.cell(e.deliveredBy), true),
    row(c.s(l.qualification), c.cell(e.qualification), true),
    row(c.s(l.location), c.cell(e.location), true),
    row(part(2), c.cell(e.welsh ? c.s(l.welsh[e.welsh]) : null)),
    row(part(3), c.cell(provider)),
    row(part(4), c.date(e.startDate)),
    row(part(5), c.cell(reviewOrEnd)),
    row(part(6), c.cell(e.rationale)),
    row(c.s(l.differenceOfOpinion), e.differenceOfOpinion ? c.cell(e.differenceOfOpinion) : { text: c.s(L.IDP_WORDS.none), quiet: true }, true),
  ];
}

function provision(x: IdpContent['provision'], c: Ctx): SheetBlock[] {
  if (!x.length) return nothing(c);
  return x.map((e, i) => ({ kind: 'group', heading: c.s(L.ELEMENT_LABELS.element, { n: i + 1 }), blocks: [{ kind: 'fields', rows: elementRows(e, c) }] }));
}

function transition(x: IdpContent['transition'], c: Ctx): SheetBlock[] {
  const l = L.ACTION_LABELS;
  const actions = x.actions.map((a) => [c.cell(a.action), c.cell(a.owner), c.date(a.dueDate)]);
  return [
    { kind: 'text', label: null, value: c.cell(x.text) },
    { kind: 'group', heading: c.s(l.actions), blocks: table(c, [[l.action, 0.56], [l.owner, 0.24], [l.dueDate, 0.2]], actions) },
  ];
}

function reasons(x: IdpContent['reasons'], c: Ctx): SheetBlock[] {
  const l = L.REASON_LABELS;
  const rows = x.map((r) => [
    c.cell(c.s(l.decisions[r.decision])),
    c.cell(r.text),
    r.disagreement ? c.cell(r.howWeighed || c.s(L.IDP_WORDS.yes)) : { text: c.s(L.IDP_WORDS.none), quiet: true },
  ]);
  return table(c, [[l.decision, 0.2], [l.text, 0.44], [l.disagreement, 0.36]], rows);
}

function informationUsed(x: IdpContent['informationUsed'], c: Ctx): SheetBlock[] {
  const l = L.SOURCE_LABELS;
  const rows = x.map((i) => [
    c.cell(i.title),
    c.cell([i.author, i.role].filter(Boolean).join(', ')),
    c.cell(i.organisation),
    c.date(i.date),
    c.cell(c.s(l.types[i.type])),
    c.cell(c.s(i.attached ? L.IDP_WORDS.yes : L.IDP_WORDS.no)),
  ]);
  return table(c, [[l.title, 0.21], [l.author, 0.2], [l.organisation, 0.19], [l.date, 0.14], [l.type, 0.15], [l.attached, 0.11]], rows);
}

const SECTIONS: { [K in IdpSectionId]: (x: IdpContent[K], c: Ctx) => SheetBlock[] } = {
  coreDetails,
  administration,
  aboutMe,
  views,
  alnDescription,
  provision,
  otherProvision: (x, c) => (x.text ? [{ kind: 'text', label: null, value: c.cell(x.text) }] : nothing(c)),
  laProvision: (x, c) => table(c, [[L.LA_LABELS.kind, 0.3], [L.LA_LABELS.institution, 0.25], [L.LA_LABELS.details, 0.45]], x.map((p) => [c.cell(c.s(L.LA_LABELS.kinds[p.kind])), c.cell(p.institution), c.cell(p.details)])),
  transition,
  reasons,
  informationUsed,
  timeline: (x, c) => table(c, [[L.TIMELINE_LABELS.date, 0.18], [L.TIMELINE_LABELS.event, 0.82]], x.map((t) => [c.date(t.date), c.cell(t.event)])),
  appendices: (x, c) => table(c, [[L.APPENDIX_LABELS.title, 0.34], [L.APPENDIX_LABELS.kind, 0.2], [L.APPENDIX_LABELS.note, 0.46]], x.map((a) => [c.cell(a.title), c.cell(c.s(L.APPENDIX_LABELS.kinds[a.kind])), c.cell(a.note)])),
};

/** One section's content, by its id (the case pack reuses single sections: views, information used). */
export function sectionBlocks<K extends IdpSectionId>(id: K, content: IdpContent, o: SheetOptions & { name: string }): SheetBlock[] {
  return SECTIONS[id](content[id], context(o, o.name));
}

function statusLine(idp: SheetIdp, c: Ctx): string | null {
  if (idp.status === 'draft') return c.s(L.IDP_WORDS.draftBanner);
  if (idp.status === 'superseded') return c.s(L.IDP_WORDS.superseded);
  if (idp.status === 'ceased' && idp.ceasedOn) return c.s(L.IDP_WORDS.ceased, { date: dmy(idp.ceasedOn) });
  return null;
}

/** The protective marking: the English token always (handling rules look for it), with the Welsh for Welsh. */
export function markingFor(mode: HeadingMode): string {
  return mode === 'en' ? L.IDP_WORDS.marking.en : `${L.IDP_WORDS.marking.en} / ${L.IDP_WORDS.marking.cy}`;
}

export function idpSheet(idp: SheetIdp, o: SheetOptions): IdpSheet {
  const c = context(o, idp.learnerName);
  // Parts follow the sections' own order: a part begins where its first section is.
  const parts: SheetPart[] = [];
  for (const s of sectionsFor(idp.content.administration.maintainedBy)) {
    const section = { id: s.id, heading: c.s(s.heading), blocks: (SECTIONS[s.id] as (x: unknown, c: Ctx) => SheetBlock[])(idp.content[s.id], c) };
    const last = parts[parts.length - 1];
    if (last && last.key === s.part) last.sections.push(section);
    else parts.push({ key: s.part, heading: c.s(IDP_PARTS[s.part]), sections: [section] });
  }
  for (const part of parts) if (part.sections.length === 1 && part.sections[0]!.heading === part.heading) part.sections[0]!.sameAsPart = true;
  const given = idp.dateGiven ? `${c.s(L.IDP_WORDS.dateGiven)} ${dmy(idp.dateGiven)}` : c.s(L.IDP_WORDS.draft);
  return {
    title: c.s(L.IDP_WORDS.title),
    name: idp.learnerName,
    marking: markingFor(o.mode),
    status: statusLine(idp, c),
    checks: sheetChecks(idp, c.s),
    footer: `${c.s(L.IDP_WORDS.version)} ${idp.versionNumber} · ${given}`,
    page: c.s(L.IDP_WORDS.page),
    // "Page / Tudalen 3 / 12" reads better than "of / o" between the numbers.
    of: o.mode === 'bilingual' ? '/' : c.s(L.IDP_WORDS.of),
    parts,
  };
}

/** Need codes with their labels; where a code is on both lists, the list in use wins. */
export function needLabelsFrom(list: { active: string; codes: readonly { listKey: string; code: string; labelEn: string; labelCy: string }[] }): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const c of [...list.codes].sort((a, b) => Number(a.listKey === list.active) - Number(b.listKey === list.active))) out.set(c.code, { en: c.labelEn, cy: c.labelCy });
  return out;
}
