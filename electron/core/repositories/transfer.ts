/**
 * SQL for transfers between schools: a learner's whole record read in one go (every table that hangs off a
 * learner), and written back in foreign-key order. Rows are passed as the database holds them.
 */
import type { Insertable, Selectable } from 'kysely';
import type { Db, Trx } from '../db/client';
import type {
  ContactTable,
  DisclosureTable,
  IdpTable,
  InterventionMeasureTable,
  InterventionTable,
  LearnerNeedTable,
  LearnerPhotoTable,
  LearnerTable,
  OppPlusPlanTable,
  ProfileItemTable,
  ProfileTable,
  ReviewTable,
  TimelineEventTable,
} from '../db/schema';

type Q = Db | Trx;

export interface RecordRows {
  learner: Selectable<LearnerTable>;
  needs: Selectable<LearnerNeedTable>[];
  photo: Selectable<LearnerPhotoTable> | null;
  contacts: Selectable<ContactTable>[];
  timeline: Selectable<TimelineEventTable>[];
  profiles: Selectable<ProfileTable>[];
  profileItems: Selectable<ProfileItemTable>[];
  plan: Selectable<OppPlusPlanTable> | null;
  interventions: Selectable<InterventionTable>[];
  measures: Selectable<InterventionMeasureTable>[];
  idps: Selectable<IdpTable>[];
  reviews: Selectable<ReviewTable>[];
  disclosures: Selectable<DisclosureTable>[];
}

/** Everything held about one learner (their learner profiles, not staff ones), in a stable order; undefined if gone. */
export async function readRecordRows(db: Q, learnerId: string): Promise<RecordRows | undefined> {
  const learner = await db.selectFrom('learner').selectAll().where('id', '=', learnerId).executeTakeFirst();
  if (!learner) return undefined;
  const profiles = await db.selectFrom('profile').selectAll().where('owner_kind', '=', 'learner').where('owner_id', '=', learnerId).orderBy('version_number').execute();
  const plan = (await db.selectFrom('opp_plus_plan').selectAll().where('learner_id', '=', learnerId).executeTakeFirst()) ?? null;
  const interventions = plan ? await db.selectFrom('intervention').selectAll().where('plan_id', '=', plan.id).orderBy('sort').execute() : [];
  const profileIds = profiles.map((p) => p.id);
  const interventionIds = interventions.map((i) => i.id);
  return {
    learner,
    needs: await db.selectFrom('learner_need').selectAll().where('learner_id', '=', learnerId).orderBy('is_primary', 'desc').orderBy('code').execute(),
    photo: (await db.selectFrom('learner_photo').selectAll().where('learner_id', '=', learnerId).executeTakeFirst()) ?? null,
    contacts: await db.selectFrom('contact').selectAll().where('learner_id', '=', learnerId).orderBy('created_at').orderBy('id').execute(),
    timeline: await db.selectFrom('timeline_event').selectAll().where('learner_id', '=', learnerId).orderBy('date').orderBy('created_at').execute(),
    profiles,
    profileItems: profileIds.length ? await db.selectFrom('profile_item').selectAll().where('profile_id', 'in', profileIds).orderBy('sort').execute() : [],
    plan,
    interventions,
    measures: interventionIds.length ? await db.selectFrom('intervention_measure').selectAll().where('intervention_id', 'in', interventionIds).orderBy('date').orderBy('created_at').execute() : [],
    idps: await db.selectFrom('idp').selectAll().where('learner_id', '=', learnerId).orderBy('version_number').execute(),
    reviews: await db.selectFrom('review').selectAll().where('learner_id', '=', learnerId).orderBy('date').orderBy('created_at').execute(),
    disclosures: await db.selectFrom('disclosure').selectAll().where('learner_id', '=', learnerId).orderBy('date').orderBy('created_at').execute(),
  };
}

export type RecordInsert = {
  learner: Insertable<LearnerTable>;
  needs: Insertable<LearnerNeedTable>[];
  photo: Insertable<LearnerPhotoTable> | null;
  contacts: Insertable<ContactTable>[];
  timeline: Insertable<TimelineEventTable>[];
  profiles: Insertable<ProfileTable>[];
  profileItems: Insertable<ProfileItemTable>[];
  plan: Insertable<OppPlusPlanTable> | null;
  interventions: Insertable<InterventionTable>[];
  measures: Insertable<InterventionMeasureTable>[];
  idps: Insertable<IdpTable>[];
  reviews: Insertable<ReviewTable>[];
  disclosures: Insertable<DisclosureTable>[];
};

