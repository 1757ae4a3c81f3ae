/**
 * What the register record of a subject access export says (a pure function: data in, sheet out): the register
 * entry, the needs, every contact, the timeline, the disclosures and the list of documents in the folder. Drawn
 * as the IDP's sheet blocks, so register-docx.ts draws it with the IDP's own table code. User text is carried as
 * typed; the builder puts every cell through userRuns.
 */
import { fill, IDP_WORDS, type Pair } from '../../../shared/forms/idp-labels';
import { dmy, type Cell, type FieldRow, type SheetBlock } from '../../../shared/rules/idp-sheet';
import type { Contact } from '../../../shared/schemas/contact';
import type { Disclosure } from '../../../shared/schemas/idp';
import type { LearnerDetail } from '../../../shared/schemas/learner';
import type { Language } from '../../../shared/schemas/settings';
import { CONTACT_LABELS, DUTY_HOLDER_LABELS, EVENT_LABELS, FIELD_LABELS, LANGUAGE_LABELS, MEDIUM_LABELS, REGISTER_WORDS as W, RELATIONSHIP_LABELS, STATUS_LABELS, YEAR_GROUP_LABELS } from './register-labels';

export interface RegisterData {
  learner: LearnerDetail;
  name: string;
  schoolName: string;
  keyWorker: string | null;
  /** Need code → its name in each language (the code itself when the list no longer has it). */
  needLabels: ReadonlyMap<string, Pair>;
  contacts: readonly Contact[];
  disclosures: readonly Disclosure[];
  photoFile: string | null;
  files: readonly string[];
  date: string;
}

export interface RegisterSection {
  heading: string;
  blocks: SheetBlock[];
}

export interface RegisterSheet {
  marking: string;
  title: string;
  name: string;
  schoolName: string;
  intro: string;
  /** "Register record · <date>", before the page number. */
  footer: string;
  page: string;
  of: string;
  sections: RegisterSection[];
}

type Say = (pair: Pair, values?: Record<string, string | number>) => string;

const cell = (text: string | null | undefined, say: Say): Cell => (text ? { text } : { text: say(W.nothing), quiet: true });
const fields = (rows: [Pair, string | null][], say: Say): SheetBlock => ({ kind: 'fields', rows: rows.map(([label, value]): FieldRow => ({ label: say(label), value: cell(value, say) })) });
const none = (say: Say): SheetBlock[] => [{ kind: 'note', text: say(W.nothing) }];

function yearGroup(yg: string | null, say: Say): string | null {
  if (!yg) return null;
  const named = YEAR_GROUP_LABELS[yg];
  return named ? say(named) : say(W.yearGroup, { n: yg });
}

function registerBlocks(d: RegisterData, say: Say): SheetBlock[] {
  const l = d.learner;
  const yesNo = (b: boolean) => say(b ? W.yes : W.no);
  const date = (iso: string | null) => (iso ? dmy(iso) : null);
  const rows: [Pair, string | null][] = [
    [FIELD_LABELS.legalFirstName, l.legalFirstName],
    [FIELD_LABELS.legalLastName, l.legalLastName],
    [FIELD_LABELS.preferredName, l.preferredName],
    [FIELD_LABELS.dateOfBirth, dmy(l.dateOfBirth)],
    [FIELD_LABELS.upn, l.upn],
    [FIELD_LABELS.yearGroup, yearGroup(l.yearGroup, say)],
    [FIELD_LABELS.registrationGroup, l.registrationGroup],
    [FIELD_LABELS.setting, l.setting],
    [FIELD_LABELS.medium, say(MEDIUM_LABELS[l.medium])],
    [FIELD_LABELS.homeLanguages, l.homeLanguages.join(', ')],
    [FIELD_LABELS.lookedAfter, yesNo(l.lookedAfter)],
    [FIELD_LABELS.eal, yesNo(l.eal)],
    [FIELD_LABELS.status, say(STATUS_LABELS[l.status])],
    [FIELD_LABELS.dutyToDecideFrom, date(l.dutyToDecideFrom)],
    [FIELD_LABELS.dutyHolder, DUTY_HOLDER_LABELS[l.dutyHolder] ? say(DUTY_HOLDER_LABELS[l.dutyHolder]!) : l.dutyHolder],
    [FIELD_LABELS.idpDateGiven, date(l.idpDateGiven)],
    [FIELD_LABELS.keyWorker, d.keyWorker],
    [FIELD_LABELS.agencies, l.agencies.join(', ')],
    [FIELD_LABELS.notes, l.notes],
    [W.photo, d.photoFile && say(W.photoFile, { file: d.photoFile })],
    [W.added, date(l.createdAt)],
    [W.changed, date(l.updatedAt)],
    ...(l.archivedAt ? ([[W.archived, date(l.archivedAt)]] as [Pair, string | null][]) : []),
    [W.legalHold, yesNo(l.legalHold)],
    ...(l.legalHold ? ([[W.legalHoldReason, l.legalHoldReason]] as [Pair, string | null][]) : []),
  ];
  return [fields(rows, say)];
}

