/**
 * The page every Caseload Word document shares: A4 with 2 cm margins, Arial, the heading styles, the bullet list
 * definition, the school's name in the page header, and "<title>: <name>" as Heading 1. Builders give the title and the body; user text in the
 * body must already have gone through `userRuns` / `userText` (docx-text.ts).
 */
import { AlignmentType, Document, Header, HeadingLevel, LevelFormat, Paragraph, TextRun, type FileChild, type Footer } from 'docx';
import type { Language } from '../../../shared/schemas/settings';
import { userRuns } from './docx-text';

/** The list of each section is its own instance of one bullet definition, so each starts afresh. */
export const BULLETS = 'profile-bullets';
/** Quiet grey for notes and dates (7:1 on white). */
export const QUIET = '595959';
export const HEADING_COLOUR = '1F3864';

const LANGUAGE_TAG: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };
export const twips = (mm: number) => Math.round((mm * 1440) / 25.4);

const MARGIN = twips(20);
const PAGE = {
  size: { width: twips(210), height: twips(297) }, // A4: 11906 × 16838
  margin: { top: MARGIN, right: MARGIN, bottom: MARGIN, left: MARGIN, header: twips(10), footer: twips(10) },
};
/** The width between the margins, for tables. */
export const TEXT_WIDTH = twips(210 - 40);

const NUMBERING = {
  config: [
    {
      reference: BULLETS,
      levels: [{ level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 360, hanging: 260 } } } }],
    },
  ],
};

const heading = (size: number, before: number, after: number) => ({
  run: { font: 'Arial', size, bold: true, color: HEADING_COLOUR },
  // A heading never ends a page on its own.
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true },
});

export interface CaseloadDocument {
  /** The kind of document: its title property (which names no one: the file may travel further than its body is
   * meant to) and, with the person's name, its Heading 1 ("<title>: <name>"). */
  title: string;
  /** Whom the document is about (user text). */
  name: string;
  language: Language;
  schoolName: string;
  children: FileChild[];
  /** Instead of the school's name at the top of each page (the IDP's protective marking and name). */
  header?: Header;
  footer?: Footer;
  /** 'title': "<title>: <name>" in the Title style, leaving Heading 1 to the document's own parts (the IDP);
   * 'none': no such line, the body brings its own (a review's invitation letter). */
  titleStyle?: 'heading1' | 'title' | 'none';
}

export function caseloadDocument({ title, name, language, schoolName, children, header, footer, titleStyle = 'heading1' }: CaseloadDocument): Document {
  return new Document({
    title,
    creator: 'Caseload',
    lastModifiedBy: 'Caseload',
    styles: {
      default: {
        document: { run: { font: 'Arial', size: 22, language: { value: LANGUAGE_TAG[language] } } },
        title: { ...heading(36, 0, 120) },
        heading1: { ...heading(32, 0, 160) },
        heading2: { ...heading(26, 240, 80) },
        heading3: { ...heading(23, 280, 100) },
        heading4: { ...heading(22, 200, 80) },
      },
    },
    numbering: NUMBERING,
    sections: [
      {
        properties: { page: PAGE },
        headers: {
          default: header ?? new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: userRuns(schoolName, { size: 18, color: QUIET }) })] }),
        },
        ...(footer && { footers: { default: footer } }),
        children: [
          ...(titleStyle === 'none' ? [] : [new Paragraph({ heading: titleStyle === 'title' ? HeadingLevel.TITLE : HeadingLevel.HEADING_1, children: [new TextRun({ text: `${title}: ` }), ...userRuns(name)] })]),
          ...children,
        ],
      },
    ],
  });
}
