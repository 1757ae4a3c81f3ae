/**
 * Brings the database up to this version of the app.
 * - A database that has a migration this app does not know is newer than the app: refused, nothing written.
 * - Before changing an existing database, a copy is taken beside it (VACUUM INTO, same key).
 * - All pending migrations run in ONE transaction with their bookkeeping, so a failure halfway leaves the
 *   database exactly as it was (SQLite DDL is transactional).
 */
import { sql } from 'kysely';
import { AppError } from '../app-error';
import type { Db } from './client';
import { nowIso } from './client';
import { vacuumInto } from './copy';
import type { Migration } from './migrations';
import type { Sqlite } from './open';

export interface MigrateResult {
  applied: string[];
  backupPath: string | null;
}

async function appliedMigrations(db: Db): Promise<string[]> {
  const table = await sql<{ name: string }>`SELECT name FROM sqlite_master WHERE type = 'table' AND name = 'caseload_migration'`.execute(db);
  if (table.rows.length === 0) return [];
  const rows = await db.selectFrom('caseload_migration').select('name').orderBy('name').execute();
  return rows.map((r) => r.name);
}

export async function migrate(
  db: Db,
  sqlite: Sqlite,
  migrations: readonly Migration[],
  backupPath: string,
): Promise<MigrateResult> {
  const applied = await appliedMigrations(db);
  const known = new Set(migrations.map((m) => m.name));
  if (applied.some((name) => !known.has(name))) {
    throw new AppError(
      'NEWER_DATABASE',
      'This data was saved by a newer version of Caseload. Install the newer version to open it; nothing has been changed.',
    );
  }
  if (applied.some((name, i) => migrations[i]?.name !== name)) {
    throw new AppError('CORRUPT', 'The database records an unexpected update history. Restore it from a backup.');
  }
  const pending = migrations.slice(applied.length);
  if (pending.length === 0) return { applied: [], backupPath: null };

  let backup: string | null = null;
  if (applied.length > 0) {
    vacuumInto(sqlite, backupPath);
    backup = backupPath;
  }
  let current = '';
  try {
    await db.transaction().execute(async (trx) => {
      await sql`CREATE TABLE IF NOT EXISTS caseload_migration (name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`.execute(trx);
      for (const m of pending) {
        current = m.name;
        await m.up(trx);
        await trx.insertInto('caseload_migration').values({ name: m.name, applied_at: nowIso() }).execute();
      }
    });
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    throw new AppError(
      'MIGRATION_FAILED',
      `Updating the database to this version of Caseload failed at step ${current} (${detail}). Nothing was changed: your data is as it was before.`,
    );
  }
  return { applied: pending.map((m) => m.name), backupPath: backup };
}
