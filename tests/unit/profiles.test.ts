/** One-page profiles: the current version edited in place, earlier versions frozen, staff profiles, clean-up. */
import { afterAll, describe, expect, test } from 'vitest';
import type { Input } from '../../shared/ipc';
import { cleanup, databaseKey, expectError, ok, setupVault, withDatabase, type SetUpVault } from './helpers';
import { noiseJpeg } from './register-support';

afterAll(cleanup);

type Item = Input<'profiles.saveItems'>['items'][number];
const item = (section: Item['section'], text: string, contributor: Item['contributor'], extra: Partial<Item> = {}): Item => ({
  section, text, contributor, firstPerson: false, importantFor: false, ...extra,
});

async function learner(v: SetUpVault, first = 'Cerys') {
  return ok(await v.core.invoke('learners.create', { legalFirstName: first, legalLastName: 'Morgan', dateOfBirth: '2014-04-04', yearGroup: '6' }));
}

describe('profiles', () => {
  test('opening a profile starts version 1, empty; items save as a whole list, in order, with their voices', async () => {
    const v = await setupVault();
    const l = await learner(v);
    const p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id }));
    expect(p).toMatchObject({ versionNumber: 1, version: 1, status: 'current', items: [], ownerName: 'Cerys Morgan', usePhoto: true });
    const items = [
      item('appreciation', 'Always first to help a friend', 'parent'),
      item('importantTo', 'I love drawing dragons', 'learner', { firstPerson: true }),
      item('support', 'Give me time to answer', 'learner', { firstPerson: true }),
      item('support', 'Needs an inhaler before PE', 'staff', { importantFor: true }),
      item('appreciation', 'Brilliant sense of humour', 'staff', { importantFor: true }),
    ];
    const saved = ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items }));
    expect(saved.version).toBe(2);
    expect(saved.items.map((i) => [i.section, i.text, i.contributor, i.firstPerson, i.importantFor])).toEqual([
      ['appreciation', 'Always first to help a friend', 'parent', false, false],
      ['importantTo', 'I love drawing dragons', 'learner', true, false],
      ['support', 'Give me time to answer', 'learner', true, false],
      ['support', 'Needs an inhaler before PE', 'staff', false, true],
      // "Important for" belongs to the support section only.
      ['appreciation', 'Brilliant sense of humour', 'staff', false, false],
    ]);
    expect(ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id })).id).toBe(p.id);
  });

  test('a stale save is refused and changes nothing', async () => {
    const v = await setupVault();
    const l = await learner(v);
    const p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id }));
    ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: 1, items: [item('appreciation', 'Kind', 'parent')] }));
    expectError(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: 1, items: [] }), 'CONFLICT');
    expectError(await v.core.invoke('profiles.update', { profileId: p.id, version: 1, patch: { nextUpdateDue: '2027-07-01' } }), 'CONFLICT');
    expect(ok(await v.core.invoke('profiles.get', { id: p.id })).items.map((i) => i.text)).toEqual(['Kind']);
  });

  test('a new version freezes the current one (dated, read-only) and copies it forward', async () => {
    const v = await setupVault();
    const l = await learner(v);
    let p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id }));
    p = ok(await v.core.invoke('profiles.update', { profileId: p.id, version: p.version, patch: { methods: ['drawing', 'spoken'], nextUpdateDue: '2027-07-01', usePhoto: false } }));
    p = ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items: [item('importantTo', 'My dog Mabli', 'learner')] }));
    const next = ok(await v.core.invoke('profiles.newVersion', { profileId: p.id, version: p.version }));
    expect(next).toMatchObject({ versionNumber: 2, status: 'current', methods: ['drawing', 'spoken'], nextUpdateDue: '2027-07-01', usePhoto: false });
    expect(next.items.map((i) => i.text)).toEqual(['My dog Mabli']);
    const old = ok(await v.core.invoke('profiles.get', { id: p.id }));
    expect(old.status).toBe('earlier');
    expect(old.supersededAt).not.toBeNull();
    expect(expectError(await v.core.invoke('profiles.saveItems', { profileId: old.id, version: old.version, items: [] }), 'CONFLICT')).toMatch(/cannot be changed/);
    expectError(await v.core.invoke('profiles.newVersion', { profileId: old.id, version: old.version }), 'CONFLICT');
    ok(await v.core.invoke('profiles.saveItems', { profileId: next.id, version: next.version, items: [item('importantTo', 'My dog Mabli and my cat', 'learner')] }));
    expect(ok(await v.core.invoke('profiles.get', { id: p.id })).items.map((i) => i.text)).toEqual(['My dog Mabli']);
    const versions = ok(await v.core.invoke('profiles.versions', { ownerKind: 'learner', ownerId: l.id }));
    expect(versions.map((x) => [x.versionNumber, x.status])).toEqual([[2, 'current'], [1, 'earlier']]);
    expect(ok(await v.core.invoke('learners.get', { id: l.id })).timeline.map((e) => e.type)).toContain('profileVersion');
  });

  test('the profiles list has every learner on the caseload, with or without a profile; staff have their own', async () => {
    const v = await setupVault();
    const a = await learner(v, 'Aled');
    await learner(v, 'Bethan');
    const p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: a.id }));
    ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items: [item('support', 'Quiet corner', 'staff'), item('support', 'Visual timetable', 'staff')] }));
    const list = ok(await v.core.invoke('profiles.list', { ownerKind: 'learner' }));
    expect(list.map((r) => [r.ownerName, r.versionNumber, r.itemCount, r.detail])).toEqual([['Aled Morgan', 1, 2, '6'], ['Bethan Morgan', null, 0, '6']]);

    const ta = ok(await v.core.invoke('staff.create', { name: 'Huw Jenkins', role: 'Teaching assistant' }));
    const sp = ok(await v.core.invoke('profiles.current', { ownerKind: 'staff', ownerId: ta.id }));
    ok(await v.core.invoke('profiles.saveItems', { profileId: sp.id, version: sp.version, items: [item('appreciation', 'Calm in a crisis', 'colleague')] }));
    const staff = ok(await v.core.invoke('profiles.list', { ownerKind: 'staff' }));
    expect(staff.find((r) => r.ownerName === 'Huw Jenkins')).toMatchObject({ detail: 'Teaching assistant', itemCount: 1, versionNumber: 1 });
    expectError(await v.core.invoke('profiles.current', { ownerKind: 'staff', ownerId: a.id }), 'NOT_FOUND');
  });

  test('deleting a learner deletes their profiles too; the audit log holds no profile text', async () => {
    const v = await setupVault();
    const l = await learner(v, 'Dylan');
    const p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id }));
    ok(await v.core.invoke('profiles.saveItems', { profileId: p.id, version: p.version, items: [item('importantTo', 'Secret canary phrase', 'learner')] }));
    ok(await v.core.invoke('profiles.newVersion', { profileId: p.id, version: p.version + 1 }));
    ok(await v.core.invoke('learners.delete', { id: l.id, confirmName: 'Dylan Morgan' }));
    const rows = await withDatabase(v.core.paths.dbFile, await databaseKey(v.dir, v.passphrase), async (db) => ({
      profiles: (await db.selectFrom('profile').select('id').execute()).length,
      items: (await db.selectFrom('profile_item').select('id').execute()).length,
      audit: (await db.selectFrom('audit_log').select('details').execute()).map((r) => r.details).join(' '),
    }));
    expect(rows).toMatchObject({ profiles: 0, items: 0 });
    expect(rows.audit).not.toContain('canary');
  });
});