/** A few rows a statement, well under SQLite's limit on bound values (the widest table has 29 columns). */
const BATCH = 25;

async function insertAll<T extends keyof Tables>(trx: Trx, table: T, rows: Insertable<Tables[T]>[]): Promise<void> {
  for (let i = 0; i < rows.length; i += BATCH) await trx.insertInto(table as 'contact').values(rows.slice(i, i + BATCH) as never).execute();
}

interface Tables {
  learner_need: LearnerNeedTable;
  contact: ContactTable;
  timeline_event: TimelineEventTable;
  profile: ProfileTable;
  profile_item: ProfileItemTable;
  intervention: InterventionTable;
  intervention_measure: InterventionMeasureTable;
  idp: IdpTable;
  review: ReviewTable;
  disclosure: DisclosureTable;
}

/** Writes a whole record, parents before children (foreign keys are on). */
export async function insertRecord(trx: Trx, r: RecordInsert): Promise<void> {
  await trx.insertInto('learner').values(r.learner).execute();
  await insertAll(trx, 'learner_need', r.needs);
  if (r.photo) await trx.insertInto('learner_photo').values(r.photo).execute();
  await insertAll(trx, 'contact', r.contacts);
  await insertAll(trx, 'timeline_event', r.timeline);
  await insertAll(trx, 'profile', r.profiles);
  await insertAll(trx, 'profile_item', r.profileItems);
  if (r.plan) await trx.insertInto('opp_plus_plan').values(r.plan).execute();
  await insertAll(trx, 'intervention', r.interventions);
  await insertAll(trx, 'intervention_measure', r.measures);
  await insertAll(trx, 'idp', r.idps);
  await insertAll(trx, 'review', r.reviews);
  await insertAll(trx, 'disclosure', r.disclosures);
}

/** The ids among `ids` already used in `table` (a record brought twice must not collide with itself). */
export async function takenIds(db: Q, table: keyof Tables | 'learner' | 'opp_plus_plan', ids: readonly string[]): Promise<string[]> {
  const taken: string[] = [];
  for (let i = 0; i < ids.length; i += 500) {
    const rows = await db.selectFrom(table as 'contact').select('id').where('id', 'in', ids.slice(i, i + 500)).execute();
    taken.push(...rows.map((r) => r.id));
  }
  return taken;
}

export function getProgrammesByIds(db: Q, ids: readonly string[]) {
  return ids.length ? db.selectFrom('programme').select(['id', 'name', 'area', 'sessions_per_week', 'session_minutes', 'duration_weeks', 'suggested_measures']).where('id', 'in', ids).execute() : Promise.resolve([]);
}

export function getStaffByIds(db: Q, ids: readonly string[]) {
  return ids.length ? db.selectFrom('staff_user').select(['id', 'name', 'role']).where('id', 'in', ids).execute() : Promise.resolve([]);
}

/** The labels of the need codes in `pairs` ("LIST:CODE"), from this school's lists. */
export async function getCodeLabels(db: Q, pairs: readonly { list_key: string; code: string }[]) {
  const codes = [...new Set(pairs.map((p) => p.code))];
  if (!codes.length) return [];
  const rows = await db.selectFrom('code_list').select(['list_key', 'code', 'label_en', 'label_cy']).where('code', 'in', codes).execute();
  return rows.filter((r) => pairs.some((p) => p.list_key === r.list_key && p.code === r.code));
}

/** A need code this school's lists lack, added retired: the learner keeps it, nobody is offered it. */
export async function insertRetiredCode(trx: Trx, row: { list_key: string; code: string; label_en: string; label_cy: string }): Promise<void> {
  const last = await trx.selectFrom('code_list').select((eb) => eb.fn.max('sort').as('max')).where('list_key', '=', row.list_key).executeTakeFirst();
  await trx.insertInto('code_list').values({ ...row, sort: Number(last?.max ?? 0) + 1, active: 0 }).onConflict((oc) => oc.doNothing()).execute();
}

/** The learners matching a sent record: by UPN, and by the same record id (a learner coming back). */
export function findLearnersByUpnOrId(db: Q, upns: readonly string[], ids: readonly string[]) {
  return db
    .selectFrom('learner')
    .select(['id', 'upn', 'legal_first_name', 'legal_last_name', 'legal_hold'])
    .where((eb) => eb.or([eb('id', 'in', ids.length ? [...ids] : ['']), eb('upn', 'in', upns.length ? [...upns] : [''])]))
    .execute();
}
