/**
 * SQL for retention and subject access: how many records of each type every learner has, the legal hold, the
 * deletions that destroy one type of a learner's records (each returning what it removed, for the audit entry),
 * and the audit entries about a learner. Free functions, db or trx first; no business rules here.
 */
import { sql } from 'kysely';
import { AppError } from '../app-error';
import type { Db, Trx } from '../db/client';

type Q = Db | Trx;

export interface RetentionLearnerRow {
  id: string;
  legal_first_name: string;
  legal_last_name: string;
  date_of_birth: string;
  legal_hold: number;
  idps: number;
  reviews: number;
  plans: number;
  profiles: number;
}

/** Every learner (archived ones too: retention applies to everyone) with the number of records of each type. */
export async function listRetentionRows(db: Q, learnerId?: string): Promise<RetentionLearnerRow[]> {
  const where = learnerId === undefined ? sql`` : sql`WHERE l.id = ${learnerId}`;
  const { rows } = await sql<RetentionLearnerRow>`
    SELECT l.id, l.legal_first_name, l.legal_last_name, l.date_of_birth, l.legal_hold,
      (SELECT count(*) FROM idp WHERE idp.learner_id = l.id) AS idps,
      (SELECT count(*) FROM review WHERE review.learner_id = l.id) AS reviews,
      (SELECT count(*) FROM opp_plus_plan p WHERE p.learner_id = l.id) AS plans,
      (SELECT count(*) FROM profile pr WHERE pr.owner_kind = 'learner' AND pr.owner_id = l.id) AS profiles
    FROM learner l ${where}
    ORDER BY l.legal_last_name, l.legal_first_name, l.id`.execute(db);
  return rows;
}

export async function setLegalHold(trx: Trx, learnerId: string, hold: boolean, reason: string | null, at: string): Promise<void> {
  const result = await trx
    .updateTable('learner')
    .set({ legal_hold: hold ? 1 : 0, legal_hold_reason: hold ? reason : null, updated_at: at })
    .where('id', '=', learnerId)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
}

const deleted = (r: { numDeletedRows: bigint }) => Number(r.numDeletedRows);

async function countWhere(db: Q, query: ReturnType<typeof sql<{ n: number }>>): Promise<number> {
  const { rows } = await query.execute(db);
  return Number(rows[0]?.n ?? 0);
}

/** The learner's IDP versions and review meetings (reviews first: they point at the plans they reviewed). */
export async function destroyIdps(trx: Trx, learnerId: string): Promise<{ idps: number; reviews: number }> {
  const reviews = deleted(await trx.deleteFrom('review').where('learner_id', '=', learnerId).executeTakeFirst());
  const idps = deleted(await trx.deleteFrom('idp').where('learner_id', '=', learnerId).executeTakeFirst());
  return { idps, reviews };
}

/** The learner's OPP+ plan; its action-plan rows and their measures go with it (foreign keys, cascading). */
export async function destroyOppPlus(trx: Trx, learnerId: string): Promise<{ plans: number; interventions: number; measures: number }> {
  const interventions = await countWhere(trx, sql<{ n: number }>`
    SELECT count(*) AS n FROM intervention i JOIN opp_plus_plan p ON p.id = i.plan_id WHERE p.learner_id = ${learnerId}`);
  const measures = await countWhere(trx, sql<{ n: number }>`
    SELECT count(*) AS n FROM intervention_measure m JOIN intervention i ON i.id = m.intervention_id
    JOIN opp_plus_plan p ON p.id = i.plan_id WHERE p.learner_id = ${learnerId}`);
  const plans = deleted(await trx.deleteFrom('opp_plus_plan').where('learner_id', '=', learnerId).executeTakeFirst());
  return { plans, interventions, measures };
}

/** Every version of the learner's one-page profile; the items go with them (foreign keys, cascading). */
export async function destroyProfiles(trx: Trx, learnerId: string): Promise<{ profiles: number; items: number }> {
  const items = await countWhere(trx, sql<{ n: number }>`
    SELECT count(*) AS n FROM profile_item i JOIN profile p ON p.id = i.profile_id WHERE p.owner_kind = 'learner' AND p.owner_id = ${learnerId}`);
  const profiles = deleted(await trx.deleteFrom('profile').where('owner_kind', '=', 'learner').where('owner_id', '=', learnerId).executeTakeFirst());
  return { profiles, items };
}

/** What goes with the learner's row when the register entry is destroyed (counted before the delete). */
export async function registerCounts(db: Q, learnerId: string): Promise<Record<string, number>> {
  const { rows } = await sql<Record<string, number>>`
    SELECT
      (SELECT count(*) FROM contact WHERE learner_id = ${learnerId}) AS contacts,
      (SELECT count(*) FROM timeline_event WHERE learner_id = ${learnerId}) AS timeline,
      (SELECT count(*) FROM learner_need WHERE learner_id = ${learnerId}) AS needs,
      (SELECT count(*) FROM learner_photo WHERE learner_id = ${learnerId}) AS photos,
      (SELECT count(*) FROM disclosure WHERE learner_id = ${learnerId}) AS disclosures`.execute(db);
  return Object.fromEntries(Object.entries(rows[0] ?? {}).map(([k, v]) => [k, Number(v)]));
}

export interface AuditAboutRow {
  seq: number;
  at: string;
  action: string;
  actor_name: string | null;
  entity_type: string | null;
  entity_id: string | null;
  details: string;
}

/** The audit entries about a learner: those naming the learner, or one of the learner's profiles. */
export function listAuditAbout(db: Q, ids: readonly string[]): Promise<AuditAboutRow[]> {
  return db
    .selectFrom('audit_log as a')
    .leftJoin('staff_user as s', 's.id', 'a.actor')
    .select(['a.seq', 'a.at', 'a.action', 's.name as actor_name', 'a.entity_type', 'a.entity_id', 'a.details'])
    .where('a.entity_id', 'in', ids)
    .orderBy('a.seq')
    .execute();
}
