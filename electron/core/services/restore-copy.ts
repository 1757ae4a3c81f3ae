/**
 * The database taken out of a backup, in a temp file in the data folder (still encrypted): checked and summarised
 * when the person types the secret, then made ready to replace the live file (re-keyed to the live key when it
 * came from another install, brought up to this version, the restore logged in it) before it is moved into place.
 */
import { timingSafeEqual } from 'node:crypto';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { AppError, isAppError } from '../app-error';
import { createKysely } from '../db/client';
import { migrate } from '../db/migrate';
import type { Migration } from '../db/migrations';
import { openDatabase, type Sqlite } from '../db/open';
import { rekeyCopy } from '../db/rekey';
import { appendAudit } from '../repositories/audit';
import { getOwner } from '../repositories/staff';
import { requireIntact, requireKnownMigrations, summarise, type BackupCounts } from '../db/copy-check';
import { removeTemp } from './backup-file';

export interface CopyOptions {
  nativeBinding?: string;
  migrations: readonly Migration[];
}

const UNREADABLE = 'This backup could not be read: it is damaged. Nothing was changed. Try another backup.';
const TEMP = /^\.restore-[0-9a-f-]{36}\.db/;

export const restoreTempPath = (dataDir: string, id: string) => join(dataDir, `.restore-${id}.db`);

/** Temp files a crash left in the data folder while a backup was being checked (ours only, by their shape). */
export function removeStaleRestoreTemps(dataDir: string): void {
  try {
    for (const name of readdirSync(dataDir)) if (TEMP.test(name)) rmSync(join(dataDir, name), { force: true });
  } catch {
    // A data folder that cannot be listed fails loudly on the first real use; nothing to tidy here.
  }
}

function openCopy(file: string, key: Buffer, nativeBinding?: string): Sqlite {
  try {
    return openDatabase(file, key, { nativeBinding });
  } catch (e) {
    throw isAppError(e) && e.code === 'CORRUPT' ? new AppError('CORRUPT', UNREADABLE) : e;
  }
}

/** integrity_check, from this version of Caseload or older, and what it holds. Leaves one self-contained file. */
export function checkCopy(file: string, key: Buffer, o: CopyOptions): BackupCounts & { lastChange: string | null } {
  const sqlite = openCopy(file, key, o.nativeBinding);
  try {
    requireIntact(sqlite, UNREADABLE);
    requireKnownMigrations(sqlite, o.migrations);
    const summary = summarise(sqlite);
    sqlite.pragma('journal_mode = DELETE');
    return summary;
  } catch (e) {
    // SQLite reports a damaged page while reading it (SQLITE_CORRUPT): in plain words, not as an internal error.
    throw isAppError(e) ? e : new AppError('CORRUPT', UNREADABLE);
  } finally {
    sqlite.close();
  }
}

/**
 * Makes the checked copy ready to be moved over the live database: keyed with `liveKey` (a copy, never the live
 * file), migrated, the restore written to its audit log, checked again, one self-contained file.
 */
export async function readyForInstall(file: string, backupKey: Buffer, liveKey: Buffer, details: Record<string, unknown>, o: CopyOptions): Promise<void> {
  if (!timingSafeEqual(backupKey, liveKey)) rekeyCopy(file, backupKey, liveKey, o.nativeBinding);
  const sqlite = openCopy(file, liveKey, o.nativeBinding);
  const db = createKysely(sqlite);
  const beforeUpdate = `${file}.before-update`;
  try {
    await migrate(db, sqlite, o.migrations, beforeUpdate);
    const owner = await getOwner(db);
    await db.transaction().execute((trx) => appendAudit(trx, { action: 'backup.restored', actor: owner?.id ?? null, details }));
    requireIntact(sqlite, UNREADABLE);
    sqlite.pragma('journal_mode = DELETE');
  } finally {
    await db.destroy();
    removeTemp(beforeUpdate);
  }
}
