/**
 * Everything Caseload holds about one learner, read through the same services the screens use (so the export says
 * what the app says), and `record.json`: the machine-readable whole of it. Pictures are not inlined: the JSON
 * names the JPEG file beside it in the folder, and each document's Word file likewise.
 */
import type { Pair } from '../../../shared/forms/idp-labels';
import { needLabelsFrom } from '../../../shared/rules/idp-sheet';
import type { Contact } from '../../../shared/schemas/contact';
import type { Disclosure, Idp } from '../../../shared/schemas/idp';
import type { OppPlusPlan } from '../../../shared/schemas/interventions';
import type { LearnerDetail } from '../../../shared/schemas/learner';
import type { Profile } from '../../../shared/schemas/profile';
import type { Review } from '../../../shared/schemas/review';
import { AppError } from '../app-error';
import { getLearner } from '../repositories/learners';
import { listAuditAbout } from '../repositories/retention';
import { getSchool } from '../repositories/school';
import { getStaffMember } from '../repositories/staff';
import { listDisclosures } from './case-pack';
import { listContacts } from './contacts';
import { listIdps } from './idp';
import { displayName } from './learner-mapping';
import { learnerDetail } from './learners';
import { getPlanFor } from './opp-plus';
import { listVersions } from './profiles';
import { listReviews } from './reviews';
import type { Session } from './session';
import { listCodes } from './staff-and-codes';

export interface AuditAbout {
  seq: number;
  at: string;
  action: string;
  actor: string | null;
  entityType: string | null;
  entityId: string | null;
  details: unknown;
}

export interface HeldRecords {
  learner: LearnerDetail;
  /** The name documents and the folder go by (the preferred name, if any, and the surname). */
  name: string;
  schoolName: string;
  keyWorker: string | null;
  needLabels: Map<string, Pair>;
  contacts: Contact[];
  profiles: Profile[];
  oppPlus: OppPlusPlan | null;
  idps: Idp[];
  reviews: Review[];
  disclosures: Disclosure[];
  audit: AuditAbout[];
}

function parseDetails(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function loadHeldRecords(s: Session, learnerId: string): Promise<HeldRecords> {
  const row = await getLearner(s.db, learnerId);
  if (!row) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
  const learner = await learnerDetail(s, learnerId);
  const profiles = await listVersions(s, 'learner', learnerId);
  const audit = await listAuditAbout(s.db, [learnerId, ...profiles.map((p) => p.id)]);
  return {
    learner,
    name: displayName(row),
    schoolName: (await getSchool(s.db))?.name ?? '',
    keyWorker: row.key_worker_id ? ((await getStaffMember(s.db, row.key_worker_id))?.name ?? null) : null,
    needLabels: needLabelsFrom(await listCodes(s)),
    contacts: await listContacts(s, learnerId),
    profiles,
    oppPlus: await getPlanFor(s, learnerId),
    idps: await listIdps(s, learnerId),
    reviews: await listReviews(s, learnerId),
    disclosures: await listDisclosures(s, learnerId),
    audit: audit.map((a) => ({ seq: a.seq, at: a.at, action: a.action, actor: a.actor_name, entityType: a.entity_type, entityId: a.entity_id, details: parseDetails(a.details) })),
  };
}

/** The file names the record points to: each picture and each readable document. */
export interface FileRefs {
  register: string;
  photo: string | null;
  profiles: Map<string, { document: string; photo: string | null }>;
  oppPlus: string | null;
  idps: Map<string, { document: string; photo: string | null }>;
  reviews: Map<string, string>;
}

const needsOf = (h: HeldRecords) => [
  ...(h.learner.primaryNeed ? [{ code: h.learner.primaryNeed, primary: true }] : []),
  ...h.learner.secondaryNeeds.map((code) => ({ code, primary: false })),
].map((n) => ({ ...n, name: h.needLabels.get(n.code) ?? null }));

export function recordJson(h: HeldRecords, refs: FileRefs, exportedAt: string, files: readonly string[]): Buffer {
  const { timeline, clocks, ...register } = h.learner;
  const record = {
    about: 'Everything Caseload holds about this learner, exported for a subject access request (UK GDPR Article 15).',
    format: { name: 'caseload-subject-access', version: 1 },
    exportedAt,
    school: h.schoolName,
    register: { ...register, keyWorker: h.keyWorker, needs: needsOf(h), photo: refs.photo, document: refs.register, statutoryDeadlines: clocks },
    contacts: h.contacts,
    timeline,
    profiles: h.profiles.map((p) => ({ ...p, ...refs.profiles.get(p.id) })),
    oppPlus: h.oppPlus && { ...h.oppPlus, document: refs.oppPlus },
    idps: h.idps.map((i) => ({ ...i, ...refs.idps.get(i.id) })),
    reviews: h.reviews.map((r) => ({ ...r, document: refs.reviews.get(r.id) ?? null })),
    disclosures: h.disclosures,
    audit: h.audit,
    files,
  };
  return Buffer.from(`${JSON.stringify(record, null, 2)}\n`, 'utf8');
}
