import { AppError, isAppError } from '../app-error';

/** The error code SQLite (`SQLITE_…`, as better-sqlite3 reports it) or Node's fs (`ENOSPC`…) gave, if any. */
function errorCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

const FULL = ['SQLITE_FULL', 'ENOSPC', 'EDQUOT', 'EFBIG'];
const DENIED = ['SQLITE_READONLY', 'SQLITE_CANTOPEN', 'SQLITE_PERM', 'EACCES', 'EPERM', 'EROFS'];

/** Why a write to disk failed, as far as a person can act on it: no room, or not allowed to write there. */
export function storageProblem(e: unknown): 'full' | 'denied' | null {
  const code = errorCode(e) ?? '';
  if (FULL.some((c) => code.startsWith(c))) return 'full';
  if (DENIED.some((c) => code.startsWith(c))) return 'denied';
  return null;
}

/** What to tell the person when writing to one place failed: it is full, it cannot be written, anything else. */
export interface StorageWords {
  full: string;
  denied: string;
  other: string;
}

/**
 * A failed file write (an export, a backup) in the words of the place being written. An AppError thrown on
 * purpose along the way passes through unchanged.
 */
export function storageFailure(e: unknown, words: StorageWords): AppError {
  const problem = storageProblem(e);
  if (problem) return new AppError('STORAGE', words[problem]);
  return isAppError(e) ? e : new AppError('STORAGE', words.other);
}

/** Turns a storage failure into a message a coordinator can act on; anything else passes through. */
export function toAppError(e: unknown): unknown {
  const code = errorCode(e);
  if (!code?.startsWith('SQLITE_')) return e;
  const problem = storageProblem(e);
  if (problem === 'full') return new AppError('STORAGE', 'The disk is full, so this was not saved. Free some space and try again.');
  if (problem === 'denied') return new AppError('STORAGE', 'Caseload cannot write to its data folder. Check that the folder is not read-only.');
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'))
    return new AppError('CORRUPT', 'The database could not be read: it is damaged or the key does not match. Restore from a backup.');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError('CONFLICT', 'The database is busy. Try again in a moment.');
  // A failed read or write below SQLite (a file-size limit, a failing disk): the change rolled back; say so plainly.
  if (code.startsWith('SQLITE_IOERR'))
    return new AppError('STORAGE', 'The disk could not be written, so this was not saved. Check there is free space and the disk is working, then try again.');
  return e;
}
