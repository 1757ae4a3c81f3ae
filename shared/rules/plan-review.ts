/**
 * Which review meetings are reviews of the learner's IDP (and so end in a decision about it). One rule, used by the
 * core when a meeting is scheduled, by the decision panel, and by the sheets and the record.
 */
import type { Review, ReviewType } from '../schemas/review';

/**
 * Types tied to the plan in force when scheduled: an annual or requested review, and a transition review (years 1,
 * 5 and 9 in some LAs, domain.md §2.7) of a learner who has a plan in force.
 */
export const mayReviewPlan = (type: ReviewType): boolean => type === 'annualIdp' || type === 'requested' || type === 'transition';

/** An annual or requested review always reviews the plan; a transition review when it was tied to one. */
export const reviewsThePlan = (r: Pick<Review, 'type' | 'idpId'>): boolean => r.type === 'annualIdp' || r.type === 'requested' || r.idpId !== null;
