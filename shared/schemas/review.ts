/**
 * Person-centred review meetings (domain.md §2.7, §9.6): scheduled with who is invited, then recorded under the
 * person-centred headings, with an action plan; an IDP review ends in a decision that feeds the plan.
 */
import { z } from 'zod';
import { Id, IsoDate, Version } from './common';

const text = (max: number) => z.string().max(max).transform((s) => s.trim());
const rowId = z.string().min(1).max(40);

export const ReviewType = z.enum(['annualIdp', 'requested', 'transition', 'opp', 'oppPlus']);
export type ReviewType = z.infer<typeof ReviewType>;
export const MeetingLanguage = z.enum(['en', 'cy', 'bilingual']);
export type MeetingLanguage = z.infer<typeof MeetingLanguage>;
export const ReviewStatus = z.enum(['scheduled', 'held', 'cancelled']);

/** Who is invited: the learner, one of their contacts, a member of staff, or someone else named. */
export const Invitee = z.strictObject({
  id: rowId,
  kind: z.enum(['learner', 'contact', 'staff', 'other']),
  /** The contact's or staff member's id; null for the learner and for others. */
  refId: Id.nullable(),
  name: text(150),
  role: text(100),
  attendance: z.enum(['invited', 'attended', 'sentViews', 'apologies']),
});

export const Perspective = z.enum(['learner', 'family', 'school', 'others']);
export type Perspective = z.infer<typeof Perspective>;

/** What is working and not working, from one perspective. */
export const PerspectiveEntry = z.strictObject({ id: rowId, perspective: Perspective, working: text(5000), notWorking: text(5000) });

export const ReviewAction = z.strictObject({
  id: rowId,
  action: text(1000),
  owner: text(150),
  dueDate: IsoDate.nullable(),
  status: z.enum(['open', 'done']),
});

export const OutcomeStatus = z.enum(['met', 'partlyMet', 'notMet']);
/** For an IDP review: how each provision element's outcome went (matched to the element by its id). */
export const ElementOutcome = z.strictObject({ elementId: rowId, outcome: text(2000), status: OutcomeStatus.nullable(), comment: text(2000) });

export const ReviewDecision = z.enum(['revise', 'noRevision', 'cease', 'referLa']);
export type ReviewDecision = z.infer<typeof ReviewDecision>;

/** The record of the meeting, written during or after it. */
export const ReviewRecord = z.strictObject({
  appreciation: text(5000),
  importantNow: text(5000),
  importantFuture: text(5000),
  bestSupport: text(5000),
  perspectives: z.array(PerspectiveEntry).max(12),
  questions: text(5000),
  actions: z.array(ReviewAction).max(60),
  elementOutcomes: z.array(ElementOutcome).max(40),
});
export type ReviewRecord = z.infer<typeof ReviewRecord>;

export const ReviewFields = z.strictObject({
  type: ReviewType,
  date: IsoDate,
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/).nullable(),
  place: text(200),
  online: z.boolean(),
  facilitator: text(150),
  language: MeetingLanguage,
  invitees: z.array(Invitee).max(40),
});

export const Review = ReviewFields.extend({
  id: z.string(),
  version: z.number(),
  learnerId: z.string(),
  learnerName: z.string(),
  /** What the learner is called (preferred name, else first name): how the sheets address them. */
  learnerFirstName: z.string(),
  status: ReviewStatus,
  /** The IDP version this reviews (annual, requested and transition reviews of a learner with a plan in force). */
  idpId: z.string().nullable(),
  record: ReviewRecord,
  decision: ReviewDecision.nullable(),
  decisionDate: z.string().nullable(),
  /** Why (required to cease; optional otherwise). */
  decisionReason: z.string().nullable(),
  /** What the decision led to: the new draft for "revise". */
  resultIdpId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Review = z.infer<typeof Review>;

export const ScheduleReviewInput = z.strictObject({ learnerId: Id, fields: ReviewFields });
export const UpdateReviewInput = z.strictObject({ reviewId: Id, version: Version, fields: ReviewFields });
export const SaveRecordInput = z.strictObject({ reviewId: Id, version: Version, record: ReviewRecord, held: z.boolean() });
export const ReviewRef = z.strictObject({ reviewId: Id, version: Version });
export const DecideInput = z.strictObject({
  reviewId: Id,
  version: Version,
  decision: ReviewDecision,
  /** The day the decision (and, for "no revision", the notice) was given: restarts the 12-month clock. */
  date: IsoDate,
  /** Required to cease; optional otherwise. */
  reason: z.string().trim().max(2000).nullable(),
});
export const ReviewsFor = z.strictObject({ learnerId: Id });
/** One action of the plan marked done (or open again): allowed after the decision too, never on a cancelled meeting. */
export const SetActionStatusInput = z.strictObject({ reviewId: Id, version: Version, actionId: rowId, done: z.boolean() });

/** An open action written down with no date to do it by: the due panel lists these after the dated ones. */
export const UndatedAction = z.object({
  learnerId: z.string(),
  displayName: z.string(),
  yearGroup: z.string().nullable(),
  reviewId: z.string(),
  actionId: z.string(),
  action: z.string(),
  /** The date of the meeting it came from. */
  meetingDate: z.string(),
});
export type UndatedAction = z.infer<typeof UndatedAction>;

/** Whom an invitation and contribution sheet is worded for. */
export const SheetAudience = z.enum(['learner', 'parent', 'staff']);
export type SheetAudience = z.infer<typeof SheetAudience>;
/** The sheet's language: the meeting's unless the coordinator chooses another (a parent may prefer Welsh). */
export const ReviewSheetsInput = z.strictObject({ reviewId: Id, audience: SheetAudience, language: MeetingLanguage.optional() });
export const ForReview = z.strictObject({ reviewId: Id });

export const ReviewSummary = z.object({
  id: z.string(),
  learnerId: z.string(),
  learnerName: z.string(),
  yearGroup: z.string().nullable(),
  type: ReviewType,
  date: z.string(),
  time: z.string().nullable(),
  status: ReviewStatus,
  decision: ReviewDecision.nullable(),
});
export type ReviewSummary = z.infer<typeof ReviewSummary>;
