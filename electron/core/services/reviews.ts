/**
 * Person-centred reviews (domain.md §2.7): scheduled, recorded under the person-centred headings with an action
 * plan, and, for an IDP review, decided. The decision acts on the plan in the same transaction: "revise" opens the
 * next draft with the review carried in, "no revision" records the notice and restarts the 12-month clock,
 * "cease" ceases the plan, "refer to the LA" is recorded on the learner's timeline.
 */
import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { z } from 'zod';
import { todayIso } from '../../../shared/rules/dates';
import type { IdpContent } from '../../../shared/schemas/idp';
import { IdpContent as IdpContentSchema } from '../../../shared/schemas/idp';
import { dmy } from '../../../shared/rules/idp-sheet';
import { mayReviewPlan } from '../../../shared/rules/plan-review';
import { Invitee, ReviewRecord, type DecideInput, type Review, type ReviewDecision, type ReviewFields, type ReviewSummary, type SetActionStatusInput, type UndatedAction } from '../../../shared/schemas/review';
import { AppError } from '../app-error';
import { nowIso, type Trx } from '../db/client';
import type { IdpTable, ReviewTable } from '../db/schema';
import { appendAudit } from '../repositories/audit';
import * as idpRepo from '../repositories/idp';
import { getLearner, insertTimelineEvent, updateLearner } from '../repositories/learners';
import * as repo from '../repositories/reviews';
import { carryReview } from './review-carry';
import { ceaseIn, draftIn, draftPicture } from './idp';
import { displayName } from './learner-mapping';
import type { Session } from './session';

type Db = Session['db'] | Trx;
type Fields = z.infer<typeof ReviewFields>;

const EMPTY_RECORD: ReviewRecord = { appreciation: '', importantNow: '', importantFuture: '', bestSupport: '', perspectives: [], questions: '', actions: [], elementOutcomes: [] };

function parse<T>(schema: { safeParse(v: unknown): { success: true; data: T } | { success: false } }, json: string, fallback: T): T {
  try {
    const r = schema.safeParse(JSON.parse(json));
    return r.success ? r.data : fallback;
  } catch {
    return fallback;
  }
}

async function toReview(db: Db, r: Selectable<ReviewTable>): Promise<Review> {
  const learner = await getLearner(db, r.learner_id);
  return {
    id: r.id,
    version: r.version,
    learnerId: r.learner_id,
    learnerName: learner ? displayName(learner) : '',
    learnerFirstName: learner ? (learner.preferred_name ?? learner.legal_first_name) : '',
    type: r.type as Review['type'],
    date: r.date,
    time: r.time,
    place: r.place,
    online: r.online === 1,
    facilitator: r.facilitator,
    language: r.language as Review['language'],
    invitees: parse(Invitee.array(), r.invitees, []),
    status: r.status as Review['status'],
    idpId: r.idp_id,
    record: parse(ReviewRecord, r.record, EMPTY_RECORD),
    decision: r.decision as Review['decision'],
    decisionDate: r.decision_date,
    decisionReason: r.decision_reason,
    resultIdpId: r.result_idp_id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

async function requireReview(db: Db, id: string) {
  const row = await repo.getReviewRow(db, id);
  if (!row) throw new AppError('NOT_FOUND', 'That review is no longer there.');
  return row;
}

function requireOpen(row: Selectable<ReviewTable>) {
  if (row.decision) throw new AppError('CONFLICT', 'A decision has been made at this review, so its record is kept as it was.');
  if (row.status === 'cancelled') throw new AppError('CONFLICT', 'This meeting was cancelled.');
}

export async function getReview(s: Session, id: string): Promise<Review> {
  return toReview(s.db, await requireReview(s.db, id));
}

export async function listReviews(s: Session, learnerId: string): Promise<Review[]> {
  return Promise.all((await repo.listReviewRows(s.db, learnerId)).map((r) => toReview(s.db, r)));
}

export async function listAllReviews(s: Session): Promise<ReviewSummary[]> {
  return (await repo.listAllReviewRows(s.db)).map((r) => ({
    id: r.id,
    learnerId: r.learner_id,
    learnerName: displayName(r),
    yearGroup: r.year_group,
    type: r.type as ReviewSummary['type'],
    date: r.date,
    time: r.time,
    status: r.status as ReviewSummary['status'],
    decision: r.decision as ReviewSummary['decision'],
  }));
}

const columns = (f: Fields) => ({ type: f.type, date: f.date, time: f.time, place: f.place, online: f.online ? 1 : 0, facilitator: f.facilitator, language: f.language, invitees: JSON.stringify(f.invitees) });


/** The plan an IDP review is about (the one in force), and one outcome line per provision element, to mark. */
async function planInForce(trx: Trx, learnerId: string): Promise<{ idpId: string | null; outcomes: ReviewRecord['elementOutcomes'] }> {
  const issued = await idpRepo.getLatestIssuedRow(trx, learnerId);
  const plan = issued?.status === 'issued' ? parse(IdpContentSchema, issued.content, null as IdpContent | null) : null;
  return { idpId: plan ? issued!.id : null, outcomes: (plan?.provision ?? []).map((e) => ({ elementId: e.id, outcome: e.outcome, status: null, comment: '' })) };
}

/**
 * Schedules a meeting. An IDP review (annual, requested, or transition while a plan is in force) is tied to the
 * plan in force, and its record starts with one outcome line per provision element, to mark met, partly met or
 * not met.
 */
export async function scheduleReview(s: Session, learnerId: string, f: Fields): Promise<Review> {
  const id = randomUUID();
  await s.db.transaction().execute(async (trx) => {
    if (!(await getLearner(trx, learnerId))) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
    const plan = mayReviewPlan(f.type) ? await planInForce(trx, learnerId) : { idpId: null, outcomes: [] };
    const record: ReviewRecord = { ...EMPTY_RECORD, elementOutcomes: plan.outcomes };
    const at = nowIso();
    await repo.insertReview(trx, { id, learner_id: learnerId, version: 1, ...columns(f), status: 'scheduled', idp_id: plan.idpId, record: JSON.stringify(record), decision: null, decision_date: null, decision_reason: null, result_idp_id: null, created_at: at, updated_at: at });
    await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: todayIso(), type: 'reviewScheduled', detail: f.date });
    await appendAudit(trx, { action: 'review.scheduled', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { reviewId: id, type: f.type } });
  });
  return getReview(s, id);
}

