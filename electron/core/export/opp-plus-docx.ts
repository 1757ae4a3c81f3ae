/**
 * A learner's OPP+ as a Word document: a pure builder (model in, docx Document out; no database, no files). Pack
 * it with `packDocument` (docx-text.ts), which puts the user text back exactly as typed.
 *
 * Layout: the school's name in the page header; "OPP+: <name>" (Heading 1); the one-page profile as its own
 * export shows it (profileBody); the fuller "important to / for me" (Heading 2, on a new page); "Action plan"
 * (Heading 2) with the plan's dates; each intervention under its programme (Heading 3) as a two-column table of
 * its fields, a table of its measures, a table of its results and what is still to complete; then the time it
 * takes (Heading 2). The fields and their wording come from shared/rules/opp-plus-sheet.ts, as the print's do.
 */
import { HeadingLevel, Paragraph, TextRun, type Document, type FileChild, type Table } from 'docx';
import { interventionSheet, planTime, type InterventionSheet, type SheetRow } from '../../../shared/rules/opp-plus-sheet';
import type { Intervention, OppPlusPlan } from '../../../shared/schemas/interventions';
import type { Profile } from '../../../shared/schemas/profile';
import type { Language } from '../../../shared/schemas/settings';
import { BULLETS, caseloadDocument, QUIET, TEXT_WIDTH } from './docx-layout';
import { bold, grid, plain } from './docx-table';
import { userRuns } from './docx-text';
import { OPP_PLUS_LABELS, type OppPlusLabels } from './opp-plus-labels';
import { profileBody, ukDate, type ProfileDocumentModel } from './profile-docx';

export { OPP_PLUS_LABELS };

export interface OppPlusDocumentModel {
  plan: OppPlusPlan;
  /** The learner's current one-page profile, or null when none has been started. */
  profile: Profile | null;
  /** The profile's picture (JPEG, as stored), or null for none. */
  photo: ProfileDocumentModel['photo'];
  schoolName: string;
  language: Language;
}

/** The bullet lists of the profile use instances 0 to 2; each "still to complete" list has its own after those. */
const FIRST_LIST = 10;

/** Label and value, a row each. Values are user text or built from it, so they go through userRuns. */
function fieldTable(rows: SheetRow[], keepLast = false): Table {
  const label = Math.round(TEXT_WIDTH * 0.3);
  return grid([label, TEXT_WIDTH - label], rows.map((r) => [bold(r.label), userRuns(r.value)]), { labels: true, keepLast });
}

function measuresTable(sheet: InterventionSheet, t: OppPlusLabels): FileChild[] {
  const caption = new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: bold(t.measures) });
  if (!sheet.measures.length) return [caption, new Paragraph({ keepNext: true, children: [new TextRun({ text: t.noMeasures, color: QUIET })] })];
  const widths = [0.18, 0.44, 0.18, 0.2].map((share) => Math.round(TEXT_WIDTH * share));
  const head = [t.columns.phase, t.columns.tool, t.columns.score, t.columns.date].map(bold);
  const lines = sheet.measures.map((m) => [plain(m.phase), userRuns(m.tool), plain(m.score), plain(m.date)]);
  return [caption, grid(widths, [head, ...lines], { header: true, keepLast: true })];
}

function interventionBlock(i: Intervention, index: number, t: OppPlusLabels): FileChild[] {
  const sheet = interventionSheet(i, t.words);
  const todo = sheet.stillToComplete;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_3, children: userRuns(sheet.title) }),
    fieldTable(sheet.details, true),
    ...measuresTable(sheet, t),
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [] }),
    fieldTable(sheet.results, todo.length > 0),
    ...(todo.length ? [new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: bold(t.stillToComplete) })] : []),
    ...todo.map((text, n) => new Paragraph({ keepNext: n < todo.length - 1, numbering: { reference: BULLETS, level: 0, instance: FIRST_LIST + index }, children: userRuns(text) })),
  ];
}

function profilePart(model: OppPlusDocumentModel): Paragraph[] {
  const { profile } = model;
  if (!profile?.items.length) return [new Paragraph({ children: [new TextRun({ text: OPP_PLUS_LABELS[model.language].noProfile, color: QUIET })] })];
  return profileBody({ profile, ownerName: model.plan.learnerName, schoolName: model.schoolName, photo: model.photo, language: model.language });
}

function fullerPart(plan: OppPlusPlan, t: OppPlusLabels): Paragraph[] {
  const entry = (label: string, text: string | null) => [
    new Paragraph({ keepNext: true, spacing: { before: 120, after: 40 }, children: [new TextRun({ text: label, bold: true })] }),
    new Paragraph({ children: text ? userRuns(text) : [new TextRun({ text: t.notWritten, color: QUIET })] }),
  ];
  return [new Paragraph({ heading: HeadingLevel.HEADING_2, pageBreakBefore: true, text: t.fuller }), ...entry(t.importantTo, plan.importantTo), ...entry(t.importantFor, plan.importantFor)];
}

/** The action plan with every intervention, its measures and results, then the time: also the LA case pack's history. */
export function actionPlanPart(plan: OppPlusPlan, t: OppPlusLabels): FileChild[] {
  const review = plan.reviewDate ? ukDate(plan.reviewDate) : t.words.notSet;
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: t.actionPlan }),
    new Paragraph({ children: [new TextRun({ text: `${t.planStarted} ${ukDate(plan.startDate)} · ${t.review} ${review}` })] }),
    ...(plan.interventions.length
      ? plan.interventions.flatMap((i, index) => interventionBlock(i, index, t))
      : [new Paragraph({ children: [new TextRun({ text: t.noInterventions, color: QUIET })] })]),
    new Paragraph({ heading: HeadingLevel.HEADING_2, text: t.time }),
    fieldTable(planTime(plan.interventions, t.words)),
  ];
}

export function buildOppPlusDocument(model: OppPlusDocumentModel): Document {
  const t = OPP_PLUS_LABELS[model.language];
  const children = [...profilePart(model), ...fullerPart(model.plan, t), ...actionPlanPart(model.plan, t)];
  return caseloadDocument({ title: t.title, name: model.plan.learnerName, language: model.language, schoolName: model.schoolName, children });
}
