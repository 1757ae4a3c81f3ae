/** Per-vault configuration kept in the encrypted store: which need-code list is in use, and the school calendar. */
import { NO_CALENDAR, type SchoolCalendar } from '../../../shared/rules/deadlines';
import { CodeListKey } from '../../../shared/schemas/codes';
import type { SchoolCalendarInput } from '../../../shared/schemas/calendar';
import type { Db, Trx } from '../db/client';
import { appendAudit } from '../repositories/audit';
import { getPreference, setPreference } from '../repositories/preferences';
import type { Session } from './session';

const CALENDAR_KEY = 'schoolCalendar';

export async function needListKey(db: Db | Trx): Promise<CodeListKey> {
  const parsed = CodeListKey.safeParse(await getPreference(db, 'needListKey'));
  return parsed.success ? parsed.data : 'WAL_NEED_TYPE';
}

export async function loadCalendar(db: Db | Trx): Promise<SchoolCalendar> {
  const value = (await getPreference(db, CALENDAR_KEY)) as SchoolCalendar | undefined;
  return value && Array.isArray(value.terms) && Array.isArray(value.closures) ? value : NO_CALENDAR;
}


/** Saves the term dates and closures, sorted, each closure once; every clock is counted from them from now on. */
export async function saveCalendar(s: Session, cal: SchoolCalendarInput): Promise<SchoolCalendar> {
  const tidy: SchoolCalendar = {
    terms: [...cal.terms].sort((a, b) => (a.start < b.start ? -1 : 1)),
    closures: [...new Set(cal.closures)].sort(),
  };
  await s.db.transaction().execute(async (trx) => {
    await setPreference(trx, CALENDAR_KEY, tidy);
    await appendAudit(trx, { action: 'calendar.saved', actor: s.actor, entityType: 'calendar', entityId: null, details: { terms: tidy.terms.length, closures: tidy.closures.length } });
  });
  return tidy;
}