/**
 * A change of type ties the meeting to the plan in force (now an IDP review, with its outcome lines) or unties it
 * (no longer one: the outcome lines nobody marked go), so a decision always acts on the plan the type implies.
 */
async function retie(trx: Trx, row: Selectable<ReviewTable>, type: Fields['type']): Promise<{ idp_id?: string | null; record?: string }> {
  const wanted = mayReviewPlan(type);
  if (wanted === (row.idp_id !== null)) return {};
  const record = parse(ReviewRecord, row.record, EMPTY_RECORD);
  if (!wanted) return { idp_id: null, record: JSON.stringify({ ...record, elementOutcomes: record.elementOutcomes.filter((o) => o.status || o.comment) }) };
  const plan = await planInForce(trx, row.learner_id);
  if (!plan.idpId) return {};
  return { idp_id: plan.idpId, record: JSON.stringify({ ...record, elementOutcomes: record.elementOutcomes.length ? record.elementOutcomes : plan.outcomes }) };
}

export async function updateReview(s: Session, reviewId: string, version: number, f: Fields): Promise<Review> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireReview(trx, reviewId);
    requireOpen(row);
    await repo.updateReview(trx, reviewId, version, { ...columns(f), ...(await retie(trx, row, f.type)), updated_at: nowIso() });
    await appendAudit(trx, { action: 'review.updated', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { reviewId } });
  });
  return getReview(s, reviewId);
}

/** Saves the meeting's record; `held` marks the meeting as having taken place (a timeline event the first time). */
export async function saveRecord(s: Session, reviewId: string, version: number, record: ReviewRecord, held: boolean): Promise<Review> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireReview(trx, reviewId);
    requireOpen(row);
    const firstHeld = held && row.status !== 'held';
    await repo.updateReview(trx, reviewId, version, { record: JSON.stringify(record), ...(held && { status: 'held' }), updated_at: nowIso() });
    if (firstHeld) await insertTimelineEvent(trx, { id: randomUUID(), learnerId: row.learner_id, date: row.date, type: 'reviewHeld' });
    await appendAudit(trx, { action: 'review.recorded', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { reviewId, held } });
  });
  return getReview(s, reviewId);
}

export async function cancelReview(s: Session, reviewId: string, version: number): Promise<Review> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireReview(trx, reviewId);
    requireOpen(row);
    await repo.updateReview(trx, reviewId, version, { status: 'cancelled', updated_at: nowIso() });
    await appendAudit(trx, { action: 'review.cancelled', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { reviewId } });
  });
  return getReview(s, reviewId);
}

/**
 * Marks one action of the plan done, or open again. Unlike the rest of the record this stays possible after the
 * decision: the actions are what the meeting agreed to do, and they stay on the due panel until done. A cancelled
 * meeting agreed nothing, so it is refused there.
 */
