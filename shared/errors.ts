/** Error codes the renderer can act on. Messages are for people; codes are for code. */
export const ERROR_CODES = [
  'INVALID',
  'LOCKED',
  'NOT_SET_UP',
  'ALREADY_SET_UP',
  'WRONG_PASSPHRASE',
  'WRONG_RECOVERY_KEY',
  'WEAK_PASSPHRASE',
  'NOT_FOUND',
  'BAD_FILE',
  'CONFLICT',
  'NEWER_DATABASE',
  'MIGRATION_FAILED',
  'CORRUPT',
  'STORAGE',
  'IMPORT_FAILED',
  'INTERNAL',
  /** The sample caseload refuses to take in real records (its passphrase is not a secret). */
  'SAMPLE_ONLY',
  /** The sample caseload is being opened: only the vault's state and the settings answer meanwhile. */
  'BUSY',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorBody {
  code: ErrorCode;
  message: string;
}

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorBody };
