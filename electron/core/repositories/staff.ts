/** Staff: the vault's owner and the colleagues named as key workers or given staff profiles. */
import type { Db, Trx } from '../db/client';
import { nowIso } from '../db/client';

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

export function getStaffMember(db: Db | Trx, id: string) {
  return db.selectFrom('staff_user').select(['id', 'name', 'role', 'is_owner']).where('id', '=', id).executeTakeFirst();
}

export function listStaff(db: Db | Trx) {
  return db.selectFrom('staff_user').select(['id', 'name', 'role', 'is_owner']).orderBy('name').execute();
}
