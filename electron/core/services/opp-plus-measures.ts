/**
 * An intervention's measures (baseline, interim, exit): added, corrected and removed, each change one transaction
 * with its audit entry (which names the phase, never the score or the note).
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { MeasureFields, OppPlusPlan } from '../../../shared/schemas/interventions';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import { appendAudit } from '../repositories/audit';
import * as repo from '../repositories/interventions';
import { planById, requireIntervention } from './opp-plus';
import type { Session } from './session';

type MeasureInput = z.infer<typeof MeasureFields>;

export async function addMeasure(s: Session, interventionId: string, m: MeasureInput): Promise<OppPlusPlan> {
  const planId = await s.db.transaction().execute(async (trx) => {
    const { plan } = await requireIntervention(trx, interventionId);
    const id = randomUUID();
    const at = nowIso();
    await repo.insertMeasure(trx, { id, intervention_id: interventionId, phase: m.phase, tool: m.tool, score: m.score, date: m.date, note: m.note ?? null, created_at: at });
    await repo.touchPlan(trx, plan.id, at);
    await appendAudit(trx, { action: 'measure.added', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { interventionId, measureId: id, phase: m.phase } });
    return plan.id;
  });
  return planById(s.db, planId);
}

async function requireMeasure(trx: Trx, measureId: string) {
  const measure = await repo.getMeasure(trx, measureId);
  if (!measure) throw new AppError('NOT_FOUND', 'That measure is no longer recorded.');
  return { measure, ...(await requireIntervention(trx, measure.intervention_id)) };
}

export async function updateMeasure(s: Session, measureId: string, m: MeasureInput): Promise<OppPlusPlan> {
  const planId = await s.db.transaction().execute(async (trx) => {
    const { plan } = await requireMeasure(trx, measureId);
    await repo.updateMeasure(trx, measureId, { phase: m.phase, tool: m.tool, score: m.score, date: m.date, note: m.note ?? null });
    await repo.touchPlan(trx, plan.id, nowIso());
    await appendAudit(trx, { action: 'measure.updated', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { measureId } });
    return plan.id;
  });
  return planById(s.db, planId);
}

export async function removeMeasure(s: Session, measureId: string): Promise<OppPlusPlan> {
  const planId = await s.db.transaction().execute(async (trx) => {
    const { plan } = await requireMeasure(trx, measureId);
    await repo.deleteMeasure(trx, measureId);
    await repo.touchPlan(trx, plan.id, nowIso());
    await appendAudit(trx, { action: 'measure.removed', actor: s.actor, entityType: 'learner', entityId: plan.learner_id, details: { measureId } });
    return plan.id;
  });
  return planById(s.db, planId);
}
