/**
 * The inline migration list. Statically imported: a folder scan finds nothing once main is bundled.
 * Append only; names sort in order and are recorded in `caseload_migration`.
 */
import type { Kysely } from 'kysely';
import * as m0001 from './0001-initial';
import * as m0002 from './0002-register';
import * as m0003 from './0003-profiles';
import * as m0004 from './0004-profile-photo';
import * as m0005 from './0005-opp-plus';
import * as m0006 from './0006-idp';
import * as m0007 from './0007-reviews';
import * as m0008 from './0008-legal-hold';

export interface Migration {
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

export const MIGRATIONS: readonly Migration[] = [
  { name: '0001-initial', up: m0001.up },
  { name: '0002-register', up: m0002.up },
  { name: '0003-profiles', up: m0003.up },
  { name: '0004-profile-photo', up: m0004.up },
  { name: '0005-opp-plus', up: m0005.up },
  { name: '0006-idp', up: m0006.up },
  { name: '0007-reviews', up: m0007.up },
  { name: '0008-legal-hold', up: m0008.up },
];
