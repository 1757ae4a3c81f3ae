import { AppError } from '../app-error';

/** SQLite's error codes, as better-sqlite3 reports them in `error.code`. */
function sqliteCode(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null && 'code' in e && typeof e.code === 'string' ? e.code : undefined;
}

/** Turns a storage failure into a message a coordinator can act on; anything else passes through. */
export function toAppError(e: unknown): unknown {
  const code = sqliteCode(e);
  if (!code?.startsWith('SQLITE_')) return e;
  if (code.startsWith('SQLITE_FULL')) return new AppError('STORAGE', 'The disk is full, so this was not saved. Free some space and try again.');
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_PERM'))
    return new AppError('STORAGE', 'Caseload cannot write to its data folder. Check that the folder is not read-only.');
  if (code.startsWith('SQLITE_NOTADB') || code.startsWith('SQLITE_CORRUPT'))
    return new AppError('CORRUPT', 'The database could not be read: it is damaged or the key does not match. Restore from a backup.');
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED'))
    return new AppError('CONFLICT', 'The database is busy. Try again in a moment.');
  return e;
}
