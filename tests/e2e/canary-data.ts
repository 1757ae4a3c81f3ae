/**
 * The 50 distinctive strings of the plaintext-canary spec (security test 1), and the seeding of the ones not typed
 * through the UI. Every string is made up and found nowhere else, so a hit can only be this data leaking.
 */
import { openDatabase } from '../../electron/core/db/open';
import type { Core } from '../../electron/core/index';
import { openWithPassphrase } from '../../electron/core/vault/keyring';
import { readVaultFile } from '../../electron/core/vault/vault-file';
import { IDP_PLAN, planWith, saveIdpPlan } from '../fixtures/idp-plan';
import { reviewRecord } from '../fixtures/review-record';
import { call } from './profile-helpers';

/** Typed through the UI: setup, a learner, a contact, a profile item, an IDP section. */
export const TYPED = {
  schoolName: 'Ysgol Canarwood Vexhollow',
  userName: 'Brithwen Quorradine',
  role: 'Cydlynydd Zyphrantine',
  learnerFirstName: 'Zelphinora',
  learnerLastName: 'Thornquist-Ablevane',
  preferredName: 'Zephyquill',
  learnerNotes: 'Panics at the Vorlesque fire bell drill',
  contactName: 'Marisol Undercroft-Pennick',
  contactPhone: '07700 913582',
  contactEmail: 'marisol.undercroft@quibblemail.example',
  profileItem: 'Feeds the Ostrovian pygmy goats every Saturday',
  idpAddress: '14 Heol Quarrendale, Llanvorfen',
} as const;

/** Seeded through the core. */
export const SEEDED = {
  learner2First: 'Ignatiel',
  learner2Last: 'Bramblecote-Vexley',
  learner2Preferred: 'Iggravex',
  learner2Notes: 'Carries a blue inhaler in the Hexmoor pencil case',
  learner3First: 'Ottolinde',
  learner3Last: 'Grimsdyke-Pellowan',
  learner3Notes: 'Lives with her aunt since the Marrowby flood',
  contact2Name: 'Quentrell Oakhampsted',
  contact2Phone: '01632 960417',
  contact2Email: 'q.oakhampsted@fernwhistle.example',
  contact2Address: '7 Lon Vrynach, Abergwyddel',
  contact2Organisation: 'Zarnford Child Health Clinic',
  contact3Name: 'Pellinore Ashgrove-Tiv',
  profileAppreciation: 'Builds Lego lighthouses shaped like Ynys Gwyfrinog',
  profileImportant: 'Loves Captain Quibbleton audiobooks',
  profileSupport: 'Needs the Brackenfold ear defenders in assembly',
  oppImportantTo: 'Drawing Zanzibarine beetles at the quiet table',
  oppImportantFor: 'A sensory break in the Pemberwick den',
  oppTarget: 'Reads the Moonvale Level 4 books aloud by Easter',
  oppProgramme: 'Florian Phonics Sprint',
  oppEntryCriteria: 'Reading age below the Quimbly threshold',
  oppLocation: 'Tollingbrook library corner',
  oppImpactNote: 'Now volunteers to read the Grantlebury notices',
  oppMeasureNote: 'Measured after the Hollinshed spelling test',
  idpView: 'I want to sit next to Wrenfieldia at lunch',
  idpNeed: 'Word retrieval lags far behind the Cattermole benchmark',
  idpDiagnosis: 'Dyspraxia (Orrinsby clinic letter)',
  idpOutcome: 'Writes three Jabberling sentences unaided',
  idpOtherProvision: 'Minibus to Vellacourt riding therapy',
  idpTransition: 'Moves to Ysgol Uwchradd Brenhinvale',
  idpReason: 'Progress stalled after the Snodgrasse reading scheme',
  reviewFacilitator: 'Mrs Tamsworth-Idrisova',
  reviewAppreciation: 'Always shares his Kestrelbrook stickers',
  reviewWorking: 'Reading with Mr Fenwhistle-Jago',
  reviewAction: 'Book the Dorringford hearing test',
  staffName: 'Caradog Wrexlebury',
  staffRole: 'Lunchtime Sprockett supervisor',
  transferRecipient: 'Ysgol Uwchradd Quenvallis',
} as const;

export const CANARIES: Record<string, string> = { ...TYPED, ...SEEDED };

const INTERVENTION = {
  programmeId: null, area: 'literacy', measureTool: 'Reading age', targetScore: 92, better: 'higher', targetDate: '2026-12-18', sessionsPerWeek: 3, sessionMinutes: 20,
  durationWeeks: 12, startDate: '2026-09-14', plannedEndDate: '2026-12-11', groupSize: 1, language: 'en', status: 'running', sessionsDelivered: 30,
} as const;

