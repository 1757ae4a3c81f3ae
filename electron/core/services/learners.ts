/**
 * Learner commands: create, edit (field by field, optimistic concurrency), view, archive, restore, delete.
 * Each write and its audit entry share one transaction. Audit details carry field names and ids, never values.
 */
import { randomUUID } from 'node:crypto';
import { todayIso } from '../../../shared/rules/dates';
import { LEARNER_DEFAULTS, type LearnerDetail, type LearnerDocuments, type LearnerFields } from '../../../shared/schemas/learner';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import { eraseTraces } from '../db/erase';
import { appendAudit } from '../repositories/audit';
import { listIdpStatuses } from '../repositories/idp';
import { getPlanByLearner } from '../repositories/interventions';
import { existingCodes } from '../repositories/codes';
import * as repo from '../repositories/learners';
import { getStaffMember } from '../repositories/staff';
import { recordView } from './audit';
import { loadCalendar, needListKey } from './config';
import { clocksFor, legalName, toColumns, toFields } from './learner-mapping';
import type { Session } from './session';

async function checkReferences(trx: Trx, fields: Partial<LearnerFields>, selfId: string | null): Promise<void> {
  if (fields.upn) {
    const other = await repo.findLearnerByUpn(trx, fields.upn);
    if (other && other.id !== selfId) throw new AppError('CONFLICT', 'Another learner in the caseload already has this UPN.');
  }
  const codes = [fields.primaryNeed, ...(fields.secondaryNeeds ?? [])].filter((c): c is string => !!c);
  const known = await existingCodes(trx, await needListKey(trx), codes);
  if (codes.some((c) => !known.has(c))) throw new AppError('INVALID', 'One of the needs chosen is not in the list of need codes.');
  if (fields.keyWorkerId) {
    if (!(await getStaffMember(trx, fields.keyWorkerId))) throw new AppError('INVALID', 'That key worker is not in the staff list.');
  }
}

async function writeNeeds(trx: Trx, id: string, fields: Partial<LearnerFields>, current: LearnerFields | null): Promise<void> {
  if (fields.primaryNeed === undefined && fields.secondaryNeeds === undefined) return;
  const primary = fields.primaryNeed !== undefined ? fields.primaryNeed : (current?.primaryNeed ?? null);
  const secondary = fields.secondaryNeeds ?? current?.secondaryNeeds ?? [];
  await repo.replaceNeeds(trx, id, await needListKey(trx), primary, secondary);
}

export async function learnerDetail(s: Session, id: string): Promise<LearnerDetail> {
  const row = await repo.getLearner(s.db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That learner is not in the caseload.');
  const [needs, timeline, photo, calendar] = await Promise.all([repo.getNeeds(s.db, id), repo.listTimeline(s.db, id), repo.hasPhoto(s.db, id), loadCalendar(s.db)]);
  return {
    ...toFields(row, needs),
    id: row.id,
    version: row.version,
    hasPhoto: photo,
    archivedAt: row.archived_at,
    legalHold: row.legal_hold === 1,
    legalHoldReason: row.legal_hold_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    clocks: clocksFor(row, todayIso(), calendar),
    timeline,
  };
}

/** Opening a learner's record is itself logged (who looked at whose file, and when; repeats by recordView's rule). */
export async function viewLearner(s: Session, id: string): Promise<LearnerDetail> {
  const detail = await learnerDetail(s, id);
  await recordView(s, { action: 'learner.viewed', learnerId: id, document: 'learner', id });
  return detail;
}

/** Whether the learner has an OPP+ and an IDP (draft or issued): what exists, not what it says, so not a view. */
export async function learnerDocuments(s: Session, learnerId: string): Promise<LearnerDocuments> {
  const [plan, statuses] = await Promise.all([getPlanByLearner(s.db, learnerId), listIdpStatuses(s.db, learnerId)]);
  return { oppPlus: plan !== undefined, idp: statuses.includes('draft') ? 'draft' : statuses.length > 0 ? 'issued' : 'none' };
}

export async function createLearner(s: Session, input: Partial<LearnerFields> & Pick<LearnerFields, 'legalFirstName' | 'legalLastName' | 'dateOfBirth'>): Promise<LearnerDetail> {
  const id = randomUUID();
  const fields = { ...LEARNER_DEFAULTS, ...input };
  await s.db.transaction().execute(async (trx) => {
    await checkReferences(trx, fields, null);
    const at = nowIso();
    await repo.insertLearner(trx, { id, version: 1, created_at: at, updated_at: at, ...toColumns(fields) } as never);
    await writeNeeds(trx, id, fields, null);
    await repo.insertTimelineEvent(trx, { id: randomUUID(), learnerId: id, date: todayIso(), type: 'added', detail: fields.status });
    await appendAudit(trx, { action: 'learner.created', actor: s.actor, entityType: 'learner', entityId: id });
  });
  return learnerDetail(s, id);
}

export async function updateLearner(s: Session, id: string, version: number, patch: Partial<LearnerFields>): Promise<LearnerDetail> {
  await s.db.transaction().execute(async (trx) => {
    const row = await repo.getLearner(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
    const current = toFields(row, await repo.getNeeds(trx, id));
    await checkReferences(trx, patch, id);
    await repo.updateLearner(trx, id, version, { ...toColumns(patch), updated_at: nowIso() });
    await writeNeeds(trx, id, patch, current);
    if (patch.status && patch.status !== current.status) {
      await repo.insertTimelineEvent(trx, { id: randomUUID(), learnerId: id, date: todayIso(), type: 'status', detail: patch.status });
    }
    await appendAudit(trx, { action: 'learner.updated', actor: s.actor, entityType: 'learner', entityId: id, details: { fields: Object.keys(patch).sort() } });
  });
  return learnerDetail(s, id);
}

export async function setArchived(s: Session, id: string, version: number, archived: boolean): Promise<LearnerDetail> {
  await s.db.transaction().execute(async (trx) => {
    await repo.updateLearner(trx, id, version, { archived_at: archived ? nowIso() : null, updated_at: nowIso() });
    await repo.insertTimelineEvent(trx, { id: randomUUID(), learnerId: id, date: todayIso(), type: archived ? 'archived' : 'restored' });
    await appendAudit(trx, { action: archived ? 'learner.archived' : 'learner.restored', actor: s.actor, entityType: 'learner', entityId: id });
  });
  return learnerDetail(s, id);
}

/**
 * Deletes a learner entered by mistake: really gone (rows, search index, photo, contacts, timeline), with
 * secure_delete zeroing the freed pages. The person must type the learner's name to confirm.
 */
export async function deleteLearner(s: Session, id: string, confirmName: string): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    const row = await repo.getLearner(trx, id);
    if (!row) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
    const typed = confirmName.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
    if (typed !== legalName(row).toLocaleLowerCase()) {
      throw new AppError('INVALID', "The name typed does not match the learner's legal name, so nothing was deleted.");
    }
    await repo.deleteLearner(trx, id);
    await appendAudit(trx, { action: 'learner.deleted', actor: s.actor, entityType: 'learner', entityId: id });
  });
  eraseTraces(s.sqlite, s.paths.migrationBackup);
}
