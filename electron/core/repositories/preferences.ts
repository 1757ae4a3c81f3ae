import type { Db, Trx } from '../db/client';

/** Small per-vault preferences that may hold personal data (a saved search), so they live in the encrypted store. */
export async function getPreference(db: Db | Trx, key: string): Promise<unknown> {
  const row = await db.selectFrom('preference').select('value').where('key', '=', key).executeTakeFirst();
  if (!row) return undefined;
  try {
    return JSON.parse(row.value);
  } catch {
    return undefined;
  }
}

export async function setPreference(db: Db | Trx, key: string, value: unknown): Promise<void> {
  const row = { key, value: JSON.stringify(value) };
  await db.insertInto('preference').values(row).onConflict((oc) => oc.column('key').doUpdateSet(row)).execute();
}
