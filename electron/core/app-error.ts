import type { ErrorCode } from '../../shared/errors';

/** An error meant for the person using the app: its message is shown as is, so it must be plain and safe. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const isAppError = (e: unknown): e is AppError => e instanceof AppError;
