/**
 * Retention: the policy, the records past their date, the legal hold that stops destruction, and secure
 * destruction itself. Destruction checks everything again here (the list on screen may be stale or forged):
 * a held learner's records and records not yet due are counted and left alone. What is destroyed goes in one
 * transaction with an audit entry per item holding the type and counts only, never a name or a word of the
 * record; then the WAL and the pre-update copy are cleared (db/erase.ts) so nothing lingers on disk.
 */
import { todayIso } from '../../../shared/rules/dates';
import type { RecordType, RetentionDue, RetentionPolicy } from '../../../shared/schemas/retention';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import { eraseTraces } from '../db/erase';
import { appendAudit } from '../repositories/audit';
import { deleteLearner } from '../repositories/learners';
import * as repo from '../repositories/retention';
import { legalName } from './learner-mapping';
import { dueOn, isDue, loadPolicy, RECORD_TYPES, storePolicy } from './retention-policy';
import type { Session } from './session';

export function getPolicy(s: Session): Promise<RetentionPolicy> {
  return loadPolicy(s.db);
}

export async function setPolicy(s: Session, policy: RetentionPolicy): Promise<RetentionPolicy> {
  await s.db.transaction().execute(async (trx) => {
    await storePolicy(trx, policy);
    await appendAudit(trx, { action: 'retention.policy_changed', actor: s.actor, details: { ...policy } });
  });
  return loadPolicy(s.db);
}

/** How many records of a type the learner has (IDP versions and reviews, plans, profile versions; 1 register). */
function recordsOf(row: repo.RetentionLearnerRow, type: RecordType): number {
  const counts: Record<RecordType, number> = { idp: Number(row.idps) + Number(row.reviews), oppPlus: Number(row.plans), profile: Number(row.profiles), register: 1 };
  return counts[type];
}

/** The learner's types that have records and are past their date on `today`, held or not. */
function dueFor(row: repo.RetentionLearnerRow, policy: RetentionPolicy, today: string): RetentionDue[] {
  return RECORD_TYPES.flatMap((type) => {
    const records = recordsOf(row, type);
    const due = dueOn(policy, type, row.date_of_birth);
    if (records === 0 || !isDue(due, today)) return [];
    return [{ learnerId: row.id, name: legalName(row), dateOfBirth: row.date_of_birth, type, dueOn: due, records, legalHold: row.legal_hold === 1 }];
  });
}

/** Every learner × type past its date, oldest date first; held ones included (and flagged) so the hold shows. */
export async function listDue(s: Session, today = todayIso()): Promise<RetentionDue[]> {
  const policy = await loadPolicy(s.db);
  const due = (await repo.listRetentionRows(s.db)).flatMap((row) => dueFor(row, policy, today));
  return due.sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.name.localeCompare(b.name) || RECORD_TYPES.indexOf(a.type) - RECORD_TYPES.indexOf(b.type));
}

/** The reason is kept on the learner's record (it is theirs); the audit entry says only that a hold changed. */
export async function setHold(s: Session, learnerId: string, hold: boolean, reason: string | undefined): Promise<void> {
  await s.db.transaction().execute(async (trx) => {
    await repo.setLegalHold(trx, learnerId, hold, reason?.trim() || null, nowIso());
    await appendAudit(trx, { action: hold ? 'learner.legal_hold_placed' : 'learner.legal_hold_removed', actor: s.actor, entityType: 'learner', entityId: learnerId });
  });
}

type Counts = Record<string, number>;

/** Destroys one type of one learner's records; returns what went, for the audit entry. */
async function destroyType(trx: Trx, learnerId: string, type: RecordType): Promise<Counts> {
  if (type === 'idp') return repo.destroyIdps(trx, learnerId);
  if (type === 'oppPlus') return repo.destroyOppPlus(trx, learnerId);
  if (type === 'profile') return repo.destroyProfiles(trx, learnerId);
  // The whole learner, by the same delete as "Delete learner": every table cascades from the learner's row.
  const [rest] = await repo.listRetentionRows(trx, learnerId);
  const counts = { learners: 1, ...(await repo.registerCounts(trx, learnerId)), idps: Number(rest?.idps ?? 0), reviews: Number(rest?.reviews ?? 0), plans: Number(rest?.plans ?? 0), profiles: Number(rest?.profiles ?? 0) };
  await deleteLearner(trx, learnerId);
  return counts;
}

/** One entry per learner, their types in order with the register last (it takes everything else with it). */
function groupByLearner(items: { learnerId: string; type: RecordType }[]): Map<string, RecordType[]> {
  const groups = new Map<string, Set<RecordType>>();
  for (const { learnerId, type } of items) groups.set(learnerId, (groups.get(learnerId) ?? new Set()).add(type));
  return new Map([...groups].map(([id, types]) => [id, RECORD_TYPES.filter((t) => types.has(t))]));
}

export interface DestroyResult {
  destroyed: number;
  held: number;
  notDue: number;
}

export async function destroy(s: Session, items: { learnerId: string; type: RecordType }[], today = todayIso()): Promise<DestroyResult> {
  const result: DestroyResult = { destroyed: 0, held: 0, notDue: 0 };
  await s.db.transaction().execute(async (trx) => {
    const policy = await loadPolicy(trx);
    for (const [learnerId, types] of groupByLearner(items)) {
      const [row] = await repo.listRetentionRows(trx, learnerId);
      if (!row) throw new AppError('NOT_FOUND', 'One of the learners chosen is no longer in the caseload, so nothing was destroyed. Look at the list again.');
      const due = new Set(dueFor(row, policy, today).map((d) => d.type));
      for (const type of types) {
        if (row.legal_hold === 1) result.held++;
        else if (!due.has(type)) result.notDue++;
        else {
          const counts = await destroyType(trx, learnerId, type);
          await appendAudit(trx, { action: 'retention.destroyed', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { type, ...counts } });
          result.destroyed++;
        }
      }
    }
  });
  if (result.destroyed > 0) eraseTraces(s.sqlite, s.paths.migrationBackup);
  return result;
}
