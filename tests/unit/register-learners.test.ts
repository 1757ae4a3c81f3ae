/**
 * Learner commands through the contract (core.invoke) against a real encrypted database: defaults, the detail
 * view, field-by-field edits with optimistic concurrency, reference checks, the timeline, archive and restore, the
 * audit trail (one entry per write, never a name or a note in it), and contacts (create, edit with versions,
 * delete, and the cascade when their learner is deleted).
 */
import { afterEach, describe, expect, test } from 'vitest';
import type { Input } from '../../shared/ipc';
import { todayIso } from '../../shared/rules/dates';
import { auditActions, cleanup, expectError, ok, SAMPLE_ID, tableDigests } from './helpers';
import { addLearner, auditCount, dayDiff, noiseJpeg, registerVault, withDb, type RegisterVault } from './register-support';

afterEach(cleanup);

const digests = (v: RegisterVault) => withDb(v, tableDigests);

describe('learners', () => {
  test('create with only the required fields: every default, version 1, an "added" timeline entry, no clocks', async () => {
    const { core } = await registerVault();
    const created = await addLearner(core, { legalFirstName: '  Rhian ', legalLastName: 'Evans', dateOfBirth: '2015-03-04' });
    expect(created).toMatchObject({
      legalFirstName: 'Rhian',
      legalLastName: 'Evans',
      preferredName: null,
      upn: null,
      yearGroup: null,
      medium: 'en',
      homeLanguages: [],
      lookedAfter: false,
      eal: false,
      status: 'UNIVERSAL_OPP',
      primaryNeed: null,
      secondaryNeeds: [],
      keyWorkerId: null,
      agencies: [],
      notes: null,
      version: 1,
      hasPhoto: false,
      archivedAt: null,
      clocks: [],
    });
    expect(created.timeline).toEqual([{ id: expect.any(String), date: todayIso(), type: 'added', detail: 'UNIVERSAL_OPP' }]);
  });

  test('get returns needs (primary, secondaries by code), the decision clock and the timeline, and logs the view', async () => {
    const v = await registerVault();
    const { id } = await addLearner(v.core, {
      status: 'UNDER_CONSIDERATION',
      dutyToDecideFrom: '2024-01-08',
      primaryNeed: 'ASD',
      secondaryNeeds: ['SLCD', 'ADHD', 'ASD'],
      upn: 'b801 2000 05001',
    });
    const before = await auditCount(v);
    const got = ok(await v.core.invoke('learners.get', { id }));
    expect(got.upn).toBe('B801200005001');
    expect([got.primaryNeed, got.secondaryNeeds]).toEqual(['ASD', ['ADHD', 'SLCD']]);
    // Wed 8 Jan 2024 + 35 weekdays = Mon 26 Feb 2024 (no term dates: an estimate)
    expect(got.clocks).toEqual([{ kind: 'decision', due: '2024-02-26', daysRemaining: dayDiff(todayIso(), '2024-02-26'), estimated: true }]);
    expect(got.timeline.map((t) => t.type)).toEqual(['added']);
    expect(await auditCount(v)).toBe(before + 1);
    const last = await withDb(v, (db) => db.selectFrom('audit_log').selectAll().orderBy('seq', 'desc').executeTakeFirstOrThrow());
    expect(last).toMatchObject({ action: 'learner.viewed', entity_type: 'learner', entity_id: id });
    expectError(await v.core.invoke('learners.get', { id: SAMPLE_ID }), 'NOT_FOUND');
  });

  test('field by field: each update bumps the version by one, keeps the other fields, and logs only field names', async () => {
    const v = await registerVault();
    const staff = ok(await v.core.invoke('staff.create', { name: 'Bethan Ifans', role: 'Teaching assistant' }));
    let current = await addLearner(v.core);
    const patches: Input<'learners.update'>['patch'][] = [
      { preferredName: 'Rhi' },
      { yearGroup: '5' },
      { upn: 'P207000016049' },
      { homeLanguages: ['Welsh', 'English'] },
      { lookedAfter: true },
      { primaryNeed: 'DYSLEXIA' },
      { secondaryNeeds: ['ADHD'] },
      { keyWorkerId: staff.id },
      { notes: 'Likes the quiet room.' },
      { preferredName: '' },
    ];
    for (const [i, patch] of patches.entries()) {
      const before = await auditCount(v);
      current = ok(await v.core.invoke('learners.update', { id: current.id, version: current.version, patch }));
      expect(current.version).toBe(i + 2);
      expect(await auditCount(v)).toBe(before + 1);
    }
    expect(current).toMatchObject({
      preferredName: null,
      yearGroup: '5',
      upn: 'P207000016049',
      homeLanguages: ['Welsh', 'English'],
      lookedAfter: true,
      primaryNeed: 'DYSLEXIA',
      secondaryNeeds: ['ADHD'],
      keyWorkerId: staff.id,
      notes: 'Likes the quiet room.',
      legalFirstName: 'Test',
    });
    const details = await withDb(v, (db) => db.selectFrom('audit_log').select('details').where('action', '=', 'learner.updated').orderBy('seq').execute());
    expect(details.map((d) => JSON.parse(d.details))).toEqual(patches.map((p) => ({ fields: Object.keys(p) })));
  });

  test('a stale version is refused with CONFLICT and nothing changes', async () => {
    const v = await registerVault();
    const first = await addLearner(v.core);
    ok(await v.core.invoke('learners.update', { id: first.id, version: 1, patch: { notes: 'first edit' } }));
    const before = await digests(v);
    expectError(await v.core.invoke('learners.update', { id: first.id, version: 1, patch: { notes: 'stale edit' } }), 'CONFLICT');
    expectError(await v.core.invoke('learners.archive', { id: first.id, version: 1 }), 'CONFLICT');
    expect(await digests(v)).toEqual(before);
    expect(ok(await v.core.invoke('learners.get', { id: first.id }))).toMatchObject({ version: 2, notes: 'first edit' });
  });

  test('a UPN already in the caseload is refused with CONFLICT (typed differently too); nothing changes', async () => {
    const v = await registerVault();
    await addLearner(v.core, { upn: 'B801200005001' });
    const other = await addLearner(v.core, { legalFirstName: 'Other' });
    const before = await digests(v);
    expectError(await v.core.invoke('learners.create', { legalFirstName: 'A', legalLastName: 'B', dateOfBirth: '2015-01-01', upn: 'b8012 0000 5001' }), 'CONFLICT');
    expectError(await v.core.invoke('learners.update', { id: other.id, version: 1, patch: { upn: 'B801200005001' } }), 'CONFLICT');
    expect(await digests(v)).toEqual(before);
    // Its own UPN again is no conflict; a bad check letter never reaches the service.
    const self = ok(await v.core.invoke('learners.update', { id: other.id, version: 1, patch: { upn: 'P207000016049' } }));
    ok(await v.core.invoke('learners.update', { id: other.id, version: self.version, patch: { upn: 'P207000016049' } }));
    expectError(await v.core.invoke('learners.update', { id: other.id, version: 3, patch: { upn: 'Q207000016049' } }), 'INVALID');
  });

  test('an unknown need code or key worker is refused with INVALID; nothing changes', async () => {
    const v = await registerVault();
    const l = await addLearner(v.core);
    const before = await digests(v);
    const base = { legalFirstName: 'A', legalLastName: 'B', dateOfBirth: '2015-01-01' };
    expectError(await v.core.invoke('learners.create', { ...base, primaryNeed: 'NOPE' }), 'INVALID');
    expectError(await v.core.invoke('learners.create', { ...base, secondaryNeeds: ['ASD', 'NOPE'] }), 'INVALID');
    expectError(await v.core.invoke('learners.create', { ...base, primaryNeed: 'SPLD' }), 'INVALID'); // England's list is not in use
    expectError(await v.core.invoke('learners.create', { ...base, keyWorkerId: SAMPLE_ID }), 'INVALID');
    expectError(await v.core.invoke('learners.update', { id: l.id, version: 1, patch: { primaryNeed: 'NOPE' } }), 'INVALID');
    expectError(await v.core.invoke('learners.update', { id: l.id, version: 1, patch: { keyWorkerId: SAMPLE_ID } }), 'INVALID');
    expect(await digests(v)).toEqual(before);
  });

  test('a status change adds one timeline entry; an edit that keeps the status adds none', async () => {
    const { core } = await registerVault();
    let l = await addLearner(core);
    l = ok(await core.invoke('learners.update', { id: l.id, version: l.version, patch: { status: 'OPP_PLUS_TARGETED' } }));
    l = ok(await core.invoke('learners.update', { id: l.id, version: l.version, patch: { status: 'OPP_PLUS_TARGETED', notes: 'x' } }));
    l = ok(await core.invoke('learners.update', { id: l.id, version: l.version, patch: { status: 'UNDER_CONSIDERATION' } }));
    expect(l.timeline.map((t) => [t.type, t.detail])).toEqual([
      ['added', 'UNIVERSAL_OPP'],
      ['status', 'OPP_PLUS_TARGETED'],
      ['status', 'UNDER_CONSIDERATION'],
    ]);
  });

  test('archive hides a learner from the list and shows it under archived; restore brings it back', async () => {
    const { core } = await registerVault();
    const keep = await addLearner(core, { legalLastName: 'Aaron' });
    const l = await addLearner(core, { legalLastName: 'Zane' });
    const names = async (archived: boolean) => ok(await core.invoke('learners.list', { archived })).rows.map((r) => r.id);
    const archived = ok(await core.invoke('learners.archive', { id: l.id, version: 1 }));
    expect(archived.archivedAt).not.toBeNull();
    expect(await names(false)).toEqual([keep.id]);
    expect(await names(true)).toEqual([l.id]);
    expect(ok(await core.invoke('learners.list', { archived: true })).rows[0]!.archived).toBe(true);
    const restored = ok(await core.invoke('learners.restore', { id: l.id, version: archived.version }));
    expect(restored).toMatchObject({ archivedAt: null, version: 3 });
    expect(restored.timeline.map((t) => t.type)).toEqual(['added', 'archived', 'restored']);
    expect(await names(false)).toEqual([keep.id, l.id]);
    expect(await names(true)).toEqual([]);
  });

  test('every write adds exactly one audit entry, and no audit row holds a name, note, UPN or contact detail', async () => {
    const v = await registerVault();
    const { core } = v;
    const secrets = ['Wenonah', 'Blackwoodley', 'Nonny', 'P207000016049', 'sensory garden', 'Ottoline Crabtree', '07700 900777', 'Heol Derwen'];
    const steps: [string, () => Promise<unknown>][] = [];
    let l = await addLearner(core, { legalFirstName: 'Wenonah', legalLastName: 'Blackwoodley', preferredName: 'Nonny', upn: 'P207000016049', notes: 'sensory garden' });
    let contactId = '';
    let contactVersion = 1;
    steps.push(
      ['learner.updated', async () => (l = ok(await core.invoke('learners.update', { id: l.id, version: l.version, patch: { notes: 'sensory garden at lunch' } })))],
      ['learner.archived', async () => (l = ok(await core.invoke('learners.archive', { id: l.id, version: l.version })))],
      ['learner.restored', async () => (l = ok(await core.invoke('learners.restore', { id: l.id, version: l.version })))],
      ['contact.created', async () => (contactId = ok(await core.invoke('contacts.create', { learnerId: l.id, name: 'Ottoline Crabtree', relationship: 'MOTHER', phone: '07700 900777' })).id)],
      ['contact.updated', async () => (contactVersion = ok(await core.invoke('contacts.update', { id: contactId, version: contactVersion, patch: { address: 'Heol Derwen' } })).version)],
      ['contact.deleted', async () => ok(await core.invoke('contacts.delete', { id: contactId }))],
      ['learner.photo_set', async () => ok(await core.invoke('photos.set', { learnerId: l.id, imageBase64: (await noiseJpeg(40, 30)).toString('base64') }))],
      ['learner.photo_removed', async () => ok(await core.invoke('photos.remove', { learnerId: l.id }))],
      ['learner.viewed', async () => ok(await core.invoke('learners.get', { id: l.id }))],
      ['learner.deleted', async () => ok(await core.invoke('learners.delete', { id: l.id, confirmName: 'Wenonah Blackwoodley' }))],
    );
    for (const [action, run] of steps) {
      const before = await withDb(v, auditActions);
      await run();
      expect(await withDb(v, auditActions)).toEqual([...before, action]);
    }
    const rows = await withDb(v, (db) => db.selectFrom('audit_log').selectAll().execute());
    expect(rows.length).toBeGreaterThanOrEqual(12);
    const text = JSON.stringify(rows).toLowerCase();
    expect(secrets.filter((s) => text.includes(s.toLowerCase()))).toEqual([]);
  });
});

