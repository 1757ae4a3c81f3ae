/** Kysely table interfaces. Never returned to callers: services map rows to DTOs from shared/schemas. */
import type { ColumnType, Generated } from 'kysely';

export interface SchoolTable {
  id: Generated<number>;
  name: string;
  created_at: string;
  updated_at: string;
}

export interface StaffUserTable {
  id: string;
  name: string;
  role: string;
  is_owner: number;
  created_at: string;
  updated_at: string;
}

export interface AuditLogTable {
  seq: Generated<number>;
  at: string;
  actor: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export interface MigrationTable {
  name: string;
  applied_at: string;
}

export interface CodeListTable {
  list_key: string;
  code: string;
  label_en: string;
  label_cy: string;
  sort: number;
  active: number;
}

export interface LearnerTable {
  seq: Generated<number>;
  id: string;
  version: number;
  upn: string | null;
  legal_first_name: string;
  legal_last_name: string;
  preferred_name: string | null;
  date_of_birth: string;
  year_group: string | null;
  registration_group: string | null;
  setting: string | null;
  medium: string;
  /** JSON array of strings. */
  home_languages: string;
  looked_after: number;
  eal: number;
  status: string;
  duty_to_decide_from: string | null;
  duty_holder: string;
  idp_date_given: string | null;
  key_worker_id: string | null;
  /** JSON array of strings. */
  agencies: string;
  notes: string | null;
  archived_at: string | null;
  /** Optional on insert (the column defaults to 0). */
  legal_hold: ColumnType<number, number | undefined, number>;
  legal_hold_reason: string | null;
  created_at: string;
  updated_at: string;
}

export interface LearnerNeedTable {
  learner_id: string;
  list_key: string;
  code: string;
  is_primary: number;
}

export interface LearnerPhotoTable {
  learner_id: string;
  mime: string;
  width: number;
  height: number;
  bytes: Buffer;
  updated_at: string;
}

export interface ContactTable {
  id: string;
  learner_id: string;
  version: number;
  name: string;
  relationship: string;
  organisation: string | null;
  phone: string | null;
  email: string | null;
  address: string | null;
  parental_responsibility: number;
  preferred_language: string | null;
  receives_copies: number;
  created_at: string;
  updated_at: string;
}

export interface TimelineEventTable {
  id: string;
  learner_id: string;
  date: string;
  type: string;
  detail: string | null;
  created_at: string;
}

export interface PreferenceTable {
  key: string;
  value: string;
}

export interface ProfileTable {
  id: string;
  owner_kind: string;
  owner_id: string;
  version_number: number;
  version: number;
  status: string;
  /** JSON array of contribution methods. */
  methods: string;
  use_photo: number;
  next_update_due: string | null;
  created_at: string;
  updated_at: string;
  superseded_at: string | null;
  /** The profile's own picture (re-encoded JPEG), used instead of the register photo. */
  photo: Buffer | null;
  photo_width: number | null;
  photo_height: number | null;
}

export interface ProfileItemTable {
  id: string;
  profile_id: string;
  sort: number;
  section: string;
  text: string;
  contributor: string;
  first_person: number;
  important_for: number;
}

export interface ProgrammeTable {
  id: string;
  version: number;
  name: string;
  area: string;
  sessions_per_week: number | null;
  session_minutes: number | null;
  duration_weeks: number | null;
  /** JSON array of measure names. */
  suggested_measures: string;
  retired_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface OppPlusPlanTable {
  id: string;
  learner_id: string;
  version: number;
  status: string;
  start_date: string;
  review_date: string | null;
  important_to: string | null;
  important_for: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterventionTable {
  id: string;
  plan_id: string;
  version: number;
  sort: number;
  programme_id: string | null;
  custom_name: string | null;
  area: string;
  target: string | null;
  measure_tool: string | null;
  target_score: number | null;
  better: string;
  target_date: string | null;
  entry_criteria: string | null;
  sessions_per_week: number | null;
  session_minutes: number | null;
  duration_weeks: number | null;
  start_date: string | null;
  planned_end_date: string | null;
  staff_id: string | null;
  group_size: number | null;
  location: string | null;
  language: string;
  status: string;
  sessions_delivered: number | null;
  impact_note: string | null;
  next_step: string | null;
  next_step_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface InterventionMeasureTable {
  id: string;
  intervention_id: string;
  phase: string;
  tool: string;
  score: number;
  date: string;
  note: string | null;
  created_at: string;
}

export interface IdpTable {
  id: string;
  learner_id: string;
  version_number: number;
  version: number;
  status: string;
  plan_language: string;
  date_given: string | null;
  issued_at: string | null;
  override_problems: number | null;
  override_reason: string | null;
  ceased_on: string | null;
  cease_reason: string | null;
  /** The whole form as JSON (shared/schemas/idp.ts IdpContent). */
  content: string;
  /** The "About me" picture, copied in with the profile so an issued plan keeps the one it was issued with. */
  photo: Buffer | null;
  photo_width: number | null;
  photo_height: number | null;
  created_at: string;
  updated_at: string;
}

export interface DisclosureTable {
  id: string;
  learner_id: string;
  date: string;
  recipient: string;
  purpose: string;
  /** JSON array of what was shared. */
  items: string;
  method: string;
  created_at: string;
}

export interface ReviewTable {
  id: string;
  learner_id: string;
  version: number;
  type: string;
  date: string;
  time: string | null;
  place: string;
  online: number;
  facilitator: string;
  language: string;
  /** JSON array of invitees (shared/schemas/review.ts Invitee). */
  invitees: string;
  status: string;
  idp_id: string | null;
  /** The meeting's record as JSON (ReviewRecord). */
  record: string;
  decision: string | null;
  decision_date: string | null;
  decision_reason: string | null;
  result_idp_id: string | null;
  created_at: string;
  updated_at: string;
}

export interface DB {
  school: SchoolTable;
  staff_user: StaffUserTable;
  audit_log: AuditLogTable;
  caseload_migration: MigrationTable;
  code_list: CodeListTable;
  learner: LearnerTable;
  learner_need: LearnerNeedTable;
  learner_photo: LearnerPhotoTable;
  contact: ContactTable;
  timeline_event: TimelineEventTable;
  preference: PreferenceTable;
  profile: ProfileTable;
  profile_item: ProfileItemTable;
  programme: ProgrammeTable;
  opp_plus_plan: OppPlusPlanTable;
  intervention: InterventionTable;
  intervention_measure: InterventionMeasureTable;
  idp: IdpTable;
  disclosure: DisclosureTable;
  review: ReviewTable;
}
