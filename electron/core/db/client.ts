import { Kysely, SqliteDialect, type Transaction } from 'kysely';
import type { DB } from './schema';
import type { Sqlite } from './open';

export type Db = Kysely<DB>;
export type Trx = Transaction<DB>;

export function createKysely(sqlite: Sqlite): Db {
  return new Kysely<DB>({ dialect: new SqliteDialect({ database: sqlite }) });
}

export const nowIso = (): string => new Date().toISOString();
