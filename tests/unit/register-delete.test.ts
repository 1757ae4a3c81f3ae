/**
 * Security test 11: deleting a learner destroys their data. A learner with distinctive strings in names, notes,
 * UPN, a contact, a photo, an OPP+ plan (its fields, an action-plan row, a measure) and an IDP (an issued version and
 * a draft: their sections, and the "About me" picture copied into them) is deleted; afterwards none of those strings
 * (UTF-8, UTF-16LE, and the lowercased tokens the search index keeps) nor slices of either photo remain anywhere SQLite left bytes on disk: every page of
 * the database file and every WAL frame, DECRYPTED with the key (a raw scan only sees ciphertext, so it would pass
 * whatever happened), free pages and stale frames included. Positive controls: the same scan finds every string
 * in a copy taken before the deletion, and still finds a second learner's strings afterwards.
 */
import { copyFileSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cleanup, expectError, ok, readAllFiles, SAMPLE_INTERVENTION, tableDigests, tempDir } from './helpers';
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
/** The OPP+ plan: its "important to", a custom programme, a target, an impact note and a measure's note. */
const OPP_PLUS = {
  importantTo: 'Tends the heronshaw garden',
  customName: 'Quibblewick Phonics',
  target: 'Decodes 30 wombatish nonsense words by 5 March',
  impactNote: 'Yarrowmere impact remark',
  measureNote: 'Measured beside the gryphonry',
} as const;
/** The IDP: a learner's view, a provision element and the reason it was issued with gaps. */
const IDP = {
  view: 'I want to ride the quagmirewood ferry',
  what: 'Snorkelwhistle reading drills',
  override: 'Issued early for the brackenhollow panel',
} as const;
const TARGET_TEXTS = [
  'Zephyrine', 'Quillfeather', 'Zephie', 'B801200005001', 'xylograph puzzle', 'Gwydrwen', 'zoetrope lessons',
  CONTACT.name, CONTACT.phone, CONTACT.email, CONTACT.address,
  ...Object.values(OPP_PLUS), ...Object.values(IDP),
];
/** What the search index stores: lowercase, diacritics folded, one token at a time. */
const INDEX_TOKENS = ['zephyrine', 'quillfeather', 'zephie', 'b801200005001', 'xylograph', 'gwydrwen', 'zoetrope'];
const BYSTANDER_TEXTS = ['Persephone', 'Tidewaterson', 'bystander marmalade', 'bystander quince target', 'bystander plover view'];

let v: RegisterVault;
let targetId = '';
let textNeedlesAll: Needle[];
let photoNeedles: Needle[];
let idpPhotoNeedles: Needle[];
let bystander: Needle[];
let before: { bytes: Buffer; pages: number };

const scanDecrypted = () => decryptedPages(v.core.paths.dbFile, v.key);

/** An OPP+ plan with one custom, running row and a baseline measure. */
async function addOppPlus(learnerId: string, texts: Partial<Record<keyof typeof OPP_PLUS, string>>): Promise<void> {
  const plan = ok(await v.core.invoke('oppPlus.start', { learnerId }));
  ok(await v.core.invoke('oppPlus.update', { planId: plan.id, version: plan.version, patch: { importantTo: texts.importantTo ?? null } }));
  const fields = { ...SAMPLE_INTERVENTION, customName: texts.customName ?? 'Toe by Toe', target: texts.target ?? null, impactNote: texts.impactNote ?? null };
  const row = ok(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields })).interventions[0]!;
  ok(await v.core.invoke('oppPlus.addMeasure', { interventionId: row.id, measure: { phase: 'baseline', tool: 'Reading age', score: 84, date: '2026-09-14', note: texts.measureNote ?? null } }));
}

/**
 * An IDP whose "About me" picture is the profile's own one (copied in, then cleared from the profile, so the plan
 * rows hold the only live copy): version 1 issued with the view and the element, version 2 a draft copied from it.
 * Returns the picture's bytes as the plan holds them.
 */
async function addIdp(learnerId: string, view: string, texts?: typeof IDP): Promise<Buffer | null> {
  const profile = texts && ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: learnerId }));
  const withPhoto = profile && ok(await v.core.invoke('profiles.setPhoto', { profileId: profile.id, version: profile.version, imageBase64: (await noiseJpeg(320, 400, 11)).toString('base64') }));
  let idp = ok(await v.core.invoke('idp.startDraft', { learnerId }));
  idp = ok(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section: 'views', value: [{ id: 'v1', who: 'learner', name: '', text: view, date: null, method: 'conversation', verbatim: true }] }));
  if (!texts || !withPhoto) return null;
  const picture = ok(await v.core.invoke('idp.photo', { idpId: idp.id }))!;
  ok(await v.core.invoke('profiles.setPhoto', { profileId: withPhoto.id, version: withPhoto.version, imageBase64: null }));
  const element = { id: 'p1', outcome: 'Reads 60 words a minute', outcomeMeasure: '', outcomeDate: null, what: texts.what, sessionsPerWeek: 3, sessionMinutes: 20, groupSize: '1:1', deliveredBy: 'TA', qualification: '', location: '', welsh: 'no' as const, provider: 'school' as const, providerName: '', startDate: null, reviewOrEndDate: null, endsThen: false, rationale: '', differenceOfOpinion: '' };
  idp = ok(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section: 'provision', value: [element] }));
  ok(await v.core.invoke('idp.issue', { idpId: idp.id, version: idp.version, dateGiven: '2026-11-20', overrideReason: texts.override }));
  ok(await v.core.invoke('idp.startDraft', { learnerId }));
  return Buffer.from(picture.base64, 'base64');
}

