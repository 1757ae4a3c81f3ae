/**
 * An Individual Development Plan as a Word document: a pure builder (the sheet in, a docx Document out; no
 * database, no files). What it says comes from shared/rules/idp-sheet.ts (the print view draws the same sheet);
 * this file only draws it. Pack it with `packDocument` (docx-text.ts), which puts user text back exactly as typed.
 *
 * Layout: the protective marking and the learner's name at the top of every page, "Version n · Date given … ·
 * Page X of Y" at the foot (Word fields, so the numbers are right however the document is edited);
 * "Individual Development Plan: <name>" in the Title style; each part of the form a Heading 1, each section a
 * Heading 2 and each provision element, need or list a Heading 3 (so Word's navigation pane and screen readers
 * see the form's structure); fields as two-column tables, lists as tables with a header row. The case pack puts
 * the same body one level down (`idpBody(…, 1)`).
 */
import { AlignmentType, BorderStyle, Footer, Header, HeadingLevel, ImageRun, PageNumber, Paragraph, ShadingType, Tab, TabStopType, TextRun, type Document, type FileChild } from 'docx';
import type { Cell, IdpSheet, SheetBlock, SheetChecks } from '../../../shared/rules/idp-sheet';
import type { Language } from '../../../shared/schemas/settings';
import { BULLETS, caseloadDocument, QUIET, TEXT_WIDTH } from './docx-layout';
import { grid, widthsOf } from './docx-table';
import { userRuns, userText } from './docx-text';

export interface IdpPhoto {
  bytes: Buffer;
  width: number;
  height: number;
}

export interface IdpDocumentModel {
  sheet: IdpSheet;
  /** The picture in "About me" (JPEG, as stored with the plan), or null. */
  photo: IdpPhoto | null;
  /** The document's language tag: Welsh for Welsh headings, otherwise English. */
  language: Language;
  schoolName: string;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;
/** Bullet list instances: the OPP+ part of a case pack uses 0 to 50, so the plan's lists start above them. */
const FIRST_LIST = 100;
const PHOTO_BOX_PX = 151; // about 4 cm at 96 px to the inch
const SMALL = { size: 17, color: QUIET };
/** Tables of more rows than this may run over a page (only the header keeps with the first row). */
const KEEP_ROWS = 8;

interface Drawing {
  photo: IdpPhoto | null;
  level: number;
  nextList: () => number;
}

/** Lists are set a point smaller than the body (10 pt), so dates and short words fit their columns whole. */
const TABLE_SIZE = 20;
const cellRuns = (c: Cell, size?: number) => userRuns(c.text, { ...(size && { size }), ...(c.quiet ? { color: QUIET } : c.italic ? { italics: true } : {}) });
/** Tables that touch merge into one in Word: a little space after each keeps them apart. */
const afterTable = () => new Paragraph({ spacing: { before: 0, after: 120 }, children: [] });

function photoParagraph(photo: IdpPhoto | null, alt: string): Paragraph[] {
  if (!photo || photo.width <= 0 || photo.height <= 0) return [];
  const scale = PHOTO_BOX_PX / Math.max(photo.width, photo.height);
  const label = userText(alt);
  const image = new ImageRun({ type: 'jpg', data: photo.bytes, transformation: { width: Math.round(photo.width * scale), height: Math.round(photo.height * scale) }, altText: { name: 'Photo', title: label, description: label } });
  return [new Paragraph({ spacing: { after: 120 }, children: [image] })];
}

function drawBlock(b: SheetBlock, d: Drawing): FileChild[] {
  switch (b.kind) {
    case 'fields': {
      const sub = new Set(b.rows.flatMap((r, i) => (r.sub ? [i] : [])));
      const rows = b.rows.map((r) => [userRuns(r.label, { bold: !r.sub }), cellRuns(r.value)]);
      return [grid(widthsOf([0.35, 0.65]), rows, { labels: true, sub }), afterTable()];
    }
    case 'table': {
      const head = b.columns.map((c) => userRuns(c.label, { bold: true, size: TABLE_SIZE }));
      const rows = b.rows.map((cells) => cells.map((c) => cellRuns(c, TABLE_SIZE)));
      return [grid(widthsOf(b.columns.map((c) => c.share)), [head, ...rows], { header: true, flow: rows.length > KEEP_ROWS }), afterTable()];
    }
    case 'text':
      return [
        ...(b.label ? [new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: userRuns(b.label, { bold: true }) })] : []),
        new Paragraph({ spacing: { after: 120 }, children: cellRuns(b.value) }),
      ];
    case 'items': {
      const instance = d.nextList();
      return b.items.map(
        (i) => new Paragraph({ numbering: { reference: BULLETS, level: 0, instance }, children: [...userRuns(i.text, i.firstPerson ? { italics: true } : {}), new TextRun({ text: ' ' }), ...userRuns(i.note, { color: QUIET })] }),
      );
    }
    case 'photo':
      return photoParagraph(d.photo, b.alt);
    case 'note':
      return [new Paragraph({ spacing: { after: 120 }, children: userRuns(b.text, { color: QUIET }) })];
    case 'group':
      return [new Paragraph({ heading: HEADINGS[d.level + 2], children: userRuns(b.heading) }), ...b.blocks.flatMap((x) => drawBlock(x, d))];
  }
}

