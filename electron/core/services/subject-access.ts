/**
 * A subject access request (UK GDPR Article 15): everything held about one learner, written as a folder the
 * person chooses — readable Word documents, the photos, and record.json — and recorded as a disclosure with its
 * audit entry. As with every export (export/save.ts), the records and the write share one transaction with the
 * write last: a folder that cannot be written rolls the records back, and a cancelled dialog records nothing.
 * The folder is written whole or not at all (export/folder-write.ts).
 */
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { exportFileName } from '../../../shared/print';
import { todayIso } from '../../../shared/rules/dates';
import type { Language } from '../../../shared/schemas/settings';
import { AppError } from '../app-error';
import { nowIso } from '../db/client';
import { storageFailure, type StorageWords } from '../db/errors';
import { freeFolderName, writeFolderAtomic } from '../export/folder-write';
import { REGISTER_WORDS } from '../export/register-labels';
import type { Platform } from '../platform';
import { appendAudit } from '../repositories/audit';
import { insertDisclosure } from '../repositories/idp';
import { getLearner } from '../repositories/learners';
import type { Session } from './session';
import { subjectAccessFiles } from './subject-access-files';
import { loadHeldRecords } from './subject-access-record';

const FOLDER_WORDS: StorageWords = {
  full: 'The disk is full, so the export was not saved. Free some space and try again.',
  denied: 'Caseload cannot write to that folder. Choose another place to save.',
  other: 'The export could not be saved there. Choose another place and try again.',
};

/** The disclosure's words are the core's own, in English, like a case pack's method (the screen translates). */
const DISCLOSURE = {
  recipient: 'The learner or their parent (subject access request)',
  purpose: 'Subject access request',
  method: 'Folder of files',
};

export interface SubjectAccessResult {
  saved: string | null;
  files: number;
}

export async function exportSubjectAccess(s: Session, platform: Platform, learnerId: string, language: Language): Promise<SubjectAccessResult> {
  if (!(await getLearner(s.db, learnerId))) throw new AppError('NOT_FOUND', 'That learner is no longer in the caseload.');
  const parent = await platform.chooseFolder({ purpose: 'subjectAccess' });
  if (!parent) return { saved: null, files: 0 };
  const date = todayIso();
  const held = await loadHeldRecords(s, learnerId);
  const files = await subjectAccessFiles(s, held, language, date);
  const target = join(parent, freeFolderName(parent, exportFileName(REGISTER_WORDS.folderLabel[language], held.name, date)));
  await s.db.transaction().execute(async (trx) => {
    const items = files.map((f) => f.name);
    await insertDisclosure(trx, { id: randomUUID(), learner_id: learnerId, date, recipient: DISCLOSURE.recipient, purpose: DISCLOSURE.purpose, items: JSON.stringify(items), method: DISCLOSURE.method, created_at: nowIso() });
    await appendAudit(trx, { action: 'learner.subject_access_exported', actor: s.actor, entityType: 'learner', entityId: learnerId, details: { files: files.length } });
    try {
      writeFolderAtomic(target, files);
    } catch (e) {
      throw storageFailure(e, FOLDER_WORDS);
    }
  });
  return { saved: target, files: files.length };
}