const idpRows = () => withDb(v, async (db) => Number((await db.selectFrom('idp').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n));

const oppPlusRows = () =>
  withDb(v, async (db) => {
    const { rows } = await sql<{ plans: number; rows: number; measures: number }>`
      SELECT (SELECT count(*) FROM opp_plus_plan) AS plans, (SELECT count(*) FROM intervention) AS rows, (SELECT count(*) FROM intervention_measure) AS measures`.execute(db);
    return rows[0];
  });

beforeAll(async () => {
  v = await registerVault();
  const { core } = v;
  const other = await addLearner(core, { legalFirstName: 'Persephone', legalLastName: 'Tidewaterson', notes: 'bystander marmalade', upn: 'P207000016049' });
  await addOppPlus(other.id, { target: 'bystander quince target' });
  await addIdp(other.id, 'bystander plover view');
  const target = await addLearner(core, TARGET);
  targetId = target.id;
  // An edit, so the old notes also went through the search index and the WAL.
  ok(await core.invoke('learners.update', { id: targetId, version: 1, patch: { notes: `${TARGET.notes} Also zoetrope lessons.` } }));
  ok(await core.invoke('contacts.create', { learnerId: targetId, ...CONTACT }));
  ok(await core.invoke('photos.set', { learnerId: targetId, imageBase64: (await noiseJpeg(900, 700, 7)).toString('base64') }));
  const photo = ok(await core.invoke('photos.get', { learnerId: targetId }))!;
  await addOppPlus(targetId, OPP_PLUS);
  photoNeedles = slices(Buffer.from(photo.base64, 'base64'), 8, 24, 'photo');
  idpPhotoNeedles = slices((await addIdp(targetId, IDP.view, IDP))!, 8, 24, 'IDP photo');
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
    expect(hits(before.bytes, idpPhotoNeedles).length).toBeGreaterThanOrEqual(6);
    expect(hits(before.bytes, bystander.filter((n) => n.label.endsWith('(UTF-8)')))).toHaveLength(BYSTANDER_TEXTS.length);
  });

  test('the wrong typed name is refused with INVALID and nothing is deleted', async () => {
    expect(await oppPlusRows()).toEqual({ plans: 2, rows: 2, measures: 2 });
    expect(await idpRows()).toBe(3);
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
    // The OPP+ plan, its row and its measure went with the learner (foreign keys, cascading); the bystander's stay.
    expect(ok(await v.core.invoke('oppPlus.get', { learnerId: targetId }))).toBeNull();
    expect(await oppPlusRows()).toEqual({ plans: 1, rows: 1, measures: 1 });
    // Both IDP versions went too; the bystander's draft stays.
    expect(ok(await v.core.invoke('idp.list', { learnerId: targetId }))).toEqual([]);
    expect(await idpRows()).toBe(1);
    for (const search of ['quillfeather', 'zephie', 'xylograph', 'B801200005001']) {
      expect(ok(await v.core.invoke('learners.list', { search })).total).toBe(0);
    }
    const leftovers = await withDb(v, async (db) => {
      const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM learner_fts WHERE learner_fts MATCH 'zoetrope OR quillfeather'`.execute(db);
      return rows[0]!.n;
    });
    expect(leftovers).toBe(0);
  });

  test('while still unlocked: 0 of the learner\'s strings or photo slices (register and IDP) in the decrypted file and live WAL', () => {
    const now = scanDecrypted();
    expect(hits(now.bytes, [...textNeedlesAll, ...photoNeedles, ...idpPhotoNeedles])).toEqual([]);
    expect(hits(now.bytes, bystander.filter((n) => n.label.endsWith('(UTF-8)')))).toHaveLength(BYSTANDER_TEXTS.length); // the scan still sees live data
  });

  test('after locking: 0 hits decrypted (file, any WAL) and 0 hits raw in every file of the data folder', async () => {
    ok(await v.core.invoke('vault.lock', {}));
    const after = scanDecrypted();
    expect(after.pages).toBeGreaterThan(20);
    expect(hits(after.bytes, [...textNeedlesAll, ...photoNeedles, ...idpPhotoNeedles])).toEqual([]);
    expect(hits(after.bytes, bystander.filter((n) => n.label.endsWith('(UTF-8)')))).toHaveLength(BYSTANDER_TEXTS.length);
    const files = readAllFiles(v.dir);
    expect(files.map((f) => f.name)).toContain('caseload.db');
    const raw = files.flatMap((f) => hits(f.bytes, [...textNeedlesAll, ...photoNeedles, ...idpPhotoNeedles, ...bystander]).map((h) => `${h} in ${f.name}`));
    expect(raw).toEqual([]);
  });
});
