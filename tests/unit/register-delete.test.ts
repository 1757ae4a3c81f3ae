/**
 * Security test 11: deleting a learner destroys their data. A learner with distinctive strings in names, notes,
 * UPN, a contact and a photo is deleted; afterwards none of those strings (UTF-8, UTF-16LE, and the lowercased
 * tokens the search index keeps) nor slices of the photo remain anywhere SQLite left bytes on disk: every page of
 * the database file and every WAL frame, DECRYPTED with the key (a raw scan only sees ciphertext, so it would pass
 * whatever happened), free pages and stale frames included. Positive controls: the same scan finds every string
 * in a copy taken before the deletion, and still finds a second learner's strings afterwards.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, expectError, ok, readAllFiles, tableDigests, tempDir } from './helpers';
import { addLearner, decryptedPages, hits, noiseJpeg, registerVault, slices, textNeedles, withDb, type Needle, type RegisterVault } from './register-support';

afterAll(cleanup);

const TARGET = {
  legalFirstName: 'Zephyrine',
  legalLastName: 'Quillfeather',
  preferredName: 'Zephie',
  upn: 'B801200005001',
  notes: 'Loves the xylograph puzzle in Tŷ Gwydrwen.',
  dateOfBirth: '2014-06-01',
};
const CONTACT = { name: 'Marigold Quimbyshaw', relationship: 'MOTHER', phone: '07700 900461', email: 'marigold.q@example.org', address: '12 Heol Ymlaenwyn' } as const;
const TARGET_TEXTS = [
  'Zephyrine', 'Quillfeather', 'Zephie', 'B801200005001', 'xylograph puzzle', 'Gwydrwen', 'zoetrope lessons',
  CONTACT.name, CONTACT.phone, CONTACT.email, CONTACT.address,
];
/** What the search index stores: lowercase, diacritics folded, one token at a time. */
const INDEX_TOKENS = ['zephyrine', 'quillfeather', 'zephie', 'b801200005001', 'xylograph', 'gwydrwen', 'zoetrope'];
const BYSTANDER_TEXTS = ['Persephone', 'Tidewaterson', 'bystander marmalade'];

let v: RegisterVault;
let targetId = '';
let textNeedlesAll: Needle[];
let photoNeedles: Needle[];
let bystander: Needle[];
let before: { bytes: Buffer; pages: number };

const scanDecrypted = () => decryptedPages(v.core.paths.dbFile, v.key);

beforeAll(async () => {
  v = await registerVault();
  const { core } = v;
  await addLearner(core, { legalFirstName: 'Persephone', legalLastName: 'Tidewaterson', notes: 'bystander marmalade', upn: 'P207000016049' });
  const target = await addLearner(core, TARGET);
  targetId = target.id;
  // An edit, so the old notes also went through the search index and the WAL.
  ok(await core.invoke('learners.update', { id: targetId, version: 1, patch: { notes: `${TARGET.notes} Also zoetrope lessons.` } }));
  ok(await core.invoke('contacts.create', { learnerId: targetId, ...CONTACT }));
  ok(await core.invoke('photos.set', { learnerId: targetId, imageBase64: (await noiseJpeg(900, 700, 7)).toString('base64') }));
  const photo = ok(await core.invoke('photos.get', { learnerId: targetId }))!;
  photoNeedles = slices(Buffer.from(photo.base64, 'base64'), 8, 24, 'photo');
  textNeedlesAll = [...textNeedles(TARGET_TEXTS), ...textNeedles(INDEX_TOKENS)];
  bystander = textNeedles(BYSTANDER_TEXTS);

  // The copy taken before the deletion: closed (WAL folded in), then copied.
  ok(await core.invoke('vault.lock', {}));
  const copy = join(tempDir(), 'before.db');
  copyFileSync(core.paths.dbFile, copy);
  before = decryptedPages(copy, v.key);
  ok(await core.invoke('vault.unlock', { passphrase: v.passphrase }));
});

describe('secure destruction of a learner (security test 11)', () => {
  test('positive control: before deletion the decrypting scan finds every string and the photo in the file', () => {
    expect(before.pages).toBeGreaterThan(20);
    const utf8 = textNeedles(TARGET_TEXTS).filter((n) => n.label.endsWith('(UTF-8)'));
    expect(hits(before.bytes, utf8)).toHaveLength(utf8.length);
    expect(hits(before.bytes, photoNeedles).length).toBeGreaterThanOrEqual(6); // a slice may straddle two pages
    expect(hits(before.bytes, bystander.filter((n) => n.label.endsWith('(UTF-8)')))).toHaveLength(3);
  });

  test('the wrong typed name is refused with INVALID and nothing is deleted', async () => {
    const digests = await withDb(v, tableDigests);
    for (const typed of ['Zephyrine Quill', 'Zephie Quillfeather', 'Quillfeather', '']) {
      expectError(await v.core.invoke('learners.delete', { id: targetId, confirmName: typed }), 'INVALID');
    }
    expect(await withDb(v, tableDigests)).toEqual(digests);
    expect(ok(await v.core.invoke('learners.list', { search: 'quillfeather' })).total).toBe(1);
  });

  test('the right name deletes: no row, no search hit, no photo, no contact, and the pre-update copy is gone', async () => {
    // Stands in for the copy an app update leaves beside the database: it would still hold the learner.
    writeFileSync(v.core.paths.migrationBackup, 'copy taken before an update');
    ok(await v.core.invoke('learners.delete', { id: targetId, confirmName: '  zephyrine   QUILLFEATHER ' }));
    expect(existsSync(v.core.paths.migrationBackup)).toBe(false);
    expectError(await v.core.invoke('learners.get', { id: targetId }), 'NOT_FOUND');
    expect(ok(await v.core.invoke('photos.get', { learnerId: targetId }))).toBeNull();
    expect(ok(await v.core.invoke('contacts.list', { learnerId: targetId }))).toEqual([]);
    for (const search of ['quillfeather', 'zephie', 'xylograph', 'B801200005001']) {
      expect(ok(await v.core.invoke('learners.list', { search })).total).toBe(0);
    }
    const leftovers = await withDb(v, async (db) => {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM learner_fts WHERE learner_fts MATCH 'zoetrope OR quillfeather'`.execute(db);
      return rows[0]!.n;
    });
    expect(leftovers).toBe(0);
  });

  test('while still unlocked: 0 of the learner\'s strings or photo slices in the decrypted file and live WAL', () => {
    const now = scanDecrypted();
    expect(hits(now.bytes, [...textNeedlesAll, ...photoNeedles])).toEqual([]);
    expect(hits(now.bytes, bystander.filter((n) => n.label.endsWith('(UTF-8)')))).toHaveLength(3); // the scan still sees live data
  });

  test('after locking: 0 hits decrypted (file, any WAL) and 0 hits raw in every file of the data folder', async () => {
    ok(await v.core.invoke('vault.lock', {}));
    const after = scanDecrypted();
    expect(after.pages).toBeGreaterThan(20);
    expect(hits(after.bytes, [...textNeedlesAll, ...photoNeedles])).toEqual([]);
    expect(hits(after.bytes, bystander.filter((n) => n.label.endsWith('(UTF-8)')))).toHaveLength(3);
    const files = readAllFiles(v.dir);
    expect(files.map((f) => f.name)).toContain('caseload.db');
    const raw = files.flatMap((f) => hits(f.bytes, [...textNeedlesAll, ...photoNeedles, ...bystander]).map((h) => `${h} in ${f.name}`));
    expect(raw).toEqual([]);
  });
});
