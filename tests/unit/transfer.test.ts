/**
 * Transfer to another school, between two real vaults: school A exports a learner's full record into one
 * encrypted file; school B opens it with the one-time passphrase and imports it. Every table's rows for the
 * learner arrive equal, column by column (with the few differences the design names: the local sequence number,
 * links to A's staff cleared, A's programme matched to B's by name, B's own arrival entries), photos byte for
 * byte, and B's own channels read the plans and reviews back. A records the disclosure and the audit entry,
 * naming no one, in one go with the file; a cancelled save records nothing; the file holds no plaintext.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newTransferPassphrase, sealTransfer } from '../../electron/core/services/transfer-file';
import { todayIso } from '../../shared/rules/dates';
import { IDP_PLAN } from '../fixtures/idp-plan';
import { PLAN_PROFILE, READING } from '../fixtures/opp-plus-plan';
import { cleanup, expectError, ok, SAMPLE_ID } from './helpers';
import { auditRows } from './idp-export-support';
import { hits, slices, textNeedles } from './register-support';
import { CANARIES, exportFrom, learnerRows, openIn, richLearner, SENDER_SCHOOL, snapshot, twoSchools, type Rows } from './transfer-support';

afterEach(cleanup);

const PASSPHRASE_SHOWN = /^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){5}$/;

/** What A's rows become in B, by design (transfer-rows.ts); everything else must be equal. */
function expectedInB(a: Rows, b: Rows, elsaHere: string): Rows {
  const elsaThere = (a.intervention ?? []).map((i) => i.programme_id).find((p) => p && !b.intervention!.some((x) => x.programme_id === p));
  return {
    ...a,
    learner: a.learner!.map((l) => ({ ...l, seq: b.learner![0]!.seq, key_worker_id: null, archived_at: null })),
    intervention: a.intervention!.map((i) => ({ ...i, staff_id: null, programme_id: i.programme_id === elsaThere ? elsaHere : i.programme_id })),
    review: a.review!.map((r) => ({ ...r, invitees: JSON.stringify((JSON.parse(r.invitees as string) as { kind: string; refId: string | null }[]).map((i) => (i.kind === 'staff' ? { ...i, refId: null } : i))) })),
    // B adds its own two arrival entries to the timeline, on top of every one of A's.
    timeline_event: [...a.timeline_event!, ...b.timeline_event!.filter((t) => t.type === 'transferredIn' || t.type === 'transferStaff')].sort((x, y) => String(x.id).localeCompare(String(y.id))),
  };
}

