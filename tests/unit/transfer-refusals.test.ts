/**
 * What the receiving school refuses, and that a refusal changes nothing: a wrong passphrase (every file of the
 * data folder byte for byte unchanged), a damaged or altered file, a file with valid encryption but crafted
 * contents (checked by schema before anything is shown; fuzzed), and choices that would overwrite without being
 * asked. Then the choices themselves: skip, add, replace (the record here replaced under its own id), all or
 * nothing, and a legal hold that stops a replacement.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { isAppError } from '../../electron/core/app-error';
import { parseBundle } from '../../electron/core/services/transfer';
import { newTransferPassphrase, openTransfer, sealTransfer, TRANSFER_SCRYPT_MIN } from '../../electron/core/services/transfer-file';
import { cleanup, expectError, ok, SAMPLE_ID } from './helpers';
import { auditRows } from './idp-export-support';
import { noiseJpeg } from './register-support';
import { choose, exportFrom, learnerRows, openIn, plainLearner, richLearner, school, snapshot, twoSchools, RECEIVER, type ExportVault } from './transfer-support';

afterEach(cleanup);

/** A copy of `file` with `change` applied, in B's exports folder (where a coordinator might have saved it). */
function variant(b: ExportVault, file: string, name: string, change: (bytes: Buffer) => Buffer): string {
  const path = join(b.out, `${name}.caseload-transfer`);
  writeFileSync(path, change(Buffer.from(readFileSync(file))));
  return path;
}

/** Where a part of the file starts: after the magic (18) and the header length (4) comes the header, then the nonce. */
const nonceAt = (bytes: Buffer) => 22 + bytes.readUInt32BE(18);
const saltAt = (bytes: Buffer) => bytes.indexOf('"salt":"') + 8;

const flip = (at: (bytes: Buffer) => number) => (bytes: Buffer) => {
  const i = at(bytes);
  bytes[i] = bytes[i]! ^ 0x01;
  return bytes;
};
/** A flip followed by a new trailing digest: an alteration made with care, caught by GCM or the key check. */
const flipAndRedigest = (at: (bytes: Buffer) => number) => (bytes: Buffer) => {
  const body = flip(at)(bytes).subarray(0, bytes.length - 32);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
};

/** The file with its plain header rewritten (length and digest made to fit): a header crafted with care. */
const withHeader = (change: (header: string) => string) => (bytes: Buffer) => {
  const end = nonceAt(bytes);
  const header = Buffer.from(change(bytes.subarray(22, end).toString('utf8')));
  const length = Buffer.alloc(4);
  length.writeUInt32BE(header.length);
  const body = Buffer.concat([bytes.subarray(0, 18), length, header, bytes.subarray(end, bytes.length - 32)]);
  return Buffer.concat([body, createHash('sha256').update(body).digest()]);
};

const preview = async (b: ExportVault, file: string, passphrase: string) => b.core.invoke('transfer.preview', { token: await choose(b, file), passphrase });

