/**
 * The bench's two stores, with the same data: the encrypted vault, set up with the real KDF and seeded once
 * through the app's services (seedSample), and a plain SQLite file made from it as an exact decrypted copy
 * (VACUUM INTO, then `PRAGMA rekey = ''`), checked to be plaintext with the same row counts in every table.
 * Seeding once keeps the run to minutes and makes the two stores identical row for row, ids included.
 */
import Database from 'better-sqlite3-multiple-ciphers';
import { openSync, closeSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { CIPHER_PRAGMAS, CONNECTION_PRAGMAS, keyPragma } from '../../electron/core/db/cipher';
import { createKysely } from '../../electron/core/db/client';
import { vacuumInto } from '../../electron/core/db/copy';
import { tableCounts } from '../../electron/core/db/copy-check';
import { migrate } from '../../electron/core/db/migrate';
import { MIGRATIONS } from '../../electron/core/db/migrations';
import type { Sqlite } from '../../electron/core/db/open';
import { openCore } from '../../electron/core/index';
import { getOwner } from '../../electron/core/repositories/staff';
import type { Sample } from '../../electron/core/sample/generate';
import { seedSample } from '../../electron/core/sample/seed';
import { closeSession, openSession, type Session, type StorePaths } from '../../electron/core/services/session';
import { openWithPassphrase } from '../../electron/core/vault/keyring';
import { readVaultFile } from '../../electron/core/vault/vault-file';

export const IDENTITY = { schoolName: 'Ysgol Meincnod', userName: 'Alys Pritchard', role: 'ALNCo', passphrase: 'violet tundra quince marble' };

const log = (line: string) => process.stderr.write(`${line}\n`);

/** A new vault in `dataDir` through the contract (real KDF parameters), locked again. */
export async function setUpVault(dataDir: string): Promise<StorePaths> {
  const core = openCore({ dataDir, log: () => {} });
  try {
    const setup = await core.invoke('vault.setup', IDENTITY);
    if (!setup.ok) throw new Error(setup.error.message);
    return core.paths;
  } finally {
    await core.close();
  }
}

/** The passphrase KDF: the database key out of vault.json. */
export async function unlockKey(paths: StorePaths): Promise<Buffer> {
  const key = await openWithPassphrase(readVaultFile(paths.vaultFile), IDENTITY.passphrase);
  if (!key) throw new Error('the passphrase did not open the bench vault');
  return key;
}

/** As the vault opens it: keyed connection, pragmas, migration check, owner as actor (the key is copied). */
export const openEncrypted = (paths: StorePaths, key: Buffer): Promise<Session> => openSession(paths, Buffer.from(key), { migrations: MIGRATIONS });

/** The same steps as openSession without the cipher: same connection pragmas, migration check and actor. */
export async function openPlain(file: string): Promise<Session> {
  const sqlite = new Database(file);
  for (const p of CONNECTION_PRAGMAS) sqlite.pragma(p);
  const db = createKysely(sqlite);
  const migrationBackup = join(dirname(file), 'caseload.before-update.db');
  await migrate(db, sqlite, MIGRATIONS, migrationBackup);
  const owner = await getOwner(db);
  return { sqlite, db, key: Buffer.alloc(32), actor: owner?.id ?? null, paths: { dataDir: dirname(file), dbFile: file, vaultFile: '', migrationBackup } };
}

/** The whole sample through seedSample, in the encrypted vault; returns the learner ids in sample order. */
export async function seedVault(paths: StorePaths, key: Buffer, sample: Sample): Promise<string[]> {
  const s = await openEncrypted(paths, key);
  try {
    const step = Math.max(1, Math.round(sample.learners.length / 10));
    const started = performance.now();
    const onProgress = ({ done, total }: { done: number; total: number }) => {
      if (done % step === 0 || done === total) log(`  seeded ${done} of ${total} learners (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    };
    return (await seedSample(s, sample, onProgress)).learnerIds;
  } finally {
    await closeSession(s);
  }
}

function firstBytes(file: string, n: number): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(n);
    readSync(fd, buf, 0, n, 0);
    return buf;
  } finally {
    closeSync(fd);
  }
}

/**
 * `dest` becomes an exact decrypted copy of the encrypted store: VACUUM INTO keeps the cipher and key, so the
 * copy is opened with the key and re-keyed to none (in rollback-journal mode, where SQLite3 Multiple Ciphers can
 * re-key). Throws unless the file then starts with SQLite's plaintext header and every table has as many rows.
 */
export function decryptedCopy(enc: Sqlite, key: Buffer, dest: string): void {
  vacuumInto(enc, dest);
  const copy = new Database(dest);
  try {
    for (const p of CIPHER_PRAGMAS) copy.pragma(p);
    copy.pragma(keyPragma(key));
    copy.pragma('journal_mode = DELETE');
    copy.pragma(`rekey = ''`);
  } finally {
    copy.close();
  }
  if (firstBytes(dest, 16).toString('latin1') !== 'SQLite format 3\0') throw new Error('the plain copy is not a plaintext SQLite file');
  // No bytes kept back at the end of each page (the cipher's IV and MAC): the same page layout as any plain file.
  if (firstBytes(dest, 21)[20] !== 0) throw new Error('the plain copy keeps reserved bytes on each page');
  const plain = new Database(dest, { readonly: true });
  try {
    const [a, b] = [tableCounts(enc), tableCounts(plain)];
    const differ = [...a].filter(([t, n]) => b.get(t) !== n).map(([t]) => t);
    if (differ.length > 0 || a.size !== b.size) throw new Error(`the plain copy differs in ${differ.join(', ') || 'its tables'}`);
  } finally {
    plain.close();
  }
}

const COUNTS = {
  learners: 'SELECT count(*) FROM learner',
  contacts: 'SELECT count(*) FROM contact',
  photos: 'SELECT count(*) FROM learner_photo',
  profiles: `SELECT count(*) FROM profile p WHERE owner_kind = 'learner' AND status = 'current' AND EXISTS (SELECT 1 FROM profile_item i WHERE i.profile_id = p.id)`,
  oppPlusPlans: 'SELECT count(*) FROM opp_plus_plan',
  interventions: 'SELECT count(*) FROM intervention',
  measures: 'SELECT count(*) FROM intervention_measure',
  idpLearners: 'SELECT count(DISTINCT learner_id) FROM idp',
  idpVersions: 'SELECT count(*) FROM idp',
  idpSuperseded: `SELECT count(*) FROM idp WHERE status = 'superseded'`,
  idpIssued: `SELECT count(*) FROM idp WHERE status = 'issued'`,
  idpDrafts: `SELECT count(*) FROM idp WHERE status = 'draft'`,
  reviews: 'SELECT count(*) FROM review',
  reviewLearners: 'SELECT count(DISTINCT learner_id) FROM review',
  auditEntries: 'SELECT count(*) FROM audit_log',
} as const;

export type SeededCounts = Record<keyof typeof COUNTS, number> & { databaseBytes: number };

/** What is in the store, read back from it (not what the generator meant to write). */
export function seededCounts(s: Session): SeededCounts {
  const counts = Object.fromEntries(Object.entries(COUNTS).map(([k, sql]) => [k, Number(s.sqlite.prepare(sql).pluck().get())]));
  return { ...(counts as Record<keyof typeof COUNTS, number>), databaseBytes: statSync(s.paths.dbFile).size };
}

/** Ids the measurements use, the same in both stores: every issued IDP, and learners' written profiles. */
export function seededIds(s: Session): { issuedIdps: string[]; profiles: { id: string; learnerId: string }[] } {
  const issuedIdps = s.sqlite.prepare(`SELECT id FROM idp WHERE status = 'issued' ORDER BY learner_id`).pluck().all() as string[];
  const profiles = s.sqlite
    .prepare(
      `SELECT id, owner_id AS learnerId FROM profile p WHERE owner_kind = 'learner' AND status = 'current'
       AND EXISTS (SELECT 1 FROM profile_item i WHERE i.profile_id = p.id) ORDER BY owner_id`,
    )
    .all() as { id: string; learnerId: string }[];
  return { issuedIdps, profiles };
}
