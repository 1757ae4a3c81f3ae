/**
 * A learner's OPP+ printed (profile page, then the action plan) and as Word bytes, with names a person would
 * recognise. Saving (where, atomically, the audit entry) is the caller's: see export/save.ts.
 */
import { exportFileName, oppPlusPrintRoute } from '../../../shared/print';
import type { Language } from '../../../shared/schemas/settings';
import { AppError } from '../app-error';
import { packDocument } from '../export/docx-text';
import { buildOppPlusDocument, OPP_PLUS_LABELS } from '../export/opp-plus-docx';
import { getCurrentProfileRow } from '../repositories/profiles';
import { getSchool } from '../repositories/school';
import { getPlanFor } from './opp-plus';
import { getProfile, profilePhoto } from './profiles';
import type { Printable } from './print';
import type { Session } from './session';

async function requirePlan(s: Session, learnerId: string) {
  const plan = await getPlanFor(s, learnerId);
  if (!plan) throw new AppError('NOT_FOUND', 'This learner has no OPP+ plan yet.');
  return plan;
}

export async function printableOppPlus(s: Session, learnerId: string, language: Language): Promise<Printable> {
  const plan = await requirePlan(s, learnerId);
  return {
    route: oppPlusPrintRoute(learnerId),
    fileName: exportFileName(plan.learnerName, OPP_PLUS_LABELS[language].fileLabel),
    audit: { action: 'opp_plus.printed', entityType: 'learner', entityId: learnerId, details: { planId: plan.id } },
  };
}

/** The plan, the learner's current profile and its picture. Read only: exporting never starts a profile. */
export async function oppPlusDocx(s: Session, learnerId: string, language: Language): Promise<{ bytes: Buffer; defaultName: string }> {
  const plan = await requirePlan(s, learnerId);
  const row = await getCurrentProfileRow(s.db, 'learner', learnerId);
  const profile = row ? await getProfile(s, row.id) : null;
  const photo = profile ? await profilePhoto(s, profile.id) : null;
  const school = await getSchool(s.db);
  const doc = buildOppPlusDocument({ plan, profile, photo, schoolName: school?.name ?? '', language });
  return { bytes: await packDocument(doc), defaultName: `${exportFileName(plan.learnerName, OPP_PLUS_LABELS[language].fileLabel)}.docx` };
}
