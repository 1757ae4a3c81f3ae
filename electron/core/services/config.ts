/** Per-vault configuration kept in the encrypted store: which need-code list is in use, and the school calendar. */
import { NO_CALENDAR, type SchoolCalendar } from '../../../shared/rules/deadlines';
import { CodeListKey } from '../../../shared/schemas/codes';
import type { Db, Trx } from '../db/client';
import { getPreference } from '../repositories/preferences';

export async function needListKey(db: Db | Trx): Promise<CodeListKey> {
  const parsed = CodeListKey.safeParse(await getPreference(db, 'needListKey'));
  return parsed.success ? parsed.data : 'WAL_NEED_TYPE';
}

export async function loadCalendar(db: Db | Trx): Promise<SchoolCalendar> {
  const value = (await getPreference(db, 'schoolCalendar')) as SchoolCalendar | undefined;
  return value && Array.isArray(value.terms) && Array.isArray(value.closures) ? value : NO_CALENDAR;
}
