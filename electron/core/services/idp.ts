/**
 * Individual Development Plans: a draft edited a section at a time; issuing freezes it (date given, the learner's
 * status and 12-month review clock follow); a review or change starts the next draft as a copy of the version in
 * force. Blocking gaps (shared/rules/idp-quality.ts) do not stop a draft being saved; issuing with them needs a
 * reason, which is recorded.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { todayIso } from '../../../shared/rules/dates';
import { reviewClock } from '../../../shared/rules/deadlines';
import { blockingCount, checkIdp } from '../../../shared/rules/idp-quality';
import { IdpContent, type CeaseInput, type Idp, type IdpOverviewRow, type IssueInput, type PlanLanguage, type SaveSectionInput } from '../../../shared/schemas/idp';
import type { LearnerStatus } from '../../../shared/schemas/learner';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import type { IdpTable } from '../db/schema';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/idp';
import { getLearner, insertTimelineEvent, updateLearner } from '../repositories/learners';
import { aboutMeFromProfile, coreDetailsFromRegister, firstDraftContent } from './idp-content';
import { displayName } from './learner-mapping';
import { profilePhoto } from './profiles';
import type { Session } from './session';

type Db = Session['db'] | Trx;

/** Stored content read back through the schema: a damaged document is reported, never shown half-read. */
function parseContent(row: Pick<IdpTable, 'content'>): IdpContent {
  const parsed = IdpContent.safeParse(JSON.parse(row.content));
  if (!parsed.success) throw new AppError('INTERNAL', 'This plan could not be read back. Restore it from a backup, or contact support.');
  return parsed.data;
}

async function toIdp(db: Db, row: Selectable<IdpTable>): Promise<Idp> {
  const learner = await getLearner(db, row.learner_id);
  return {
    id: row.id,
    learnerId: row.learner_id,
    learnerName: learner ? displayName(learner) : '',
    versionNumber: row.version_number,
    version: row.version,
    status: row.status as Idp['status'],
    planLanguage: row.plan_language as PlanLanguage,
    dateGiven: row.date_given,
    override: row.override_reason !== null ? { problems: row.override_problems ?? 0, reason: row.override_reason } : null,
    ceasedOn: row.ceased_on,
    ceaseReason: row.cease_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    content: parseContent(row),
  };
}

async function requireIdp(db: Db, id: string) {
  const row = await repo.getIdpRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That plan is no longer there.');
  return row;
}

async function requireDraft(trx: Trx, id: string) {
  const row = await requireIdp(trx, id);
  if (row.status !== 'draft') throw new AppError('CONFLICT', 'This version has been issued and is kept exactly as it was given. Start a new draft to change the plan.');
  return row;
}

export async function getIdp(s: Session, id: string): Promise<Idp> {
  return toIdp(s.db, await requireIdp(s.db, id));
}

export async function listIdps(s: Session, learnerId: string): Promise<Idp[]> {
  const rows = await repo.listIdpRows(s.db, learnerId);
  return Promise.all(rows.map((r) => toIdp(s.db, r)));
}

type Picture = { bytes: Buffer; width: number; height: number } | null;

/** The picture a first draft takes (from the current profile), read before the draft's transaction. */
export async function draftPicture(s: Session, learnerId: string): Promise<Picture> {
  const profile = await aboutMeFromProfile(s.db, learnerId);
  return profile.profileId ? profilePhoto(s, profile.profileId) : null;
}

/**
 * Inside a transaction: the learner's draft, started if there is none — a copy of the version in force when there
 * is one (for a review or a change), otherwise a first draft from what the register and the profile already hold.
 */
export async function draftIn(trx: Trx, s: Session, learnerId: string, picture: Picture): Promise<string> {
  const existing = await repo.getDraftRow(trx, learnerId);
  if (existing) return existing.id;
  if (!(await getLearner(trx, learnerId))) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
  const issued = await repo.getLatestIssuedRow(trx, learnerId);
  const at = nowIso();
  const created = randomUUID();
  const versionNumber = (await repo.maxVersionNumber(trx, learnerId)) + 1;
  const base = issued
    ? { content: issued.content, plan_language: issued.plan_language, photo: issued.photo, photo_width: issued.photo_width, photo_height: issued.photo_height }
    : { content: JSON.stringify((await firstDraftContent(trx, learnerId)).content), plan_language: 'en', photo: picture?.bytes ?? null, photo_width: picture?.width ?? null, photo_height: picture?.height ?? null };
  await repo.insertIdp(trx, { id: created, learner_id: learnerId, version_number: versionNumber, version: 1, status: 'draft', date_given: null, issued_at: null, override_problems: null, override_reason: null, ceased_on: null, cease_reason: null, created_at: at, updated_at: at, ...base });
  await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: todayIso(), type: 'idpDraftStarted', detail: String(versionNumber) });
  await appendAudit(trx, { action: 'idp.draft_started', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { idpId: created, versionNumber, from: issued?.id ?? null } });
  return created;
}

