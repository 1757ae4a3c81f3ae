/**
 * What a transfer file holds, as a schema: a decrypted file is untrusted input (anyone who has the passphrase can
 * craft one), so every row is checked before anything is shown or saved: types, sizes, the app's own field schemas
 * and enums (learner fields, contacts, profile items, action-plan rows, the IDP content, review records and
 * invitees), photos bounded, ids unique, and every reference inside a record pointing at something in it.
 *
 * Rows keep the database's column names (snake_case); the parent key (learner_id, plan_id…) is implied by nesting,
 * so a file cannot attach a row to someone else's record.
 */
import { z } from 'zod';
import { Id, IsoDate, optionalText, Version } from '../../../shared/schemas/common';
import { CodeListKey } from '../../../shared/schemas/codes';
import { ContactFields } from '../../../shared/schemas/contact';
import { IdpContent, IdpStatus, PlanLanguage } from '../../../shared/schemas/idp';
import { Better, DeliveryLanguage, InterventionFields, InterventionStatus, MeasureFields, MeasurePhase, NeedArea, NextStep, PlanStatus, ProgrammeFields } from '../../../shared/schemas/interventions';
import { LearnerFields } from '../../../shared/schemas/learner';
import { MAX_PHOTO_BYTES } from '../../../shared/schemas/photo';
import { ContributionMethod, Contributor, ItemInput, ProfileSection, ProfileStatus } from '../../../shared/schemas/profile';
import { MeetingLanguage, ReviewDecision, ReviewFields, ReviewRecord, ReviewStatus, ReviewType } from '../../../shared/schemas/review';
import { Language } from '../../../shared/schemas/settings';
import { MAX_PHOTO_SIDE } from './photos';

export const BUNDLE_FORMAT = 'caseload-transfer-bundle';

const flag = z.union([z.literal(0), z.literal(1)]);
/** A stored timestamp (new Date().toISOString()). */
const stamp = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/);
const text = (max: number) => z.string().max(max);
const int = (min: number, max: number) => z.number().int().min(min).max(max);
const side = int(1, MAX_PHOTO_SIDE);
/** Base64 of at most `MAX_PHOTO_BYTES` bytes. */
const photoBytes = z.string().max(Math.ceil(MAX_PHOTO_BYTES / 3) * 4).regex(/^[A-Za-z0-9+/]+={0,2}$/);
const L = LearnerFields.shape;

const LearnerRow = z.strictObject({
  id: Id,
  version: Version,
  upn: L.upn,
  legal_first_name: L.legalFirstName,
  legal_last_name: L.legalLastName,
  preferred_name: L.preferredName,
  date_of_birth: L.dateOfBirth,
  year_group: L.yearGroup,
  registration_group: L.registrationGroup,
  setting: L.setting,
  medium: L.medium,
  home_languages: L.homeLanguages,
  looked_after: flag,
  eal: flag,
  status: L.status,
  duty_to_decide_from: L.dutyToDecideFrom,
  duty_holder: L.dutyHolder,
  idp_date_given: L.idpDateGiven,
  key_worker_id: L.keyWorkerId,
  agencies: L.agencies,
  notes: L.notes,
  archived_at: stamp.nullable(),
  created_at: stamp,
  updated_at: stamp,
});

const NeedRow = z.strictObject({ list_key: CodeListKey, code: text(40).min(1), is_primary: flag });
const PhotoRow = z.strictObject({ mime: z.literal('image/jpeg'), width: side, height: side, bytes: photoBytes, updated_at: stamp });

const C = ContactFields.shape;
const ContactRow = z.strictObject({
  id: Id,
  version: Version,
  name: C.name,
  relationship: C.relationship,
  organisation: C.organisation,
  phone: C.phone,
  email: C.email,
  address: C.address,
  parental_responsibility: flag,
  preferred_language: Language.nullable(),
  receives_copies: flag,
  created_at: stamp,
  updated_at: stamp,
});

const TimelineRow = z.strictObject({ id: Id, date: IsoDate, type: z.string().regex(/^[A-Za-z]{1,40}$/), detail: text(6000).nullable(), created_at: stamp });

const ItemRow = z.strictObject({ id: Id, sort: int(0, 1000), section: ProfileSection, text: ItemInput.shape.text, contributor: Contributor, first_person: flag, important_for: flag });

