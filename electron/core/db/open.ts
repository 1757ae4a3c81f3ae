/**
 * The one connection factory. Order matters: cipher settings and key first (before anything touches the file),
 * then the connection pragmas, then a read that proves the key (a wrong key fails here with SQLITE_NOTADB).
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { existsSync } from 'node:fs';
import { AppError } from '../app-error';
import { CIPHER_PRAGMAS, CONNECTION_PRAGMAS, keyPragma } from './cipher';
import { toAppError } from './errors';

export type Sqlite = Database.Database;

export interface OpenOptions {
  /** Create the file if it does not exist (first-run setup only). */
  create?: boolean;
  /** Path of the driver's native addon built for the running runtime (Electron), when not the default. */
  nativeBinding?: string;
}

export function openDatabase(file: string, key: Buffer, options: OpenOptions = {}): Sqlite {
  if (!options.create && !existsSync(file)) {
    throw new AppError('NOT_FOUND', 'The database file is missing from the data folder. Restore it from a backup.');
  }
  let db: Sqlite | undefined;
  try {
    db = new Database(file, options.nativeBinding ? { nativeBinding: options.nativeBinding } : {});
    for (const p of CIPHER_PRAGMAS) db.pragma(p);
    db.pragma(keyPragma(key));
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    for (const p of CONNECTION_PRAGMAS) db.pragma(p);
    const sync = db.pragma('synchronous', { simple: true });
    if (sync !== 2) throw new Error(`synchronous pragma not applied (got ${String(sync)})`);
    return db;
  } catch (e) {
    db?.close();
    throw toAppError(e);
  }
}