const REVIEW = {
  type: 'annualIdp', date: '2026-11-10', time: '15:30', place: 'Library', online: false, language: 'en',
  invitees: [{ id: 'i1', kind: 'learner', refId: null, name: 'The learner', role: '', attendance: 'invited' }],
} as const;

/** Two more learners with contacts, a profile, an OPP+ plan, an IDP draft, a review and a staff member. */
export async function seedCanaries(core: Core): Promise<string[]> {
  const s = SEEDED;
  const b = await call(core, 'learners.create', { legalFirstName: s.learner2First, legalLastName: s.learner2Last, preferredName: s.learner2Preferred, dateOfBirth: '2016-03-09', notes: s.learner2Notes });
  const c = await call(core, 'learners.create', { legalFirstName: s.learner3First, legalLastName: s.learner3Last, dateOfBirth: '2015-09-14', notes: s.learner3Notes });
  await call(core, 'contacts.create', { learnerId: b.id, name: s.contact2Name, relationship: 'FATHER', phone: s.contact2Phone, email: s.contact2Email, address: s.contact2Address, organisation: s.contact2Organisation });
  await call(core, 'contacts.create', { learnerId: c.id, name: s.contact3Name, relationship: 'SOCIAL_WORKER' });
  const staff = await call(core, 'staff.create', { name: s.staffName, role: s.staffRole });

  const profile = await call(core, 'profiles.current', { ownerKind: 'learner', ownerId: b.id });
  const item = (section: 'appreciation' | 'importantTo' | 'support', text: string) => ({ section, text, contributor: 'staff' as const, firstPerson: false, importantFor: false });
  await call(core, 'profiles.saveItems', { profileId: profile.id, version: profile.version, items: [item('appreciation', s.profileAppreciation), item('importantTo', s.profileImportant), item('support', s.profileSupport)] });

  let plan = await call(core, 'oppPlus.start', { learnerId: b.id });
  plan = await call(core, 'oppPlus.update', { planId: plan.id, version: plan.version, patch: { importantTo: s.oppImportantTo, importantFor: s.oppImportantFor } });
  plan = await call(core, 'oppPlus.addIntervention', { planId: plan.id, fields: { ...INTERVENTION, customName: s.oppProgramme, target: s.oppTarget, entryCriteria: s.oppEntryCriteria, location: s.oppLocation, impactNote: s.oppImpactNote, staffId: staff.id } });
  await call(core, 'oppPlus.addMeasure', { interventionId: plan.interventions[0]!.id, measure: { phase: 'baseline', tool: 'Reading age', score: 84, date: '2026-09-14', note: s.oppMeasureNote } });

  const content = planWith((p) => {
    p.views[0]!.text = s.idpView;
    p.alnDescription.needs[0]!.description = s.idpNeed;
    p.alnDescription.needs[0]!.diagnosis = s.idpDiagnosis;
    p.provision[0]!.outcome = s.idpOutcome;
    p.otherProvision.text = s.idpOtherProvision;
    p.transition.text = s.idpTransition;
    p.reasons[0]!.text = s.idpReason;
  }, IDP_PLAN);
  await saveIdpPlan(core, await call(core, 'idp.startDraft', { learnerId: c.id }), content);

  const review = await call(core, 'reviews.schedule', { learnerId: b.id, fields: { ...REVIEW, invitees: [...REVIEW.invitees], facilitator: s.reviewFacilitator } });
  const record = reviewRecord([]);
  record.appreciation = s.reviewAppreciation;
  record.perspectives[0]!.working = s.reviewWorking;
  record.actions[0]!.action = s.reviewAction;
  await call(core, 'reviews.saveRecord', { reviewId: review.id, version: review.version, held: true, record: { ...record, elementOutcomes: [] } });
  return [b.id, c.id];
}

/**
 * Every value the database holds (texts and blobs), decrypted with the key: the scan's 0 hits mean something only
 * if the 50 strings really are in there, encrypted.
 */
export async function decryptedContents(dbFile: string, vaultFile: string, passphrase: string): Promise<Buffer> {
  const key = await openWithPassphrase(readVaultFile(vaultFile), passphrase);
  if (!key) throw new Error('the passphrase does not open vault.json');
  const db = openDatabase(dbFile, key);
  try {
    const parts: Buffer[] = [];
    const tables = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table'`).pluck().all() as string[];
    for (const table of tables) {
      for (const row of db.prepare(`SELECT * FROM "${table}"`).raw().iterate() as Iterable<unknown[]>) {
        for (const v of row) parts.push(Buffer.isBuffer(v) ? v : Buffer.from(String(v), 'utf8'));
      }
    }
    return Buffer.concat(parts);
  } finally {
    db.close();
    key.fill(0);
  }
}
