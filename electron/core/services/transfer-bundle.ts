/**
 * A learner's full record as it travels: the register row and needs, photo, contacts, timeline, every one-page
 * profile version with its items and picture, the OPP+ plan with its rows and measures, every IDP version, the
 * reviews and the disclosure log; with the catalogue programmes, staff names and need codes those rows refer to.
 * JSON columns travel as JSON (so the receiving school checks them with its own schemas), photos as base64.
 *
 * Left behind on purpose: the row's local sequence number, and a legal hold (the sending school's own obligation;
 * its reason may name a case).
 */
import type { z } from 'zod';
import type { TransferCounts } from '../../../shared/schemas/transfer';
import { AppError } from '../app-error';
import type { Db } from '../db/client';
import * as repo from '../repositories/transfer';
import { BUNDLE_FORMAT, type LearnerRecord } from './transfer-schema';

function json(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError('INTERNAL', 'Part of a record could not be read back, so no transfer file was made. Restore from a backup, or contact support.');
  }
}

const b64 = (bytes: Buffer | null) => (bytes ? bytes.toString('base64') : null);

function planOut(rows: repo.RecordRows) {
  if (!rows.plan) return null;
  const { learner_id: _l, ...plan } = rows.plan;
  const interventions = rows.interventions.map(({ plan_id: _p, ...i }) => ({
    ...i,
    measures: rows.measures.filter((m) => m.intervention_id === i.id).map(({ intervention_id: _i, ...m }) => m),
  }));
  return { ...plan, interventions };
}

/** One learner's rows in the travelling shape (parent keys implied by nesting); checked by TransferBundle after. */
export function recordOut(rows: repo.RecordRows) {
  const { seq: _seq, legal_hold: _hold, legal_hold_reason: _reason, ...learner } = rows.learner;
  return {
    learner: { ...learner, home_languages: json(learner.home_languages), agencies: json(learner.agencies) },
    needs: rows.needs.map(({ learner_id: _l, ...n }) => n),
    photo: rows.photo ? { mime: rows.photo.mime, width: rows.photo.width, height: rows.photo.height, bytes: b64(rows.photo.bytes)!, updated_at: rows.photo.updated_at } : null,
    contacts: rows.contacts.map(({ learner_id: _l, ...c }) => c),
    timeline: rows.timeline.map(({ learner_id: _l, ...t }) => t),
    profiles: rows.profiles.map(({ owner_kind: _k, owner_id: _o, ...p }) => ({
      ...p,
      methods: json(p.methods),
      photo: b64(p.photo),
      items: rows.profileItems.filter((i) => i.profile_id === p.id).map(({ profile_id: _p, ...i }) => i),
    })),
    oppPlusPlan: planOut(rows),
    idps: rows.idps.map(({ learner_id: _l, ...i }) => ({ ...i, content: json(i.content), photo: b64(i.photo) })),
    reviews: rows.reviews.map(({ learner_id: _l, ...r }) => ({ ...r, invitees: json(r.invitees), record: json(r.record) })),
    disclosures: rows.disclosures.map(({ learner_id: _l, ...d }) => ({ ...d, items: json(d.items) })),
  };
}

/**
 * The chosen learners' records with what they refer to, as the database holds them (not yet checked: the caller
 * runs TransferBundle over it); NOT_FOUND if one has gone since it was chosen.
 */
export async function collectBundle(db: Db, learnerIds: readonly string[], fromSchool: string) {
  const all: repo.RecordRows[] = [];
  for (const id of new Set(learnerIds)) {
    const rows = await repo.readRecordRows(db, id);
    if (!rows) throw new AppError('NOT_FOUND', 'One of the learners chosen is no longer in the caseload. Choose again.');
    all.push(rows);
  }
  const programmeIds = [...new Set(all.flatMap((r) => r.interventions.map((i) => i.programme_id)).filter((x): x is string => !!x))];
  const staffIds = [...new Set(all.flatMap((r) => [r.learner.key_worker_id, ...r.interventions.map((i) => i.staff_id)]).filter((x): x is string => !!x))];
  return {
    format: BUNDLE_FORMAT,
    version: 1,
    fromSchool,
    madeAt: new Date().toISOString(),
    programmes: (await repo.getProgrammesByIds(db, programmeIds)).map((p) => ({ ...p, suggested_measures: json(p.suggested_measures) })),
    staff: await repo.getStaffByIds(db, staffIds),
    codes: await repo.getCodeLabels(db, all.flatMap((r) => r.needs)),
    learners: all.map(recordOut),
  };
}

function photoCount(r: LearnerRecord): number {
  return (r.photo ? 1 : 0) + r.profiles.filter((p) => p.photo).length + r.idps.filter((i) => i.photo).length;
}

export function recordCounts(r: LearnerRecord): z.infer<typeof TransferCounts> {
  return { contacts: r.contacts.length, profiles: r.profiles.length, oppPlusPlans: r.oppPlusPlan ? 1 : 0, idps: r.idps.length, reviews: r.reviews.length, photos: photoCount(r) };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** What went, for the disclosure log (in words, like a case pack's parts): only the parts the record has. */
export function disclosureItems(r: LearnerRecord): string[] {
  const interventions = r.oppPlusPlan?.interventions ?? [];
  const measures = interventions.reduce((n, i) => n + i.measures.length, 0);
  const parts: [number, string][] = [
    [1, 'Register details and needs'],
    [r.photo ? 1 : 0, 'Photo'],
    [r.contacts.length, `Contacts (${r.contacts.length})`],
    [r.timeline.length, `Timeline (${plural(r.timeline.length, 'entry', 'entries')})`],
    [r.profiles.length, `One-page profile (${plural(r.profiles.length, 'version', 'versions')})`],
    [r.oppPlusPlan ? 1 : 0, `OPP+ plan (${plural(interventions.length, 'intervention', 'interventions')}, ${plural(measures, 'measure', 'measures')})`],
    [r.idps.length, `IDP (${plural(r.idps.length, 'version', 'versions')})`],
    [r.reviews.length, `Reviews (${r.reviews.length})`],
    [r.disclosures.length, `Earlier disclosures (${r.disclosures.length})`],
  ];
  return parts.filter(([n]) => n > 0).map(([, words]) => words);
}
