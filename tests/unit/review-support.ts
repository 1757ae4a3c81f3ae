/**
 * Helpers for the review tests (reviews*.test.ts, review-docx*.test.ts) through the contract: a learner with the
 * fixture plan issued on 20/11/2026, meetings scheduled from SAMPLE_REVIEW, and a full record of a meeting with
 * two perspectives and three actions.
 */
import { vi } from 'vitest';
import type { Input, Output } from '../../shared/ipc';
import type { ReviewRecord } from '../../shared/schemas/review';
import { reviewRecord } from '../fixtures/review-record';
import { expectError, ok, SAMPLE_REVIEW } from './helpers';
import { completeDraft, issue } from './idp-support';
import type { RegisterVault } from './register-support';

export type Review = Output<'reviews.get'>;
type Fields = Input<'reviews.schedule'>['fields'];

export const fields = (over: Partial<Fields> = {}): Fields => ({ ...SAMPLE_REVIEW, invitees: SAMPLE_REVIEW.invitees.map((i) => ({ ...i })), ...over });

/** A learner (Elis Gruffydd, "Eli" unless said otherwise) whose complete plan was issued on `dateGiven`. */
export async function learnerWithPlan(v: RegisterVault, o: { dateGiven?: string; learner?: Partial<Input<'learners.create'>> } = {}) {
  const { learnerId, idp } = await completeDraft(v, { preferredName: 'Eli', ...o.learner });
  return { learnerId, idp: await issue(v, idp, o.dateGiven ?? '2026-11-20') };
}

export async function schedule(v: RegisterVault, learnerId: string, over: Partial<Fields> = {}): Promise<Review> {
  return ok(await v.core.invoke('reviews.schedule', { learnerId, fields: fields(over) }));
}

/** What a meeting recorded (tests/fixtures/review-record.ts), with the review's own outcome lines. */
export const fullRecord = (review: Review): ReviewRecord => reviewRecord(review.record.elementOutcomes);

export async function saveRecord(v: RegisterVault, review: Review, record: ReviewRecord = fullRecord(review), held = true): Promise<Review> {
  return ok(await v.core.invoke('reviews.saveRecord', { reviewId: review.id, version: review.version, record, held }));
}

export async function decide(v: RegisterVault, review: Review, decision: Input<'reviews.decide'>['decision'], date: string, reason: string | null = null): Promise<Review> {
  return ok(await v.core.invoke('reviews.decide', { reviewId: review.id, version: review.version, decision, date, reason }));
}

export async function decideFails(v: RegisterVault, review: Review, decision: Input<'reviews.decide'>['decision'], code: 'CONFLICT' | 'INVALID', reason: string | null = null) {
  return expectError(await v.core.invoke('reviews.decide', { reviewId: review.id, version: review.version, decision, date: '2026-12-03', reason }), code);
}

/**
 * Makes `iso` today for the core (a decision cannot be dated after today), so tests keep their exact dates whatever
 * day they run. Only Date is faked, from noon that day, and it keeps running; undo with vi.useRealTimers().
 */
export function todayIs(iso: string): void {
  vi.useFakeTimers({ toFake: ['Date'], now: new Date(`${iso}T12:00:00Z`), shouldAdvanceTime: true });
}

export async function setActionStatus(v: RegisterVault, review: Review, actionId: string, done: boolean): Promise<Review> {
  return ok(await v.core.invoke('reviews.setActionStatus', { reviewId: review.id, version: review.version, actionId, done }));
}

/** A held annual review of the learner's plan, with the full record. */
export async function heldReview(v: RegisterVault, learnerId: string, over: Partial<Fields> = {}): Promise<Review> {
  const review = await schedule(v, learnerId, over);
  return saveRecord(v, review);
}