export async function setActionStatus(s: Session, { reviewId, version, actionId, done }: z.infer<typeof SetActionStatusInput>): Promise<Review> {
  await s.db.transaction().execute(async (trx) => {
    const row = await requireReview(trx, reviewId);
    if (row.status === 'cancelled') throw new AppError('CONFLICT', 'This meeting was cancelled, so its actions are kept as they were.');
    const record = parse(ReviewRecord, row.record, EMPTY_RECORD);
    if (!record.actions.some((a) => a.id === actionId)) throw new AppError('NOT_FOUND', "That action is no longer in the review's plan.");
    const actions = record.actions.map((a) => (a.id === actionId ? { ...a, status: done ? ('done' as const) : ('open' as const) } : a));
    await repo.updateReview(trx, reviewId, version, { record: JSON.stringify({ ...record, actions }), updated_at: nowIso() });
    await appendAudit(trx, { action: 'review.action_marked', actor: s.actor, entityType: 'learner', entityId: row.learner_id, details: { reviewId, actionId, done } });
  });
  return getReview(s, reviewId);
}

/** Open actions with no date to do them by, oldest meeting first: the due panel lists them after the dated ones. */
export async function listUndatedActions(s: Session): Promise<UndatedAction[]> {
  const rows = await repo.listOpenReviewRows(s.db);
  return rows
    .sort((a, b) => a.date.localeCompare(b.date))
    .flatMap((r) => {
      // A row added and left empty is not an action yet.
      const undated = parse(ReviewRecord, r.record, EMPTY_RECORD).actions.filter((a) => a.status === 'open' && !a.dueDate && a.action.trim() !== '');
      return undated.map((a) => ({ learnerId: r.learner_id, displayName: displayName(r), yearGroup: r.year_group, reviewId: r.id, actionId: a.id, action: a.action, meetingDate: r.date }));
    });
}

/**
 * A decision is given on a day that has come, and "no revision" restarts the 12-month clock, which never runs
 * backwards: its notice cannot be dated before the plan (or the last notice) was given.
 */
async function checkDecisionDate(trx: Trx, decision: ReviewDecision, date: string, learnerId: string, plan: Selectable<IdpTable> | undefined) {
  if (date > todayIso()) throw new AppError('INVALID', 'The date of the decision is after today. Give the day it was made (today at the latest).');
  if (decision !== 'noRevision') return;
  const learner = await getLearner(trx, learnerId);
  const since = [plan?.date_given, learner?.idp_date_given].filter((d): d is string => !!d).sort().at(-1);
  if (since && date < since) throw new AppError('INVALID', `A "no revision" notice cannot be dated before ${dmy(since)}, when the plan or the last notice was given: the review clock would run backwards.`);
}

/**
 * The review's decision, acting on the plan in the same transaction. "Revise", "no revision" and "cease" need the
 * IDP the review was about, still in force.
 */
export async function decide(s: Session, { reviewId, version, decision, date, reason }: z.infer<typeof DecideInput>): Promise<Review> {
  const row = await requireReview(s.db, reviewId);
  const picture = decision === 'revise' ? await draftPicture(s, row.learner_id) : null;
  await s.db.transaction().execute(async (trx) => {
    const current = await requireReview(trx, reviewId);
    requireOpen(current);
    const plan = current.idp_id ? await idpRepo.getIdpRow(trx, current.idp_id) : undefined;
    if (decision !== 'referLa' && plan?.status !== 'issued') {
      throw new AppError('CONFLICT', 'This decision needs the IDP the review was about, still in force. It may have been revised or ceased since.');
    }
    await checkDecisionDate(trx, decision, date, current.learner_id, plan);
    let result: string | null = null;
    const learnerId = current.learner_id;
    if (decision === 'revise') {
      if (await idpRepo.getDraftRow(trx, learnerId)) throw new AppError('CONFLICT', 'There is already a draft of the next plan. Issue or discard it first, then record this decision.');
      result = await draftIn(trx, s, learnerId, picture);
      const draft = (await idpRepo.getIdpRow(trx, result))!;
      const content = carryReview(parse(IdpContentSchema, draft.content, null as IdpContent | null)!, parse(ReviewRecord, current.record, EMPTY_RECORD), date, draft.plan_language);
      await idpRepo.updateIdp(trx, result, draft.version, { content: JSON.stringify(IdpContentSchema.parse(content)), updated_at: nowIso() });
    } else if (decision === 'noRevision') {
      const learner = (await getLearner(trx, learnerId))!;
      await updateLearner(trx, learnerId, learner.version, { idp_date_given: date, updated_at: nowIso() });
      await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date, type: 'noRevisionNotice' });
    } else if (decision === 'cease') {
      if (!reason) throw new AppError('INVALID', 'Give the reason the plan is to cease.');
      await ceaseIn(trx, s, plan!.id, plan!.version, date, reason);
    } else {
      await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date, type: 'referredToLa' });
    }
    await repo.updateReview(trx, reviewId, version, { status: 'held', decision, decision_date: date, decision_reason: reason, result_idp_id: result, updated_at: nowIso() });
    await appendAudit(trx, { action: 'review.decided', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { reviewId, decision, resultIdpId: result } });
  });
  return getReview(s, reviewId);
}
