import { z } from 'zod';
import { Id, requiredText } from './common';

export const TransferExportInput = z.strictObject({
  learnerIds: z.array(Id).min(1).max(500),
  /** The receiving school, recorded as the disclosure's recipient. */
  recipient: requiredText(200),
});

/** `passphrase` is shown once and never stored; null with `saved` null when the save dialog was cancelled. */
export const TransferExportResult = z.object({ saved: z.string().nullable(), passphrase: z.string().nullable(), learners: z.number() });

export const TransferChoice = z.object({ token: Id, fileName: z.string(), bytes: z.number() }).nullable();

export const TransferPreviewInput = z.strictObject({ token: Id, passphrase: z.string().min(1).max(200) });

export const TransferCounts = z.object({
  contacts: z.number(),
  profiles: z.number(),
  oppPlusPlans: z.number(),
  idps: z.number(),
  reviews: z.number(),
  photos: z.number(),
});

export const TransferLearner = z.object({
  /** The learner's id in the transfer file. */
  ref: z.string(),
  name: z.string(),
  upn: z.string().nullable(),
  dateOfBirth: z.string(),
  yearGroup: z.string().nullable(),
  counts: TransferCounts,
  /** The learner already in this caseload with the same UPN (or the same record), if any. */
  match: z.object({ learnerId: z.string(), name: z.string() }).nullable(),
});
export type TransferLearner = z.infer<typeof TransferLearner>;

export const TransferPreview = z.object({
  token: z.string(),
  fromSchool: z.string(),
  madeAt: z.string(),
  learners: z.array(TransferLearner),
});
export type TransferPreview = z.infer<typeof TransferPreview>;

/** add: a new record; skip: leave it out; replace: only for a match, the record here is replaced by the one sent. */
export const TransferAction = z.enum(['add', 'skip', 'replace']);
export const TransferImportInput = z.strictObject({
  token: Id,
  choices: z.array(z.strictObject({ ref: z.string().min(1).max(64), action: TransferAction })).min(1).max(500),
});
export const TransferImportResult = z.object({ added: z.number(), replaced: z.number(), skipped: z.number() });

export const SubjectAccessInput = z.strictObject({ learnerId: Id });
/** `saved`: the folder written (null when cancelled); `files`: how many files it holds. */
export const SubjectAccessResult = z.object({ saved: z.string().nullable(), files: z.number() });