function statusParagraph(status: string | null): Paragraph[] {
  if (!status) return [];
  const line = { style: BorderStyle.SINGLE, size: 8, color: 'C0504D', space: 4 };
  return [
    new Paragraph({
      spacing: { before: 60, after: 200 },
      shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'FDECEA' },
      border: { top: line, bottom: line, left: line, right: line },
      children: [new TextRun({ text: status, bold: true, color: '9C2A00' })],
    }),
  ];
}

/** What a draft still needs, or the gaps a version was issued with: a heading of the parts' level, so it is in the navigation pane. */
function checksBlock(checks: SheetChecks | null, d: Drawing): FileChild[] {
  if (!checks) return [];
  return [new Paragraph({ heading: HEADINGS[d.level], children: userRuns(checks.heading) }), ...checks.blocks.flatMap((b) => drawBlock(b, d))];
}

/** Blocks of the sheet on their own (the case pack's views, record of information used and contacts). */
export function drawBlocks(blocks: readonly SheetBlock[], level: 0 | 1, firstList = FIRST_LIST * 2): FileChild[] {
  let list = firstList;
  const d: Drawing = { photo: null, level, nextList: () => list++ };
  return blocks.flatMap((b) => drawBlock(b, d));
}

/**
 * The plan under its title: the status line (draft, replaced, ceased), the checks (what a draft still needs, or the
 * gaps it was issued with), then every part and section of the form.
 * `level` 0 puts the parts at Heading 1; the case pack, whose own parts are Heading 1, passes 1.
 */
export function idpBody(sheet: IdpSheet, photo: IdpPhoto | null, level: 0 | 1 = 0): FileChild[] {
  let list = FIRST_LIST;
  const d: Drawing = { photo, level, nextList: () => list++ };
  return [
    ...statusParagraph(sheet.status),
    ...checksBlock(sheet.checks, d),
    ...sheet.parts.flatMap((part) => [
      new Paragraph({ heading: HEADINGS[level], children: userRuns(part.heading) }),
      ...part.sections.flatMap((section) => [
        ...(section.sameAsPart ? [] : [new Paragraph({ heading: HEADINGS[level + 1], children: userRuns(section.heading) })]),
        ...section.blocks.flatMap((b) => drawBlock(b, d)),
      ]),
    ]),
  ];
}

/** The protective marking on the left and whom the document is about on the right, over a rule. */
export function markedHeader(marking: string, name: string): Header {
  return new Header({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF', space: 4 } },
        children: [new TextRun({ text: marking, bold: true, size: 18 }), new TextRun({ children: [new Tab()], size: 18 }), ...userRuns(name, { size: 18 })],
      }),
    ],
  });
}

/** "<text> · Page X of Y": the numbers are Word fields, counted when the document is laid out. */
export function pageFooter(text: string, page: string, of: string): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({ ...SMALL, text: `${text} · ${page} ` }),
          new TextRun({ ...SMALL, children: [PageNumber.CURRENT] }),
          new TextRun({ ...SMALL, text: ` ${of} ` }),
          new TextRun({ ...SMALL, children: [PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
}

export function buildIdpDocument({ sheet, photo, language, schoolName }: IdpDocumentModel): Document {
  return caseloadDocument({
    title: sheet.title,
    name: sheet.name,
    language,
    schoolName,
    titleStyle: 'title',
    header: markedHeader(sheet.marking, sheet.name),
    footer: pageFooter(sheet.footer, sheet.page, sheet.of),
    children: idpBody(sheet, photo),
  });
}
