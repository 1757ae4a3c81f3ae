/**
 * Security test 11 for retention: destroying a learner's records at the end of their retention period ('register',
 * which takes everything with it) leaves none of that learner's distinctive strings — names, notes, needs' setting
 * and agencies, a contact's details, both profile versions, the OPP+ plan, the IDP versions, the review, the
 * disclosure, and the search index's lowercased tokens — nor slices of their photos, in the DECRYPTED pages of the
 * database file and every WAL frame (register-support.ts decryptedPages: a raw scan would only see ciphertext),
 * nor in a backup made afterwards by the backup service's own makeBackup (electron/core/services/backup.ts),
 * nor raw in any file of the data folder.
 * Positive controls: the same scan finds every string in a copy taken before, and still finds a bystander's.
 */
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createKysely } from '../../electron/core/db/client';
import { openDatabase } from '../../electron/core/db/open';
import { storePaths } from '../../electron/core/index';
import { makeBackup } from '../../electron/core/services/backup';
import { cleanup, ok, readAllFiles, tempDir } from './helpers';
import { decryptedPages, hits, slices, textNeedles, type Needle } from './register-support';
import { canaries, canaryList, retentionVault, rowCounts, seedLearner, type RetentionVault } from './retention-support';

afterAll(cleanup);

const TARGET = canaries('Xylvane');
const BYSTANDER = canaries('Brolly');
/**
 * What the search index keeps of the target: lowercase tokens. Only tokens that share no prefix with the token
 * before them are stored whole (FTS5 stores the rest as a suffix after a shared prefix), so only those are needles.
 */
const INDEX_TOKENS = ['xylvane', 'zoetropes'];

let v: RetentionVault;
let targetId = '';
let targetNeedles: Needle[];
let photoNeedles: Needle[];
let bystanderNeedles: Needle[];
let before: { bytes: Buffer; pages: number };
let backupFile = '';

const utf8 = (needles: Needle[]) => needles.filter((n) => n.label.endsWith('(UTF-8)'));
const texts = (c: typeof TARGET) => canaryList(c).map((x) => x.text);

/** The learner's pictures as stored: the register photo, the profile's own, the one copied into the IDP. */
async function pictures(learnerId: string): Promise<Buffer[]> {
  const register = ok(await v.core.invoke('photos.get', { learnerId }))!;
  const profile = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId }));
  const own = ok(await v.core.invoke('profiles.photo', { profileId: profile.id }))!;
  const idps = ok(await v.core.invoke('idp.list', { learnerId }));
  const idp = ok(await v.core.invoke('idp.photo', { idpId: idps[0]!.id }))!;
  return [register.base64, own.base64, idp.base64].map((b) => Buffer.from(b, 'base64'));
}

/** A backup made the way the backup service makes one, from its own connection while the app is locked. */
async function backupNow(): Promise<string> {
  const paths = storePaths(v.dir);
  const sqlite = openDatabase(paths.dbFile, v.key);
  const db = createKysely(sqlite);
  try {
    const folder = join(tempDir(), 'backups');
    mkdirSync(folder);
    const made = await makeBackup({ sqlite, db, key: v.key, actor: null, paths }, folder, { at: new Date() });
    return join(folder, made.fileName);
  } finally {
    await db.destroy();
  }
}

beforeAll(async () => {
  v = await retentionVault();
  await seedLearner(v, BYSTANDER);
  targetId = await seedLearner(v, TARGET);
  // An edit, so the old notes also went through the search index and the WAL.
  ok(await v.core.invoke('learners.update', { id: targetId, version: ok(await v.core.invoke('learners.get', { id: targetId })).version, patch: { notes: `${TARGET.register.notes} and Xylvane zoetropes` } }));
  targetNeedles = [...textNeedles([...texts(TARGET), 'Xylvane zoetropes']), ...textNeedles(INDEX_TOKENS)];
  photoNeedles = (await pictures(targetId)).flatMap((bytes, i) => slices(bytes, 6, 24, `picture ${i}`));
  bystanderNeedles = utf8(textNeedles(texts(BYSTANDER)));

  ok(await v.core.invoke('vault.lock', {}));
  const copy = join(tempDir(), 'before.db');
  copyFileSync(v.core.paths.dbFile, copy);
  before = decryptedPages(copy, v.key);
  ok(await v.core.invoke('vault.unlock', { passphrase: v.passphrase }));
});

describe('secure destruction at the end of the retention period (security test 11)', () => {
  test('positive control: before destruction the scan finds every string and every picture', () => {
    expect(before.pages).toBeGreaterThan(20);
    expect(utf8(targetNeedles).filter((n) => !hits(before.bytes, [n]).length).map((n) => n.label)).toEqual([]);
    expect(hits(before.bytes, photoNeedles).length).toBeGreaterThanOrEqual(15); // 18 slices; one may straddle two pages
    expect(hits(before.bytes, bystanderNeedles)).toHaveLength(bystanderNeedles.length);
  });

  test('destroying the register entry (with the other three types) removes the learner and the pre-update copy', async () => {
    writeFileSync(v.core.paths.migrationBackup, 'copy taken before an update');
    const counts = await rowCounts(v);
    const items = (['register', 'idp', 'profile', 'oppPlus'] as const).map((type) => ({ learnerId: targetId, type }));
    expect(ok(await v.core.invoke('retention.destroy', { items }))).toEqual({ destroyed: 4, held: 0, notDue: 0 });
    expect(existsSync(v.core.paths.migrationBackup)).toBe(false);
    expect(counts.learner - (await rowCounts(v)).learner).toBe(1);
    for (const search of ['xylvaneworthy', 'Xylvaneie', 'zoetropes']) expect(ok(await v.core.invoke('learners.list', { search })).total).toBe(0);
  });

  test('while unlocked: 0 of the learner\'s strings or picture slices in the decrypted file and the WAL', () => {
    const now = decryptedPages(v.core.paths.dbFile, v.key);
    expect(hits(now.bytes, [...targetNeedles, ...photoNeedles])).toEqual([]);
    expect(hits(now.bytes, bystanderNeedles)).toHaveLength(bystanderNeedles.length);
  });

  test('a backup made afterwards: 0 hits decrypted and raw; the bystander is in it', async () => {
    ok(await v.core.invoke('vault.lock', {}));
    backupFile = await backupNow();
    const decrypted = decryptedPages(backupFile, v.key);
    expect(decrypted.pages).toBeGreaterThan(20);
    expect(hits(decrypted.bytes, [...targetNeedles, ...photoNeedles])).toEqual([]);
    expect(hits(decrypted.bytes, bystanderNeedles)).toHaveLength(bystanderNeedles.length);
    expect(hits(readFileSync(backupFile), [...targetNeedles, ...photoNeedles, ...bystanderNeedles])).toEqual([]);
  });

  test('after locking: 0 hits decrypted (file, any WAL) and 0 raw hits in every file of the data folder', () => {
    const after = decryptedPages(v.core.paths.dbFile, v.key);
    expect(hits(after.bytes, [...targetNeedles, ...photoNeedles])).toEqual([]);
    expect(hits(after.bytes, bystanderNeedles)).toHaveLength(bystanderNeedles.length);
    const files = readAllFiles(v.dir);
    expect(files.map((f) => f.name)).toContain('caseload.db');
    expect(files.flatMap((f) => hits(f.bytes, [...targetNeedles, ...photoNeedles, ...bystanderNeedles]).map((h) => `${h} in ${f.name}`))).toEqual([]);
  });
});
