/** Helpers for the OPP+ tests through the contract (opp-plus*.test.ts), on top of helpers.ts and register-support.ts. */
import type { Input, Output } from '../../shared/ipc';
import { ok, SAMPLE_INTERVENTION } from './helpers';
import { addLearner, withDb, type RegisterVault } from './register-support';

export type Fields = Input<'oppPlus.addIntervention'>['fields'];
export type Plan = Output<'oppPlus.start'>;
export type MeasureIn = Input<'oppPlus.addMeasure'>['measure'];

/** The sample row with any fields replaced (custom "Toe by Toe" unless a programme is given). */
export const fields = (over: Partial<Fields> = {}): Fields => ({ ...SAMPLE_INTERVENTION, ...over });

export async function programmeId(v: RegisterVault, name: string): Promise<string> {
  const found = ok(await v.core.invoke('catalogue.list', {})).find((p) => p.name === name);
  if (!found) throw new Error(`no programme called ${name}`);
  return found.id;
}

/** A learner with an OPP+ plan started. */
export async function learnerWithPlan(v: RegisterVault, input: Partial<Input<'learners.create'>> = {}): Promise<{ learnerId: string; plan: Plan }> {
  const learner = await addLearner(v.core, input);
  return { learnerId: learner.id, plan: ok(await v.core.invoke('oppPlus.start', { learnerId: learner.id })) };
}

/** Adds a row and returns it (the last row of the plan) with the plan. */
export async function addRow(v: RegisterVault, planId: string, over: Partial<Fields> = {}) {
  const plan = ok(await v.core.invoke('oppPlus.addIntervention', { planId, fields: fields(over) }));
  return { plan, row: plan.interventions.at(-1)! };
}

/** Records measures on a row, in the order given; returns the plan after the last. */
export async function measure(v: RegisterVault, interventionId: string, ...ms: MeasureIn[]): Promise<Plan> {
  let plan: Plan | undefined;
  for (const m of ms) plan = ok(await v.core.invoke('oppPlus.addMeasure', { interventionId, measure: m }));
  return plan!;
}

export const m = (phase: MeasureIn['phase'], tool: string, score: number, date: string, note: string | null = null): MeasureIn => ({ phase, tool, score, date, note });

/** Every audit entry's details, joined: for checking that nothing typed leaks into the log. */
export async function auditDetails(v: RegisterVault): Promise<string> {
  const rows = await withDb(v, (db) => db.selectFrom('audit_log').select(['details', 'entity_type', 'entity_id']).execute());
  return rows.map((r) => `${r.entity_type} ${r.entity_id} ${r.details}`).join('\n');
}

/** The editable fields of a row as returned (the contract's input shape), to edit it. */
export function pickFields(r: Plan['interventions'][number]): Fields {
  const { programmeId, customName, area, target, measureTool, targetScore, better, targetDate, entryCriteria, sessionsPerWeek, sessionMinutes, durationWeeks, startDate, plannedEndDate, staffId, groupSize, location, language, status, sessionsDelivered, impactNote } = r;
  return { programmeId, customName, area, target, measureTool, targetScore, better, targetDate, entryCriteria, sessionsPerWeek, sessionMinutes, durationWeeks, startDate, plannedEndDate, staffId, groupSize, location, language, status, sessionsDelivered, impactNote };
}
