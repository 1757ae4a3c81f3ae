import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
  // Who holds the duty to decide sets how its deadline is counted (school days, FEI term days, LA weeks).
  await db.schema.alterTable('learner').addColumn('duty_holder', 'text', (c) => c.notNull().defaultTo('school')).execute();

  // Individual Development Plans: each version a row; the content is the whole form as one JSON document
  // (validated by shared/schemas/idp.ts). Issued versions are frozen; a learner has at most one draft.
  await db.schema
    .createTable('idp')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learner.id').onDelete('cascade'))
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('draft', 'issued', 'superseded', 'ceased')`))
    .addColumn('plan_language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('date_given', 'text')
    .addColumn('issued_at', 'text')
    .addColumn('override_problems', 'integer')
    .addColumn('override_reason', 'text')
    .addColumn('ceased_on', 'text')
    .addColumn('cease_reason', 'text')
    .addColumn('content', 'text', (c) => c.notNull())
    .addColumn('photo', 'blob')
    .addColumn('photo_width', 'integer')
    .addColumn('photo_height', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX idp_one_draft ON idp(learner_id) WHERE status = 'draft'`.execute(db);
  await sql`CREATE UNIQUE INDEX idp_version_number ON idp(learner_id, version_number)`.execute(db);

  // What was shared with whom (case packs for the LA, later transfers): recipient, purpose, date, what went.
  await db.schema
    .createTable('disclosure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learner.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('items', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('method', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('disclosure_learner').on('disclosure').columns(['learner_id', 'date']).execute();
}
