/**
 * Shared helpers for the core unit tests: temporary data folders, a vault set up through the real contract,
 * file hashes (to prove "byte-for-byte unchanged"), and raw access to the encrypted database with its key.
 *
 * Every test runs against REAL encrypted databases: nothing here mocks the store.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { sql } from 'kysely';
import { expect } from 'vitest';
import type { Envelope, ErrorCode } from '../../shared/errors';
import type { ChannelName, Input } from '../../shared/ipc';
import { createKysely, type Db } from '../../electron/core/db/client';
import { openDatabase } from '../../electron/core/db/open';
import { TRANSFER_SCRYPT_MIN } from '../../electron/core/services/transfer-file';
import { openCore, storePaths, type Core, type CoreOptions } from '../../electron/core/index';
import { openWithPassphrase } from '../../electron/core/vault/keyring';
import { readVaultFile } from '../../electron/core/vault/vault-file';

/** A cheap KDF and short waits, so a test unlocks in milliseconds (the real parameters are checked once). */
export const FAST_SCRYPT = { N: 2 ** 12, r: 8, p: 1 } as const;
export const FAST_DELAY = { baseMs: 1, capMs: 8 } as const;

/** Matches a recovery key as shown: seven groups of four Crockford base32 symbols. */
export const RECOVERY_KEY_FORMAT = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){6}$/;

export const IDENTITY = {
  schoolName: 'Ysgol Bryn Derw',
  userName: 'Alys Pritchard',
  role: 'ALNCo',
  passphrase: 'violet tundra quince marble',
} as const satisfies Input<'vault.setup'>;

/** A second strong passphrase that shares no word with IDENTITY. */
export const OTHER_PASSPHRASE = 'copper lantern orbit meadow';

// ---------------------------------------------------------------------------------------------------------------
// Temporary folders and cores, cleaned up by `cleanup()` (call it from afterEach).

const dirs: string[] = [];
const cores: Core[] = [];

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'caseload-unit-'));
  dirs.push(dir);
  return dir;
}

/** Closes every core opened through `testCore`, then removes every temporary folder. */
export async function cleanup(): Promise<void> {
  for (const core of cores.splice(0)) await core.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** openCore with the fast test parameters; any option can be overridden (pass `scrypt: undefined` for the real KDF). */
export function testCore(dataDir: string, overrides: Partial<CoreOptions> = {}): Core {
  const core = openCore({ dataDir, scrypt: FAST_SCRYPT, transferScrypt: TRANSFER_SCRYPT_MIN, failureDelay: FAST_DELAY, log: () => {}, ...overrides });
  cores.push(core);
  return core;
}

export interface SetUpVault {
  dir: string;
  core: Core;
  recoveryKey: string;
  passphrase: string;
}

/** A fresh data folder with a vault set up through the contract; the core is left unlocked. */
export async function setupVault(
  identity: Partial<Input<'vault.setup'>> = {},
  overrides: Partial<CoreOptions> = {},
): Promise<SetUpVault> {
  const dir = tempDir();
  const core = testCore(dir, overrides);
  const input = { ...IDENTITY, ...identity };
  const { recoveryKey } = ok(await core.invoke('vault.setup', input));
  return { dir, core, recoveryKey, passphrase: input.passphrase };
}

// ---------------------------------------------------------------------------------------------------------------
// Envelopes.

export function ok<T>(envelope: Envelope<T>): T {
  if (!envelope.ok) throw new Error(`expected ok, got ${envelope.error.code}: ${envelope.error.message}`);
  return envelope.value;
}

export function expectError(envelope: Envelope<unknown>, code: ErrorCode): string {
  expect(envelope).toMatchObject({ ok: false, error: { code } });
  return (envelope as { ok: false; error: { message: string } }).error.message;
}

// ---------------------------------------------------------------------------------------------------------------
// Files.

/** sha256 of every file under `dir` (recursively), keyed by relative path, in name order. */
export function hashFiles(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (folder: string) => {
    for (const name of readdirSync(folder).sort()) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(dir, path)] = createHash('sha256').update(readFileSync(path)).digest('hex');
    }
  };
  walk(dir);
  return out;
}

/** Every file under `dir` (recursively) with its bytes. */
export function readAllFiles(dir: string): { name: string; bytes: Buffer }[] {
  return Object.keys(hashFiles(dir)).map((name) => ({ name, bytes: readFileSync(join(dir, name)) }));
}

// ---------------------------------------------------------------------------------------------------------------
// Raw access to the encrypted database, outside the core.

/** The database key, unwrapped from vault.json with the passphrase (the same path the vault takes). */
export async function databaseKey(dir: string, passphrase: string): Promise<Buffer> {
  const key = await openWithPassphrase(readVaultFile(storePaths(dir).vaultFile), passphrase);
  if (!key) throw new Error('passphrase does not open vault.json');
  return key;
}

