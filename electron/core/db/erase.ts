import { rmSync } from 'node:fs';
import type { Sqlite } from './open';

/**
 * After records are destroyed (a learner deleted, records past their retention date): secure_delete has zeroed the
 * freed pages of the database file, but the same pages still sit in the WAL until a checkpoint, and the copy taken
 * before the last app update still holds everything. Destruction has to reach both. Run it after the transaction
 * that deleted the rows has committed.
 */
export function eraseTraces(sqlite: Sqlite, migrationBackup: string): void {
  // Fold the WAL back into the file now and truncate it, so the deleted rows do not linger in the log.
  sqlite.pragma('wal_checkpoint(TRUNCATE)');
  rmSync(migrationBackup, { force: true });
}
