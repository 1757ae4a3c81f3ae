import type { Db, Trx } from '../db/client';
import { nowIso } from '../db/client';

export async function insertSchool(trx: Trx, name: string): Promise<void> {
  const at = nowIso();
  await trx.insertInto('school').values({ id: 1, name, created_at: at, updated_at: at }).execute();
}

export function getSchool(db: Db | Trx) {
  return db.selectFrom('school').select(['name']).where('id', '=', 1).executeTakeFirst();
}