/** Opens a database file directly with the key (the one connection factory), runs `fn`, closes. */
export async function withDatabase<T>(file: string, key: Buffer, fn: (db: Db) => Promise<T>): Promise<T> {
  const db = createKysely(openDatabase(file, key));
  try {
    return await fn(db);
  } finally {
    await db.destroy();
  }
}

export async function tableNames(db: Db): Promise<string[]> {
  const { rows } = await sql<{ name: string }>`
    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name`.execute(db);
  return rows.map((r) => r.name);
}

/** Row count and a digest of the full contents of every table: equal digests mean no row changed. */
export async function tableDigests(db: Db): Promise<Record<string, { rows: number; sha256: string }>> {
  const out: Record<string, { rows: number; sha256: string }> = {};
  for (const name of await tableNames(db)) {
    // Sorted here rather than by rowid: the search index's shadow tables are WITHOUT ROWID.
    const { rows } = await sql<Record<string, unknown>>`SELECT * FROM ${sql.table(name)}`.execute(db);
    const lines = rows.map((r) => JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('base64') : v))).sort();
    out[name] = { rows: rows.length, sha256: createHash('sha256').update(lines.join('\n')).digest('hex') };
  }
  return out;
}

export async function auditActions(db: Db): Promise<string[]> {
  const rows = await db.selectFrom('audit_log').select('action').orderBy('seq').execute();
  return rows.map((r) => r.action);
}

// ---------------------------------------------------------------------------------------------------------------
// The contract.

/**
 * One valid input per channel. Typed against the contract, so a new channel does not type-check until it has a
 * sample here (the lock test and the fuzz test start from these).
 */
/** A well-formed id that belongs to nothing. */
export const SAMPLE_ID = '5b0e7c1e-2f4a-4c8e-9d3b-7a6f1e2d3c4b';

/** A complete action-plan row: Catch Up Literacy-like, custom-named so it needs no catalogue id. */
export const SAMPLE_INTERVENTION = {
  programmeId: null,
  customName: 'Toe by Toe',
  area: 'literacy',
  target: 'Reading age from 7y 0m to 7y 8m by Christmas',
  measureTool: 'Reading age',
  targetScore: 92,
  better: 'higher',
  targetDate: '2026-12-18',
  entryCriteria: 'Reading age 12 months or more below chronological age',
  sessionsPerWeek: 3,
  sessionMinutes: 20,
  durationWeeks: 12,
  startDate: '2026-09-14',
  plannedEndDate: '2026-12-11',
  staffId: null,
  groupSize: 1,
  location: 'Library',
  language: 'en',
  status: 'running',
  sessionsDelivered: 30,
  impactNote: null,
} as const satisfies Input<'oppPlus.addIntervention'>['fields'];

/** A review meeting in school with the learner and a parent invited. */
export const SAMPLE_REVIEW = {
  type: 'annualIdp',
  date: '2026-12-03',
  time: '15:30',
  place: 'Library',
  online: false,
  facilitator: 'Mrs Hughes (ALNCo)',
  language: 'en',
  invitees: [
    { id: 'i1', kind: 'learner', refId: null, name: 'The learner', role: '', attendance: 'invited' },
    { id: 'i2', kind: 'other', refId: null, name: 'Parent', role: 'Mother', attendance: 'invited' },
  ],
} as const satisfies Input<'reviews.schedule'>['fields'];

