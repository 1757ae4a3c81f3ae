import type { Db } from '../db/client';
import { GENESIS_HASH, hashEntry, listAuditRows } from '../repositories/audit';

export interface ChainReport {
  ok: boolean;
  entries: number;
  /** The position (1-based, in stored order) of the first entry that does not fit the chain. */
  firstBroken: number | null;
}

/** Walks the chain in stored order; the first entry whose sequence, link or hash does not fit is reported. */
export async function verifyAuditChain(db: Db): Promise<ChainReport> {
  const rows = await listAuditRows(db);
  let prev = GENESIS_HASH;
  for (const [i, row] of rows.entries()) {
    const { hash, ...rest } = row;
    if (row.seq !== i + 1 || row.prev_hash !== prev || hashEntry(rest) !== hash) {
      return { ok: false, entries: rows.length, firstBroken: i + 1 };
    }
    prev = hash;
  }
  return { ok: true, entries: rows.length, firstBroken: null };
}