describe('contacts', () => {
  test('create with defaults, list, update with versions, delete', async () => {
    const { core } = await registerVault();
    const l = await addLearner(core);
    const created = ok(await core.invoke('contacts.create', { learnerId: l.id, name: ' Sian Evans ', relationship: 'MOTHER', email: '' }));
    expect(created).toEqual({
      id: expect.any(String),
      learnerId: l.id,
      version: 1,
      name: 'Sian Evans',
      relationship: 'MOTHER',
      organisation: null,
      phone: null,
      email: null,
      address: null,
      parentalResponsibility: false,
      preferredLanguage: null,
      receivesCopies: false,
    });
    const second = ok(await core.invoke('contacts.create', { learnerId: l.id, name: 'Dr Owen', relationship: 'EP', organisation: 'County EP service' }));
    expect(ok(await core.invoke('contacts.list', { learnerId: l.id })).map((c) => c.name)).toEqual(['Sian Evans', 'Dr Owen']);

    const updated = ok(await core.invoke('contacts.update', { id: created.id, version: 1, patch: { phone: '07700 900123', parentalResponsibility: true, preferredLanguage: 'cy' } }));
    expect(updated).toMatchObject({ version: 2, phone: '07700 900123', parentalResponsibility: true, preferredLanguage: 'cy', name: 'Sian Evans' });
    expectError(await core.invoke('contacts.update', { id: created.id, version: 1, patch: { phone: 'stale' } }), 'CONFLICT');
    expect(ok(await core.invoke('contacts.list', { learnerId: l.id }))[0]!.phone).toBe('07700 900123');
    expectError(await core.invoke('contacts.update', { id: SAMPLE_ID, version: 1, patch: { phone: 'x' } }), 'NOT_FOUND');
    expectError(await core.invoke('contacts.create', { learnerId: l.id, name: 'X', relationship: 'CARER', email: 'not an address' }), 'INVALID');
    expectError(await core.invoke('contacts.create', { learnerId: SAMPLE_ID, name: 'X', relationship: 'CARER' }), 'NOT_FOUND');

    ok(await core.invoke('contacts.delete', { id: second.id }));
    expect(ok(await core.invoke('contacts.list', { learnerId: l.id })).map((c) => c.id)).toEqual([created.id]);
    expectError(await core.invoke('contacts.delete', { id: second.id }), 'NOT_FOUND');
  });

  test("deleting a learner deletes their contacts, needs and timeline with them", async () => {
    const v = await registerVault();
    const { core } = v;
    const keep = await addLearner(core, { legalFirstName: 'Keep' });
    ok(await core.invoke('contacts.create', { learnerId: keep.id, name: 'Kept Parent', relationship: 'FATHER' }));
    const l = await addLearner(core, { legalFirstName: 'Gone', primaryNeed: 'ASD', secondaryNeeds: ['ADHD'] });
    for (const name of ['Parent One', 'Parent Two']) ok(await core.invoke('contacts.create', { learnerId: l.id, name, relationship: 'PARENT' }));
    const count = (table: 'contact' | 'learner_need' | 'timeline_event') =>
      withDb(v, async (db) => (await db.selectFrom(table).select('learner_id').where('learner_id', '=', l.id).execute()).length);
    expect([await count('contact'), await count('learner_need'), await count('timeline_event')]).toEqual([2, 2, 1]);
    ok(await core.invoke('learners.delete', { id: l.id, confirmName: 'gone  learner' }));
    expect(ok(await core.invoke('contacts.list', { learnerId: l.id }))).toEqual([]);
    expect([await count('contact'), await count('learner_need'), await count('timeline_event')]).toEqual([0, 0, 0]);
    expect(ok(await core.invoke('contacts.list', { learnerId: keep.id })).map((c) => c.name)).toEqual(['Kept Parent']);
  });
});
