import { Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Driver, type Transaction } from 'kysely';
import type { DB } from './schema';
import type { Sqlite } from './open';

export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;

/**
 * SQLite rolls a transaction back by itself after some errors (SQLITE_FULL on a full disk, SQLITE_IOERR…). Kysely's
 * ROLLBACK would then fail with "no transaction is active" and hide the real error, which the person must see
 * ("The disk is full…"): so it is skipped when no transaction is open. https://sqlite.org/lang_transaction.html
 */
class RollbackSafeDialect extends SqliteDialect {
  constructor(private readonly sqlite: Sqlite) {
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    const sqlite = this.sqlite;
    return new (class extends SqliteDriver {
      override async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
        if (sqlite.inTransaction) await super.rollbackTransaction(connection);
      }
    })({ database: sqlite });
  }
}

export function createKysely(sqlite: Sqlite): Db {
  return new Kysely<DB>({ dialect: new RollbackSafeDialect(sqlite) });
}

export const nowIso = (): string => new Date().toISOString();
