/** Between learner rows (columns) and DTOs (shared/schemas/learner): one place for the naming and the JSON. */
import type { Updateable } from 'kysely';
import { decisionClock, reviewClock, type Clock, type DutyHolder, type SchoolCalendar } from '../../../shared/rules/deadlines';
import { IDP_STATUSES, type LearnerFields, type LearnerStatus, type Medium } from '../../../shared/schemas/learner';
import type { LearnerTable } from '../db/schema';
import type { LearnerRecord } from '../repositories/learners';

function stringArray(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function displayName(r: Pick<LearnerRecord, 'preferred_name' | 'legal_first_name' | 'legal_last_name'>): string {
  return `${r.preferred_name ?? r.legal_first_name} ${r.legal_last_name}`;
}

export function legalName(r: Pick<LearnerRecord, 'legal_first_name' | 'legal_last_name'>): string {
  return `${r.legal_first_name} ${r.legal_last_name}`;
}

export function toFields(r: LearnerRecord, needs: { code: string; is_primary: number }[]): LearnerFields {
  return {
    legalFirstName: r.legal_first_name,
    legalLastName: r.legal_last_name,
    preferredName: r.preferred_name,
    dateOfBirth: r.date_of_birth,
    upn: r.upn,
    yearGroup: r.year_group as LearnerFields['yearGroup'],
    registrationGroup: r.registration_group,
    setting: r.setting,
    medium: r.medium as Medium,
    homeLanguages: stringArray(r.home_languages),
    lookedAfter: r.looked_after === 1,
    eal: r.eal === 1,
    status: r.status as LearnerStatus,
    dutyToDecideFrom: r.duty_to_decide_from,
    dutyHolder: r.duty_holder as LearnerFields['dutyHolder'],
    idpDateGiven: r.idp_date_given,
    primaryNeed: needs.find((n) => n.is_primary === 1)?.code ?? null,
    secondaryNeeds: needs.filter((n) => n.is_primary === 0).map((n) => n.code),
    keyWorkerId: r.key_worker_id,
    agencies: stringArray(r.agencies),
    notes: r.notes,
  };
}

const COLUMN: Record<Exclude<keyof LearnerFields, 'primaryNeed' | 'secondaryNeeds'>, keyof LearnerTable> = {
  legalFirstName: 'legal_first_name',
  legalLastName: 'legal_last_name',
  preferredName: 'preferred_name',
  dateOfBirth: 'date_of_birth',
  upn: 'upn',
  yearGroup: 'year_group',
  registrationGroup: 'registration_group',
  setting: 'setting',
  medium: 'medium',
  homeLanguages: 'home_languages',
  lookedAfter: 'looked_after',
  eal: 'eal',
  status: 'status',
  dutyToDecideFrom: 'duty_to_decide_from',
  dutyHolder: 'duty_holder',
  idpDateGiven: 'idp_date_given',
  keyWorkerId: 'key_worker_id',
  agencies: 'agencies',
  notes: 'notes',
};

/** The column changes for a partial set of fields (needs are stored in their own table). */
export function toColumns(patch: Partial<LearnerFields>): Updateable<LearnerTable> {
  const out: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(patch)) {
    const column = COLUMN[field as keyof typeof COLUMN];
    if (!column || value === undefined) continue;
    out[column] = Array.isArray(value) ? JSON.stringify(value) : typeof value === 'boolean' ? (value ? 1 : 0) : value;
  }
  return out as Updateable<LearnerTable>;
}

/** The statutory clocks that apply to a learner today. */
export function clocksFor(r: Pick<LearnerRecord, 'status' | 'duty_to_decide_from' | 'duty_holder' | 'idp_date_given'>, today: string, cal: SchoolCalendar): Clock[] {
  const clocks: Clock[] = [];
  if (r.status === 'UNDER_CONSIDERATION' && r.duty_to_decide_from) clocks.push(decisionClock(r.duty_to_decide_from, today, cal, r.duty_holder as DutyHolder));
  if ((IDP_STATUSES as string[]).includes(r.status) && r.idp_date_given) clocks.push(reviewClock(r.idp_date_given, today));
  return clocks;
}

export function earliest(clocks: Clock[]): Clock | null {
  return clocks.reduce<Clock | null>((min, c) => (min === null || c.due < min.due ? c : min), null);
}
