/**
 * Checks on database copies: a copy made for a backup must match the live database; a copy taken out of a backup
 * must be intact, from this version of Caseload or an older one, and is summarised (counts only) for the person.
 */
import { AppError } from '../app-error';
import { vacuumInto } from './copy';
import type { Migration } from './migrations';
import { openDatabase, type Sqlite } from './open';

export interface BackupCounts {
  learners: number;
  profiles: number;
  oppPlusPlans: number;
  idps: number;
  reviews: number;
}

/** Row counts of every ordinary table (the search index's virtual table is left out; its shadow tables count). */
export function tableCounts(sqlite: Sqlite): Map<string, number> {
  const names = sqlite
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name`)
    .pluck()
    .all() as string[];
  return new Map(names.map((n) => [n, Number(sqlite.prepare(`SELECT count(*) FROM "${n.replace(/"/g, '""')}"`).pluck().get())]));
}

export function requireIntact(sqlite: Sqlite, message: string): void {
  const rows = sqlite.pragma('integrity_check') as { integrity_check: string }[];
  if (rows.length !== 1 || rows[0]?.integrity_check !== 'ok') throw new AppError('CORRUPT', message);
}

const MISMATCH = 'The backup copy did not match your data, so it was not kept. Try again.';

/**
 * The copy must hold what the live database held. VACUUM INTO cannot run inside a transaction, so the live counts
 * are read around it, and `data_version` (which moves only when ANOTHER connection commits) tells whether anything
 * else wrote meanwhile. In the app nothing can (one process, and the copy runs synchronously): every table must
 * match exactly. If another process did write (the backup-while-writing test), counts of tables it changed cannot
 * be compared (the search index even shrinks when it merges); the audit log, which only ever grows, must still
 * hold at least every entry committed before the copy began and no more than after it ended.
 */
function requireSameCounts(copy: Map<string, number>, before: Map<string, number>, after: Map<string, number>, quiet: boolean): void {
  const mismatch = (table: string, ok: (c: number) => boolean) => {
    const c = copy.get(table);
    if (c === undefined || !ok(c)) throw new AppError('INTERNAL', MISMATCH);
  };
  if (quiet) for (const [table, n] of after) mismatch(table, (c) => c === n);
  else mismatch('audit_log', (c) => c >= (before.get('audit_log') ?? 0) && c <= (after.get('audit_log') ?? 0));
}

/**
 * A consistent copy of the live database in `dest` (VACUUM INTO, same cipher and key), opened with the key and
 * checked: integrity_check, and row counts equal to the live ones. It is left in rollback-journal mode, one
 * self-contained file with no -wal beside it.
 */
export function copyVerified(live: Sqlite, key: Buffer, dest: string, nativeBinding?: string): void {
  const version = () => Number(live.pragma('data_version', { simple: true }));
  const startVersion = version();
  const before = tableCounts(live);
  vacuumInto(live, dest);
  const after = tableCounts(live);
  const quiet = version() === startVersion;
  const copy = openDatabase(dest, key, { nativeBinding });
  try {
    requireIntact(copy, 'The backup copy failed its check, so it was not kept. Try again.');
    requireSameCounts(tableCounts(copy), before, after, quiet);
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** A backup made by a newer Caseload has updates this one does not know: refused, as the live database would be. */
export function requireKnownMigrations(sqlite: Sqlite, migrations: readonly Migration[]): void {
  const tables = tableCounts(sqlite);
  if (!tables.has('caseload_migration')) throw new AppError('CORRUPT', 'This backup does not hold Caseload data. Nothing was changed.');
  const known = new Set(migrations.map((m) => m.name));
  const applied = sqlite.prepare('SELECT name FROM caseload_migration').pluck().all() as string[];
  if (applied.some((name) => !known.has(name))) {
    throw new AppError(
      'NEWER_DATABASE',
      'This backup was made by a newer version of Caseload. Install the newer version to restore it; nothing has been changed.',
    );
  }
}

const SUMMARY: Record<keyof BackupCounts, { table: string; sql: string }> = {
  learners: { table: 'learner', sql: 'SELECT count(*) FROM learner' },
  profiles: { table: 'profile', sql: `SELECT count(*) FROM profile WHERE owner_kind = 'learner' AND status = 'current'` },
  oppPlusPlans: { table: 'opp_plus_plan', sql: 'SELECT count(*) FROM opp_plus_plan' },
  idps: { table: 'idp', sql: 'SELECT count(DISTINCT learner_id) FROM idp' },
  reviews: { table: 'review', sql: `SELECT count(*) FROM review WHERE status <> 'cancelled'` },
};

/** What a backup holds, in counts (an older backup may lack the newer tables: those count 0), and its last change. */
export function summarise(sqlite: Sqlite): BackupCounts & { lastChange: string | null } {
  const tables = tableCounts(sqlite);
  const count = ({ table, sql }: { table: string; sql: string }) => (tables.has(table) ? Number(sqlite.prepare(sql).pluck().get()) : 0);
  const counts = Object.fromEntries(Object.entries(SUMMARY).map(([k, q]) => [k, count(q)])) as unknown as BackupCounts;
  const lastChange = (sqlite.prepare('SELECT max(at) FROM audit_log').pluck().get() as string | null) ?? null;
  return { ...counts, lastChange };
}
