/**
 * Receiving a transfer: the preview (each learner sent, what their record holds, and who they match here) and the
 * import, in ONE transaction: every chosen learner goes in, or none does. Nothing here is overwritten unless the
 * coordinator chose "replace" for that learner: "add" is refused for a learner already here (a UPN is unique),
 * "replace" deletes the record here through the learner delete (every row goes with it) and writes the sent one
 * under the same id. Each learner arriving gets a timeline entry and an audit entry; programmes and need codes
 * the record uses but this school lacks are added retired, so the history keeps its names.
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import { todayIso } from '../../../shared/rules/dates';
import type { TransferImportInput, TransferImportResult, TransferPreview } from '../../../shared/schemas/transfer';
import { AppError, isAppError } from '../app-error';
import { nowIso, type Db, type Trx } from '../db/client';
import { toAppError } from '../db/errors';
import { appendAudit } from '../repositories/audit';
import { existingCodes } from '../repositories/codes';
import { findProgrammeByName, getProgramme, insertProgramme } from '../repositories/interventions';
import { deleteLearner, insertTimelineEvent } from '../repositories/learners';
import * as repo from '../repositories/transfer';
import { recordCounts } from './transfer-bundle';
import { arrivalEvents, clearedStaff, recordIn, type Links } from './transfer-rows';
import { recordIds, type LearnerRecord, type TransferBundle } from './transfer-schema';
import type { Session } from './session';

type Choice = z.infer<typeof TransferImportInput>['choices'][number];

interface Match {
  learnerId: string;
  name: string;
  legalHold: boolean;
  /** The UPN and the record id point at two different learners here. */
  ambiguous: boolean;
}

const nameOf = (r: { legal_first_name: string; legal_last_name: string }) => `${r.legal_first_name} ${r.legal_last_name}`;

/** Who each sent learner is here, if anyone: by UPN first, else by the same record id (a learner coming back). */
async function matchesFor(db: Db | Trx, records: readonly LearnerRecord[]): Promise<Map<string, Match | null>> {
  const upns = records.map((r) => r.learner.upn).filter((u): u is string => u !== null);
  const found = await repo.findLearnersByUpnOrId(db, upns, records.map((r) => r.learner.id));
  const out = new Map<string, Match | null>();
  for (const r of records) {
    const byUpn = r.learner.upn ? found.find((f) => f.upn === r.learner.upn) : undefined;
    const byId = found.find((f) => f.id === r.learner.id);
    const hit = byUpn ?? byId;
    out.set(r.learner.id, hit ? { learnerId: hit.id, name: nameOf(hit), legalHold: hit.legal_hold === 1, ambiguous: !!byUpn && !!byId && byUpn.id !== byId.id } : null);
  }
  return out;
}

export async function previewBundle(db: Db, bundle: TransferBundle, token: string): Promise<z.infer<typeof TransferPreview>> {
  const matches = await matchesFor(db, bundle.learners);
  return {
    token,
    fromSchool: bundle.fromSchool,
    madeAt: bundle.madeAt,
    learners: bundle.learners.map((r) => {
      const match = matches.get(r.learner.id);
      return {
        ref: r.learner.id,
        name: nameOf(r.learner),
        upn: r.learner.upn,
        dateOfBirth: r.learner.date_of_birth,
        yearGroup: r.learner.year_group,
        counts: recordCounts(r),
        match: match ? { learnerId: match.learnerId, name: match.name } : null,
      };
    }),
  };
}

/** Sent programmes → this school's: the same record, else one with the same name, else the sent one added retired. */
async function programmeLinks(trx: Trx, s: Session, bundle: TransferBundle, records: readonly LearnerRecord[], at: string): Promise<Map<string, string>> {
  const used = new Set(records.flatMap((r) => (r.oppPlusPlan?.interventions ?? []).map((i) => i.programme_id)));
  const links = new Map<string, string>();
  for (const p of bundle.programmes.filter((x) => used.has(x.id))) {
    const here = (await getProgramme(trx, p.id)) ?? (await findProgrammeByName(trx, p.name));
    if (here) {
      links.set(p.id, here.id);
      continue;
    }
    await insertProgramme(trx, { ...p, version: 1, suggested_measures: JSON.stringify(p.suggested_measures), retired_at: at, created_at: at, updated_at: at });
    await appendAudit(trx, { action: 'catalogue.created', actor: s.actor, entityType: 'programme', entityId: p.id, details: { retired: true, source: 'transfer' } });
    links.set(p.id, p.id);
  }
  return links;
}

