/**
 * Re-keying, only ever on a COPY (security.md: a SIGKILL late in an in-place `PRAGMA rekey` left a file that
 * neither key could open). The copy is switched to journal_mode=DELETE first (SQLite3 Multiple Ciphers cannot
 * re-key in WAL mode), re-keyed, then opened afresh with the new key and checked. The caller moves the verified copy
 * into place. This module is the only one that calls rekey.
 */
import { AppError } from '../app-error';
import { keyPragma } from './cipher';
import { openDatabase } from './open';

export function rekeyCopy(file: string, from: Buffer, to: Buffer, nativeBinding?: string): void {
  const copy = openDatabase(file, from, { nativeBinding });
  try {
    copy.pragma('journal_mode = DELETE');
    copy.pragma(keyPragma(to).replace(/^key/, 'rekey'));
  } finally {
    copy.close();
  }
  const check = openDatabase(file, to, { nativeBinding });
  try {
    const result = check.pragma('integrity_check', { simple: true });
    if (result !== 'ok') throw new AppError('CORRUPT', 'The backup could not be prepared for this computer: its check failed. Nothing was changed.');
    check.pragma('journal_mode = DELETE');
  } finally {
    check.close();
  }
}
