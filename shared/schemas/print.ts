import { z } from 'zod';
import { Id } from './common';

export const PrintProfileInput = z.strictObject({ profileId: Id });
export const SavedFile = z.object({ saved: z.string().nullable() });
export const PrintedFile = SavedFile.extend({ pages: z.number() });

export const TransitionInput = z.strictObject({ jobId: Id, learnerIds: z.array(Id).min(1).max(3000) });
export const TransitionResult = PrintedFile.extend({ cancelled: z.boolean(), missing: z.number() });
export const SentToPrinter = z.object({ sent: z.boolean() });
export const JobInput = z.strictObject({ jobId: Id });
export const PrintProgress = z.object({ jobId: z.string(), done: z.number(), total: z.number() });
