import { z } from 'zod';
import { Id } from './common';

/** What the audit screen filters by; every stored action maps to one (shared/rules/audit-actions.ts). */
export const AuditCategory = z.enum(['viewed', 'created', 'changed', 'exported', 'printed', 'deleted', 'unlocked', 'failedUnlock', 'locked', 'other']);
export type AuditCategory = z.infer<typeof AuditCategory>;

export const AUDIT_PAGE = 200;

export const AuditQuery = z.strictObject({
  learnerId: Id.optional(),
  category: AuditCategory.optional(),
  /** Newest first: entries with a sequence number below this one. */
  beforeSeq: z.number().int().positive().optional(),
  limit: z.number().int().min(1).max(AUDIT_PAGE).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditEntry = z.object({
  seq: z.number(),
  at: z.string(),
  action: z.string(),
  category: AuditCategory,
  actorName: z.string().nullable(),
  entityType: z.string().nullable(),
  learnerId: z.string().nullable(),
  /** The learner's name as it is now; null when the entry is not about a learner or the record is gone. */
  learnerName: z.string().nullable(),
  /** The entry's details (ids, field names, counts: never personal data), as stored. */
  details: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const AuditPage = z.object({
  entries: z.array(AuditEntry),
  nextBeforeSeq: z.number().nullable(),
  /** How many entries match the filter in all; on the first page only (no beforeSeq). */
  total: z.number().optional(),
});
export type AuditPage = z.infer<typeof AuditPage>;

export const AuditVerification = z.object({
  ok: z.boolean(),
  entries: z.number(),
  /** Position (1-based, stored order) of the first entry that does not fit the chain, and its time when readable. */
  firstBroken: z.number().nullable(),
  brokenAt: z.string().nullable(),
});
export type AuditVerification = z.infer<typeof AuditVerification>;
