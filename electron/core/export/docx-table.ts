/**
 * The bordered tables of Caseload's Word documents (OPP+ interventions, IDP provision elements, case packs): label
 * cells shaded, a header row repeated on each page, and rows that never split across a page.
 */
import { BorderStyle, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { TEXT_WIDTH } from './docx-layout';

const LINE = { style: BorderStyle.SINGLE, size: 4, color: 'BFBFBF' };
const BORDERS = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
const SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'EEF2F7' };
/** A detail row's label: lighter, so the statutory rows stand out. */
const SUB_SHADE = { type: ShadingType.CLEAR, color: 'auto', fill: 'F7F9FB' };
const CELL_MARGINS = { top: 40, bottom: 40, left: 100, right: 100 };
const SUB_INDENT = 220;

export const bold = (text: string) => [new TextRun({ text, bold: true })];
export const plain = (text: string) => [new TextRun({ text })];

export interface GridOptions {
  /** The first row is a header, repeated on each page. */
  header?: boolean;
  /** The first column holds labels. */
  labels?: boolean;
  /** The last row keeps with what follows too (the rest always do, unless `flow`). */
  keepLast?: boolean;
  /** A long table that may run over pages: only the header keeps with the first row. */
  flow?: boolean;
  /** Rows (by index) whose label is a detail of the row above: indented, lighter. */
  sub?: ReadonlySet<number>;
}

/** Column widths (twips) from shares of the text width. */
export const widthsOf = (shares: readonly number[]) => shares.map((share) => Math.round(TEXT_WIDTH * share));

/**
 * A bordered table whose rows never split, each kept with the next, so a block stays on one page where it fits
 * (Word's "keep with next" on the paragraphs of a table keeps its rows together).
 */
export function grid(widths: number[], rows: TextRun[][][], o: GridOptions): Table {
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    borders: BORDERS,
    rows: rows.map((cells, r) => {
      const head = !!o.header && r === 0;
      const keepNext = o.flow ? head : r < rows.length - 1 || !!o.keepLast;
      const sub = !!o.sub?.has(r);
      return new TableRow({
        cantSplit: true,
        tableHeader: head,
        children: cells.map((children, c) => {
          const label = head || (o.labels && c === 0);
          const indent = sub && c === 0 ? { left: SUB_INDENT } : undefined;
          return new TableCell({
            children: [new Paragraph({ keepNext, ...(indent && { indent }), children })],
            width: { size: widths[c]!, type: WidthType.DXA },
            margins: CELL_MARGINS,
            ...(label && { shading: sub ? SUB_SHADE : SHADE }),
          });
        }),
      });
    }),
  });
}
