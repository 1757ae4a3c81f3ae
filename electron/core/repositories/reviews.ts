/** SQL for review meetings. */
import type { Insertable, Updateable } from 'kysely';
import type { Db, Trx } from '../db/client';
import type { ReviewTable } from '../db/schema';
import { requireVersionedUpdate } from './versioned';

type Q = Db | Trx;

export function getReviewRow(db: Q, id: string) {
  return db.selectFrom('review').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A learner's reviews, the latest meeting first. */
export function listReviewRows(db: Q, learnerId: string) {
  return db.selectFrom('review').selectAll().where('learner_id', '=', learnerId).orderBy('date', 'desc').orderBy('created_at', 'desc').execute();
}

export async function insertReview(trx: Trx, row: Insertable<ReviewTable>): Promise<void> {
  await trx.insertInto('review').values(row).execute();
}

export async function updateReview(trx: Trx, id: string, version: number, changes: Updateable<ReviewTable>): Promise<void> {
  const r = await trx.updateTable('review').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getReviewRow(trx, id), { gone: 'That review is no longer there.', noun: 'review' });
}

/** Meetings still to come and held meetings (whose actions may be open), for learners on the caseload: the due panel. */
export function listOpenReviewRows(db: Q) {
  return db
    .selectFrom('review as r')
    .innerJoin('learner as l', 'l.id', 'r.learner_id')
    .select(['r.id', 'r.learner_id', 'r.type', 'r.date', 'r.status', 'r.record', 'l.legal_first_name', 'l.legal_last_name', 'l.preferred_name', 'l.year_group'])
    .where('l.archived_at', 'is', null)
    .where('r.status', 'in', ['scheduled', 'held'])
    .execute();
}

/** Every review of learners on the caseload, newest first, without their records: the Reviews list. */
export function listAllReviewRows(db: Q) {
  return db
    .selectFrom('review as r')
    .innerJoin('learner as l', 'l.id', 'r.learner_id')
    .select(['r.id', 'r.learner_id', 'r.type', 'r.date', 'r.time', 'r.status', 'r.decision', 'l.legal_first_name', 'l.legal_last_name', 'l.preferred_name', 'l.year_group'])
    .where('l.archived_at', 'is', null)
    .orderBy('r.date', 'desc')
    .execute();
}
