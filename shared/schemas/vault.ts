import { z } from 'zod';

/** Free text a person types: trimmed, non-empty, bounded so a hostile caller cannot send megabytes. */
export const shortText = (max = 200) => z.string().trim().min(1).max(max);

/** Passphrases are never trimmed: a space is part of what was typed. */
const passphrase = z.string().min(1).max(1024);

export const VaultState = z.enum(['new', 'locked', 'unlocked']);
export type VaultState = z.infer<typeof VaultState>;

export const VaultStatus = z.object({
  state: VaultState,
  /** Failed unlock attempts since the last successful unlock (each one makes the next answer wait longer). */
  failedAttempts: z.number().int().nonnegative(),
  /** True while the sample caseload (fictional, for practice) is the vault in use rather than the school's own. */
  sample: z.boolean(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const SetupInput = z.strictObject({
  schoolName: shortText(),
  userName: shortText(),
  role: shortText(100),
  passphrase,
});
export type SetupInput = z.infer<typeof SetupInput>;

export const RecoveryKeyOutput = z.object({ recoveryKey: z.string() });

export const UnlockInput = z.strictObject({ passphrase });
export const ChangePassphraseInput = z.strictObject({ current: passphrase, next: passphrase });
export const RecoverInput = z.strictObject({ recoveryKey: z.string().min(1).max(200), next: passphrase });

export const LockReason = z.enum(['user', 'idle', 'sleep', 'screen-lock', 'shutdown']);
export type LockReason = z.infer<typeof LockReason>;
export const LockInput = z.strictObject({ reason: LockReason.optional() });

export const Empty = z.strictObject({});
export const Done = z.object({ done: z.literal(true) });

/** The sample caseload, opened: how many learners it holds and whether it was built just now (or reopened). */
export const SampleOpened = z.object({ learners: z.number().int().nonnegative(), built: z.boolean() });
export const SampleProgress = z.object({ done: z.number().int().nonnegative(), total: z.number().int().nonnegative() });
export type SampleProgress = z.infer<typeof SampleProgress>;
