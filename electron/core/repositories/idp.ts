/** SQL for Individual Development Plans (each version a row) and the disclosure log. */
import type { Insertable, Updateable } from 'kysely';
import type { Db, Trx } from '../db/client';
import type { DisclosureTable, IdpTable } from '../db/schema';
import { requireVersionedUpdate } from './versioned';

type Q = Db | Trx;

export function getIdpRow(db: Q, id: string) {
  return db.selectFrom('idp').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every version of a learner's plan, newest first. */
export function listIdpRows(db: Q, learnerId: string) {
  return db.selectFrom('idp').selectAll().where('learner_id', '=', learnerId).orderBy('version_number', 'desc').execute();
}

export async function listIdpStatuses(db: Q, learnerId: string): Promise<string[]> {
  const rows = await db.selectFrom('idp').select('status').where('learner_id', '=', learnerId).execute();
  return rows.map((r) => r.status);
}

export function getDraftRow(db: Q, learnerId: string) {
  return db.selectFrom('idp').selectAll().where('learner_id', '=', learnerId).where('status', '=', 'draft').executeTakeFirst();
}

/** The version in force: the latest issued (or ceased) one. */
export function getLatestIssuedRow(db: Q, learnerId: string) {
  return db.selectFrom('idp').selectAll().where('learner_id', '=', learnerId).where('status', 'in', ['issued', 'ceased']).orderBy('version_number', 'desc').executeTakeFirst();
}

export async function maxVersionNumber(db: Q, learnerId: string): Promise<number> {
  const r = await db.selectFrom('idp').select((eb) => eb.fn.max<number>('version_number').as('m')).where('learner_id', '=', learnerId).executeTakeFirst();
  return r?.m ?? 0;
}

export async function insertIdp(trx: Trx, row: Insertable<IdpTable>): Promise<void> {
  await trx.insertInto('idp').values(row).execute();
}

export async function updateIdp(trx: Trx, id: string, version: number, changes: Updateable<IdpTable>): Promise<void> {
  const r = await trx.updateTable('idp').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getIdpRow(trx, id), { gone: 'That plan is no longer there.', noun: 'plan' });
}

/** An issued version replaced by a newer one. */
export async function supersedeIssued(trx: Trx, learnerId: string, exceptId: string, at: string): Promise<void> {
  await trx.updateTable('idp').set({ status: 'superseded', updated_at: at }).where('learner_id', '=', learnerId).where('status', '=', 'issued').where('id', '!=', exceptId).execute();
}

export async function deleteIdp(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('idp').where('id', '=', id).execute();
}

/** Learners (on the caseload) with any plan version, with every version's status and dates (no content). */
export function listIdpOverviewRows(db: Q) {
  return db
    .selectFrom('idp as i')
    .innerJoin('learner as l', 'l.id', 'i.learner_id')
    .select(['i.id', 'i.learner_id', 'i.version_number', 'i.status', 'i.date_given', 'i.ceased_on', 'i.updated_at', 'i.content', 'l.legal_first_name', 'l.legal_last_name', 'l.preferred_name', 'l.year_group', 'l.idp_date_given'])
    .where('l.archived_at', 'is', null)
    .where('i.status', 'in', ['draft', 'issued', 'ceased'])
    .orderBy('l.legal_last_name')
    .orderBy('l.legal_first_name')
    .orderBy('i.version_number')
    .execute();
}

export async function insertDisclosure(trx: Trx, row: Insertable<DisclosureTable>): Promise<void> {
  await trx.insertInto('disclosure').values(row).execute();
}

export function listDisclosures(db: Q, learnerId: string) {
  return db.selectFrom('disclosure').selectAll().where('learner_id', '=', learnerId).orderBy('date', 'desc').orderBy('created_at', 'desc').execute();
}
