/**
 * Helpers for the retention and subject access tests: a vault whose dialogs answer with a temp folder, and a
 * learner with records of every type (register fields and needs, a contact, a photo, two profile versions with a
 * picture of their own, an OPP+ plan with a row and a measure, an issued IDP and a draft, a held review, a case
 * pack disclosure), each part carrying its own distinctive string (a canary) built from a tag, so two learners'
 * strings never meet. Everything goes through the contract.
 */
import { sql } from 'kysely';
import type { Input } from '../../shared/ipc';
import { fakePlatform, type FakePlatform } from './fake-platform';
import { databaseKey, ok, SAMPLE_INTERVENTION, setupVault, tempDir } from './helpers';
import { addLearner, noiseJpeg, withDb, type RegisterVault } from './register-support';

export type RetentionVault = RegisterVault & { out: string; platform: FakePlatform };

export async function retentionVault(): Promise<RetentionVault> {
  const out = tempDir();
  const platform = fakePlatform(out);
  const v = await setupVault({}, { platform });
  return { ...v, out, platform, key: await databaseKey(v.dir, v.passphrase) };
}

/** Five digits from the tag, so two learners' phone numbers differ. */
const digitsOf = (tag: string) => String([...tag].reduce((n, ch) => (n * 31 + ch.charCodeAt(0)) % 100_000, 7)).padStart(5, '0');

/** A noise seed of the learner's own, so two learners' photos share no bytes. */
const seedOf = (c: Canaries, n: number) => Number(digitsOf(c.register.first)) * 10 + n;

/** The canaries of one learner, by the part of the record that holds them. */
export function canaries(tag: string) {
  return {
    register: { first: `${tag}ella`, last: `${tag}worthy`, preferred: `${tag}ie`, notes: `${tag} loves the orrery club`, setting: `${tag} annexe`, agency: `${tag} outreach team` },
    contact: { name: `${tag}son Parent`, phone: `07700 9${digitsOf(tag)}`, email: `${tag.toLowerCase()}@example.org`, address: `12 ${tag} Lane` },
    profile: { v1: `${tag} appreciates kestrels`, v2: `${tag} now appreciates otters` },
    oppPlus: { importantTo: `${tag} tends the bean rows`, customName: `${tag} Phonics`, target: `${tag} decodes 30 words`, measureNote: `${tag} measured by the pond` },
    idp: { view: `${tag} wants the ferry ride`, override: `${tag} issued early for the panel` },
    review: { place: `${tag} library corner`, appreciation: `${tag} always holds the door` },
    disclosure: { recipient: `${tag} Council ALN team`, purpose: `${tag} referral purpose` },
  };
}
export type Canaries = ReturnType<typeof canaries>;

/** Every canary of a learner as a flat list, each labelled with its part. */
export function canaryList(c: Canaries): { part: string; text: string }[] {
  return Object.entries(c).flatMap(([part, texts]) => Object.values(texts).map((text) => ({ part, text })));
}

async function addProfiles(v: RetentionVault, learnerId: string, c: Canaries): Promise<void> {
  const item = (text: string) => ({ section: 'appreciation' as const, text, contributor: 'staff' as const, firstPerson: false, importantFor: false });
  let p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId }));
  p = ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items: [item(c.profile.v1)] }));
  p = ok(await v.core.invoke('profiles.setPhoto', { profileId: p.id, version: p.version, imageBase64: (await noiseJpeg(200, 240, seedOf(c, 1))).toString('base64') }));
  const next = ok(await v.core.invoke('profiles.newVersion', { profileId: p.id, version: p.version }));
  ok(await v.core.invoke('profiles.saveItems', { profileId: next.id, version: next.version, items: [item(c.profile.v1), item(c.profile.v2)] }));
}

async function addOppPlus(v: RetentionVault, learnerId: string, c: Canaries): Promise<void> {
  const plan = ok(await v.core.invoke('oppPlus.start', { learnerId }));
  ok(await v.core.invoke('oppPlus.update', { planId: plan.id, version: plan.version, patch: { importantTo: c.oppPlus.importantTo } }));
  const fields = { ...SAMPLE_INTERVENTION, customName: c.oppPlus.customName, target: c.oppPlus.target };
  const row = ok(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields })).interventions[0]!;
  ok(await v.core.invoke('oppPlus.addMeasure', { interventionId: row.id, measure: { phase: 'baseline', tool: 'Reading age', score: 84, date: '2026-09-14', note: c.oppPlus.measureNote } }));
}

