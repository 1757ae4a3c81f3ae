/**
 * OPP+ plans (domain.md §4): a learner's profile plus an action plan of targeted interventions and the next step
 * for each (measures: opp-plus-measures.ts; the caseload's list and impact: opp-plus-report.ts). "Consider ALN" starts the duty to decide (the 35-school-day clock) on the learner.
 * Every change is one transaction with its audit entry; the audit names the learner, never what was written.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { todayIso } from '../../../shared/rules/dates';
import type { Better, DeliveryLanguage, InterventionStatus, MeasurePhase, NeedArea, NextStep } from '../../../shared/rules/interventions';
import type { Intervention, InterventionFields, Measure, OppPlusPlan, UpdatePlanInput } from '../../../shared/schemas/interventions';
import { IDP_STATUSES, type LearnerStatus } from '../../../shared/schemas/learner';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import type { InterventionMeasureTable, InterventionTable, OppPlusPlanTable } from '../db/schema';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/interventions';
import { getLearner, insertTimelineEvent, updateLearner } from '../repositories/learners';
import { getStaffMember } from '../repositories/staff';
import { displayName } from './learner-mapping';
import type { Session } from './session';

type Db = Session['db'] | Trx;
type InterventionRow = Awaited<ReturnType<typeof repo.listInterventions>>[number];

function toMeasure(m: Selectable<InterventionMeasureTable>): Measure {
  return { id: m.id, phase: m.phase as MeasurePhase, tool: m.tool, score: m.score, date: m.date, note: m.note };
}

function toIntervention(r: InterventionRow, measures: Measure[]): Intervention {
  return {
    id: r.id,
    version: r.version,
    programmeId: r.programme_id,
    customName: r.custom_name,
    programmeName: r.programme_name ?? r.custom_name ?? '',
    area: r.area as NeedArea,
    target: r.target,
    measureTool: r.measure_tool,
    targetScore: r.target_score,
    better: r.better as Better,
    targetDate: r.target_date,
    entryCriteria: r.entry_criteria,
    sessionsPerWeek: r.sessions_per_week,
    sessionMinutes: r.session_minutes,
    durationWeeks: r.duration_weeks,
    startDate: r.start_date,
    plannedEndDate: r.planned_end_date,
    staffId: r.staff_id,
    staffName: r.staff_name,
    staffRole: r.staff_role,
    groupSize: r.group_size,
    location: r.location,
    language: r.language as DeliveryLanguage,
    status: r.status as InterventionStatus,
    sessionsDelivered: r.sessions_delivered,
    impactNote: r.impact_note,
    nextStep: r.next_step as NextStep | null,
    nextStepOn: r.next_step_on,
    measures,
  };
}

/** Rows with their measures (given in date order), matched in one pass. */
export function withMeasures<R extends InterventionRow>(rows: R[], measures: Selectable<InterventionMeasureTable>[]): { row: R; intervention: Intervention }[] {
  const byIntervention = new Map<string, Measure[]>();
  for (const m of measures) byIntervention.set(m.intervention_id, [...(byIntervention.get(m.intervention_id) ?? []), toMeasure(m)]);
  return rows.map((row) => ({ row, intervention: toIntervention(row, byIntervention.get(row.id) ?? []) }));
}

async function interventionsOf(db: Db, planId: string): Promise<Intervention[]> {
  const rows = await repo.listInterventions(db, planId);
  return withMeasures(rows, await repo.listMeasures(db, rows.map((r) => r.id))).map((x) => x.intervention);
}

async function toPlan(db: Db, p: Selectable<OppPlusPlanTable>): Promise<OppPlusPlan> {
  const learner = await getLearner(db, p.learner_id);
  return {
    id: p.id,
    version: p.version,
    learnerId: p.learner_id,
    learnerName: learner ? displayName(learner) : '',
    status: p.status as OppPlusPlan['status'],
    startDate: p.start_date,
    reviewDate: p.review_date,
    importantTo: p.important_to,
    importantFor: p.important_for,
    createdAt: p.created_at,
    updatedAt: p.updated_at,
    interventions: await interventionsOf(db, p.id),
  };
}

export async function planById(db: Db, planId: string): Promise<OppPlusPlan> {
  const p = await repo.getPlan(db, planId);
  if (!p) throw new AppError('NOT_FOUND', 'That OPP+ plan is no longer there.');
  return toPlan(db, p);
}

