import type { Db, Trx } from '../db/client';
import { nowIso } from '../db/client';

export async function insertSchool(trx: Trx, name: string): Promise<void> {
  const at = nowIso();
  await trx.insertInto('school').values({ id: 1, name, created_at: at, updated_at: at }).execute();
}

export function getSchool(db: Db | Trx) {
  return db.selectFrom('school').select(['name']).where('id', '=', 1).executeTakeFirst();
}

export async function insertStaffUser(trx: Trx, row: { id: string; name: string; role: string; isOwner: boolean }): Promise<void> {
  const at = nowIso();
  await trx
    .insertInto('staff_user')
    .values({ id: row.id, name: row.name, role: row.role, is_owner: row.isOwner ? 1 : 0, created_at: at, updated_at: at })
    .execute();
}

export function getOwner(db: Db | Trx) {
  return db.selectFrom('staff_user').select(['id', 'name', 'role']).where('is_owner', '=', 1).executeTakeFirst();
}
