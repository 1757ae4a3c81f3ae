import type { Insertable, Updateable } from 'kysely';
import { AppError } from '../app-error';
import { requireVersionedUpdate } from './versioned';
import type { Db, Trx } from '../db/client';
import type { ContactTable } from '../db/schema';

export function listContacts(db: Db | Trx, learnerId: string) {
  return db.selectFrom('contact').selectAll().where('learner_id', '=', learnerId).orderBy('created_at').execute();
}

export function getContact(db: Db | Trx, id: string) {
  return db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertContact(trx: Trx, row: Insertable<ContactTable>): Promise<void> {
  await trx.insertInto('contact').values(row).execute();
}

export async function updateContact(trx: Trx, id: string, version: number, changes: Updateable<ContactTable>): Promise<void> {
  const r = await trx.updateTable('contact').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getContact(trx, id), { gone: 'That contact is no longer on the record.', noun: 'contact' });
}

export async function deleteContact(trx: Trx, id: string): Promise<void> {
  const r = await trx.deleteFrom('contact').where('id', '=', id).executeTakeFirst();
  if (Number(r.numDeletedRows) !== 1) throw new AppError('NOT_FOUND', 'That contact is no longer on the record.');
}