describe('transfer to another school', () => {
  it("arrives whole: every table's rows equal column by column, photos byte-equal, read back through B's own channels", async () => {
    const { a, b } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const sent = await learnerRows(a, learnerId);
    const t0 = performance.now();
    const { file, passphrase, result } = await exportFrom(a, [learnerId]);
    const t1 = performance.now();
    expect(result).toEqual({ saved: file, passphrase, learners: 1 });
    expect(passphrase).toMatch(PASSPHRASE_SHOWN);
    expect(basename(file)).toBe(`Caseload transfer ${todayIso()}.caseload-transfer`);

    const t2 = performance.now();
    const preview = await openIn(b, file, passphrase);
    const t3 = performance.now();
    expect(preview).toMatchObject({ fromSchool: SENDER_SCHOOL, learners: [{ ref: learnerId, name: 'Elis Gruffydd', upn: 'B801200005001', dateOfBirth: '2015-09-14', yearGroup: '6', match: null }] });
    expect(preview.learners[0]!.counts).toEqual({ contacts: 2, profiles: 2, oppPlusPlans: 1, idps: 2, reviews: 1, photos: 5 });
    expect(ok(await b.core.invoke('transfer.import', { token: preview.token, choices: [{ ref: learnerId, action: 'add' }] }))).toEqual({ added: 1, replaced: 0, skipped: 0 });
    const t4 = performance.now();

    const arrived = await learnerRows(b, learnerId);
    const elsaHere = ok(await b.core.invoke('catalogue.list', {})).find((p) => p.name === 'ELSA (Emotional Literacy Support)')!.id;
    const expected = expectedInB(sent, arrived, elsaHere);
    const counts = Object.fromEntries(Object.entries(sent).map(([t, rows]) => [t, rows.length]));
    expect(counts).toEqual({ learner: 1, learner_need: 3, learner_photo: 1, contact: 2, timeline_event: counts.timeline_event, profile: 2, profile_item: 6, opp_plus_plan: 1, intervention: 3, intervention_measure: 4, idp: 2, review: 1, disclosure: 1 });
    expect(counts.timeline_event).toBeGreaterThanOrEqual(8);
    for (const table of Object.keys(sent)) expect({ table, rows: arrived[table] }).toEqual({ table, rows: expected[table] });
    const columns = Object.values(sent).reduce((n, rows) => n + rows.reduce((m, r) => m + Object.keys(r).length, 0), 0);
    console.info(`transfer round trip: ${Object.values(sent).reduce((n, r) => n + r.length, 0)} rows, ${columns} values compared; file ${statSync(file).size.toLocaleString('en-GB')} bytes; export ${(t1 - t0).toFixed(0)} ms, open ${(t3 - t2).toFixed(0)} ms, import ${(t4 - t3).toFixed(0)} ms`);

    // Photos, byte for byte: the register photo, both profile versions' own pictures, both plan versions' "About me".
    const blobs = (rows: Rows) => [...rows.learner_photo!.map((p) => p.bytes), ...rows.profile!.map((p) => p.photo), ...rows.idp!.map((i) => i.photo)].filter(Buffer.isBuffer);
    expect(blobs(sent)).toHaveLength(5);
    blobs(sent).forEach((bytes, i) => expect(Buffer.compare(bytes, blobs(arrived)[i]!)).toBe(0));

    // B's own channels read everything back as A's do.
    const readAll = async (v: typeof a) => ({
      idps: await Promise.all(ok(await v.core.invoke('idp.list', { learnerId })).map(async (x) => ok(await v.core.invoke('idp.get', { id: x.id })))),
      reviews: await Promise.all(ok(await v.core.invoke('reviews.list', { learnerId })).map(async (x) => ok(await v.core.invoke('reviews.get', { id: x.id })))),
      profiles: ok(await v.core.invoke('profiles.versions', { ownerKind: 'learner', ownerId: learnerId })),
      contacts: ok(await v.core.invoke('contacts.list', { learnerId })),
      photo: ok(await v.core.invoke('photos.get', { learnerId })),
    });
    const [inA, inB] = [await readAll(a), await readAll(b)];
    expect(inB.idps.map((x) => [x.versionNumber, x.status])).toEqual([[2, 'draft'], [1, 'issued']]);
    expect(inB.idps.find((x) => x.status === 'issued')!.content.provision).toEqual(IDP_PLAN.provision);
    expect(inB.idps).toEqual(inA.idps);
    expect(inB.reviews.map((r) => ({ ...r, invitees: [] }))).toEqual(inA.reviews.map((r) => ({ ...r, invitees: [] })));
    expect(inB.reviews[0]!.invitees.map((i) => [i.name, i.refId === null])).toEqual([['The learner', true], ['Parent', true], [CANARIES.keyWorker, true]]);
    expect(inB.profiles).toEqual(inA.profiles);
    expect(inB.contacts).toEqual(inA.contacts);
    expect(inB.photo).toEqual(inA.photo);

    const plan = ok(await b.core.invoke('oppPlus.get', { learnerId }))!;
    expect(plan.interventions.map((i) => [i.programmeName, i.staffName, i.measures.length])).toEqual([[READING.programme, null, 3], ['ELSA (Emotional Literacy Support)', null, 1], [CANARIES.programme, null, 0]]);
    const detail = ok(await b.core.invoke('learners.get', { id: learnerId }));
    expect(detail).toMatchObject({ legalFirstName: 'Elis', keyWorkerId: null, notes: CANARIES.notes, primaryNeed: 'DYSLEXIA', secondaryNeeds: ['SLCD', 'TRAUMA'], archivedAt: null, legalHold: false });
    expect(detail.timeline.filter((t) => t.type.startsWith('transfer'))).toEqual([
      expect.objectContaining({ type: 'transferredIn', detail: SENDER_SCHOOL, date: todayIso() }),
      expect.objectContaining({ type: 'transferStaff', detail: `${CANARIES.keyWorker} (Teaching assistant)` }),
    ]);
  });

  it("adds the programmes and need codes B lacks as retired entries, matches the ones it has, and adds none of A's staff", async () => {
    const { a, b } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const { file, passphrase } = await exportFrom(a, [learnerId]);
    const staffBefore = ok(await b.core.invoke('staff.list', {}));
    const catalogueBefore = ok(await b.core.invoke('catalogue.list', {}));
    const preview = await openIn(b, file, passphrase);
    ok(await b.core.invoke('transfer.import', { token: preview.token, choices: [{ ref: learnerId, action: 'add' }] }));

    const catalogue = ok(await b.core.invoke('catalogue.list', {}));
    expect(catalogue.length).toBe(catalogueBefore.length + 1);
    expect(catalogue.find((p) => p.name === CANARIES.programme)).toMatchObject({ retired: true, sessionsPerWeek: 5, suggestedMeasures: ['Reading age'] });
    expect(catalogue.filter((p) => p.name.startsWith('ELSA'))).toHaveLength(1);
    expect(ok(await b.core.invoke('codes.list', { listKey: 'WAL_NEED_TYPE' })).codes.find((c) => c.code === 'TRAUMA')).toEqual({ listKey: 'WAL_NEED_TYPE', code: 'TRAUMA', labelEn: CANARIES.newCode, labelCy: 'Label caneri trawma', active: false });
    expect(ok(await b.core.invoke('staff.list', {}))).toEqual(staffBefore);

    const audit = (await auditRows(b)).filter((r) => r.action === 'transfer.imported' || r.action === 'catalogue.created');
    expect(audit).toEqual([
      { action: 'catalogue.created', entityType: 'programme', entityId: catalogue.find((p) => p.name === CANARIES.programme)!.id, details: { retired: true, source: 'transfer' } },
      { action: 'transfer.imported', entityType: 'learner', entityId: learnerId, details: { action: 'add', counts: { contacts: 2, profiles: 2, oppPlusPlans: 1, idps: 2, reviews: 1, photos: 5 } } },
    ]);
  });

  it('records on A, with the file and only then, a disclosure on each learner and one audit entry naming no one', async () => {
    const { a } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const other = ok(await a.core.invoke('learners.create', { legalFirstName: 'Mali', legalLastName: 'Hughes', dateOfBirth: '2016-02-29' }));
    const { file } = await exportFrom(a, [learnerId, other.id]);

    for (const id of [learnerId, other.id]) {
      const [latest] = ok(await a.core.invoke('disclosures.list', { learnerId: id }));
      expect(latest).toMatchObject({ date: todayIso(), recipient: CANARIES.recipient, purpose: 'Transfer to another school', method: 'Encrypted transfer file' });
      if (id === other.id) expect(latest!.items).toEqual(['Register details and needs', 'Timeline (1 entry)']);
      else expect(latest!.items).toEqual(['Register details and needs', 'Photo', 'Contacts (2)', expect.stringMatching(/^Timeline \(\d+ entries\)$/), 'One-page profile (2 versions)', 'OPP+ plan (3 interventions, 4 measures)', 'IDP (2 versions)', 'Reviews (1)', 'Earlier disclosures (1)']);
    }
    const entry = (await auditRows(a)).at(-1)!;
    expect(entry).toEqual({ action: 'transfer.exported', entityType: 'transfer', entityId: expect.any(String), details: { learners: 2, learnerIds: [learnerId, other.id], kind: 'transfer', bytes: statSync(file).size } });
    const words = JSON.stringify(entry);
    for (const name of ['Elis', 'Gruffydd', 'Mali', 'Hughes', CANARIES.recipient, SENDER_SCHOOL]) expect(words).not.toContain(name);
  });

  it('records nothing when the save dialog is cancelled, and refuses a learner who is not in the caseload', async () => {
    const { a } = await twoSchools();
    const { learnerId } = await richLearner(a);
    a.platform.chooseSavePath = async () => null;
    const before = await snapshot(a, true);
    expect(ok(await a.core.invoke('transfer.export', { learnerIds: [learnerId], recipient: CANARIES.recipient }))).toEqual({ saved: null, passphrase: null, learners: 0 });
    expectError(await a.core.invoke('transfer.export', { learnerIds: [learnerId, SAMPLE_ID], recipient: CANARIES.recipient }), 'NOT_FOUND');
    expect(await snapshot(a, true)).toEqual(before);
    expect(readdirSync(a.out).filter((f) => f.endsWith('.caseload-transfer'))).toEqual([]);
  });

  it('holds no plaintext: names, notes, texts, schools, the passphrase and the photo bytes are in no form in the file', async () => {
    const { a } = await twoSchools();
    const { learnerId } = await richLearner(a);
    const { file, passphrase } = await exportFrom(a, [learnerId]);
    const bytes = readFileSync(file);
    const photo = (await learnerRows(a, learnerId)).learner_photo![0]!.bytes as Buffer;
    const texts = [
      'Elis', 'Gruffydd', 'B801200005001', '2015-09-14', SENDER_SCHOOL, ...Object.values(CANARIES), passphrase, passphrase.replace(/-/g, ''),
      ...PLAN_PROFILE.map((p) => p.text).filter((t) => t.length > 12), IDP_PLAN.provision[0]!.what, IDP_PLAN.views[0]!.text, 'Playing rugby on Saturdays', READING.impactNote, '07700 900001', 'rhys.bowen@example.org',
    ];
    const needles = [...textNeedles(texts), ...slices(photo, 6, 24, 'photo')];
    expect(needles.length).toBeGreaterThan(50);
    expect(hits(bytes, needles)).toEqual([]);
    // Nothing readable beyond the plain header: format, version, KDF parameters, salt and key check. (The test core
    // seals with the cheapest parameters a file may ask for; the app's own are checked below.)
    const header = bytes.subarray(0, 400).toString('latin1');
    expect(header).toMatch(/^CASELOAD-TRANSFER\n[\s\S]{4}\{"format":"caseload-transfer","version":1,"kdf":\{"name":"scrypt","N":16384,"r":8,"p":1,"salt":"[^"]{24}"\},"cipher":"aes-256-gcm","check":"[^"]{24}"\}/);
  });

  it('the app seals with the vault\'s scrypt parameters (N=2^17, r=8, p=1) unless told otherwise', async () => {
    const bytes = await sealTransfer('{}', newTransferPassphrase());
    expect(bytes.subarray(0, 200).toString('latin1')).toContain('"kdf":{"name":"scrypt","N":131072,"r":8,"p":1,');
  });
});
