/**
 * Helpers for the transfer tests: two schools (two vaults, two data folders, two fake platforms), a learner with
 * a record in every table that hangs off a learner, and the learner's raw rows in each database, table by table.
 */
import type { Db } from '../../electron/core/db/client';
import type { Input, Output } from '../../shared/ipc';
import { seedOppPlus } from '../fixtures/opp-plus-plan';
import { fakePlatform, type FakePlatform } from './fake-platform';
import { databaseKey, hashFiles, ok, setupVault, tableDigests, tempDir } from './helpers';
import { seedPlan, type ExportVault } from './idp-export-support';
import { fields, saveRecord } from './review-support';
import { addLearner, noiseJpeg, withDb } from './register-support';

export const RECEIVER = { schoolName: 'Ysgol Gyfun Glan Taf', userName: 'Huw Jenkins', role: 'ALNCo', passphrase: 'harbour saffron willow cinder' } as const;
export const SENDER_SCHOOL = 'Ysgol Bryn Derw';

export async function school(identity: Partial<Input<'vault.setup'>> = {}): Promise<ExportVault> {
  const out = tempDir();
  const platform = fakePlatform(out);
  const v = await setupVault(identity, { platform });
  return { ...v, out, platform, key: await databaseKey(v.dir, v.passphrase) };
}

export const twoSchools = async () => ({ a: await school(), b: await school(RECEIVER) });

/** Strings written into the rich learner's record (none may appear in a transfer file). */
export const CANARIES = {
  notes: 'Canary note: allergic to kiwi fruit, sits near the door',
  contact: 'Catrin Canary-Gruffydd',
  agency: 'Canary outreach service',
  keyWorker: 'Dafydd Jones',
  newCode: 'Canary need label for trauma',
  programme: 'Lexia Canary Reading',
  recipient: 'Ysgol Gyfun Glan Taf (Mr Canary Owen)',
};

/**
 * Elis Gruffydd (UPN B801200005001) with: needs (one from a code the receiver lacks), photo, key worker, notes,
 * two contacts, a timeline, two profile versions (items, own picture), an OPP+ plan with three rows (a custom
 * name, a seeded programme, the school's own programme) and measures, an issued IDP and a revised draft (so two
 * versions), a held review that decided "revise", and a case pack's disclosure.
 */
export async function richLearner(a: ExportVault): Promise<{ learnerId: string }> {
  ok(await a.core.invoke('codes.save', { listKey: 'WAL_NEED_TYPE', code: 'TRAUMA', labelEn: CANARIES.newCode, labelCy: 'Label caneri trawma', active: true }));
  const { learnerId } = await seedPlan(a, { learner: { primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD', 'TRAUMA'], notes: CANARIES.notes, agencies: [CANARIES.agency], lookedAfter: true } });
  await seedOppPlus(a.core, { learnerId, profile: false });
  const staff = ok(await a.core.invoke('staff.list', {})).find((s) => s.name === CANARIES.keyWorker)!;
  const learner = ok(await a.core.invoke('learners.get', { id: learnerId }));
  ok(await a.core.invoke('learners.update', { id: learnerId, version: learner.version, patch: { keyWorkerId: staff.id } }));
  const lexia = ok(await a.core.invoke('catalogue.create', { name: CANARIES.programme, area: 'literacy', sessionsPerWeek: 5, sessionMinutes: 20, durationWeeks: 10, suggestedMeasures: ['Reading age'] }));
  const plan = ok(await a.core.invoke('oppPlus.get', { learnerId }))!;
  ok(await a.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: { programmeId: lexia.id, customName: null, area: 'literacy', target: 'Reading age up 6 months by Easter', measureTool: 'Reading age', targetScore: 90, better: 'higher', targetDate: '2027-03-26', entryCriteria: null, sessionsPerWeek: 5, sessionMinutes: 20, durationWeeks: 10, startDate: '2027-01-11', plannedEndDate: '2027-03-19', staffId: staff.id, groupSize: 1, location: 'Library', language: 'en', status: 'planned', sessionsDelivered: null, impactNote: null } }));
  ok(await a.core.invoke('contacts.create', { learnerId, name: CANARIES.contact, relationship: 'MOTHER', phone: '07700 900001', parentalResponsibility: true, receivesCopies: true }));
  ok(await a.core.invoke('contacts.create', { learnerId, name: 'Dr Rhys Bowen', relationship: 'EP', organisation: 'Carmarthenshire County Council', email: 'rhys.bowen@example.org' }));
  ok(await a.core.invoke('photos.set', { learnerId, imageBase64: (await noiseJpeg(320, 400, 7)).toString('base64') }));
  const profile = ok(await a.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId }));
  ok(await a.core.invoke('profiles.newVersion', { profileId: profile.id, version: profile.version }));
  const review = ok(await a.core.invoke('reviews.schedule', { learnerId, fields: fields({ invitees: [...fields().invitees, { id: 'i3', kind: 'staff', refId: staff.id, name: CANARIES.keyWorker, role: 'Teaching assistant', attendance: 'invited' }] }) }));
  const held = await saveRecord(a, review);
  ok(await a.core.invoke('reviews.decide', { reviewId: held.id, version: held.version, decision: 'revise', date: '2026-11-20', reason: null })); // a decision is never dated after today
  ok(await a.core.invoke('idp.casePack', { learnerId, reason: 'referral', recipient: 'Carmarthenshire ALN team', purpose: 'An LA decision', statement: 'Specialist teaching we cannot secure.', headings: 'en' }));
  return { learnerId };
}