function needBlocks(d: RegisterData, say: Say, language: Language): SheetBlock[] {
  const label = (code: string) => d.needLabels.get(code)?.[language] ?? code;
  const rows: [Pair, string][] = [
    ...(d.learner.primaryNeed ? ([[W.primary, label(d.learner.primaryNeed)]] as [Pair, string][]) : []),
    ...d.learner.secondaryNeeds.map((code): [Pair, string] => [W.secondary, label(code)]),
  ];
  return rows.length ? [fields(rows, say)] : none(say);
}

function contactBlocks(d: RegisterData, say: Say): SheetBlock[] {
  if (!d.contacts.length) return none(say);
  const yesNo = (b: boolean) => say(b ? W.yes : W.no);
  return d.contacts.map((c) => ({
    kind: 'group' as const,
    heading: c.name,
    blocks: [
      fields(
        [
          [CONTACT_LABELS.relationship, say(RELATIONSHIP_LABELS[c.relationship])],
          [CONTACT_LABELS.organisation, c.organisation],
          [CONTACT_LABELS.phone, c.phone],
          [CONTACT_LABELS.email, c.email],
          [CONTACT_LABELS.address, c.address],
          [CONTACT_LABELS.parentalResponsibility, yesNo(c.parentalResponsibility)],
          [CONTACT_LABELS.preferredLanguage, c.preferredLanguage && say(LANGUAGE_LABELS[c.preferredLanguage]!)],
          [CONTACT_LABELS.receivesCopies, yesNo(c.receivesCopies)],
        ],
        say,
      ),
    ],
  }));
}

/** As the learner's page says it: a status code named, a date written the UK way, anything else as written. */
function eventText(type: string, detail: string | null, say: Say): string {
  const status = detail && (type === 'status' || type === 'added') ? STATUS_LABELS[detail as keyof typeof STATUS_LABELS] : undefined;
  const shown = status ? say(status) : detail && /^\d{4}-\d{2}-\d{2}$/.test(detail) ? dmy(detail) : (detail ?? '');
  const words = EVENT_LABELS[type];
  // The detail goes in after the words are chosen: it may be typed text holding "{…}" of its own.
  return words ? say(words).replace('{detail}', () => shown) : [type, shown].filter(Boolean).join(': ');
}

function timelineBlocks(d: RegisterData, say: Say): SheetBlock[] {
  if (!d.learner.timeline.length) return none(say);
  const rows = d.learner.timeline.map((e) => [{ text: dmy(e.date) }, { text: eventText(e.type, e.detail, say) }]);
  return [{ kind: 'table', columns: [{ label: say(W.date), share: 0.2 }, { label: say(W.event), share: 0.8 }], rows }];
}

function disclosureBlocks(d: RegisterData, say: Say): SheetBlock[] {
  if (!d.disclosures.length) return none(say);
  const columns = ([[W.date, 0.14], [W.recipient, 0.22], [W.purpose, 0.24], [W.items, 0.26], [W.method, 0.14]] as const).map(([label, share]) => ({ label: say(label), share }));
  const rows = d.disclosures.map((x) => [{ text: dmy(x.date) }, { text: x.recipient }, { text: x.purpose }, { text: x.items.join('\n') }, { text: x.method }]);
  return [{ kind: 'table', columns, rows }];
}

export function registerSheet(d: RegisterData, language: Language): RegisterSheet {
  const say: Say = (pair, values = {}) => fill(pair[language], values);
  return {
    marking: say(IDP_WORDS.marking),
    title: say(W.title),
    name: d.name,
    schoolName: d.schoolName,
    intro: say(W.intro, { date: dmy(d.date) }),
    footer: `${say(W.title)} · ${dmy(d.date)}`,
    page: say(IDP_WORDS.page),
    of: say(IDP_WORDS.of),
    sections: [
      { heading: say(W.register), blocks: registerBlocks(d, say) },
      { heading: say(W.needs), blocks: needBlocks(d, say, language) },
      { heading: say(W.contacts), blocks: contactBlocks(d, say) },
      { heading: say(W.timeline), blocks: timelineBlocks(d, say) },
      { heading: say(W.disclosures), blocks: disclosureBlocks(d, say) },
      { heading: say(W.files), blocks: [{ kind: 'items', items: d.files.map((f) => ({ text: f, note: '', firstPerson: false })) }] },
    ],
  };
}
