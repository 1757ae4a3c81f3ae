/**
 * The audit log as people see it: pages of entries with names, the chain check, and the view entries written when
 * a learner's record or one of their documents is opened.
 */
import { auditCategory, categorisedActions, actionsIn } from '../../../shared/rules/audit-actions';
import { AUDIT_PAGE, type AuditCategory, type AuditEntry, type AuditPage, type AuditQuery, type AuditVerification } from '../../../shared/schemas/audit';
import type { Db } from '../db/client';
import { appendAudit, auditChunk, countAudit, GENESIS_HASH, hashEntry, listAuditPage, type AuditFilter, type AuditListRow } from '../repositories/audit';
import { displayName } from './learner-mapping';
import type { Session } from './session';

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The position (1-based, in stored order) of the first entry that does not fit the chain. */
  firstBroken: number | null;
}

/** Rows read at a time while walking the chain: memory stays flat however long the log grows. */
const CHAIN_CHUNK = 5_000;

/** A stored time, if it still reads as one (a tampered entry's time may be anything). */
function readableTime(at: string): string | null {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(at) && Number.isFinite(Date.parse(at)) ? at : null;
}

/**
 * Walks the chain in stored order, once, a chunk at a time; the first entry whose sequence, link or hash does not
 * fit is reported with its stored time.
 */
async function walkChain(db: Db): Promise<ChainReport & { brokenAt: string | null }> {
  let prev = GENESIS_HASH;
  let position = 0;
  for (let chunk = await auditChunk(db, 0, CHAIN_CHUNK); chunk.length > 0; chunk = await auditChunk(db, chunk.at(-1)!.seq, CHAIN_CHUNK)) {
    for (const row of chunk) {
      position += 1;
      const { hash, ...rest } = row;
      if (row.seq !== position || row.prev_hash !== prev || hashEntry(rest) !== hash) {
        return { ok: false, entries: await countAudit(db), firstBroken: position, brokenAt: readableTime(row.at) };
      }
      prev = hash;
    }
  }
  return { ok: true, entries: position, firstBroken: null, brokenAt: null };
}

/** Walks the chain in stored order; the first entry whose sequence, link or hash does not fit is reported. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const { ok, entries, firstBroken } = await walkChain(db);
  return { ok, entries, firstBroken };
}

export function verifyAudit(s: Session): Promise<AuditVerification> {
  return walkChain(s.db);
}

function categoryFilter(category: AuditCategory): AuditFilter['actions'] {
  // 'other' is whatever the category table does not file elsewhere, including actions it has never heard of.
  return category === 'other' ? { notIn: categorisedActions() } : { in: actionsIn(category) };
}

function details(json: string): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(json);
    return parsed !== null && typeof parsed === 'object' && !Array.isArray(parsed) ? (parsed as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function toEntry(r: AuditListRow): AuditEntry {
  const aboutLearner = r.entity_type === 'learner';
  return {
    seq: r.seq,
    at: r.at,
    action: r.action,
    category: auditCategory(r.action),
    actorName: r.actor_name,
    entityType: r.entity_type,
    learnerId: aboutLearner ? r.entity_id : null,
    learnerName: aboutLearner && r.legal_first_name !== null && r.legal_last_name !== null ? displayName({ ...r, legal_first_name: r.legal_first_name, legal_last_name: r.legal_last_name }) : null,
    details: details(r.details),
  };
}

/** A page of the log, newest first, filtered in SQL; the first page also says how many entries match. */
export async function listAudit(s: Session, q: AuditQuery): Promise<AuditPage> {
  const limit = q.limit ?? AUDIT_PAGE;
  const filter: AuditFilter = { learnerId: q.learnerId, actions: q.category && categoryFilter(q.category) };
  // One more than asked for: whether it comes back says whether there are older entries.
  const rows = await listAuditPage(s.db, filter, { beforeSeq: q.beforeSeq, limit: limit + 1 });
  const page = rows.slice(0, limit);
  return {
    entries: page.map(toEntry),
    nextBeforeSeq: rows.length > limit ? page.at(-1)!.seq : null,
    ...(q.beforeSeq === undefined && { total: await countAudit(s.db, filter) }),
  };
}

export type ViewedDocument = 'learner' | 'profile' | 'oppPlus' | 'idp' | 'review';

export interface View {
  action: string;
  learnerId: string;
  document: ViewedDocument;
  /** The document's id (the learner's own id for their page). */
  id: string;
}

/** A record opened again within this time by the same person in the same session is not logged again. */
export const VIEW_WINDOW_MS = 5 * 60_000;

// Per session (a new unlock starts afresh), keyed by actor, document and id: the time of the last view logged.
const lastViews = new WeakMap<Session, Map<string, number>>();

/**
 * Logs that a learner's record or document was opened: who, whose, which document. The screens refetch a record
 * after every autosave, so a repeat within VIEW_WINDOW_MS is the same look and is not logged again. The entry
 * is written in its own transaction, which holds the connection, so two records opened at once cannot race for
 * the same sequence number.
 */
export async function recordView(s: Session, view: View, now: number = Date.now()): Promise<void> {
  let seen = lastViews.get(s);
  if (!seen) lastViews.set(s, (seen = new Map()));
  const key = JSON.stringify([s.actor, view.document, view.id]);
  const last = seen.get(key);
  if (last !== undefined && now - last < VIEW_WINDOW_MS) return;
  seen.set(key, now);
  try {
    await appendAudit(s.db, { action: view.action, actor: s.actor, entityType: 'learner', entityId: view.learnerId, details: { document: view.document, id: view.id } });
  } catch (e) {
    seen.delete(key);
    throw e;
  }
}
