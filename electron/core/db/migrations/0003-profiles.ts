import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('profile')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('owner_kind', 'text', (c) => c.notNull().check(sql`owner_kind IN ('learner', 'staff')`))
    .addColumn('owner_id', 'text', (c) => c.notNull())
    .addColumn('version_number', 'integer', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('current', 'earlier')`))
    .addColumn('methods', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('use_photo', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('next_update_due', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('superseded_at', 'text')
    .execute();
  // One current profile per person; earlier versions are kept read-only beside it.
  await sql`CREATE UNIQUE INDEX profile_one_current ON profile(owner_kind, owner_id) WHERE status = 'current'`.execute(db);
  await db.schema.createIndex('profile_owner').on('profile').columns(['owner_kind', 'owner_id', 'version_number']).execute();

  await db.schema
    .createTable('profile_item')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('profile_id', 'text', (c) => c.notNull().references('profile.id').onDelete('cascade'))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('section', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('contributor', 'text', (c) => c.notNull())
    .addColumn('first_person', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('important_for', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('profile_item_profile').on('profile_item').columns(['profile_id', 'sort']).execute();

  // A person's profiles go with them (owner_id points at a learner or a member of staff, so no foreign key).
  await sql`CREATE TRIGGER learner_profiles_delete AFTER DELETE ON learner BEGIN DELETE FROM profile WHERE owner_kind = 'learner' AND owner_id = OLD.id; END`.execute(db);
  await sql`CREATE TRIGGER staff_profiles_delete AFTER DELETE ON staff_user BEGIN DELETE FROM profile WHERE owner_kind = 'staff' AND owner_id = OLD.id; END`.execute(db);
}
