import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/** StatsWales' 15 type-of-need categories and the English census codes (domain.md §5, §6.1), seeded once. */
const WAL_NEEDS: [string, string, string][] = [
  ['MLD', 'Moderate learning difficulties', 'Anawsterau dysgu cymedrol'],
  ['GLD', 'General learning difficulties', 'Anawsterau dysgu cyffredinol'],
  ['SLD', 'Severe learning difficulties', 'Anawsterau dysgu difrifol'],
  ['PMLD', 'Profound and multiple learning difficulties', 'Anawsterau dysgu dwys a lluosog'],
  ['DYSLEXIA', 'Dyslexia', 'Dyslecsia'],
  ['DYSCALCULIA', 'Dyscalculia', 'Dyscalcwlia'],
  ['DYSPRAXIA', 'Dyspraxia', 'Dyspracsia'],
  ['ADHD', 'Attention deficit hyperactivity disorder (ADHD)', 'Anhwylder diffyg canolbwyntio a gorfywiogrwydd (ADHD)'],
  ['ASD', 'Autistic spectrum disorders', "Anhwylderau'r sbectrwm awtistig"],
  ['PMED', 'Physical and medical difficulties', 'Anawsterau corfforol a meddygol'],
  ['HI', 'Hearing impairment', 'Nam ar y clyw'],
  ['VI', 'Visual impairment', 'Nam ar y golwg'],
  ['MSI', 'Multi-sensory impairment', 'Nam amlsynhwyraidd'],
  ['SLCD', 'Speech, language and communication difficulties', 'Anawsterau lleferydd, iaith a chyfathrebu'],
  ['BESD', 'Behavioural, emotional and social difficulties', 'Anawsterau ymddygiadol, emosiynol a chymdeithasol'],
];
const ENG_NEEDS: [string, string, string][] = [
  ['SPLD', 'Specific learning difficulty', 'Anhawster dysgu penodol'],
  ['MLD', 'Moderate learning difficulty', 'Anhawster dysgu cymedrol'],
  ['SLD', 'Severe learning difficulty', 'Anhawster dysgu difrifol'],
  ['PMLD', 'Profound and multiple learning difficulty', 'Anhawster dysgu dwys a lluosog'],
  ['SLCN', 'Speech, language and communication needs', 'Anghenion lleferydd, iaith a chyfathrebu'],
  ['SEMH', 'Social, emotional and mental health', 'Iechyd cymdeithasol, emosiynol a meddyliol'],
  ['ASD', 'Autistic spectrum disorder', "Anhwylder y sbectrwm awtistig"],
  ['VI', 'Visual impairment', 'Nam ar y golwg'],
  ['HI', 'Hearing impairment', 'Nam ar y clyw'],
  ['MSI', 'Multi-sensory impairment', 'Nam amlsynhwyraidd'],
  ['PD', 'Physical disability', 'Anabledd corfforol'],
  ['NSA', 'SEN support but no specialist assessment of type of need', 'Cymorth AAA heb asesiad arbenigol o fath o angen'],
  ['OTH', 'Other difficulty or disability', 'Anhawster neu anabledd arall'],
];

async function seedCodes(db: Kysely<any>, listKey: string, rows: [string, string, string][]): Promise<void> {
  await db
    .insertInto('code_list')
    .values(rows.map(([code, en, cy], i) => ({ list_key: listKey, code, label_en: en, label_cy: cy, sort: i, active: 1 })))
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('code_list')
    .addColumn('list_key', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('label_en', 'text', (c) => c.notNull())
    .addColumn('label_cy', 'text', (c) => c.notNull())
    .addColumn('sort', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addPrimaryKeyConstraint('code_list_pk', ['list_key', 'code'])
    .execute();
  await seedCodes(db, 'WAL_NEED_TYPE', WAL_NEEDS);
  await seedCodes(db, 'ENG_NEED_TYPE', ENG_NEEDS);

  await db.schema
    .createTable('learner')
    // An explicit integer key keys the search index: an implicit rowid may be renumbered by VACUUM (INTO).
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('upn', 'text', (c) => c.unique())
    .addColumn('legal_first_name', 'text', (c) => c.notNull())
    .addColumn('legal_last_name', 'text', (c) => c.notNull())
    .addColumn('preferred_name', 'text')
    .addColumn('date_of_birth', 'text', (c) => c.notNull())
    .addColumn('year_group', 'text')
    .addColumn('registration_group', 'text')
    .addColumn('setting', 'text')
    .addColumn('medium', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('home_languages', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('looked_after', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('eal', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('duty_to_decide_from', 'text')
    .addColumn('idp_date_given', 'text')
    .addColumn('key_worker_id', 'text', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('agencies', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('notes', 'text')
    .addColumn('archived_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('learner_archived_name').on('learner').columns(['archived_at', 'legal_last_name']).execute();

  await db.schema
    .createTable('learner_need')
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learner.id').onDelete('cascade'))
    .addColumn('list_key', 'text', (c) => c.notNull())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('is_primary', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('learner_need_pk', ['learner_id', 'list_key', 'code'])
    .execute();
  await db.schema.createIndex('learner_need_code').on('learner_need').columns(['code', 'learner_id']).execute();

  await db.schema
    .createTable('learner_photo')
    .addColumn('learner_id', 'text', (c) => c.primaryKey().references('learner.id').onDelete('cascade'))
    .addColumn('mime', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'blob', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('contact')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learner.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('relationship', 'text', (c) => c.notNull())
    .addColumn('organisation', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('address', 'text')
    .addColumn('parental_responsibility', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('preferred_language', 'text')
    .addColumn('receives_copies', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('contact_learner').on('contact').column('learner_id').execute();

  await db.schema
    .createTable('timeline_event')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().references('learner.id').onDelete('cascade'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('detail', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('timeline_learner_date').on('timeline_event').columns(['learner_id', 'date']).execute();

  await db.schema
    .createTable('preference')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  // Full-text search over names, UPN and notes. secure-delete removes a deleted learner's terms at once rather
  // than leaving them in older index segments until a merge (https://sqlite.org/fts5.html#the_secure_delete_configuration_option).
  await sql`CREATE VIRTUAL TABLE learner_fts USING fts5(names, upn, notes, tokenize = 'unicode61 remove_diacritics 2')`.execute(db);
  await sql`INSERT INTO learner_fts(learner_fts, rank) VALUES ('secure-delete', 1)`.execute(db);
  const indexRow = sql`NEW.seq, NEW.legal_first_name || ' ' || NEW.legal_last_name || ' ' || coalesce(NEW.preferred_name, ''), coalesce(NEW.upn, ''), coalesce(NEW.notes, '')`;
  await sql`CREATE TRIGGER learner_fts_insert AFTER INSERT ON learner BEGIN INSERT INTO learner_fts(rowid, names, upn, notes) VALUES (${indexRow}); END`.execute(db);
  await sql`CREATE TRIGGER learner_fts_update AFTER UPDATE OF legal_first_name, legal_last_name, preferred_name, upn, notes ON learner BEGIN DELETE FROM learner_fts WHERE rowid = OLD.seq; INSERT INTO learner_fts(rowid, names, upn, notes) VALUES (${indexRow}); END`.execute(db);
  await sql`CREATE TRIGGER learner_fts_delete AFTER DELETE ON learner BEGIN DELETE FROM learner_fts WHERE rowid = OLD.seq; END`.execute(db);
}
