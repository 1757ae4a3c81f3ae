/** SQL for one-page profiles and their items. */
import type { Insertable, Updateable } from 'kysely';
import { requireVersionedUpdate } from './versioned';
import type { Db, Trx } from '../db/client';
import type { ProfileItemTable, ProfileTable } from '../db/schema';

type Q = Db | Trx;

export function getProfileRow(db: Q, id: string) {
  return db.selectFrom('profile').selectAll().where('id', '=', id).executeTakeFirst();
}

export function getCurrentProfileRow(db: Q, ownerKind: string, ownerId: string) {
  return db.selectFrom('profile').selectAll().where('owner_kind', '=', ownerKind).where('owner_id', '=', ownerId).where('status', '=', 'current').executeTakeFirst();
}

export function listProfileRows(db: Q, ownerKind: string, ownerId: string) {
  return db.selectFrom('profile').selectAll().where('owner_kind', '=', ownerKind).where('owner_id', '=', ownerId).orderBy('version_number', 'desc').execute();
}

export async function insertProfile(trx: Trx, row: Insertable<ProfileTable>): Promise<void> {
  await trx.insertInto('profile').values(row).execute();
}

export async function updateProfile(trx: Trx, id: string, version: number, changes: Updateable<ProfileTable>): Promise<void> {
  const r = await trx.updateTable('profile').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getProfileRow(trx, id), { gone: 'That profile is no longer there.', noun: 'profile' });
}

export function listItemRows(db: Q, profileId: string) {
  return db.selectFrom('profile_item').selectAll().where('profile_id', '=', profileId).orderBy('sort').execute();
}

export async function replaceItems(trx: Trx, profileId: string, items: Omit<Insertable<ProfileItemTable>, 'profile_id' | 'sort'>[]): Promise<void> {
  await trx.deleteFrom('profile_item').where('profile_id', '=', profileId).execute();
  if (items.length) await trx.insertInto('profile_item').values(items.map((item, sort) => ({ ...item, profile_id: profileId, sort }))).execute();
}

function itemCounts(db: Q) {
  return db.selectFrom('profile_item').select(['profile_id']).select((eb) => eb.fn.countAll<number>().as('n')).groupBy('profile_id').as('c');
}

/** Every learner still on the caseload, with their current profile if they have one. */
export function listLearnerProfiles(db: Q) {
  return db
    .selectFrom('learner as o')
    .leftJoin('profile as p', (j) => j.onRef('p.owner_id', '=', 'o.id').on('p.owner_kind', '=', 'learner').on('p.status', '=', 'current'))
    .leftJoin(itemCounts(db), 'c.profile_id', 'p.id')
    .select(['o.id as owner_id', 'o.legal_first_name', 'o.legal_last_name', 'o.preferred_name', 'o.year_group', 'p.id', 'p.version_number', 'p.updated_at', 'p.next_update_due', 'c.n as item_count'])
    .where('o.archived_at', 'is', null)
    .orderBy('o.legal_last_name')
    .orderBy('o.legal_first_name')
    .execute();
}

/** Every member of staff, with their current profile if they have one (the staff directory). */
export function listStaffProfiles(db: Q) {
  return db
    .selectFrom('staff_user as o')
    .leftJoin('profile as p', (j) => j.onRef('p.owner_id', '=', 'o.id').on('p.owner_kind', '=', 'staff').on('p.status', '=', 'current'))
    .leftJoin(itemCounts(db), 'c.profile_id', 'p.id')
    .select(['o.id as owner_id', 'o.name', 'o.role', 'p.id', 'p.version_number', 'p.updated_at', 'p.next_update_due', 'c.n as item_count'])
    .orderBy('o.name')
    .execute();
}
