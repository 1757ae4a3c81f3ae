/** SQL for the intervention catalogue, OPP+ plans, their action-plan rows and measures. */
import type { Insertable, Updateable } from 'kysely';
import type { Db, Trx } from '../db/client';
import type { InterventionMeasureTable, InterventionTable, OppPlusPlanTable, ProgrammeTable } from '../db/schema';
import { requireVersionedUpdate } from './versioned';

type Q = Db | Trx;

// ---- Catalogue ----------------------------------------------------------------------------------------

export function listProgrammes(db: Q) {
  return db.selectFrom('programme').selectAll().orderBy('name').execute();
}

export function getProgramme(db: Q, id: string) {
  return db.selectFrom('programme').selectAll().where('id', '=', id).executeTakeFirst();
}

/** A programme with the same name, ignoring case in any language (SQLite's own folding knows only A to Z). */
export async function findProgrammeByName(db: Q, name: string) {
  const folded = name.toLocaleLowerCase();
  const rows = await db.selectFrom('programme').select(['id', 'name']).execute();
  return rows.find((r) => r.name.toLocaleLowerCase() === folded);
}

export async function insertProgramme(trx: Trx, row: Insertable<ProgrammeTable>): Promise<void> {
  await trx.insertInto('programme').values(row).execute();
}

export async function updateProgramme(trx: Trx, id: string, version: number, changes: Updateable<ProgrammeTable>): Promise<void> {
  const r = await trx.updateTable('programme').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getProgramme(trx, id), { gone: 'That programme is no longer in the catalogue.', noun: 'programme' });
}

// ---- Plans --------------------------------------------------------------------------------------------

export function getPlanByLearner(db: Q, learnerId: string) {
  return db.selectFrom('opp_plus_plan').selectAll().where('learner_id', '=', learnerId).executeTakeFirst();
}

export function getPlan(db: Q, id: string) {
  return db.selectFrom('opp_plus_plan').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPlan(trx: Trx, row: Insertable<OppPlusPlanTable>): Promise<void> {
  await trx.insertInto('opp_plus_plan').values(row).execute();
}

export async function updatePlan(trx: Trx, id: string, version: number, changes: Updateable<OppPlusPlanTable>): Promise<void> {
  const r = await trx.updateTable('opp_plus_plan').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getPlan(trx, id), { gone: 'That OPP+ plan is no longer there.', noun: 'plan' });
}

/** A plan's row changed (a row added, edited, measured): the plan's own timestamp moves with it. */
export async function touchPlan(trx: Trx, id: string, at: string): Promise<void> {
  await trx.updateTable('opp_plus_plan').set({ updated_at: at }).where('id', '=', id).execute();
}

/** Every plan of a learner still on the caseload, with the learner's name and year. */
export function listPlans(db: Q) {
  return db
    .selectFrom('opp_plus_plan as p')
    .innerJoin('learner as l', 'l.id', 'p.learner_id')
    .select(['p.id', 'p.learner_id', 'p.status', 'p.start_date', 'p.review_date', 'l.legal_first_name', 'l.legal_last_name', 'l.preferred_name', 'l.year_group'])
    .where('l.archived_at', 'is', null)
    .orderBy('l.legal_last_name')
    .orderBy('l.legal_first_name')
    .execute();
}

// ---- Action-plan rows ---------------------------------------------------------------------------------

/** Rows with their programme's catalogue name and the name and role of who delivers them. */
function interventionsWithNames(db: Q) {
  return db
    .selectFrom('intervention as i')
    .leftJoin('programme as g', 'g.id', 'i.programme_id')
    .leftJoin('staff_user as st', 'st.id', 'i.staff_id')
    .selectAll('i')
    .select(['g.name as programme_name', 'st.name as staff_name', 'st.role as staff_role']);
}

export function listInterventions(db: Q, planId: string) {
  return interventionsWithNames(db).where('i.plan_id', '=', planId).orderBy('i.sort').execute();
}

/** Every row of every plan of a learner still on the caseload: the impact report's input. */
export function listAllInterventions(db: Q) {
  return interventionsWithNames(db)
    .innerJoin('opp_plus_plan as p', 'p.id', 'i.plan_id')
    .innerJoin('learner as l', 'l.id', 'p.learner_id')
    .select('p.learner_id')
    .where('l.archived_at', 'is', null)
    .execute();
}

export function getIntervention(db: Q, id: string) {
  return db.selectFrom('intervention').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function nextSort(trx: Trx, planId: string): Promise<number> {
  const r = await trx.selectFrom('intervention').select((eb) => eb.fn.max<number>('sort').as('m')).where('plan_id', '=', planId).executeTakeFirst();
  return (r?.m ?? -1) + 1;
}

export async function insertIntervention(trx: Trx, row: Insertable<InterventionTable>): Promise<void> {
  await trx.insertInto('intervention').values(row).execute();
}

export async function updateIntervention(trx: Trx, id: string, version: number, changes: Updateable<InterventionTable>): Promise<void> {
  const r = await trx.updateTable('intervention').set({ ...changes, version: version + 1 }).where('id', '=', id).where('version', '=', version).executeTakeFirst();
  await requireVersionedUpdate(r, () => getIntervention(trx, id), { gone: 'That intervention is no longer on the plan.', noun: 'intervention' });
}

export async function deleteIntervention(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('intervention').where('id', '=', id).execute();
}

// ---- Measures -----------------------------------------------------------------------------------------

export function listMeasures(db: Q, interventionIds: readonly string[]) {
  if (interventionIds.length === 0) return Promise.resolve([]);
  return db.selectFrom('intervention_measure').selectAll().where('intervention_id', 'in', interventionIds).orderBy('date').orderBy('created_at').execute();
}

export function listAllMeasures(db: Q) {
  return db.selectFrom('intervention_measure').selectAll().orderBy('date').orderBy('created_at').execute();
}

export function getMeasure(db: Q, id: string) {
  return db.selectFrom('intervention_measure').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertMeasure(trx: Trx, row: Insertable<InterventionMeasureTable>): Promise<void> {
  await trx.insertInto('intervention_measure').values(row).execute();
}

export async function updateMeasure(trx: Trx, id: string, changes: Updateable<InterventionMeasureTable>): Promise<void> {
  await trx.updateTable('intervention_measure').set(changes).where('id', '=', id).execute();
}

export async function deleteMeasure(trx: Trx, id: string): Promise<void> {
  await trx.deleteFrom('intervention_measure').where('id', '=', id).execute();
}
