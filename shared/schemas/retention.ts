import { z } from 'zod';
import { Id } from './common';

/**
 * Retention is counted from the learner's date of birth. Each record type has its own period; the register
 * entry (with contacts and photo) goes last, when every other type of that learner's records is due.
 */
export const RETENTION_YEARS = [25, 31, 35] as const;
export const RetentionYears = z.union([z.literal(25), z.literal(31), z.literal(35)]);
export const RecordType = z.enum(['idp', 'oppPlus', 'profile', 'register']);
export type RecordType = z.infer<typeof RecordType>;

export const RetentionPolicy = z.strictObject({
  idp: RetentionYears,
  oppPlus: RetentionYears,
  profile: RetentionYears,
  register: RetentionYears,
});
export type RetentionPolicy = z.infer<typeof RetentionPolicy>;
export const DEFAULT_RETENTION: RetentionPolicy = { idp: 31, oppPlus: 31, profile: 31, register: 31 };

/** One learner's records of one type that are past their date (listed even when held, so the hold shows). */
export const RetentionDue = z.object({
  learnerId: z.string(),
  name: z.string(),
  dateOfBirth: z.string(),
  type: RecordType,
  dueOn: z.string(),
  /** How many records of that type (IDP versions and reviews, plans, profile versions; 1 for the register). */
  records: z.number(),
  legalHold: z.boolean(),
});
export type RetentionDue = z.infer<typeof RetentionDue>;

export const LegalHoldInput = z.strictObject({ learnerId: Id, hold: z.boolean(), reason: z.string().trim().max(500).optional() });

export const DestroyInput = z.strictObject({
  items: z.array(z.strictObject({ learnerId: Id, type: RecordType })).min(1).max(5000),
});
/** `held`: items refused because of a legal hold; `notDue`: items not past their date (both left untouched). */
export const DestroyResult = z.object({ destroyed: z.number(), held: z.number(), notDue: z.number() });