/** A second, plainer learner (no UPN clash with Elis). */
export const plainLearner = (v: ExportVault, over: Partial<Input<'learners.create'>> = {}) =>
  addLearner(v.core, { legalFirstName: 'Mali', legalLastName: 'Hughes', dateOfBirth: '2016-02-29', upn: 'A123456789012', yearGroup: '5', ...over });

/** A transfer exported from `a`: the file's path and the passphrase shown. */
export async function exportFrom(a: ExportVault, learnerIds: string[], recipient = CANARIES.recipient): Promise<{ file: string; passphrase: string; result: Output<'transfer.export'> }> {
  const result = ok(await a.core.invoke('transfer.export', { learnerIds, recipient }));
  return { file: result.saved!, passphrase: result.passphrase!, result };
}

/** Chooses `file` in `b` (the open dialog answers with it) and returns the token. */
export async function choose(b: ExportVault, file: string): Promise<string> {
  b.platform.openAnswers.transfer = file;
  return ok(await b.core.invoke('transfer.choose', {}))!.token;
}

export async function openIn(b: ExportVault, file: string, passphrase: string): Promise<Output<'transfer.preview'>> {
  return ok(await b.core.invoke('transfer.preview', { token: await choose(b, file), passphrase }));
}

/**
 * What must be unchanged after a refusal. Without reads: every file of the data folder, byte for byte (taken
 * without opening the database: even a read moves the readers' marks in its shared-memory index, -shm). After a
 * call that read the database: every table's digest, and every file but -shm.
 */
export async function snapshot(v: ExportVault, reads = false) {
  const files = hashFiles(v.dir);
  if (!reads) return { files };
  return { files: Object.fromEntries(Object.entries(files).filter(([name]) => !name.endsWith('-shm'))), tables: await withDb(v, tableDigests) };
}

export type Rows = Record<string, Record<string, unknown>[]>;

/** The learner's rows in every table that hangs off a learner (raw, every column), in a stable order. */
export async function learnerRows(v: ExportVault, learnerId: string): Promise<Rows> {
  return withDb(v, async (db: Db) => {
    const profiles = await db.selectFrom('profile').selectAll().where('owner_kind', '=', 'learner').where('owner_id', '=', learnerId).orderBy('id').execute();
    const plan = await db.selectFrom('opp_plus_plan').selectAll().where('learner_id', '=', learnerId).execute();
    const interventions = plan.length ? await db.selectFrom('intervention').selectAll().where('plan_id', '=', plan[0]!.id).orderBy('id').execute() : [];
    const ids = (rows: { id: string }[]) => (rows.length ? rows.map((r) => r.id) : ['none']);
    return {
      learner: await db.selectFrom('learner').selectAll().where('id', '=', learnerId).execute(),
      learner_need: await db.selectFrom('learner_need').selectAll().where('learner_id', '=', learnerId).orderBy('code').execute(),
      learner_photo: await db.selectFrom('learner_photo').selectAll().where('learner_id', '=', learnerId).execute(),
      contact: await db.selectFrom('contact').selectAll().where('learner_id', '=', learnerId).orderBy('id').execute(),
      timeline_event: await db.selectFrom('timeline_event').selectAll().where('learner_id', '=', learnerId).orderBy('id').execute(),
      profile: profiles,
      profile_item: await db.selectFrom('profile_item').selectAll().where('profile_id', 'in', ids(profiles)).orderBy('id').execute(),
      opp_plus_plan: plan,
      intervention: interventions,
      intervention_measure: await db.selectFrom('intervention_measure').selectAll().where('intervention_id', 'in', ids(interventions)).orderBy('id').execute(),
      idp: await db.selectFrom('idp').selectAll().where('learner_id', '=', learnerId).orderBy('id').execute(),
      review: await db.selectFrom('review').selectAll().where('learner_id', '=', learnerId).orderBy('id').execute(),
      disclosure: await db.selectFrom('disclosure').selectAll().where('learner_id', '=', learnerId).orderBy('id').execute(),
    };
  });
}

export type { ExportVault, FakePlatform };