/** Version 1 issued (with gaps, so with a reason), version 2 a draft copied from it. */
async function addIdp(v: RetentionVault, learnerId: string, c: Canaries): Promise<void> {
  let idp = ok(await v.core.invoke('idp.startDraft', { learnerId }));
  const view = { id: 'v1', who: 'learner' as const, name: '', text: c.idp.view, date: null, method: 'conversation' as const, verbatim: true };
  idp = ok(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section: 'views', value: [view] }));
  ok(await v.core.invoke('idp.issue', { idpId: idp.id, version: idp.version, dateGiven: '2026-11-20', overrideReason: c.idp.override }));
  ok(await v.core.invoke('idp.startDraft', { learnerId }));
}

async function addReview(v: RetentionVault, learnerId: string, c: Canaries): Promise<void> {
  const fields = { type: 'transition' as const, date: '2026-11-02', time: '15:30', place: c.review.place, online: false, facilitator: 'ALNCo', language: 'en' as const, invitees: [] };
  const review = ok(await v.core.invoke('reviews.schedule', { learnerId, fields }));
  const record = { appreciation: c.review.appreciation, importantNow: '', importantFuture: '', bestSupport: '', perspectives: [], questions: '', actions: [], elementOutcomes: [] };
  ok(await v.core.invoke('reviews.saveRecord', { reviewId: review.id, version: review.version, record, held: true }));
}

/** A learner with records of every type, each part holding its canary. Returns the learner's id. */
export async function seedLearner(v: RetentionVault, c: Canaries, over: Partial<Input<'learners.create'>> = {}): Promise<string> {
  const r = c.register;
  const learner = await addLearner(v.core, { legalFirstName: r.first, legalLastName: r.last, preferredName: r.preferred, notes: r.notes, setting: r.setting, agencies: [r.agency], dateOfBirth: '1990-05-01', primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD'], ...over });
  ok(await v.core.invoke('contacts.create', { learnerId: learner.id, relationship: 'MOTHER', ...c.contact }));
  ok(await v.core.invoke('photos.set', { learnerId: learner.id, imageBase64: (await noiseJpeg(300, 360, seedOf(c, 2))).toString('base64') }));
  await addProfiles(v, learner.id, c);
  await addOppPlus(v, learner.id, c);
  await addIdp(v, learner.id, c);
  await addReview(v, learner.id, c);
  ok(await v.core.invoke('idp.casePack', { learnerId: learner.id, reason: 'referral', recipient: c.disclosure.recipient, purpose: c.disclosure.purpose, statement: 'Specialist teaching', headings: 'en' }));
  return learner.id;
}

/** The tables a learner's records live in. */
export const RECORD_TABLES = ['learner', 'learner_need', 'learner_photo', 'contact', 'timeline_event', 'disclosure', 'profile', 'profile_item', 'opp_plus_plan', 'intervention', 'intervention_measure', 'idp', 'review'] as const;
export type RecordTable = (typeof RECORD_TABLES)[number];

/** Rows per record table. */
export function rowCounts(v: RegisterVault): Promise<Record<RecordTable, number>> {
  return withDb(v, async (db) => {
    const out = {} as Record<RecordTable, number>;
    for (const t of RECORD_TABLES) {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.table(t)}`.execute(db);
      out[t] = Number(rows[0]!.n);
    }
    return out;
  });
}

/** The difference `after - before`, only where it is not zero. */
export function changed(before: Record<string, number>, after: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.keys(before).flatMap((k) => (after[k] !== before[k] ? [[k, after[k]! - before[k]!]] : [])));
}

/** Every audit entry's stored text (action, entity and details), in order. */
export function auditTexts(v: RegisterVault): Promise<{ action: string; entityId: string | null; details: string }[]> {
  return withDb(v, async (db) => (await db.selectFrom('audit_log').select(['action', 'entity_id', 'details']).orderBy('seq').execute()).map((r) => ({ action: r.action, entityId: r.entity_id, details: r.details })));
}