export const VALID_INPUTS: { [C in ChannelName]: Input<C> } = {
  'vault.status': {},
  'vault.setup': { ...IDENTITY },
  'vault.unlock': { passphrase: IDENTITY.passphrase },
  'vault.lock': { reason: 'user' },
  'vault.changePassphrase': { current: IDENTITY.passphrase, next: OTHER_PASSPHRASE },
  'vault.recover': { recoveryKey: '0000-0000-0000-0000-0000-0000-0000', next: OTHER_PASSPHRASE },
  'vault.openSample': {},
  'vault.leaveSample': {},
  'settings.get': {},
  'settings.update': { language: 'cy', idleMinutes: 15 },
  'school.get': {},
  'learners.list': { search: 'rhi', status: 'UNIVERSAL_OPP', sort: { column: 'name', direction: 'asc' } },
  'learners.get': { id: SAMPLE_ID },
  'learners.documents': { learnerId: SAMPLE_ID },
  'learners.create': { legalFirstName: 'Rhian', legalLastName: 'Evans', dateOfBirth: '2015-03-04' },
  'learners.update': { id: SAMPLE_ID, version: 1, patch: { preferredName: 'Rhi' } },
  'learners.archive': { id: SAMPLE_ID, version: 1 },
  'learners.restore': { id: SAMPLE_ID, version: 1 },
  'learners.delete': { id: SAMPLE_ID, confirmName: 'Rhian Evans' },
  'learners.due': { withinDays: 30 },
  'learners.getView': {},
  'learners.saveView': { yearGroup: '6' },
  'photos.set': { learnerId: SAMPLE_ID, imageBase64: 'iVBORw0KGgo=' },
  'photos.get': { learnerId: SAMPLE_ID },
  'photos.remove': { learnerId: SAMPLE_ID },
  'contacts.list': { learnerId: SAMPLE_ID },
  'contacts.create': { learnerId: SAMPLE_ID, name: 'Sian Evans', relationship: 'MOTHER' },
  'contacts.update': { id: SAMPLE_ID, version: 1, patch: { phone: '01234 567890' } },
  'contacts.delete': { id: SAMPLE_ID },
  'staff.list': {},
  'staff.create': { name: 'Dafydd Jones', role: 'Teaching assistant' },
  'codes.list': { listKey: 'WAL_NEED_TYPE' },
  'codes.save': { listKey: 'WAL_NEED_TYPE', code: 'NEW', labelEn: 'New need', labelCy: 'Angen newydd', active: true },
  'codes.useList': { listKey: 'ENG_NEED_TYPE' },
  'import.preview': { csv: 'UPN,Legal Forename,Legal Surname,DOB\r\nA123456789012,Rhian,Evans,04/03/2015\r\n' },
  'import.commit': {
    csv: 'UPN,Legal Forename,Legal Surname,DOB\r\nA123456789012,Rhian,Evans,04/03/2015\r\n',
    mapping: { '0': 'upn', '1': 'legalFirstName', '2': 'legalLastName', '3': 'dateOfBirth' },
    skip: [],
    fixes: { '2': { upn: '' } },
  },
  'profiles.list': { ownerKind: 'learner' },
  'profiles.current': { ownerKind: 'learner', ownerId: SAMPLE_ID },
  'profiles.get': { id: SAMPLE_ID },
  'profiles.versions': { ownerKind: 'staff', ownerId: SAMPLE_ID },
  'profiles.saveItems': { profileId: SAMPLE_ID, version: 1, items: [{ section: 'appreciation', text: 'Kind to everyone', contributor: 'parent', firstPerson: false, importantFor: false }] },
  'profiles.update': { profileId: SAMPLE_ID, version: 1, patch: { nextUpdateDue: '2027-07-01' } },
  'profiles.newVersion': { profileId: SAMPLE_ID, version: 1 },
  'profiles.exportDocx': { profileId: SAMPLE_ID },
  'print.profile': { profileId: SAMPLE_ID },
  'print.transition': { jobId: SAMPLE_ID, learnerIds: [SAMPLE_ID] },
  'print.cancel': { jobId: SAMPLE_ID },
  'profiles.photo': { profileId: SAMPLE_ID },
  'profiles.setPhoto': { profileId: SAMPLE_ID, version: 1, imageBase64: null },
  'print.profileToPrinter': { profileId: SAMPLE_ID },
  'print.oppPlus': { learnerId: SAMPLE_ID },
  'print.oppPlusToPrinter': { learnerId: SAMPLE_ID },
  'catalogue.list': {},
  'catalogue.create': { name: 'Toe by Toe', area: 'literacy', sessionsPerWeek: 5, sessionMinutes: 20, durationWeeks: 12, suggestedMeasures: ['Reading age'] },
  'catalogue.update': { id: SAMPLE_ID, version: 1, patch: { retired: true } },
  'oppPlus.list': {},
  'oppPlus.get': { learnerId: SAMPLE_ID },
  'oppPlus.start': { learnerId: SAMPLE_ID },
  'oppPlus.update': { planId: SAMPLE_ID, version: 1, patch: { reviewDate: '2027-03-01', importantTo: 'Seeing my friends at break' } },
  'oppPlus.addIntervention': { planId: SAMPLE_ID, fields: SAMPLE_INTERVENTION },
  'oppPlus.updateIntervention': { interventionId: SAMPLE_ID, version: 1, fields: SAMPLE_INTERVENTION },
  'oppPlus.removeIntervention': { interventionId: SAMPLE_ID, version: 1 },
  'oppPlus.setNextStep': { interventionId: SAMPLE_ID, version: 1, nextStep: 'considerAln' },
  'oppPlus.addMeasure': { interventionId: SAMPLE_ID, measure: { phase: 'baseline', tool: 'Reading age', score: 84, date: '2026-09-14' } },
  'oppPlus.updateMeasure': { measureId: SAMPLE_ID, measure: { phase: 'exit', tool: 'Reading age', score: 92, date: '2026-12-14', note: null } },
  'oppPlus.removeMeasure': { measureId: SAMPLE_ID },
  'oppPlus.impact': {},
  'oppPlus.exportDocx': { learnerId: SAMPLE_ID },
  'calendar.get': {},
  'calendar.save': { terms: [{ start: '2026-09-01', end: '2026-10-23' }], closures: ['2026-09-01'] },
  'idp.overview': {},
  'idp.list': { learnerId: SAMPLE_ID },
  'idp.get': { id: SAMPLE_ID },
  'idp.startDraft': { learnerId: SAMPLE_ID },
  'idp.saveSection': { idpId: SAMPLE_ID, version: 1, section: 'otherProvision', value: { text: 'Transport to school by the local authority' } },
  'idp.refresh': { idpId: SAMPLE_ID, version: 1, part: 'aboutMe' },
  'idp.setLanguage': { idpId: SAMPLE_ID, version: 1, planLanguage: 'bilingual' },
  'idp.issue': { idpId: SAMPLE_ID, version: 1, dateGiven: '2026-11-20', overrideReason: null },
  'idp.discardDraft': { idpId: SAMPLE_ID, version: 1 },
  'idp.cease': { idpId: SAMPLE_ID, version: 1, date: '2027-07-20', reason: 'Moved to a school in England' },
  'idp.photo': { idpId: SAMPLE_ID },
  'idp.exportDocx': { idpId: SAMPLE_ID, headings: 'bilingual' },
  'print.idp': { idpId: SAMPLE_ID, headings: 'en' },
  'idp.casePack': { learnerId: SAMPLE_ID, reason: 'referral', recipient: 'Cardiff Council ALN team', purpose: 'Referral for an LA decision (s.12(2))', statement: 'Specialist teaching we cannot secure', headings: 'en' },
  'disclosures.list': { learnerId: SAMPLE_ID },
  'reviews.all': {},
  'reviews.list': { learnerId: SAMPLE_ID },
  'reviews.get': { id: SAMPLE_ID },
  'reviews.schedule': { learnerId: SAMPLE_ID, fields: SAMPLE_REVIEW },
  'reviews.update': { reviewId: SAMPLE_ID, version: 1, fields: SAMPLE_REVIEW },
  'reviews.saveRecord': { reviewId: SAMPLE_ID, version: 1, held: true, record: { appreciation: 'Always kind', importantNow: '', importantFuture: '', bestSupport: '', perspectives: [{ id: 'p1', perspective: 'learner', working: 'Reading group', notWorking: 'Noisy hall' }], questions: '', actions: [{ id: 'a1', action: 'Ask the SALT to visit', owner: 'ALNCo', dueDate: '2027-01-15', status: 'open' }], elementOutcomes: [] } },
  'reviews.cancel': { reviewId: SAMPLE_ID, version: 1 },
  'reviews.decide': { reviewId: SAMPLE_ID, version: 1, decision: 'noRevision', date: '2026-11-20', reason: null },
  'reviews.setActionStatus': { reviewId: SAMPLE_ID, version: 1, actionId: 'a1', done: true },
  'reviews.undatedActions': {},
  'print.reviewSheets': { reviewId: SAMPLE_ID, audience: 'parent' },
  'print.reviewSheetsToPrinter': { reviewId: SAMPLE_ID, audience: 'staff', language: 'cy' },
  'reviews.exportSheetsDocx': { reviewId: SAMPLE_ID, audience: 'learner' },
  'print.review': { reviewId: SAMPLE_ID },
  'print.reviewToPrinter': { reviewId: SAMPLE_ID },
  'reviews.exportDocx': { reviewId: SAMPLE_ID },
  'vault.chooseBackup': {},
  'vault.inspectBackup': { token: SAMPLE_ID, secret: IDENTITY.passphrase },
  'vault.restoreBackup': { token: SAMPLE_ID },
  'backup.status': {},
  'backup.chooseFolder': {},
  'backup.configure': { keep: 10, automatic: true },
  'backup.now': {},
  'audit.list': { learnerId: SAMPLE_ID, category: 'viewed', beforeSeq: 100, limit: 50 },
  'audit.verify': {},
  'transfer.export': { learnerIds: [SAMPLE_ID], recipient: 'Ysgol Gyfun Glan Taf' },
  'transfer.choose': {},
  'transfer.preview': { token: SAMPLE_ID, passphrase: 'K7QM-2WXD-9PLA-HT4C' },
  'transfer.import': { token: SAMPLE_ID, choices: [{ ref: SAMPLE_ID, action: 'add' }] },
  'subjectAccess.export': { learnerId: SAMPLE_ID },
  'retention.getPolicy': {},
  'retention.setPolicy': { idp: 35, oppPlus: 31, profile: 25, register: 35 },
  'retention.due': {},
  'retention.setHold': { learnerId: SAMPLE_ID, hold: true, reason: 'Tribunal appeal pending' },
  'retention.destroy': { items: [{ learnerId: SAMPLE_ID, type: 'register' }] },
};
