import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
// Person-centred review meetings: scheduled (who, when, where), then recorded under the person-centred headings
// as one JSON document (shared/schemas/review.ts ReviewRecord), ending for an IDP review in a decision.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('review')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learner.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('time', 'text')
    .addColumn('place', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('online', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('facilitator', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('invitees', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('scheduled', 'held', 'cancelled')`))
    .addColumn('idp_id', 'text', (c) => c.references('idp.id').onDelete('set null'))
    .addColumn('record', 'text', (c) => c.notNull())
    .addColumn('decision', 'text')
    .addColumn('decision_date', 'text')
    .addColumn('decision_reason', 'text')
    .addColumn('result_idp_id', 'text', (c) => c.references('idp.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('review_learner').on('review').columns(['learner_id', 'date']).execute();
  await db.schema.createIndex('review_status').on('review').columns(['status', 'date']).execute();
}