/** Opens the learner's draft, or starts one (see draftIn). */
export async function startDraft(s: Session, learnerId: string): Promise<Idp> {
  const existing = await repo.getDraftRow(s.db, learnerId);
  if (existing) return toIdp(s.db, existing);
  const picture = await draftPicture(s, learnerId);
  return getIdp(s, await s.db.transaction().execute((trx) => draftIn(trx, s, learnerId, picture)));
}

async function writeContent(s: Session, idpId: string, version: number, change: (c: IdpContent, trx: Trx) => Promise<Partial<IdpTable> | void> | Partial<IdpTable> | void, audit: { action: string; details: Record<string, unknown> }): Promise<Idp> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireDraft(trx, idpId);
    const content = parseContent(row);
    const extra = (await change(content, trx)) ?? {};
    await repo.updateIdp(trx, idpId, version, { ...extra, content: JSON.stringify(IdpContent.parse(content)), updated_at: nowIso() });
    await appendAudit(trx, { action: audit.action, actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { idpId, ...audit.details } });
  });
  return getIdp(s, idpId);
}

export function saveSection(s: Session, input: SaveSectionInput): Promise<Idp> {
  return writeContent(
    s,
    input.idpId,
    input.version,
    (c) => {
      (c as Record<string, unknown>)[input.section] = input.value;
    },
    { action: 'idp.section_saved', details: { section: input.section } },
  );
}

/** Pulls the register's details (keeping consent, capacity, address and LA) or the current profile in again. */
export async function refresh(s: Session, idpId: string, version: number, part: 'coreDetails' | 'aboutMe'): Promise<Idp> {
  const row = await requireIdp(s.db, idpId);
  const about = part === 'aboutMe' ? await aboutMeFromProfile(s.db, row.learner_id) : null;
  const photo = about?.profileId ? await profilePhoto(s, about.profileId) : null;
  return writeContent(
    s,
    idpId,
    version,
    async (c, trx) => {
      if (part === 'coreDetails') {
        c.coreDetails = await coreDetailsFromRegister(trx, row.learner_id, c.coreDetails);
        return;
      }
      c.aboutMe = about!.aboutMe;
      return { photo: photo?.bytes ?? null, photo_width: photo?.width ?? null, photo_height: photo?.height ?? null };
    },
    { action: 'idp.refreshed', details: { part } },
  );
}

export async function setLanguage(s: Session, idpId: string, version: number, planLanguage: PlanLanguage): Promise<Idp> {
  return writeContent(s, idpId, version, () => ({ plan_language: planLanguage }), { action: 'idp.language_set', details: { planLanguage } });
}

const STATUS_FOR: Record<IdpContent['administration']['maintainedBy'], LearnerStatus> = { school: 'ALN_IDP_SCHOOL', fei: 'ALN_IDP_FEI', la: 'ALN_IDP_LA' };

async function moveLearner(trx: Trx, learnerId: string, changes: { status: LearnerStatus; idp_date_given?: string }, event: { type: string; date: string; detail?: string }): Promise<void> {
  const learner = (await getLearner(trx, learnerId))!;
  await updateLearner(trx, learnerId, learner.version, { ...changes, updated_at: nowIso() });
  if (learner.status !== changes.status) await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: event.date, type: 'status', detail: changes.status });
  await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: event.date, type: event.type, detail: event.detail ?? null });
}

/**
 * Issues the draft: it becomes the plan in force (read-only), the previous one is superseded, the learner's status
 * follows who maintains it and the 12-month review clock starts from the date given. A plan with blocking gaps
 * is issued only with a reason, recorded with the number of gaps.
 */