export async function requireIntervention(db: Db, id: string) {
  const row = await repo.getIntervention(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That intervention is no longer on the plan.');
  const plan = await repo.getPlan(db, row.plan_id);
  return { row, plan: plan! };
}

export async function getPlanFor(s: Session, learnerId: string): Promise<OppPlusPlan | null> {
  const p = await repo.getPlanByLearner(s.db, learnerId);
  return p ? toPlan(s.db, p) : null;
}

/** The learner's timeline and status move with the plan: a learner on universal provision becomes OPP+. */
async function setLearnerStatus(trx: Trx, learnerId: string, status: LearnerStatus, extra: { duty_to_decide_from?: string } = {}): Promise<void> {
  const learner = await getLearner(trx, learnerId);
  if (!learner) return;
  await updateLearner(trx, learnerId, learner.version, { status, ...extra, updated_at: nowIso() });
  await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: todayIso(), type: 'status', detail: status });
}

/** Starts the learner's OPP+ plan (or opens the one they have). */
export async function startPlan(s: Session, learnerId: string): Promise<OppPlusPlan> {
  await s.db.transaction().execute(async (trx) => {
    if (await repo.getPlanByLearner(trx, learnerId)) return;
    const learner = await getLearner(trx, learnerId);
    if (!learner) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
    const at = nowIso();
    const id = randomUUID();
    await repo.insertPlan(trx, { id, learner_id: learnerId, version: 1, status: 'active', start_date: todayIso(), review_date: null, important_to: null, important_for: null, created_at: at, updated_at: at });
    if (learner.status === 'NONE' || learner.status === 'UNIVERSAL_OPP') await setLearnerStatus(trx, learnerId, 'OPP_PLUS_TARGETED');
    await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: todayIso(), type: 'oppPlusStarted' });
    await appendAudit(trx, { action: 'opp_plus.started', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { planId: id } });
  });
  return (await getPlanFor(s, learnerId))!;
}

export async function updatePlan(s: Session, { planId, version, patch }: z.infer<typeof UpdatePlanInput>): Promise<OppPlusPlan> {
  await s.db.transaction().execute(async (trx) => {
    const plan = await repo.getPlan(trx, planId);
    if (!plan) throw new AppError('NOT_FOUND', 'That OPP+ plan is no longer there.');
    await repo.updatePlan(trx, planId, version, {
      updated_at: nowIso(),
      ...(patch.status !== undefined && { status: patch.status }),
      ...(patch.reviewDate !== undefined && { review_date: patch.reviewDate }),
      ...(patch.importantTo !== undefined && { important_to: patch.importantTo }),
      ...(patch.importantFor !== undefined && { important_for: patch.importantFor }),
    });
    await appendAudit(trx, { action: 'opp_plus.updated', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { planId, fields: Object.keys(patch).sort() } });
  });
  return planById(s.db, planId);
}

/** Fields to columns; the catalogue and staff references are checked first (a retired programme takes no new rows). */
async function toColumns(trx: Trx, f: InterventionFields, previousProgramme: string | null): Promise<Partial<InterventionTable>> {
  if (f.programmeId !== null) {
    const programme = await repo.getProgramme(trx, f.programmeId);
    if (!programme) throw new AppError('NOT_FOUND', 'That programme is no longer in the catalogue.');
    if (programme.retired_at && programme.id !== previousProgramme) throw new AppError('INVALID', `"${programme.name}" has been retired from the catalogue. Choose another programme, or restore it in the catalogue first.`);
  }
  if (f.staffId !== null && !(await getStaffMember(trx, f.staffId))) throw new AppError('NOT_FOUND', 'That member of staff is no longer in Caseload.');
  return {
    programme_id: f.programmeId,
    custom_name: f.programmeId === null ? f.customName : null,
    area: f.area,
    target: f.target,
    measure_tool: f.measureTool,
    target_score: f.targetScore,
    better: f.better,
    target_date: f.targetDate,
    entry_criteria: f.entryCriteria,
    sessions_per_week: f.sessionsPerWeek,
    session_minutes: f.sessionMinutes,
    duration_weeks: f.durationWeeks,
    start_date: f.startDate,
    planned_end_date: f.plannedEndDate,
    staff_id: f.staffId,
    group_size: f.groupSize,
    location: f.location,
    language: f.language,
    status: f.status,
    sessions_delivered: f.sessionsDelivered,
    impact_note: f.impactNote,
  };
}

