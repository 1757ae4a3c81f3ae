/**
 * Saving an export where the person chose: written atomically (a crash or a full disk leaves no half file), and
 * logged, because an export is plaintext leaving the encrypted store.
 *
 * The log entry (and whatever else the export must record, such as a case pack's disclosure) is written in one
 * transaction with the file written last inside it: a file that cannot be written rolls the records back, and a
 * cancelled save dialog records nothing.
 */
import { appendAudit } from '../repositories/audit';
import { writeFileAtomic } from '../atomic-write';
import type { ExportKind, Platform } from '../platform';
import type { Trx } from '../db/client';
import { storageFailure, type StorageWords } from '../db/errors';
import type { Session } from '../services/session';

const SAVE_WORDS: StorageWords = {
  full: 'The disk is full, so the file was not saved. Free some space and try again.',
  denied: 'Caseload cannot write to that folder. Choose another place to save.',
  other: 'The file could not be saved there. Choose another place and try again.',
};

export interface SavedExport {
  saved: string | null;
}

export async function saveExport(
  s: Session,
  platform: Platform,
  file: { bytes: Buffer; defaultName: string; kind: ExportKind },
  audit: { action: string; entityType: string; entityId: string; details?: Record<string, unknown> },
  record?: (trx: Trx) => Promise<void>,
): Promise<SavedExport> {
  const path = await platform.chooseSavePath({ defaultName: file.defaultName, kind: file.kind });
  if (!path) return { saved: null };
  await s.db.transaction().execute(async (trx) => {
    await record?.(trx);
    await appendAudit(trx, { actor: s.actor, ...audit, details: { ...audit.details, kind: file.kind, bytes: file.bytes.length } });
    try {
      writeFileAtomic(path, file.bytes);
    } catch (e) {
      throw storageFailure(e, SAVE_WORDS);
    }
  });
  return { saved: path };
}
