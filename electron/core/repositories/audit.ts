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

/** Appends one entry. Call it inside the transaction that makes the change it records. */
export async function appendAudit(trx: Trx | Db, input: AuditInput): Promise<void> {
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