export async function issue(s: Session, { idpId, version, dateGiven, overrideReason }: z.infer<typeof IssueInput>): Promise<Idp> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireDraft(trx, idpId);
    const content = parseContent(row);
    const blocking = blockingCount(checkIdp(content));
    if (blocking > 0 && !overrideReason) {
      throw new AppError('INVALID', `This plan still has ${blocking} ${blocking === 1 ? 'gap' : 'gaps'} to fill. Fill them, or give a reason for issuing it as it is.`);
    }
    const at = nowIso();
    await repo.updateIdp(trx, idpId, version, { status: 'issued', date_given: dateGiven, issued_at: at, override_problems: blocking > 0 ? blocking : null, override_reason: blocking > 0 ? overrideReason : null, updated_at: at });
    await repo.supersedeIssued(trx, row.learner_id, idpId, at);
    await moveLearner(trx, row.learner_id, { status: STATUS_FOR[content.administration.maintainedBy], idp_date_given: dateGiven }, { type: 'idpIssued', date: dateGiven, detail: String(row.version_number) });
    await appendAudit(trx, { action: 'idp.issued', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { idpId, versionNumber: row.version_number, overridden: blocking > 0, gaps: blocking } });
  });
  return getIdp(s, idpId);
}

/** Throws a draft away (an issued version is never deleted). */
export async function discardDraft(s: Session, idpId: string, version: number): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireDraft(trx, idpId);
    if (row.version !== version) throw new AppError('CONFLICT', 'This draft was changed somewhere else since you opened it. Nothing was discarded; the latest version is shown now.');
    await repo.deleteIdp(trx, idpId);
    await appendAudit(trx, { action: 'idp.draft_discarded', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { idpId } });
  });
}

/** Inside a transaction: stops maintaining the plan in force; the reason and date are recorded, the learner's status follows. */
export async function ceaseIn(trx: Trx, s: Session, idpId: string, version: number, date: string, reason: string): Promise<void> {
  const row = await requireIdp(trx, idpId);
  if (row.status !== 'issued') throw new AppError('CONFLICT', 'Only the plan in force can be ceased.');
  await repo.updateIdp(trx, idpId, version, { status: 'ceased', ceased_on: date, cease_reason: reason, updated_at: nowIso() });
  await moveLearner(trx, row.learner_id, { status: 'IDP_CEASED' }, { type: 'idpCeased', date });
  await appendAudit(trx, { action: 'idp.ceased', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { idpId } });
}

export async function cease(s: Session, { idpId, version, date, reason }: z.infer<typeof CeaseInput>): Promise<Idp> {
  await s.db.transaction().execute((trx) => ceaseIn(trx, s, idpId, version, date, reason));
  return getIdp(s, idpId);
}

/** The picture in the plan's "About me" (copied in with the profile). */
export async function idpPhoto(s: Session, idpId: string) {
  const row = await requireIdp(s.db, idpId);
  return row.photo ? { bytes: row.photo, width: row.photo_width ?? 0, height: row.photo_height ?? 0 } : null;
}

/** Every learner with a plan: the version in force, any draft (with its blocking gaps) and the review due. */
export async function overview(s: Session): Promise<IdpOverviewRow[]> {
  const rows = await repo.listIdpOverviewRows(s.db);
  const today = todayIso();
  const byLearner = new Map<string, IdpOverviewRow>();
  for (const r of rows) {
    const entry = byLearner.get(r.learner_id) ?? { learnerId: r.learner_id, learnerName: displayName(r), yearGroup: r.year_group, issued: null, draft: null, reviewDue: r.idp_date_given ? reviewClock(r.idp_date_given, today).due : null };
    const content = parseContent(r);
    if (r.status === 'draft') entry.draft = { id: r.id, versionNumber: r.version_number, updatedAt: r.updated_at, blocking: blockingCount(checkIdp(content)) };
    else {
      entry.issued = { id: r.id, versionNumber: r.version_number, dateGiven: r.date_given, maintainedBy: content.administration.maintainedBy, ceasedOn: r.ceased_on };
      // A ceased plan is no longer reviewed (as on the learner's page): no review due for it.
      entry.reviewDue = r.status === 'ceased' || !r.idp_date_given ? null : reviewClock(r.idp_date_given, today).due;
    }
    byLearner.set(r.learner_id, entry);
  }
  return [...byLearner.values()];
}
