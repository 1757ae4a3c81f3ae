import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';

// Frozen: never edit a migration that has shipped; add a new one.

/**
 * The intervention catalogue, seeded with programmes schools commonly run (domain.md §4.3): name, area,
 * sessions a week, minutes a session, weeks, suggested measures. Schools edit, add and retire their own.
 */
const PROGRAMMES: [string, string, number, number, number, string[]][] = [
  ['Read Write Inc. Phonics', 'literacy', 5, 30, 12, ['Phonics assessment stage', 'Reading age']],
  ['Precision teaching', 'literacy', 5, 10, 8, ['Words read correctly a minute']],
  ['Catch Up Literacy', 'literacy', 2, 15, 20, ['Reading age', 'Personalised assessment: Reading']],
  ['Catch Up Numeracy', 'numeracy', 2, 15, 20, ['Numeracy age', 'Personalised assessment: Numeracy (Procedural)']],
  ['Numicon intervention', 'numeracy', 3, 20, 10, ['Numeracy age']],
  ['ELSA (Emotional Literacy Support)', 'semh', 1, 30, 8, ['SDQ total difficulties (teacher)', 'Personalised rating scale (1 to 10)']],
  ['Nurture group', 'semh', 4, 60, 24, ['Boxall Profile: Developmental strands', 'Boxall Profile: Diagnostic profile']],
  ['Zones of Regulation', 'semh', 1, 30, 10, ['Personalised rating scale (1 to 10)']],
  ['Social Use of Language Programme (SULP)', 'slcn', 1, 45, 10, ['Personalised rating scale (1 to 10)']],
  ['Talkabout', 'slcn', 1, 45, 12, ['Personalised rating scale (1 to 10)']],
  ['Lego-based therapy', 'slcn', 1, 45, 10, ['Personalised rating scale (1 to 10)']],
  ['Sensory circuits', 'physicalSensory', 5, 15, 6, ['Personalised rating scale (1 to 10)']],
  ['Write from the Start', 'physicalSensory', 3, 20, 12, ['Handwriting speed (letters a minute)']],
];

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('programme')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('sessions_per_week', 'integer')
    .addColumn('session_minutes', 'integer')
    .addColumn('duration_weeks', 'integer')
    .addColumn('suggested_measures', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('retired_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await sql`CREATE UNIQUE INDEX programme_name ON programme(name COLLATE NOCASE)`.execute(db);
  const at = new Date().toISOString();
  await db
    .insertInto('programme')
    .values(PROGRAMMES.map(([name, area, spw, mins, weeks, measures]) => ({ id: randomUUID(), version: 1, name, area, sessions_per_week: spw, session_minutes: mins, duration_weeks: weeks, suggested_measures: JSON.stringify(measures), retired_at: null, created_at: at, updated_at: at })))
    .execute();

  // One OPP+ plan per learner (closed and reopened rather than duplicated); it goes when the learner is deleted.
  await db.schema
    .createTable('opp_plus_plan')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('learner_id', 'text', (c) => c.notNull().unique().references('learner.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('active', 'closed')`))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('review_date', 'text')
    .addColumn('important_to', 'text')
    .addColumn('important_for', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('intervention')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('plan_id', 'text', (c) => c.notNull().references('opp_plus_plan.id').onDelete('cascade'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('sort', 'integer', (c) => c.notNull())
    .addColumn('programme_id', 'text', (c) => c.references('programme.id').onDelete('set null'))
    .addColumn('custom_name', 'text')
    .addColumn('area', 'text', (c) => c.notNull())
    .addColumn('target', 'text')
    .addColumn('measure_tool', 'text')
    .addColumn('target_score', 'real')
    .addColumn('better', 'text', (c) => c.notNull().defaultTo('higher'))
    .addColumn('target_date', 'text')
    .addColumn('entry_criteria', 'text')
    .addColumn('sessions_per_week', 'integer')
    .addColumn('session_minutes', 'integer')
    .addColumn('duration_weeks', 'integer')
    .addColumn('start_date', 'text')
    .addColumn('planned_end_date', 'text')
    .addColumn('staff_id', 'text', (c) => c.references('staff_user.id').onDelete('set null'))
    .addColumn('group_size', 'integer')
    .addColumn('location', 'text')
    .addColumn('language', 'text', (c) => c.notNull().defaultTo('en'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('sessions_delivered', 'integer')
    .addColumn('impact_note', 'text')
    .addColumn('next_step', 'text')
    .addColumn('next_step_on', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('intervention_plan').on('intervention').columns(['plan_id', 'sort']).execute();
  await db.schema.createIndex('intervention_programme').on('intervention').column('programme_id').execute();

  await db.schema
    .createTable('intervention_measure')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('intervention_id', 'text', (c) => c.notNull().references('intervention.id').onDelete('cascade'))
    .addColumn('phase', 'text', (c) => c.notNull().check(sql`phase IN ('baseline', 'interim', 'exit')`))
    .addColumn('tool', 'text', (c) => c.notNull())
    .addColumn('score', 'real', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('intervention_measure_intervention').on('intervention_measure').columns(['intervention_id', 'date']).execute();
}