/** Starting and ending an intervention are events on the learner's timeline (domain.md §9.9). */
async function statusEvent(trx: Trx, learnerId: string, before: string | null, after: InterventionStatus, programmeName: string): Promise<void> {
  if (before === after) return;
  const type = after === 'running' ? 'interventionStarted' : after === 'completed' || after === 'stopped' ? 'interventionEnded' : null;
  if (type) await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: todayIso(), type, detail: programmeName });
}

async function programmeNameOf(trx: Trx, f: InterventionFields): Promise<string> {
  return f.programmeId ? ((await repo.getProgramme(trx, f.programmeId))?.name ?? '') : (f.customName ?? '');
}

export async function addIntervention(s: Session, planId: string, fields: InterventionFields): Promise<OppPlusPlan> {
  await s.db.transaction().execute(async (trx) => {
    const plan = await repo.getPlan(trx, planId);
    if (!plan) throw new AppError('NOT_FOUND', 'That OPP+ plan is no longer there.');
    const id = randomUUID();
    const at = nowIso();
    const columns = await toColumns(trx, fields, null);
    await repo.insertIntervention(trx, { ...columns, id, plan_id: planId, version: 1, sort: await repo.nextSort(trx, planId), next_step: null, next_step_on: null, created_at: at, updated_at: at } as InterventionTable);
    await repo.touchPlan(trx, planId, at);
    await statusEvent(trx, plan.learner_id, null, fields.status, await programmeNameOf(trx, fields));
    await appendAudit(trx, { action: 'intervention.added', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { planId, interventionId: id } });
  });
  return planById(s.db, planId);
}

export async function updateIntervention(s: Session, id: string, version: number, fields: InterventionFields): Promise<OppPlusPlan> {
  const planId = await s.db.transaction().execute(async (trx) => {
    const { row, plan } = await requireIntervention(trx, id);
    const at = nowIso();
    await repo.updateIntervention(trx, id, version, { ...(await toColumns(trx, fields, row.programme_id)), updated_at: at });
    await repo.touchPlan(trx, plan.id, at);
    await statusEvent(trx, plan.learner_id, row.status, fields.status, await programmeNameOf(trx, fields));
    await appendAudit(trx, { action: 'intervention.updated', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { planId: plan.id, interventionId: id } });
    return plan.id;
  });
  return planById(s.db, planId);
}

export async function removeIntervention(s: Session, id: string, version: number): Promise<OppPlusPlan> {
  const planId = await s.db.transaction().execute(async (trx) => {
    const { row, plan } = await requireIntervention(trx, id);
    if (row.version !== version) throw new AppError('CONFLICT', 'This intervention was changed somewhere else since you opened it. Nothing was removed; the latest version is shown now.');
    await repo.deleteIntervention(trx, id);
    await repo.touchPlan(trx, plan.id, nowIso());
    await appendAudit(trx, { action: 'intervention.removed', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { planId: plan.id, interventionId: id } });
    return plan.id;
  });
  return planById(s.db, planId);
}

export interface NextStepResult {
  plan: OppPlusPlan;
  /** True when "consider ALN" started the learner's duty to decide just now. */
  dutyStarted: boolean;
}

/**
 * The next step after an intervention. "Consider ALN" puts the learner under consideration from today, which
 * starts the 35-school-day duty to decide; a learner already under consideration or with an IDP keeps their clock.
 */
export async function setNextStep(s: Session, id: string, version: number, nextStep: NextStep | null): Promise<NextStepResult> {
  let dutyStarted = false;
  const planId = await s.db.transaction().execute(async (trx) => {
    const { plan } = await requireIntervention(trx, id);
    const today = todayIso();
    await repo.updateIntervention(trx, id, version, { next_step: nextStep, next_step_on: nextStep ? today : null, updated_at: nowIso() });
    await repo.touchPlan(trx, plan.id, nowIso());
    if (nextStep === 'considerAln') {
      const learner = await getLearner(trx, plan.learner_id);
      const settled = learner && (learner.status === 'UNDER_CONSIDERATION' || (IDP_STATUSES as string[]).includes(learner.status));
      if (learner && !settled) {
        await setLearnerStatus(trx, plan.learner_id, 'UNDER_CONSIDERATION', { duty_to_decide_from: today });
        dutyStarted = true;
      }
    }
    await appendAudit(trx, { action: 'intervention.next_step', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { planId: plan.id, interventionId: id, nextStep, dutyStarted } });
    return plan.id;
  });
  return { plan: await planById(s.db, planId), dutyStarted };
}
