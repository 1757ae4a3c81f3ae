import { z } from 'zod';
import { upnProblem, normalizeUpn } from '../rules/upn';
import { Id, IsoDate, optionalText, requiredText, Version } from './common';

/** The graduated response ladder (domain.md §6.1). */
export const LearnerStatus = z.enum([
  'NONE',
  'UNIVERSAL_OPP',
  'OPP_PLUS_TARGETED',
  'UNDER_CONSIDERATION',
  'ALN_IDP_SCHOOL',
  'ALN_IDP_LA',
  'ALN_IDP_FEI',
  'NO_ALN_NOTIFIED',
  'IDP_CEASED',
]);
export type LearnerStatus = z.infer<typeof LearnerStatus>;
export const IDP_STATUSES: readonly LearnerStatus[] = ['ALN_IDP_SCHOOL', 'ALN_IDP_LA', 'ALN_IDP_FEI'];

export const DutyHolder = z.enum(['school', 'fei', 'la']);

export const Medium = z.enum(['en', 'cy', 'bilingual']);
export type Medium = z.infer<typeof Medium>;

/** Nursery 1–2, Reception, Years 1–14. */
export const YEAR_GROUPS = ['N1', 'N2', 'R', ...Array.from({ length: 14 }, (_, i) => String(i + 1))] as const;
export const YearGroup = z.enum(YEAR_GROUPS);

export const Upn = z
  .string()
  .transform(normalizeUpn)
  .refine((u) => upnProblem(u) === null, 'a valid UPN (13 characters with the right check letter)');

const tags = z.array(z.string().trim().min(1).max(80)).max(20);

/** Every editable field of a learner; `create` needs the names and date of birth, `update` takes any subset. */
export const LearnerFields = z.strictObject({
  legalFirstName: requiredText(100),
  legalLastName: requiredText(100),
  preferredName: optionalText(100),
  dateOfBirth: IsoDate,
  upn: Upn.nullable(),
  yearGroup: YearGroup.nullable(),
  registrationGroup: optionalText(40),
  setting: optionalText(120),
  medium: Medium,
  homeLanguages: tags,
  lookedAfter: z.boolean(),
  eal: z.boolean(),
  status: LearnerStatus,
  dutyToDecideFrom: IsoDate.nullable(),
  /** Who holds the duty to decide: it sets how the deadline is counted (shared/rules/deadlines.ts). */
  dutyHolder: DutyHolder,
  idpDateGiven: IsoDate.nullable(),
  primaryNeed: z.string().max(40).nullable(),
  secondaryNeeds: z.array(z.string().max(40)).max(10),
  keyWorkerId: Id.nullable(),
  agencies: tags,
  notes: optionalText(20_000),
});
export type LearnerFields = z.infer<typeof LearnerFields>;

export const LEARNER_DEFAULTS: Omit<LearnerFields, 'legalFirstName' | 'legalLastName' | 'dateOfBirth'> = {
  preferredName: null,
  upn: null,
  yearGroup: null,
  registrationGroup: null,
  setting: null,
  medium: 'en',
  homeLanguages: [],
  lookedAfter: false,
  eal: false,
  status: 'UNIVERSAL_OPP',
  dutyToDecideFrom: null,
  dutyHolder: 'school',
  idpDateGiven: null,
  primaryNeed: null,
  secondaryNeeds: [],
  keyWorkerId: null,
  agencies: [],
  notes: null,
};

export const CreateLearnerInput = LearnerFields.partial().required({ legalFirstName: true, legalLastName: true, dateOfBirth: true });
export const UpdateLearnerInput = z.strictObject({ id: Id, version: Version, patch: LearnerFields.partial() });

export const SortColumn = z.enum(['name', 'yearGroup', 'status', 'primaryNeed', 'keyWorker', 'due', 'dateOfBirth', 'upn']);
export const ListLearnersInput = z.strictObject({
  search: z.string().max(200).optional(),
  yearGroup: YearGroup.optional(),
  status: LearnerStatus.optional(),
  need: z.string().max(40).optional(),
  keyWorkerId: Id.optional(),
  dueWithinDays: z.number().int().min(0).max(3650).optional(),
  overdue: z.boolean().optional(),
  archived: z.boolean().optional(),
  sort: z.strictObject({ column: SortColumn, direction: z.enum(['asc', 'desc']) }).optional(),
});
export type ListLearnersInput = z.infer<typeof ListLearnersInput>;

const ClockDto = z.object({
  kind: z.enum(['decision', 'idpReview', 'reviewMeeting', 'reviewAction']),
  due: z.string(),
  daysRemaining: z.number(),
  estimated: z.boolean(),
});
export type ClockDto = z.infer<typeof ClockDto>;

export const LearnerRow = z.object({
  id: z.string(),
  displayName: z.string(),
  legalName: z.string(),
  upn: z.string().nullable(),
  dateOfBirth: z.string(),
  yearGroup: z.string().nullable(),
  status: LearnerStatus,
  primaryNeed: z.string().nullable(),
  keyWorkerName: z.string().nullable(),
  nextDue: ClockDto.nullable(),
  archived: z.boolean(),
});
export type LearnerRow = z.infer<typeof LearnerRow>;
export const LearnerList = z.object({ rows: z.array(LearnerRow), total: z.number() });

export const TimelineEntry = z.object({ id: z.string(), date: z.string(), type: z.string(), detail: z.string().nullable() });

export const LearnerDetail = LearnerFields.extend({
  id: z.string(),
  version: z.number(),
  hasPhoto: z.boolean(),
  archivedAt: z.string().nullable(),
  /** A legal hold stops the destruction of this learner's records when their retention period ends. */
  legalHold: z.boolean(),
  legalHoldReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  clocks: z.array(ClockDto),
  timeline: z.array(TimelineEntry),
});
export type LearnerDetail = z.infer<typeof LearnerDetail>;

export const DueItem = z.object({
  learnerId: z.string(),
  displayName: z.string(),
  yearGroup: z.string().nullable(),
  clock: ClockDto,
  /** For a review meeting or action: the review's id, and the action's words. */
  reviewId: z.string().nullable(),
  action: z.string().nullable(),
});
export type DueItem = z.infer<typeof DueItem>;
export const DueInput = z.strictObject({ withinDays: z.number().int().min(0).max(3650).optional() });

export const VersionedId = z.strictObject({ id: Id, version: Version });
export const DeleteLearnerInput = z.strictObject({ id: Id, confirmName: z.string().max(250) });

/** Which plans a learner has, without opening them (the learner page's buttons; not a view of the plans). */
export const LearnerDocuments = z.object({ oppPlus: z.boolean(), idp: z.enum(['none', 'draft', 'issued']) });
export type LearnerDocuments = z.infer<typeof LearnerDocuments>;
