/**
 * A review's invitation and contribution sheet as an editable Word document: a pure builder (the sheets in, a
 * docx Document out). What it says comes from shared/rules/review-sheets.ts, which the print view draws too.
 *
 * Layout, for each of the meeting's languages: the invitation (a letter: title, greeting, what the meeting is for,
 * when, where and who leads it as a small table, who else is invited, what we ask), then on a new page the
 * contribution sheet (the lines for a name, and a box with space to write under each heading; for an IDP review,
 * the plan's outcomes to tick). The learner's version is set larger, with plain boxes to write or draw in; the
 * adults' boxes are ruled. Every string goes through userRuns: most of them carry the learner's name.
 */
import { BorderStyle, HeadingLevel, Paragraph, Tab, Table, TableCell, TableRow, TabStopType, TextRun, WidthType, type Document, type FileChild } from 'docx';
import type { ContributionSheet, Invitation, OutcomesToMark, ReviewSheets, WritingBox } from '../../../shared/rules/review-sheets';
import { BULLETS, caseloadDocument, HEADING_COLOUR, QUIET, TEXT_WIDTH } from './docx-layout';
import { grid, widthsOf } from './docx-table';
import { userRuns } from './docx-text';

/** Half-points: the learner's papers are set at 14 pt, the adults' at 11 pt. */
interface Type {
  body: number;
  heading: number;
  /** Line height of the space to write in (240ths of a line). */
  writing: number;
  ruled: boolean;
}
const LEARNER: Type = { body: 28, heading: 30, writing: 600, ruled: false };
const ADULT: Type = { body: 22, heading: 24, writing: 440, ruled: true };

const LINE = { style: BorderStyle.SINGLE, size: 6, color: '9FB3C8' };
const BOX_BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideVertical: LINE };
const CELL_MARGIN = 160;

/**
 * A line to write on, `width` twips long: a tab to a right tab stop with an underscore leader. (Bottom borders on
 * empty paragraphs would not do: Word joins the borders of alike paragraphs and draws only the last one.)
 */
const writingLine = (width: number, lineHeight: number, label: TextRun[] = []) =>
  new Paragraph({ spacing: { line: lineHeight, lineRule: 'exact' }, tabStops: [{ type: TabStopType.RIGHT, position: width, leader: 'underscore' }], children: [...label, new TextRun({ children: [new Tab()], color: 'A6A6A6' })] });

const text = (t: string, type: Type, after = 160, o: Parameters<typeof userRuns>[1] = {}) => new Paragraph({ spacing: { after }, children: userRuns(t, { size: type.body, ...o }) });

function invitationPart(inv: Invitation, type: Type, list: number, first: boolean): FileChild[] {
  const details = inv.details.map((d) => [userRuns(d.label, { bold: true, size: type.body }), userRuns(d.value, { size: type.body })]);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: !first, children: userRuns(inv.title) }),
    text(inv.greeting, type),
    text(inv.purpose, type, 200),
    grid(widthsOf([0.22, 0.78]), details, { labels: true }),
    ...(inv.invited.length ? [new Paragraph({ keepNext: true, spacing: { before: 240, after: 80 }, children: userRuns(inv.invitedLabel, { bold: true, size: type.body }) })] : []),
    ...inv.invited.map((who) => new Paragraph({ numbering: { reference: BULLETS, level: 0, instance: list }, children: userRuns(who, { size: type.body }) })),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    ...inv.asks.map((ask) => text(ask, type)),
  ];
}

/** A box: the heading, the hint, and lines (or plain space) to write in. */
function writingCell(box: WritingBox, type: Type, width: number): TableCell {
  const space = Array.from({ length: box.lines }, () => (type.ruled ? writingLine(width - 2 * CELL_MARGIN, type.writing) : new Paragraph({ spacing: { line: type.writing, lineRule: 'exact' }, children: [] })));
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 100, bottom: 120, left: CELL_MARGIN, right: CELL_MARGIN },
    children: [
      new Paragraph({ keepNext: true, spacing: { after: 40 }, children: userRuns(box.heading, { bold: true, size: type.heading, color: HEADING_COLOUR }) }),
      new Paragraph({ keepNext: true, children: userRuns(box.prompt, { size: type.body - 2, color: QUIET, italics: true }) }),
      ...space,
    ],
  });
}

/** A row of boxes (one, or two side by side) that never splits across pages. */
function boxRow(row: WritingBox[], type: Type): Table {
  const width = Math.floor(TEXT_WIDTH / row.length);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: row.map(() => width),
    borders: BOX_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: row.map((box) => writingCell(box, type, width)) })],
  });
}

function outcomesPart(o: OutcomesToMark, type: Type): FileChild[] {
  const c = o.columns;
  const head = [c.outcome, c.met, c.partlyMet, c.notMet, c.comment].map((label) => userRuns(label, { bold: true, size: type.body - 2 }));
  const rows = o.outcomes.map((outcome) => [userRuns(outcome, { size: type.body - 2 }), ...[0, 1, 2].map(() => userRuns('☐', { size: 28 })), []]);
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, children: userRuns(o.title) }),
    text(o.intro, type, 120, { color: QUIET }),
    grid(widthsOf([0.38, 0.11, 0.11, 0.11, 0.29]), [head, ...rows], { header: true, flow: true }),
  ];
}

function contributionPart(sheet: ContributionSheet, type: Type): FileChild[] {
  const gap = () => new Paragraph({ spacing: { after: 160 }, children: [] });
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, pageBreakBefore: true, children: userRuns(sheet.title) }),
    text(sheet.intro, type, 200, { color: QUIET }),
    ...sheet.nameFields.map((label) => writingLine(TEXT_WIDTH, type.writing, [...userRuns(label, { bold: true, size: type.body }), new TextRun({ text: ' ' })])),
    gap(),
    ...sheet.rows.flatMap((row) => [boxRow(row, type), gap()]),
    ...(sheet.outcomes ? outcomesPart(sheet.outcomes, type) : []),
  ];
}

/** Bullet list instances for the invited lists, above those the shared layouts use. */
const FIRST_LIST = 300;

export function buildReviewSheetsDocument(sheets: ReviewSheets, title: string): Document {
  const type = sheets.audience === 'learner' ? LEARNER : ADULT;
  const children = sheets.parts.flatMap((part, i) => [...invitationPart(part.invitation, type, FIRST_LIST + i, i === 0), ...contributionPart(part.contribution, type)]);
  return caseloadDocument({ title, name: sheets.name, language: sheets.parts[0]!.lang, schoolName: sheets.schoolName, titleStyle: 'none', children });
}
