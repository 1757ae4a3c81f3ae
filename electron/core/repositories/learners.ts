/** SQL for learners, their needs, photo and timeline. Free functions, db or trx first; no business rules here. */
import { sql, type Insertable, type Selectable, type Updateable } from 'kysely';
import { AppError } from '../app-error';
import { requireVersionedUpdate } from './versioned';
import type { Db, Trx } from '../db/client';
import type { LearnerTable } from '../db/schema';

type Q = Db | Trx;

export type LearnerRecord = Selectable<LearnerTable>;

export interface LearnerFilter {
  search?: string;
  yearGroup?: string;
  status?: string;
  need?: string;
  keyWorkerId?: string;
  archived: boolean;
}

/** "rhi mor" → `"rhi"* "mor"*`: every word must start a word in the names, UPN or notes. */
export function ftsQuery(search: string): string | null {
  const words = search
    .normalize('NFC')
    .split(/\s+/)
    .map((w) => w.replace(/[^\p{L}\p{N}]/gu, ''))
    .filter(Boolean)
    .slice(0, 8);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

export async function insertLearner(trx: Trx, row: Insertable<LearnerTable>): Promise<void> {
  await trx.insertInto('learner').values(row).execute();
}

export async function countLearners(db: Q): Promise<number> {
  const row = await db.selectFrom('learner').select((e) => e.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export function getLearner(db: Q, id: string): Promise<LearnerRecord | undefined> {
  return db.selectFrom('learner').selectAll().where('id', '=', id).executeTakeFirst();
}

export function findLearnerByUpn(db: Q, upn: string): Promise<LearnerRecord | undefined> {
  return db.selectFrom('learner').selectAll().where('upn', '=', upn).executeTakeFirst();
}

/** The learners holding any of these UPNs, asked in batches (SQLite bounds the number of bound values). */
export async function findLearnersByUpns(db: Q, upns: readonly string[]): Promise<LearnerRecord[]> {
  const found: LearnerRecord[] = [];
  for (let i = 0; i < upns.length; i += 500) {
    found.push(...(await db.selectFrom('learner').selectAll().where('upn', 'in', upns.slice(i, i + 500)).execute()));
  }
  return found;
}

export async function updateLearner(trx: Trx, id: string, version: number, changes: Updateable<LearnerTable>): Promise<number> {
  const result = await trx
    .updateTable('learner')
    .set({ ...changes, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  await requireVersionedUpdate(result, () => getLearner(trx, id), { gone: 'That learner is no longer in the caseload.', noun: 'learner' });
  return version + 1;
}

export async function deleteLearner(trx: Trx, id: string): Promise<void> {
  const result = await trx.deleteFrom('learner').where('id', '=', id).executeTakeFirst();
  if (Number(result.numDeletedRows) !== 1) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
}

export interface LearnerListRow extends LearnerRecord {
  key_worker_name: string | null;
  primary_need: string | null;
}

export async function listLearners(db: Q, f: LearnerFilter): Promise<LearnerListRow[]> {
  let q = db
    .selectFrom('learner as l')
    .leftJoin('staff_user as s', 's.id', 'l.key_worker_id')
    .leftJoin('learner_need as pn', (j) => j.onRef('pn.learner_id', '=', 'l.id').on('pn.is_primary', '=', 1))
    .selectAll('l')
    .select(['s.name as key_worker_name', 'pn.code as primary_need'])
    .where('l.archived_at', f.archived ? 'is not' : 'is', null);
  const match = f.search ? ftsQuery(f.search) : null;
  if (match) q = q.where('l.seq', 'in', sql<number>`(SELECT rowid FROM learner_fts WHERE learner_fts MATCH ${match})`);
  if (f.yearGroup) q = q.where('l.year_group', '=', f.yearGroup);
  if (f.status) q = q.where('l.status', '=', f.status);
  if (f.keyWorkerId) q = q.where('l.key_worker_id', '=', f.keyWorkerId);
  if (f.need) {
    const need = f.need;
    q = q.where((eb) => eb.exists(eb.selectFrom('learner_need as n').select('n.code').whereRef('n.learner_id', '=', 'l.id').where('n.code', '=', need)));
  }
  return q.orderBy('l.legal_last_name').orderBy('l.legal_first_name').execute();
}

export function getNeeds(db: Q, learnerId: string) {
  return db.selectFrom('learner_need').select(['code', 'is_primary', 'list_key']).where('learner_id', '=', learnerId).orderBy('code').execute();
}

export async function replaceNeeds(trx: Trx, learnerId: string, listKey: string, primary: string | null, secondary: string[]): Promise<void> {
  await trx.deleteFrom('learner_need').where('learner_id', '=', learnerId).execute();
  const rows = [
    ...(primary ? [{ learner_id: learnerId, list_key: listKey, code: primary, is_primary: 1 }] : []),
    ...secondary.filter((c) => c !== primary).map((code) => ({ learner_id: learnerId, list_key: listKey, code, is_primary: 0 })),
  ];
  if (rows.length) await trx.insertInto('learner_need').values(rows).execute();
}

export async function insertTimelineEvent(trx: Trx, row: { id: string; learnerId: string; date: string; type: string; detail?: string | null }): Promise<void> {
  await trx
    .insertInto('timeline_event')
    .values({ id: row.id, learner_id: row.learnerId, date: row.date, type: row.type, detail: row.detail ?? null, created_at: new Date().toISOString() })
    .execute();
}

export function listTimeline(db: Q, learnerId: string) {
  return db
    .selectFrom('timeline_event')
    .select(['id', 'date', 'type', 'detail'])
    .where('learner_id', '=', learnerId)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
}

export function hasPhoto(db: Q, learnerId: string): Promise<boolean> {
  return db.selectFrom('learner_photo').select('learner_id').where('learner_id', '=', learnerId).executeTakeFirst().then(Boolean);
}

export function getPhoto(db: Q, learnerId: string) {
  return db.selectFrom('learner_photo').select(['mime', 'width', 'height', 'bytes']).where('learner_id', '=', learnerId).executeTakeFirst();
}

export async function putPhoto(trx: Trx, learnerId: string, photo: { mime: string; width: number; height: number; bytes: Buffer }): Promise<void> {
  const row = { learner_id: learnerId, ...photo, updated_at: new Date().toISOString() };
  await trx.insertInto('learner_photo').values(row).onConflict((oc) => oc.column('learner_id').doUpdateSet(row)).execute();
}

export async function deletePhoto(trx: Trx, learnerId: string): Promise<void> {
  await trx.deleteFrom('learner_photo').where('learner_id', '=', learnerId).execute();
}