const ProfileRow = z.strictObject({
  id: Id,
  version_number: int(1, 10_000),
  version: Version,
  status: ProfileStatus,
  methods: z.array(ContributionMethod).max(8),
  use_photo: flag,
  next_update_due: IsoDate.nullable(),
  created_at: stamp,
  updated_at: stamp,
  superseded_at: stamp.nullable(),
  photo: photoBytes.nullable(),
  photo_width: side.nullable(),
  photo_height: side.nullable(),
  items: z.array(ItemRow).max(60),
});

const MeasureRow = z.strictObject({ id: Id, phase: MeasurePhase, tool: MeasureFields.shape.tool, score: MeasureFields.shape.score, date: IsoDate, note: optionalText(500), created_at: stamp });

const I = InterventionFields.shape;
const InterventionRow = z.strictObject({
  id: Id,
  version: Version,
  sort: int(0, 10_000),
  programme_id: Id.nullable(),
  custom_name: I.customName,
  area: NeedArea,
  target: I.target,
  measure_tool: I.measureTool,
  target_score: I.targetScore,
  better: Better,
  target_date: I.targetDate,
  entry_criteria: I.entryCriteria,
  sessions_per_week: I.sessionsPerWeek,
  session_minutes: I.sessionMinutes,
  duration_weeks: I.durationWeeks,
  start_date: I.startDate,
  planned_end_date: I.plannedEndDate,
  staff_id: Id.nullable(),
  group_size: I.groupSize,
  location: I.location,
  language: DeliveryLanguage,
  status: InterventionStatus,
  sessions_delivered: I.sessionsDelivered,
  impact_note: I.impactNote,
  next_step: NextStep.nullable(),
  next_step_on: IsoDate.nullable(),
  created_at: stamp,
  updated_at: stamp,
  measures: z.array(MeasureRow).max(500),
});

const PlanRow = z.strictObject({
  id: Id,
  version: Version,
  status: PlanStatus,
  start_date: IsoDate,
  review_date: IsoDate.nullable(),
  important_to: optionalText(3000),
  important_for: optionalText(3000),
  created_at: stamp,
  updated_at: stamp,
  interventions: z.array(InterventionRow).max(200),
});

const IdpRow = z.strictObject({
  id: Id,
  version_number: int(1, 10_000),
  version: Version,
  status: IdpStatus,
  plan_language: PlanLanguage,
  date_given: IsoDate.nullable(),
  issued_at: stamp.nullable(),
  override_problems: int(0, 10_000).nullable(),
  override_reason: text(2000).nullable(),
  ceased_on: IsoDate.nullable(),
  cease_reason: text(2000).nullable(),
  /** The whole form, checked by the IDP editor's own schema. */
  content: IdpContent,
  photo: photoBytes.nullable(),
  photo_width: side.nullable(),
  photo_height: side.nullable(),
  created_at: stamp,
  updated_at: stamp,
});

const R = ReviewFields.shape;
const ReviewRow = z.strictObject({
  id: Id,
  version: Version,
  type: ReviewType,
  date: IsoDate,
  time: R.time,
  place: R.place,
  online: flag,
  facilitator: R.facilitator,
  language: MeetingLanguage,
  invitees: R.invitees,
  status: ReviewStatus,
  idp_id: Id.nullable(),
  record: ReviewRecord,
  decision: ReviewDecision.nullable(),
  decision_date: IsoDate.nullable(),
  decision_reason: text(2000).nullable(),
  result_idp_id: Id.nullable(),
  created_at: stamp,
  updated_at: stamp,
});

const DisclosureRow = z.strictObject({ id: Id, date: IsoDate, recipient: text(200), purpose: text(1000), items: z.array(text(300)).max(60), method: text(100), created_at: stamp });

export const LearnerRecord = z.strictObject({
  learner: LearnerRow,
  needs: z.array(NeedRow).max(11),
  photo: PhotoRow.nullable(),
  contacts: z.array(ContactRow).max(100),
  timeline: z.array(TimelineRow).max(5000),
  profiles: z.array(ProfileRow).max(100),
  oppPlusPlan: PlanRow.nullable(),
  idps: z.array(IdpRow).max(100),
  reviews: z.array(ReviewRow).max(500),
  disclosures: z.array(DisclosureRow).max(500),
});
export type LearnerRecord = z.infer<typeof LearnerRecord>;

