import type { Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// A legal hold on a learner's records stops their destruction at the end of the retention period.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('learner').addColumn('legal_hold', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('learner').addColumn('legal_hold_reason', 'text').execute();
}
