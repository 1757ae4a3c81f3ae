/**
 * Printing one-page profiles to PDF through the platform's renderer: one profile, or a transition run (many
 * learners, one PDF, one page each) rendered in small batches so it can report progress and be cancelled.
 */
import { PDFDocument } from 'pdf-lib';
import { exportFileName, profilesPrintRoute } from '../../../shared/print';
import type { Language } from '../../../shared/schemas/settings';
import { PROFILE_LABELS } from '../export/profile-docx';
import { AppError } from '../app-error';
import type { Emit } from '../events';
import { saveExport } from '../export/save';
import { appendAudit } from '../repositories/audit';
import type { Platform } from '../platform';
import { getCurrentProfileRow, listItemRows } from '../repositories/profiles';
import { getProfile } from './profiles';
import type { Session } from './session';

/** Profiles per render: small enough to report progress often, large enough not to pay a page load per learner. */
export const TRANSITION_BATCH = 5;

/** A platform call, with its failures told in plain words. */
async function viaPlatform<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (e) {
    if (e instanceof AppError) throw e;
    throw new AppError('BAD_FILE', 'The profile could not be laid out for printing. Try again; if it keeps failing, restart Caseload.');
  }
}

const render = (platform: Platform, route: string) => viaPlatform(() => platform.renderPdf(route));

/** A document the print view can lay out: its route, the PDF's file name, and what the audit log says. */
export interface Printable {
  route: string;
  fileName: string;
  audit: { action: string; entityType: string; entityId: string; details: Record<string, unknown> };
}

async function pageCount(pdf: Buffer): Promise<number> {
  return (await PDFDocument.load(pdf)).getPageCount();
}

/** On paper, through the system print dialog (choose the printer, copies and so on there). */
export async function printOnPaper(s: Session, platform: Platform, doc: Printable) {
  const sent = await viaPlatform(() => platform.printRoute(doc.route));
  if (sent) await appendAudit(s.db, { ...doc.audit, actor: s.actor, details: { ...doc.audit.details, to: 'printer' } });
  return { sent };
}

/** To a PDF saved where the person chooses. */
export async function printToPdf(s: Session, platform: Platform, doc: Printable) {
  const pdf = await render(platform, doc.route);
  const pages = await pageCount(pdf);
  const saved = await saveExport(s, platform, { bytes: pdf, defaultName: `${doc.fileName}.pdf`, kind: 'pdf' }, { ...doc.audit, details: { ...doc.audit.details, pages } });
  return { ...saved, pages };
}

export async function printableProfile(s: Session, profileId: string, language: Language): Promise<Printable> {
  const profile = await getProfile(s, profileId);
  return {
    route: profilesPrintRoute([profileId]),
    fileName: exportFileName(profile.ownerName, PROFILE_LABELS[language].fileLabel),
    audit: { action: 'profile.printed', entityType: profile.ownerKind, entityId: profile.ownerId, details: { profileId } },
  };
}

/** Jobs the person asked to stop; checked between batches. */
const cancelled = new Set<string>();

export function cancelPrintJob(jobId: string): void {
  cancelled.add(jobId);
}

export async function printTransition(s: Session, platform: Platform, emit: Emit, job: { jobId: string; learnerIds: string[]; language: Language }) {
  const { jobId, learnerIds } = job;
  // A profile opened but never written counts as missing, as it does in the Profiles list: no empty pages.
  const profileIds: string[] = [];
  for (const id of learnerIds) {
    const row = await getCurrentProfileRow(s.db, 'learner', id);
    if (row && (await listItemRows(s.db, row.id)).length > 0) profileIds.push(row.id);
  }
  const missing = learnerIds.length - profileIds.length;
  if (profileIds.length === 0) throw new AppError('NOT_FOUND', 'None of the chosen learners has a one-page profile yet.');
  const merged = await PDFDocument.create();
  try {
    emit('print.progress', { jobId, done: 0, total: profileIds.length });
    for (let i = 0; i < profileIds.length; i += TRANSITION_BATCH) {
      if (cancelled.has(jobId)) return { saved: null, pages: 0, cancelled: true, missing };
      const batch = await PDFDocument.load(await render(platform, profilesPrintRoute(profileIds.slice(i, i + TRANSITION_BATCH))));
      for (const page of await merged.copyPages(batch, batch.getPageIndices())) merged.addPage(page);
      emit('print.progress', { jobId, done: Math.min(i + TRANSITION_BATCH, profileIds.length), total: profileIds.length });
    }
    if (cancelled.has(jobId)) return { saved: null, pages: 0, cancelled: true, missing };
  } finally {
    cancelled.delete(jobId);
  }
  const bytes = Buffer.from(await merged.save());
  const saved = await saveExport(
    s,
    platform,
    { bytes, defaultName: `${exportFileName(PROFILE_LABELS[job.language].transitionFileLabel, new Date().toISOString().slice(0, 10))}.pdf`, kind: 'pdf' },
    { action: 'profiles.transition_printed', entityType: 'profile', entityId: jobId, details: { learners: profileIds.length, pages: merged.getPageCount() } },
  );
  return { ...saved, pages: merged.getPageCount(), cancelled: false, missing };
}
