/**
 * The shape of an IDP drawn for export or print (built by idp-sheet.ts): parts, sections and simple blocks that
 * the Word builder and the print view each know how to draw.
 */
import type { IdpSectionDef, IdpSectionId } from '../forms/idp-annex-a';

export interface Cell {
  text: string;
  /** Nothing was written: said in quiet grey. */
  quiet?: boolean;
  /** The person's own words. */
  italic?: boolean;
}
export interface FieldRow {
  label: string;
  value: Cell;
  /** A detail of the row above it (2B.1's measure and date, 2B.2's amount, who and where). */
  sub?: boolean;
}
export type SheetBlock =
  | { kind: 'fields'; rows: FieldRow[] }
  | { kind: 'table'; columns: { label: string; share: number }[]; rows: Cell[][] }
  | { kind: 'text'; label: string | null; value: Cell }
  | { kind: 'items'; items: { text: string; note: string; firstPerson: boolean }[] }
  | { kind: 'photo'; alt: string }
  | { kind: 'note'; text: string }
  /** A row group under its own heading (Heading 3), kept together on a page where it fits. */
  | { kind: 'group'; heading: string; blocks: SheetBlock[] };

export interface SheetSection {
  id: IdpSectionId;
  heading: string;
  /** The section is its part's only one and has the same heading (Appendices): said once, by the part. */
  sameAsPart?: boolean;
  blocks: SheetBlock[];
}
export interface SheetPart {
  key: IdpSectionDef['part'];
  heading: string;
  sections: SheetSection[];
}

/** The quality checks under the title: what a draft still needs, or the gaps a version was issued with. */
export interface SheetChecks {
  heading: string;
  blocks: SheetBlock[];
}

export interface IdpSheet {
  title: string;
  name: string;
  /** The protective marking for the top of every page. */
  marking: string;
  /** Draft, replaced or ceased: said under the title. */
  status: string | null;
  /** Null for a version issued clean (and for a draft with nothing left to do). */
  checks: SheetChecks | null;
  /** "Version 2 · Date given 20/11/2026" (or the draft's words); the page number follows it. */
  footer: string;
  page: string;
  of: string;
  parts: SheetPart[];
}