describe('refused, with nothing written', () => {
  it('a wrong passphrase leaves every file of the receiving data folder byte for byte as it was; the right one, typed loosely, opens it', async () => {
    const { a, b } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const { file, passphrase } = await exportFrom(a, [learnerId]);
    const token = await choose(b, file);
    const before = await snapshot(b);
    let other = newTransferPassphrase();
    while (other === passphrase) other = newTransferPassphrase();
    for (const wrong of [other, 'hello', passphrase.slice(0, -1), `${passphrase}-AAAA`]) {
      const message = expectError(await b.core.invoke('transfer.preview', { token, passphrase: wrong }), 'WRONG_PASSPHRASE');
      expect(message).toMatch(/^That transfer passphrase is not right\./);
    }
    expectError(await b.core.invoke('transfer.import', { token, choices: [{ ref: learnerId, action: 'add' }] }), 'INVALID');
    expect(await snapshot(b)).toEqual(before);
    expect(Object.keys(before.files).sort()).toEqual(['caseload.db', 'caseload.db-shm', 'caseload.db-wal', 'settings.json', 'vault.json'].filter((f) => f in before.files));

    // Lower case, spaces for dashes, O for zero and L for one: read as the same passphrase.
    const typed = passphrase.toLowerCase().replace(/-/g, ' ').replace(/0/g, 'o').replace(/1/g, 'l');
    expect(ok(await b.core.invoke('transfer.preview', { token, passphrase: typed })).learners).toHaveLength(1);
  });

  it('a damaged or altered file: one flipped byte anywhere, a cut, a stranger file; a careful alteration too', async () => {
    const { a, b } = await twoSchools();
    const { file, passphrase } = await exportFrom(a, [(await plainLearner(a)).id]);
    const before = await snapshot(b);
    const cases: [string, (b: Buffer) => Buffer, 'BAD_FILE' | 'WRONG_PASSPHRASE', RegExp][] = [
      ['magic', flip(() => 0), 'BAD_FILE', /^This is not a Caseload transfer file/],
      ['header length', flip(() => 20), 'BAD_FILE', /damaged or has been changed/],
      ['header', flip(() => 60), 'BAD_FILE', /damaged or has been changed/],
      ['nonce', flip((x) => nonceAt(x) + 5), 'BAD_FILE', /damaged or has been changed/],
      ['tag', flip((x) => nonceAt(x) + 20), 'BAD_FILE', /damaged or has been changed/],
      ['ciphertext', flip((x) => x.length - 40), 'BAD_FILE', /damaged or has been changed/],
      ['digest', flip((x) => x.length - 1), 'BAD_FILE', /damaged or has been changed/],
      ['cut short', (x) => x.subarray(0, x.length - 100), 'BAD_FILE', /damaged or has been changed/],
      ['empty', () => Buffer.alloc(0), 'BAD_FILE', /^This is not a Caseload transfer file/],
      ['stranger', () => Buffer.from('%PDF-1.7 not a transfer at all'), 'BAD_FILE', /^This is not a Caseload transfer file/],
      ['ciphertext, digest redone', flipAndRedigest((x) => x.length - 40), 'BAD_FILE', /damaged or has been changed/],
      ['nonce, digest redone', flipAndRedigest((x) => nonceAt(x) + 5), 'BAD_FILE', /damaged or has been changed/],
      ['a KDF cost of 2^30 (16 GB), digest redone', withHeader((h) => h.replace('"N":16384', '"N":1073741824')), 'BAD_FILE', /cannot read/],
      ['salt, digest redone', flipAndRedigest((x) => saltAt(x) + 3), 'WRONG_PASSPHRASE', /passphrase is not right/],
    ];
    for (const [name, change, code, words] of cases) {
      const message = expectError(await preview(b, variant(b, file, name, change), passphrase), code);
      expect({ name, message }).toEqual({ name, message: expect.stringMatching(words) });
    }
    expect(await snapshot(b)).toEqual(before);
    expect(ok(await preview(b, file, passphrase)).learners).toHaveLength(1);
  });

  it('valid encryption, crafted contents: refused by the schema before anything is shown', async () => {
    const { a, b } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const { file, passphrase } = await exportFrom(a, [learnerId]);
    const bundle = JSON.parse(await openTransfer(readFileSync(file), passphrase));
    const png = (await (await import('sharp')).default({ create: { width: 8, height: 8, channels: 3, background: '#fff' } }).png().toBuffer()).toString('base64');
    const exif = (await noiseJpeg(320, 400, 7, { IFD0: { Copyright: 'GPS 51.5 -3.2' } })).toString('base64');
    const PHOTO = 'a photo that is not a plain JPEG of the size it claims';
    const crafted: [string, string, (x: any) => unknown][] = [
      ['not JSON', 'not a record bundle', () => '{"format": "caseload-transfer-bundle",'],
      ['not a bundle', 'its layout', () => []],
      ['a key the IDP form does not have', 'learners.0.idps.0.content.provision.0', (x) => ((x.learners[0].idps[0].content.provision[0].evil = 1), x)],
      ['a review of a plan not in the record', "a review of a plan that is not in the learner's record", (x) => ((x.learners[0].reviews[0].idp_id = SAMPLE_ID), x)],
      ['a name 10,000 letters long', 'learners.0.learner.legal_first_name', (x) => ((x.learners[0].learner.legal_first_name = 'x'.repeat(10_000)), x)],
      ['a photo that is a PNG', PHOTO, (x) => ((x.learners[0].photo.bytes = png), x)],
      ['a photo with metadata', PHOTO, (x) => ((x.learners[0].photo.bytes = exif), x)],
      ['a photo of another size', PHOTO, (x) => ((x.learners[0].photo.width = 321), x)],
      ['the same contact twice', 'the same record twice', (x) => (x.learners[0].contacts.push(x.learners[0].contacts[0]), x)],
      ['a prototype key', 'learners.0.learner', (x) => JSON.parse(JSON.stringify(x).replace('"learner":{', '"learner":{"__proto__":{"admin":true},'))],
      ['a parent key smuggled in', 'learners.0.contacts.0', (x) => ((x.learners[0].contacts[0].learner_id = SAMPLE_ID), x)],
      ['no learners', 'learners', (x) => ((x.learners = []), x)],
      ['a key worker not in the file', 'a key worker who is not in the file', (x) => ((x.staff = []), x)],
    ];
    const before = await snapshot(b);
    for (const [name, where, craft] of crafted) {
      const made = craft(structuredClone(bundle));
      const path = join(b.out, 'crafted.caseload-transfer');
      writeFileSync(path, await sealTransfer(typeof made === 'string' ? made : JSON.stringify(made), passphrase, TRANSFER_SCRYPT_MIN));
      const message = expectError(await preview(b, path, passphrase), 'BAD_FILE');
      expect({ name, message }).toEqual({ name, message: `This transfer file holds something Caseload cannot accept (${where}), so nothing was read from it. Ask the school that sent it to update Caseload and make the file again.` });
    }
    expect(await snapshot(b)).toEqual(before);
  }, 120_000);

  it('fuzzed: 600 random changes to a real bundle are accepted or refused as BAD_FILE, never anything else', async () => {
    const { a } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const { file, passphrase } = await exportFrom(a, [learnerId]);
    const json = await openTransfer(readFileSync(file), passphrase);
    const paths = (x: unknown, at: (string | number)[] = []): (string | number)[][] =>
      x && typeof x === 'object' ? [at, ...Object.entries(x).flatMap(([k, v]) => paths(v, [...at, Array.isArray(x) ? Number(k) : k]))] : [at];
    const all = paths(JSON.parse(json)).filter((p) => p.length > 0);
    let refused = 0;
    fc.assert(
      fc.property(fc.integer({ min: 0, max: all.length - 1 }), fc.anything({ maxDepth: 2, withObjectString: true, withNullPrototype: true }), (i, value) => {
        const x = JSON.parse(json);
        const path = all[i]!;
        let node = x;
        for (const k of path.slice(0, -1)) node = node[k];
        node[path.at(-1)!] = value;
        try {
          parseBundle(JSON.stringify(x));
        } catch (e) {
          if (!isAppError(e) || e.code !== 'BAD_FILE') throw e;
          refused++;
        }
      }),
      { numRuns: 600, seed: 8 },
    );
    expect(refused).toBeGreaterThan(300);
    console.info(`transfer bundle fuzz: 600 changes over ${all.length} places, ${refused} refused as BAD_FILE, 0 other errors`);
  });
});

