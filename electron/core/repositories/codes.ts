import type { Db, Trx } from '../db/client';

export function listCodes(db: Db | Trx, listKey?: string) {
  let q = db.selectFrom('code_list').selectAll().orderBy('list_key').orderBy('sort').orderBy('code');
  if (listKey) q = q.where('list_key', '=', listKey);
  return q.execute();
}

export async function existingCodes(db: Db | Trx, listKey: string, codes: string[]): Promise<Set<string>> {
  if (codes.length === 0) return new Set();
  const rows = await db.selectFrom('code_list').select('code').where('list_key', '=', listKey).where('code', 'in', codes).execute();
  return new Set(rows.map((r) => r.code));
}

export async function upsertCode(trx: Trx, row: { list_key: string; code: string; label_en: string; label_cy: string; active: number }): Promise<void> {
  const last = await trx.selectFrom('code_list').select((eb) => eb.fn.max('sort').as('max')).where('list_key', '=', row.list_key).executeTakeFirst();
  await trx
    .insertInto('code_list')
    .values({ ...row, sort: Number(last?.max ?? 0) + 1 })
    .onConflict((oc) => oc.columns(['list_key', 'code']).doUpdateSet({ label_en: row.label_en, label_cy: row.label_cy, active: row.active }))
    .execute();
}
