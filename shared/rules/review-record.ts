/**
 * What the record of a review says, in one place (domain.md §2.7, §9.6): the meeting, who took part (and who
 * sent views or apologies), the person-centred headings, what is working and not working from each perspective,
 * the questions, the action plan, and for an IDP review each outcome's status and the decision. Drawn as the
 * IDP's sheet blocks (idp-sheet.ts), so the Word export draws it with the IDP's own table code; the print view
 * draws the same blocks. The words come in per language (review-words.ts; both, for a bilingual meeting).
 */
import type { Review } from '../schemas/review';
import { dmy, type Cell, type SheetBlock } from './idp-sheet';
import { reviewsThePlan } from './plan-review';
import { fill, type ReviewRecordWords } from './review-words';

export interface RecordSection {
  key: string;
  heading: string;
  blocks: SheetBlock[];
}

export interface ReviewRecordSheet {
  marking: string;
  /** "Review" (the document shows "Review: <name>"). */
  title: string;
  name: string;
  schoolName: string;
  /** "Review · <date of the meeting>", before the page number (no user text: Word's footer takes it as is). */
  footer: string;
  page: string;
  of: string;
  sections: RecordSection[];
}

interface Ctx {
  w: ReviewRecordWords;
  /** Free text, or "Nothing written." in grey. */
  text: (t: string) => Cell;
  note: (t: string) => SheetBlock[];
}

const plain = (text: string): Cell => ({ text });
const table = (columns: [string, number][], rows: Cell[][]): SheetBlock => ({ kind: 'table', columns: columns.map(([label, share]) => ({ label, share })), rows });

function meeting(r: Review, { w }: Ctx): SheetBlock[] {
  const f = w.fields;
  const place = r.online ? (r.place ? fill(w.onlineAt, { place: r.place }) : w.online) : r.place;
  const rows = [
    [f.type, w.types[r.type]],
    [f.date, dmy(r.date)],
    [f.time, r.time ?? ''],
    [f.place, place],
    [f.facilitator, r.facilitator],
    [f.language, w.languages[r.language]],
    [f.status, w.statuses[r.status]],
  ].filter(([, value]) => value);
  return [{ kind: 'fields', rows: rows.map(([label, value]) => ({ label: label!, value: plain(value!) })) }];
}

function who(r: Review, c: Ctx): SheetBlock[] {
  if (!r.invitees.length) return c.note(c.w.noOne);
  const k = c.w.whoColumns;
  return [table([[k.name, 0.38], [k.role, 0.34], [k.attendance, 0.28]], r.invitees.map((i) => [plain(i.name), plain(i.role), plain(c.w.attendance[i.attendance])]))];
}

function perspectives(r: Review, c: Ctx): SheetBlock[] {
  const rows = r.record.perspectives.filter((p) => p.working || p.notWorking);
  if (!rows.length) return c.note(c.w.nothingWritten);
  const k = c.w.perspectiveColumns;
  return [table([[k.perspective, 0.18], [k.working, 0.41], [k.notWorking, 0.41]], rows.map((p) => [plain(c.w.perspectives[p.perspective]), plain(p.working), plain(p.notWorking)]))];
}

function actions(r: Review, c: Ctx): SheetBlock[] {
  if (!r.record.actions.length) return c.note(c.w.noActions);
  const k = c.w.actionColumns;
  const rows = r.record.actions.map((a) => [plain(a.action), plain(a.owner), plain(a.dueDate ? dmy(a.dueDate) : ''), plain(c.w.actionStatuses[a.status])]);
  return [table([[k.action, 0.5], [k.owner, 0.22], [k.due, 0.14], [k.status, 0.14]], rows)];
}

function outcomes(r: Review, c: Ctx): SheetBlock[] {
  const k = c.w.outcomeColumns;
  const s = c.w.outcomeStatuses;
  const rows = r.record.elementOutcomes.map((o) => [plain(o.outcome), o.status ? plain(s[o.status]) : { text: s.notMarked, quiet: true }, plain(o.comment)]);
  return rows.length ? [table([[k.outcome, 0.45], [k.status, 0.17], [k.comment, 0.38]], rows)] : c.note(c.w.nothingWritten);
}

function decision(r: Review, c: Ctx): SheetBlock[] {
  if (!r.decision || !r.decisionDate) return c.note(c.w.notDecided);
  const f = c.w.decisionFields;
  const rows = [
    { label: f.decision, value: plain(c.w.decisions[r.decision]) },
    { label: f.date, value: plain(dmy(r.decisionDate)) },
    ...(r.decisionReason ? [{ label: f.reason, value: plain(r.decisionReason) }] : []),
  ];
  return [{ kind: 'fields', rows }];
}

export function reviewRecordSheet(r: Review, schoolName: string, w: ReviewRecordWords): ReviewRecordSheet {
  const c: Ctx = { w, text: (t) => (t ? plain(t) : { text: w.nothingWritten, quiet: true }), note: (text) => [{ kind: 'note', text }] };
  const h = w.headings;
  const name = r.learnerFirstName || r.learnerName;
  const said = (key: 'appreciation' | 'importantNow' | 'importantFuture' | 'bestSupport' | 'questions'): RecordSection => ({
    key,
    heading: fill(h[key], { name }),
    blocks: [{ kind: 'text', label: null, value: c.text(r.record[key]) }],
  });
  const aboutPlan = reviewsThePlan(r) || r.record.elementOutcomes.length > 0 || r.decision !== null;
  const sections: RecordSection[] = [
    { key: 'meeting', heading: w.meeting, blocks: meeting(r, c) },
    { key: 'who', heading: w.who, blocks: who(r, c) },
    said('appreciation'),
    said('importantNow'),
    said('importantFuture'),
    said('bestSupport'),
    { key: 'perspectives', heading: h.perspectives, blocks: perspectives(r, c) },
    said('questions'),
    { key: 'actions', heading: h.actions, blocks: actions(r, c) },
    ...(aboutPlan
      ? [
          { key: 'outcomes', heading: h.outcomes, blocks: outcomes(r, c) },
          { key: 'decision', heading: h.decision, blocks: decision(r, c) },
        ]
      : []),
  ];
  const footer = `${w.title} · ${dmy(r.date)}`;
  return { marking: w.marking, title: w.title, name: r.learnerName, schoolName, footer, page: w.page, of: w.of, sections };
}
