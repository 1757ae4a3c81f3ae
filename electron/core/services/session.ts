/**
 * An unlocked session: the open database, its Kysely client and the key. Opening migrates; closing zeroes the key.
 */
import { rmSync } from 'node:fs';
import { AppError } from '../app-error';
import { createKysely, type Db } from '../db/client';
import { migrate } from '../db/migrate';
import type { Migration } from '../db/migrations';
import { openDatabase, type Sqlite } from '../db/open';
import { getOwner } from '../repositories/staff';

export interface Session {
  sqlite: Sqlite;
  db: Db;
  key: Buffer;
  /** The staff user acting in this session (the vault owner), for audit entries. */
  actor: string | null;
  paths: StorePaths;
}

export interface StorePaths {
  dataDir: string;
  dbFile: string;
  vaultFile: string;
  migrationBackup: string;
}

export interface SessionOptions {
  nativeBinding?: string;
  migrations: readonly Migration[];
}

export async function openSession(paths: StorePaths, key: Buffer, opts: SessionOptions, create = false): Promise<Session> {
  const sqlite = openDatabase(paths.dbFile, key, { create, nativeBinding: opts.nativeBinding });
  const db = createKysely(sqlite);
  try {
    await migrate(db, sqlite, opts.migrations, paths.migrationBackup);
    const owner = create ? undefined : await getOwner(db);
    return { sqlite, db, key, actor: owner?.id ?? null, paths };
  } catch (e) {
    await db.destroy();
    throw e;
  }
}

export async function closeSession(session: Session): Promise<void> {
  try {
    await session.db.destroy();
  } finally {
    session.key.fill(0);
  }
}

/** Removes a database left by a setup that never finished (no vault was written, so its key is gone for good). */
export function removeOrphanDatabase(paths: StorePaths): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(paths.dbFile + suffix, { force: true });
}

export function requireSession(session: Session | null): Session {
  if (!session) throw new AppError('LOCKED', 'Caseload is locked. Unlock it with your passphrase.');
  return session;
}