/** Need codes the records use that this school's lists lack, added retired with the sending school's labels. */
async function addMissingCodes(trx: Trx, bundle: TransferBundle, records: readonly LearnerRecord[]): Promise<void> {
  const needs = records.flatMap((r) => r.needs);
  for (const listKey of new Set(needs.map((n) => n.list_key))) {
    const codes = [...new Set(needs.filter((n) => n.list_key === listKey).map((n) => n.code))];
    const known = await existingCodes(trx, listKey, codes);
    for (const code of codes.filter((c) => !known.has(c))) {
      const sent = bundle.codes.find((c) => c.list_key === listKey && c.code === code);
      await repo.insertRetiredCode(trx, { list_key: listKey, code, label_en: sent?.label_en || code, label_cy: sent?.label_cy || code });
    }
  }
}

function checkChoices(bundle: TransferBundle, choices: readonly Choice[]): Map<string, Choice['action']> {
  const refs = new Set(bundle.learners.map((r) => r.learner.id));
  const out = new Map<string, Choice['action']>();
  for (const c of choices) {
    if (!refs.has(c.ref) || out.has(c.ref)) throw new AppError('INVALID', 'The choices do not match the learners in this transfer file. Open the file again.');
    out.set(c.ref, c.action);
  }
  return out;
}

/** The learner id the record takes here, after clearing the way for "replace"; refuses what was not asked for. */
async function makeRoom(trx: Trx, r: LearnerRecord, action: 'add' | 'replace', match: Match | null): Promise<string> {
  const name = nameOf(r.learner);
  if (action === 'add' && match) throw new AppError('INVALID', `${name} is already in this caseload (${match.name}, matched by UPN or record). Choose "Skip" or "Replace the record here".`);
  if (action === 'replace' && !match) throw new AppError('INVALID', `${name} is not in this caseload, so there is nothing to replace. Choose "Add".`);
  if (!match) return r.learner.id;
  if (match.ambiguous) throw new AppError('INVALID', `${name} matches two different learners here (one by UPN, one by record), so nothing was imported. Choose "Skip" for them.`);
  if (match.legalHold) throw new AppError('INVALID', `${match.name}'s record here is under a legal hold, so it cannot be replaced. Choose "Skip" for them.`);
  await deleteLearner(trx, match.learnerId);
  return match.learnerId;
}

async function refuseTakenIds(trx: Trx, r: LearnerRecord): Promise<void> {
  const { learner: _l, ...tables } = recordIds(r);
  for (const [table, ids] of Object.entries(tables)) {
    if ((await repo.takenIds(trx, table as Parameters<typeof repo.takenIds>[1], ids)).length) {
      throw new AppError('INVALID', `Part of ${nameOf(r.learner)}'s record is already in this caseload under another learner, so nothing was imported.`);
    }
  }
}

async function importOne(trx: Trx, s: Session, bundle: TransferBundle, r: LearnerRecord, action: 'add' | 'replace', match: Match | null, links: Links): Promise<void> {
  const learnerId = await makeRoom(trx, r, action, match);
  await refuseTakenIds(trx, r);
  await repo.insertRecord(trx, recordIn(r, learnerId, links));
  for (const e of arrivalEvents(bundle.fromSchool, clearedStaff(r, bundle, links))) await insertTimelineEvent(trx, { id: randomUUID(), learnerId, date: todayIso(), ...e });
  await appendAudit(trx, { actor: s.actor, action: 'transfer.imported', entityType: 'learner', entityId: learnerId, details: { action, counts: recordCounts(r) } });
}

/** A failure while writing names no value; the transaction around it has rolled everything back. */
function importFailed(e: unknown): unknown {
  const known = toAppError(e);
  if (isAppError(known)) return known;
  const code = typeof e === 'object' && e !== null && 'code' in e ? ` (${String(e.code)})` : '';
  return new AppError('IMPORT_FAILED', `The transfer could not be saved${code}, so nothing was imported. Your caseload is unchanged.`);
}

export async function importBundle(s: Session, bundle: TransferBundle, choices: readonly Choice[]): Promise<z.infer<typeof TransferImportResult>> {
  const actions = checkChoices(bundle, choices);
  const chosen = bundle.learners.filter((r) => (actions.get(r.learner.id) ?? 'skip') !== 'skip');
  const result = { added: 0, replaced: 0, skipped: bundle.learners.length - chosen.length };
  try {
    await s.db.transaction().execute(async (trx) => {
      const at = nowIso();
      const matches = await matchesFor(trx, chosen);
      const staffHere = new Set((await repo.getStaffByIds(trx, bundle.staff.map((x) => x.id))).map((x) => x.id));
      const links: Links = { programmes: await programmeLinks(trx, s, bundle, chosen, at), staffHere };
      await addMissingCodes(trx, bundle, chosen);
      for (const r of chosen) {
        const action = actions.get(r.learner.id) as 'add' | 'replace';
        await importOne(trx, s, bundle, r, action, matches.get(r.learner.id) ?? null, links);
        result[action === 'add' ? 'added' : 'replaced']++;
      }
    });
  } catch (e) {
    throw importFailed(e);
  }
  // A replaced record's pages are zeroed (secure_delete); fold the log back in so they do not linger there either.
  if (result.replaced > 0) s.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return result;
}