describe('choices: nothing overwritten without being asked', () => {
  async function setting() {
    const { a, b } = await twoSchools();
    const { learnerId: elis } = await richLearner(a);
    const mali = (await plainLearner(a)).id;
    const { file, passphrase } = await exportFrom(a, [elis, mali]);
    // B already has Elis, by UPN, under another record (different names, a contact of its own).
    const here = ok(await b.core.invoke('learners.create', { legalFirstName: 'Elin', legalLastName: 'Gruffydd-Jones', dateOfBirth: '2015-09-14', upn: 'B801200005001' }));
    ok(await b.core.invoke('contacts.create', { learnerId: here.id, name: 'Gareth Jones', relationship: 'FATHER' }));
    return { a, b, elis, mali, here: here.id, file, passphrase };
  }

  it('matches by UPN; refuses add on a match and replace without one, all or nothing; skip leaves the record here untouched', async () => {
    const { b, elis, mali, here, file, passphrase } = await setting();
    const p = await openIn(b, file, passphrase);
    expect(p.learners.map((l) => [l.name, l.match])).toEqual([['Elis Gruffydd', { learnerId: here, name: 'Elin Gruffydd-Jones' }], ['Mali Hughes', null]]);
    const before = await snapshot(b, true);
    const tries: [string, { ref: string; action: 'add' | 'skip' | 'replace' }[], RegExp][] = [
      ['add on a match (after an add)', [{ ref: mali, action: 'add' }, { ref: elis, action: 'add' }], /^Elis Gruffydd is already in this caseload \(Elin Gruffydd-Jones/],
      ['replace with no match', [{ ref: mali, action: 'replace' }], /nothing to replace/],
      ['a learner not in the file', [{ ref: SAMPLE_ID, action: 'add' }], /do not match the learners in this transfer file/],
      ['the same learner twice', [{ ref: mali, action: 'add' }, { ref: mali, action: 'skip' }], /do not match/],
    ];
    for (const [name, choices, words] of tries) {
      const message = expectError(await b.core.invoke('transfer.import', { token: p.token, choices }), 'INVALID');
      expect({ name, message }).toEqual({ name, message: expect.stringMatching(words) });
    }
    expect(await snapshot(b, true)).toEqual(before);

    const hereBefore = await learnerRows(b, here);
    expect(ok(await b.core.invoke('transfer.import', { token: p.token, choices: [{ ref: elis, action: 'skip' }, { ref: mali, action: 'add' }] }))).toEqual({ added: 1, replaced: 0, skipped: 1 });
    expect(await learnerRows(b, here)).toEqual(hereBefore);
    expect(ok(await b.core.invoke('learners.get', { id: mali }))).toMatchObject({ legalFirstName: 'Mali', upn: 'A123456789012' });
    // The file was used: its token (and the records held in memory) are gone.
    expectError(await b.core.invoke('transfer.import', { token: p.token, choices: [{ ref: mali, action: 'skip' }] }), 'NOT_FOUND');
  });

  it('replace: the record here is replaced by the one sent, under its own id; the same file again replaces cleanly; a legal hold stops it', async () => {
    const { a, b, elis, mali, here, file, passphrase } = await setting();
    const p = await openIn(b, file, passphrase);
    expect(ok(await b.core.invoke('transfer.import', { token: p.token, choices: [{ ref: elis, action: 'replace' }, { ref: mali, action: 'skip' }] }))).toEqual({ added: 0, replaced: 1, skipped: 1 });
    const sent = await learnerRows(a, elis);
    const now = await learnerRows(b, here);
    expect(now.learner![0]).toMatchObject({ id: here, legal_first_name: 'Elis', legal_last_name: 'Gruffydd', upn: 'B801200005001' });
    expect(now.contact!.map((c) => c.name)).toEqual(sent.contact!.map((c) => c.name));
    expect(now.contact!.map((c) => c.name)).not.toContain('Gareth Jones');
    for (const table of ['idp', 'review', 'profile', 'learner_photo'] as const) expect(now[table]!.length).toBe(sent[table]!.length);
    // A's own log also holds this transfer's disclosure, made after the file: B has the earlier one.
    expect([now.disclosure!.length, sent.disclosure!.length]).toEqual([1, 2]);
    expect(ok(await b.core.invoke('learners.list', {})).total).toBe(1);
    expect((await auditRows(b)).filter((r) => r.action === 'transfer.imported').map((r) => [r.entityId, r.details.action])).toEqual([[here, 'replace']]);

    // Again, from the same file: the match is now by UPN and record; the rows it brought come out and go back in.
    const again = await openIn(b, file, passphrase);
    expect(again.learners.map((l) => l.match?.learnerId ?? null)).toEqual([here, null]);
    expect(ok(await b.core.invoke('transfer.import', { token: again.token, choices: [{ ref: elis, action: 'replace' }] }))).toEqual({ added: 0, replaced: 1, skipped: 1 });
    expect((await learnerRows(b, here)).idp!.length).toBe(2);

    ok(await b.core.invoke('retention.setHold', { learnerId: here, hold: true, reason: 'Tribunal appeal pending' }));
    const held = await openIn(b, file, passphrase);
    const before = await snapshot(b, true);
    expect(expectError(await b.core.invoke('transfer.import', { token: held.token, choices: [{ ref: elis, action: 'replace' }] }), 'INVALID')).toMatch(/under a legal hold/);
    expect(await snapshot(b, true)).toEqual(before);
  });

  it('an opened file is forgotten when Caseload locks, and an unknown token is NOT_FOUND', async () => {
    const a = await school();
    const b = await school(RECEIVER);
    const { file, passphrase } = await exportFrom(a, [(await plainLearner(a)).id]);
    const p = await openIn(b, file, passphrase);
    ok(await b.core.invoke('vault.lock', { reason: 'user' }));
    ok(await b.core.invoke('vault.unlock', { passphrase: RECEIVER.passphrase }));
    expectError(await b.core.invoke('transfer.import', { token: p.token, choices: [{ ref: p.learners[0]!.ref, action: 'add' }] }), 'NOT_FOUND');
    expectError(await b.core.invoke('transfer.preview', { token: SAMPLE_ID, passphrase }), 'NOT_FOUND');
    b.platform.openAnswers = {};
    expect(ok(await b.core.invoke('transfer.choose', {}))).toBeNull();
  });
});
