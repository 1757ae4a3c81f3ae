/**
 * The retention policy and the dates it gives. Each type of record is kept until the learner's date of birth plus
 * its period (25, 31 or 35 years); the register entry (names, contacts, photo, timeline) is the index to all the
 * others, so it is kept until the longest of the four periods. The policy lives in the encrypted database's
 * preference table, so it travels with backups and transfers of the whole store.
 */
import { addMonths } from '../../../shared/rules/dates';
import { DEFAULT_RETENTION, RetentionPolicy, type RecordType } from '../../../shared/schemas/retention';
import type { Db, Trx } from '../db/client';
import { getPreference, setPreference } from '../repositories/preferences';

const POLICY_KEY = 'retention.policy';

export const RECORD_TYPES: readonly RecordType[] = ['idp', 'oppPlus', 'profile', 'register'];

export async function loadPolicy(db: Db | Trx): Promise<RetentionPolicy> {
  const parsed = RetentionPolicy.safeParse(await getPreference(db, POLICY_KEY));
  // Never set (or unreadable): the default, which keeps records longest but one.
  return parsed.success ? parsed.data : DEFAULT_RETENTION;
}

export function storePolicy(trx: Trx, policy: RetentionPolicy): Promise<void> {
  return setPreference(trx, POLICY_KEY, policy);
}

/** The years a type is kept for: its own period, and for the register the longest of all four. */
export function yearsFor(policy: RetentionPolicy, type: RecordType): number {
  return type === 'register' ? Math.max(...RECORD_TYPES.map((t) => policy[t])) : policy[type];
}

/**
 * Date of birth plus `years`, the same day and month; a 29 February birthday falls on 28 February in a year that
 * is not a leap year (the day before 1 March: the learner has reached that age by then, and no later date is
 * "the same day").
 */
export function addYears(dateOfBirth: string, years: number): string {
  return addMonths(dateOfBirth, years * 12);
}

export function dueOn(policy: RetentionPolicy, type: RecordType, dateOfBirth: string): string {
  return addYears(dateOfBirth, yearsFor(policy, type));
}

/** Records may be destroyed from their due date on (ISO dates compare as strings). */
export const isDue = (due: string, today: string): boolean => due <= today;