describe('the profile picture', () => {
  test("the learner's register photo unless another is chosen; kept by new versions; none when switched off", async () => {
    const v = await setupVault();
    const l = await learner(v, 'Ffion');
    ok(await v.core.invoke('photos.set', { learnerId: l.id, imageBase64: (await noiseJpeg(900, 600, 3)).toString('base64') }));
    let p = ok(await v.core.invoke('profiles.current', { ownerKind: 'learner', ownerId: l.id }));
    expect(ok(await v.core.invoke('profiles.photo', { profileId: p.id }))).toMatchObject({ width: 800, height: 533 });

    p = ok(await v.core.invoke('profiles.setPhoto', { profileId: p.id, version: p.version, imageBase64: (await noiseJpeg(300, 400, 4)).toString('base64') }));
    expect(p.ownPhoto).toBe(true);
    expect(ok(await v.core.invoke('profiles.photo', { profileId: p.id }))).toMatchObject({ width: 300, height: 400 });
    const bad = expectError(await v.core.invoke('profiles.setPhoto', { profileId: p.id, version: p.version, imageBase64: Buffer.from('not a picture').toString('base64') }), 'BAD_FILE');
    expect(bad).toMatch(/JPEG, PNG or WebP/);

    const next = ok(await v.core.invoke('profiles.newVersion', { profileId: p.id, version: p.version }));
    expect(ok(await v.core.invoke('profiles.photo', { profileId: next.id }))).toMatchObject({ width: 300, height: 400 });
    const cleared = ok(await v.core.invoke('profiles.setPhoto', { profileId: next.id, version: next.version, imageBase64: null }));
    expect(cleared.ownPhoto).toBe(false);
    expect(ok(await v.core.invoke('profiles.photo', { profileId: next.id }))).toMatchObject({ width: 800 });
    const off = ok(await v.core.invoke('profiles.update', { profileId: next.id, version: cleared.version, patch: { usePhoto: false } }));
    expect(ok(await v.core.invoke('profiles.photo', { profileId: off.id }))).toBeNull();
    // The earlier version keeps the picture it had.
    expect(ok(await v.core.invoke('profiles.photo', { profileId: p.id }))).toMatchObject({ width: 300, height: 400 });
  });

  test('a member of staff can have a picture on their profile', async () => {
    const v = await setupVault();
    const ta = ok(await v.core.invoke('staff.create', { name: 'Gareth Owen', role: 'Learning support' }));
    const p = ok(await v.core.invoke('profiles.current', { ownerKind: 'staff', ownerId: ta.id }));
    expect(ok(await v.core.invoke('profiles.photo', { profileId: p.id }))).toBeNull();
    ok(await v.core.invoke('profiles.setPhoto', { profileId: p.id, version: p.version, imageBase64: (await noiseJpeg(200, 200, 5)).toString('base64') }));
    expect(ok(await v.core.invoke('profiles.photo', { profileId: p.id }))).toMatchObject({ width: 200, height: 200 });
  });
});