const P = ProgrammeFields.shape;
/** A catalogue programme an action-plan row uses, so its name and defaults travel with the history. */
const ProgrammeRow = z.strictObject({ id: Id, name: P.name, area: NeedArea, sessions_per_week: P.sessionsPerWeek, session_minutes: P.sessionMinutes, duration_weeks: P.durationWeeks, suggested_measures: P.suggestedMeasures });
/** A member of staff a record names (key worker, who delivers a row): name and role only. */
const StaffRow = z.strictObject({ id: Id, name: text(150), role: text(100) });
/** A need code a learner has, with its labels, for a school whose list lacks it. */
const CodeRow = z.strictObject({ list_key: CodeListKey, code: text(40).min(1), label_en: text(120), label_cy: text(120) });

export const TransferBundle = z
  .strictObject({
    format: z.literal(BUNDLE_FORMAT),
    version: z.literal(1),
    fromSchool: text(200),
    madeAt: stamp,
    programmes: z.array(ProgrammeRow).max(1000),
    staff: z.array(StaffRow).max(1000),
    codes: z.array(CodeRow).max(200),
    learners: z.array(LearnerRecord).min(1).max(500),
  })
  .superRefine((b, ctx) => {
    for (const problem of referenceProblems(b)) ctx.addIssue({ code: 'custom', message: problem });
  });
export type TransferBundle = z.infer<typeof TransferBundle>;

/** Every id a record brings, by table: none may appear twice in a file. */
export function recordIds(r: LearnerRecord): Record<string, string[]> {
  const interventions = r.oppPlusPlan?.interventions ?? [];
  return {
    learner: [r.learner.id],
    contact: r.contacts.map((c) => c.id),
    timeline_event: r.timeline.map((t) => t.id),
    profile: r.profiles.map((p) => p.id),
    profile_item: r.profiles.flatMap((p) => p.items.map((i) => i.id)),
    opp_plus_plan: r.oppPlusPlan ? [r.oppPlusPlan.id] : [],
    intervention: interventions.map((i) => i.id),
    intervention_measure: interventions.flatMap((i) => i.measures.map((m) => m.id)),
    idp: r.idps.map((i) => i.id),
    review: r.reviews.map((x) => x.id),
    disclosure: r.disclosures.map((d) => d.id),
  };
}

function recordProblems(r: LearnerRecord, programmes: Set<string>, staff: Set<string>): string[] {
  const problems: string[] = [];
  const idps = new Set(r.idps.map((i) => i.id));
  if (r.learner.key_worker_id && !staff.has(r.learner.key_worker_id)) problems.push('a key worker who is not in the file');
  for (const i of r.oppPlusPlan?.interventions ?? []) {
    if (i.programme_id && !programmes.has(i.programme_id)) problems.push('a programme that is not in the file');
    if (i.staff_id && !staff.has(i.staff_id)) problems.push('a member of staff who is not in the file');
  }
  for (const x of r.reviews) if ((x.idp_id && !idps.has(x.idp_id)) || (x.result_idp_id && !idps.has(x.result_idp_id))) problems.push("a review of a plan that is not in the learner's record");
  if (r.idps.filter((i) => i.status === 'draft').length > 1) problems.push('two IDP drafts');
  if (new Set(r.idps.map((i) => i.version_number)).size !== r.idps.length) problems.push('two IDP versions with the same number');
  if (r.profiles.filter((p) => p.status === 'current').length > 1) problems.push('two current profiles');
  if (r.needs.filter((n) => n.is_primary === 1).length > 1) problems.push('two primary needs');
  if (new Set(r.needs.map((n) => `${n.list_key}:${n.code}`)).size !== r.needs.length) problems.push('a need listed twice');
  return problems;
}

/** What is inconsistent in a bundle, in words (no personal data): empty when every reference holds. */
function referenceProblems(b: Pick<TransferBundle, 'programmes' | 'staff' | 'learners'>): string[] {
  const programmes = new Set(b.programmes.map((p) => p.id));
  const staff = new Set(b.staff.map((s) => s.id));
  const problems = b.learners.flatMap((r) => recordProblems(r, programmes, staff));
  const seen = new Set<string>();
  for (const id of b.learners.flatMap((r) => Object.values(recordIds(r)).flat())) {
    if (seen.has(id)) problems.push('the same record twice');
    seen.add(id);
  }
  const upns = b.learners.map((r) => r.learner.upn).filter((u): u is string => u !== null);
  if (new Set(upns).size !== upns.length) problems.push('two learners with the same UPN');
  return [...new Set(problems)];
}
