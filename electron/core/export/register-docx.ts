/**
 * The register record of a subject access export as a Word document: a pure builder (the sheet in, a docx
 * Document out). It draws with the IDP's own blocks, header and footer (idp-docx.ts), so it looks like the
 * other documents in the folder. Pack it with `packDocument` (docx-text.ts), which puts user text back exactly.
 *
 * Layout: the protective marking and the learner's name at the top of every page, "Register record · <date> ·
 * Page X of Y" at the foot; "Register record: <name>" as Heading 1, a line saying what the folder is, and each
 * part (register entry, needs, contacts, timeline, disclosures, documents) a Heading 2.
 */
import { HeadingLevel, Paragraph, type Document } from 'docx';
import type { Language } from '../../../shared/schemas/settings';
import { caseloadDocument } from './docx-layout';
import { userRuns } from './docx-text';
import { drawBlocks, markedHeader, pageFooter } from './idp-docx';
import type { RegisterSheet } from './register-sheet';

export function buildRegisterDocument(sheet: RegisterSheet, language: Language): Document {
  const children = [
    new Paragraph({ spacing: { after: 200 }, children: userRuns(sheet.intro) }),
    ...sheet.sections.flatMap((section) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: userRuns(section.heading) }), ...drawBlocks(section.blocks, 0)]),
  ];
  return caseloadDocument({
    title: sheet.title,
    name: sheet.name,
    language,
    schoolName: sheet.schoolName,
    header: markedHeader(sheet.marking, sheet.name),
    footer: pageFooter(sheet.footer, sheet.page, sheet.of),
    children,
  });
}
