import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// A profile may carry its own picture (a self-portrait, a favourite photo) instead of the register photo.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('profile').addColumn('photo', 'blob').execute();
  await db.schema.alterTable('profile').addColumn('photo_width', 'integer').execute();
  await db.schema.alterTable('profile').addColumn('photo_height', 'integer').execute();
}
