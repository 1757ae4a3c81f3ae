/**
 * The audit log is hash-chained: each entry stores the hash of the one before it, and its own hash covers its
 * fields plus that previous hash, so changing, deleting or reordering an entry breaks the chain.
 * Details must never carry personal data (names, notes): ids and field names only.
 */
import { createHash } from 'node:crypto';
import type { Db, Trx } from '../db/client';
import { nowIso } from '../db/client';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditInput {
  action: string;
  actor?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  details?: Record<string, unknown>;
  at?: string;
}

export interface AuditRow {
  seq: number;
  at: string;
  actor: string | null;
  action: string;
  entity_type: string | null;
  entity_id: string | null;
  details: string;
  prev_hash: string;
  hash: string;
}

export function hashEntry(e: Omit<AuditRow, 'hash'>): string {
  const canonical = JSON.stringify([e.seq, e.at, e.actor, e.action, e.entity_type, e.entity_id, e.details, e.prev_hash]);
  return createHash('sha256').update(canonical, 'utf8').digest('hex');
}

/**
 * Appends one entry. Call it inside the transaction that makes the change it records. Given the database itself,
 * it opens a transaction of its own: the read of the last entry and the insert must not interleave with another
 * append (two at once would take the same sequence number).
 */
export async function appendAudit(trx: Trx | Db, input: AuditInput): Promise<void> {
  if (!trx.isTransaction) return trx.transaction().execute((t) => appendAudit(t, input));
  const last = await trx.selectFrom('audit_log').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at ?? nowIso(),
    actor: input.actor ?? null,
    action: input.action,
    entity_type: input.entityType ?? null,
    entity_id: input.entityId ?? null,
    details: JSON.stringify(input.details ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  await trx.insertInto('audit_log').values({ ...row, hash: hashEntry(row) }).execute();
}

export function listAuditRows(db: Db | Trx): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().orderBy('seq').execute();
}

/** Which entries a page of the log shows: about one learner, and/or with the action in (or outside) a list. */
export interface AuditFilter {
  learnerId?: string;
  actions?: { in: string[] } | { notIn: string[] };
}

/** An entry with the names it points to as they are now (null when the person or learner is gone). */
export interface AuditListRow extends AuditRow {
  actor_name: string | null;
  legal_first_name: string | null;
  legal_last_name: string | null;
  preferred_name: string | null;
}

// Both filters run in SQL: the learner one on the (entity_type, entity_id) index, so a learner's history does not
// read the whole log, which grows by an entry every time a record is opened.
function filtered(db: Db | Trx, f: AuditFilter) {
  let q = db.selectFrom('audit_log');
  if (f.learnerId !== undefined) q = q.where('audit_log.entity_type', '=', 'learner').where('audit_log.entity_id', '=', f.learnerId);
  if (f.actions && 'in' in f.actions) q = q.where('audit_log.action', 'in', f.actions.in.length ? f.actions.in : ['']);
  if (f.actions && 'notIn' in f.actions && f.actions.notIn.length) q = q.where('audit_log.action', 'not in', f.actions.notIn);
  return q;
}

/** Newest first: up to `limit` entries with a sequence number below `beforeSeq` (when given). */
export function listAuditPage(db: Db | Trx, f: AuditFilter, page: { beforeSeq?: number; limit: number }): Promise<AuditListRow[]> {
  let q = filtered(db, f)
    .leftJoin('staff_user', 'staff_user.id', 'audit_log.actor')
    .leftJoin('learner', (join) => join.onRef('learner.id', '=', 'audit_log.entity_id').on('audit_log.entity_type', '=', 'learner'))
    .selectAll('audit_log')
    .select(['staff_user.name as actor_name', 'learner.legal_first_name', 'learner.legal_last_name', 'learner.preferred_name']);
  if (page.beforeSeq !== undefined) q = q.where('audit_log.seq', '<', page.beforeSeq);
  return q.orderBy('audit_log.seq', 'desc').limit(page.limit).execute();
}

export async function countAudit(db: Db | Trx, f: AuditFilter = {}): Promise<number> {
  const row = await filtered(db, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

/** Entries in stored order after `afterSeq`, a chunk at a time, so walking a long chain holds one chunk in memory. */
export function auditChunk(db: Db | Trx, afterSeq: number, size: number): Promise<AuditRow[]> {
  return db.selectFrom('audit_log').selectAll().where('seq', '>', afterSeq).orderBy('seq').limit(size).execute();
}
