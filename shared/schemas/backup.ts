import { z } from 'zod';
import { Id } from './common';

/** How many backups a folder keeps: the newest N of Caseload's own backup files; older ones are removed. */
export const BACKUP_KEEP = { min: 1, max: 60, default: 10 } as const;
/** The settings warn when the last successful backup is older than this. */
export const BACKUP_STALE_DAYS = 7;

/** What the settings show. The folder is the place the person chose (a path is not personal data). */
export const BackupStatus = z.object({
  folder: z.string().nullable(),
  keep: z.number().int(),
  automatic: z.boolean(),
  last: z.object({ at: z.string(), fileName: z.string(), bytes: z.number() }).nullable(),
  lastError: z.object({ at: z.string(), message: z.string() }).nullable(),
  /** No backup yet, or the last one is older than BACKUP_STALE_DAYS. */
  stale: z.boolean(),
});
export type BackupStatus = z.infer<typeof BackupStatus>;

export const ConfigureBackupInput = z.strictObject({
  keep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max),
  automatic: z.boolean(),
});

/** A backup file the person picked; the path stays in the main process, the renderer holds only the token. */
export const BackupChoice = z.object({ token: Id, fileName: z.string(), bytes: z.number(), madeAt: z.string() }).nullable();

/** The passphrase or the recovery key that opened Caseload when the backup was made. */
export const InspectBackupInput = z.strictObject({ token: Id, secret: z.string().min(1).max(1024) });

/** What a checked backup holds: counts only, and the date of the last change in it. */
export const BackupSummary = z.object({
  token: z.string(),
  madeAt: z.string(),
  integrity: z.literal('ok'),
  learners: z.number(),
  profiles: z.number(),
  oppPlusPlans: z.number(),
  idps: z.number(),
  reviews: z.number(),
  lastChange: z.string().nullable(),
});
export type BackupSummary = z.infer<typeof BackupSummary>;

export const RestoreBackupInput = z.strictObject({ token: Id });
/** `safetyCopy`: the file name of the backup of the data that was replaced (null when there was none). */
export const RestoreResult = z.object({ restored: z.literal(true), safetyCopy: z.string().nullable() });
