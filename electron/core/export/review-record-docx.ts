/**
 * The record of a review as a Word document: a pure builder (the sheet in, a docx Document out). What it says
 * comes from shared/rules/review-record.ts, which the print view draws too; the blocks are drawn with the IDP's
 * own table code (drawBlocks), so a review record and a plan look alike. Pack it with `packDocument`.
 *
 * Layout: the protective marking and the school at the top of every page, "Review · <date> · Page X of Y"
 * at the foot; "Review: <name>" as Heading 1; each part of the record a Heading 2.
 */
import { HeadingLevel, Paragraph, type Document } from 'docx';
import type { ReviewRecordSheet } from '../../../shared/rules/review-record';
import type { Language } from '../../../shared/schemas/settings';
import { caseloadDocument } from './docx-layout';
import { userRuns } from './docx-text';
import { drawBlocks, markedHeader, pageFooter } from './idp-docx';

export function buildReviewRecordDocument(sheet: ReviewRecordSheet, language: Language): Document {
  const children = sheet.sections.flatMap((section) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: userRuns(section.heading) }), ...drawBlocks(section.blocks, 0)]);
  return caseloadDocument({
    title: sheet.title,
    name: sheet.name,
    language,
    schoolName: sheet.schoolName,
    header: markedHeader(sheet.marking, sheet.schoolName),
    footer: pageFooter(sheet.footer, sheet.page, sheet.of),
    children,
  });
}
