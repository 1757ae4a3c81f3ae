/** Person-centred review meetings: the caseload's list, a learner's reviews, one review, and what changes them. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Envelope } from '../../../shared/errors';
import type { Input } from '../../../shared/ipc';
import type { Review } from '../../../shared/schemas/review';
import { bridge, unwrap } from './client';
import { idpKeys } from './idp';
import { learnerKeys } from './learners';

export const reviewKeys = {
  all: ['reviews'] as const,
  overview: ['reviews', 'all'] as const,
  list: (learnerId: string) => ['reviews', 'list', learnerId] as const,
  one: (id: string) => ['reviews', 'one', id] as const,
  undatedActions: ['reviews', 'undatedActions'] as const,
};

/**
 * After a review changes: that review as stored now; the lists it is in; the learner's page and the due panel
 * (meetings and open actions are on it). `plan` also refreshes the learner's IDPs, for a decision.
 */
export function storeReview(qc: QueryClient, review: Review, plan = false): void {
  qc.setQueryData(reviewKeys.one(review.id), review);
  void qc.invalidateQueries({ queryKey: reviewKeys.overview });
  void qc.invalidateQueries({ queryKey: reviewKeys.list(review.learnerId) });
  void qc.invalidateQueries({ queryKey: learnerKeys.detail(review.learnerId) });
  void qc.invalidateQueries({ queryKey: learnerKeys.due });
  void qc.invalidateQueries({ queryKey: reviewKeys.undatedActions });
  if (!plan) return;
  void qc.invalidateQueries({ queryKey: ['learners', 'list'] });
  void qc.invalidateQueries({ queryKey: idpKeys.list(review.learnerId) });
  void qc.invalidateQueries({ queryKey: ['idp', 'one'] });
  void qc.invalidateQueries({ queryKey: idpKeys.overview });
}

export function useAllReviews() {
  return useQuery({ queryKey: reviewKeys.overview, queryFn: () => unwrap(bridge().reviews.all({})), staleTime: 0 });
}

export function useLearnerReviews(learnerId: string) {
  return useQuery({ queryKey: reviewKeys.list(learnerId), queryFn: () => unwrap(bridge().reviews.list({ learnerId })), refetchOnMount: 'always' });
}

/** Open actions with no date set, for the due panel (after the dated items). */
export function useUndatedActions() {
  return useQuery({ queryKey: reviewKeys.undatedActions, queryFn: () => unwrap(bridge().reviews.undatedActions({})) });
}

export function useReview(id: string) {
  return useQuery({ queryKey: reviewKeys.one(id), queryFn: () => unwrap(bridge().reviews.get({ id })), refetchOnMount: 'always' });
}

/** A change to one review: stored, and what shows it refreshed (`plan` for a decision, which acts on the IDP). */
function useReviewChange<I>(call: (input: I) => Promise<Envelope<Review>>, plan = false) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: (input: I) => unwrap(call(input)), onSuccess: (review) => storeReview(qc, review, plan) });
}

export const useScheduleReview = () => useReviewChange((input: Input<'reviews.schedule'>) => bridge().reviews.schedule(input));

/** The meeting's details and who is invited (attendance too). The review page queues these with the record's saves. */
export const useUpdateReview = () => useReviewChange((input: Input<'reviews.update'>) => bridge().reviews.update(input));

export const useSaveReviewRecord = () => useReviewChange((input: Input<'reviews.saveRecord'>) => bridge().reviews.saveRecord(input));

export const useCancelReview = () => useReviewChange((input: Input<'reviews.cancel'>) => bridge().reviews.cancel(input));

/** The decision acts on the plan: a new draft, a restarted clock, a ceased plan, or a referral on the timeline. */
export const useDecideReview = () => useReviewChange((input: Input<'reviews.decide'>) => bridge().reviews.decide(input), true);

/** One action done or open again: the one change a decided review still takes (its actions stay on the due panel). */
export const useSetActionStatus = () => useReviewChange((input: Input<'reviews.setActionStatus'>) => bridge().reviews.setActionStatus(input));
