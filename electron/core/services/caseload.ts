/** The caseload list (filters, search, sort) and the "Due and overdue" panel, computed from the statutory clocks. */
import { daysBetween, todayIso } from '../../../shared/rules/dates';
import type { ClockKind } from '../../../shared/rules/deadlines';
import { ReviewRecord } from '../../../shared/schemas/review';
import { listOpenReviewRows } from '../repositories/reviews';
import type { DueItem, LearnerRow, ListLearnersInput } from '../../../shared/schemas/learner';
import { ListLearnersInput as ListSchema } from '../../../shared/schemas/learner';
import { getPreference, setPreference } from '../repositories/preferences';
import * as repo from '../repositories/learners';
import { loadCalendar } from './config';
import { clocksFor, displayName, earliest, legalName } from './learner-mapping';
import type { Session } from './session';
import type { LearnerStatus } from '../../../shared/schemas/learner';

const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
const YEAR_ORDER = ['N1', 'N2', 'R', ...Array.from({ length: 14 }, (_, i) => String(i + 1))];

type SortColumn = NonNullable<ListLearnersInput['sort']>['column'];

function sortKey(row: LearnerRow & { lastName: string }, column: SortColumn): string | number {
  switch (column) {
    case 'name':
      return `${row.lastName} ${row.displayName}`;
    case 'yearGroup':
      return row.yearGroup === null ? 99 : YEAR_ORDER.indexOf(row.yearGroup);
    case 'due':
      return row.nextDue?.due ?? '9999-12-31';
    case 'keyWorker':
      return row.keyWorkerName ?? '\uffff';
    default:
      return row[column] ?? '\uffff';
  }
}

function compare(a: string | number, b: string | number): number {
  return typeof a === 'number' && typeof b === 'number' ? a - b : collator.compare(String(a), String(b));
}

export async function listCaseload(s: Session, input: ListLearnersInput): Promise<{ rows: LearnerRow[]; total: number }> {
  const [records, calendar] = await Promise.all([
    repo.listLearners(s.db, { search: input.search, yearGroup: input.yearGroup, status: input.status, need: input.need, keyWorkerId: input.keyWorkerId, archived: input.archived ?? false }),
    loadCalendar(s.db),
  ]);
  const today = todayIso();
  let rows = records.map((r) => ({
    id: r.id,
    displayName: displayName(r),
    legalName: legalName(r),
    lastName: r.legal_last_name,
    upn: r.upn,
    dateOfBirth: r.date_of_birth,
    yearGroup: r.year_group,
    status: r.status as LearnerStatus,
    primaryNeed: r.primary_need,
    keyWorkerName: r.key_worker_name,
    nextDue: earliest(clocksFor(r, today, calendar)),
    archived: r.archived_at !== null,
  }));
  if (input.overdue) rows = rows.filter((r) => r.nextDue !== null && r.nextDue.daysRemaining < 0);
  if (input.dueWithinDays !== undefined) rows = rows.filter((r) => r.nextDue !== null && r.nextDue.daysRemaining <= input.dueWithinDays!);
  const { column, direction } = input.sort ?? { column: 'name', direction: 'asc' };
  const sign = direction === 'asc' ? 1 : -1;
  rows.sort((a, b) => sign * compare(sortKey(a, column), sortKey(b, column)) || compare(a.lastName, b.lastName));
  return { rows: rows.map(({ lastName: _, ...row }) => row), total: rows.length };
}

/**
 * Every open clock due within `withinDays` (and every overdue one), oldest first: the statutory deadlines, review
 * meetings still to be held, and open actions from held reviews.
 */
export async function dueItems(s: Session, withinDays = 60): Promise<DueItem[]> {
  const [records, calendar, reviews] = await Promise.all([repo.listLearners(s.db, { archived: false }), loadCalendar(s.db), listOpenReviewRows(s.db)]);
  const today = todayIso();
  const dated = (kind: ClockKind, due: string) => ({ kind, due, daysRemaining: daysBetween(today, due), estimated: false });
  const statutory: DueItem[] = records.flatMap((r) => clocksFor(r, today, calendar).map((clock) => ({ learnerId: r.id, displayName: displayName(r), yearGroup: r.year_group, clock, reviewId: null, action: null })));
  const fromReviews = reviews.flatMap((r): DueItem[] => {
    const who = { learnerId: r.learner_id, displayName: displayName(r), yearGroup: r.year_group, reviewId: r.id };
    const meeting: DueItem[] = r.status === 'scheduled' ? [{ ...who, clock: dated('reviewMeeting', r.date), action: null }] : [];
    // Actions count from when they are written down, whether or not the meeting is marked as held yet (or decided).
    // Those with no date have no clock: services/reviews.ts listUndatedActions gives them to the panel.
    const record = ReviewRecord.safeParse(JSON.parse(r.record));
    const open = record.success ? record.data.actions.filter((a) => a.status === 'open' && a.dueDate && a.action.trim() !== '') : [];
    return [...meeting, ...open.map((a) => ({ ...who, clock: dated('reviewAction', a.dueDate!), action: a.action }))];
  });
  return [...statutory, ...fromReviews].filter((item) => item.clock.daysRemaining <= withinDays).sort((a, b) => collator.compare(a.clock.due, b.clock.due));
}

const VIEW_KEY = 'caseloadView';

/** The caseload's filters and sort, kept in the encrypted store (a search can contain a name). */
export async function getCaseloadView(s: Session): Promise<ListLearnersInput> {
  const parsed = ListSchema.safeParse(await getPreference(s.db, VIEW_KEY));
  return parsed.success ? parsed.data : {};
}

export async function saveCaseloadView(s: Session, view: ListLearnersInput): Promise<ListLearnersInput> {
  await setPreference(s.db, VIEW_KEY, view);
  return view;
}
