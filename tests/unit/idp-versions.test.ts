/**
 * IDP versions through the contract against a real encrypted database: an issued version is frozen (every write
 * refused, its row byte-for-byte unchanged); the next draft is a copy of it; issuing that supersedes the last and
 * moves the review clock; drafts can be thrown away, issued versions never; ceasing; the Plans overview; and an
 * audit trail that names actions and ids, never what was written.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { diffIdp } from '../../shared/rules/idp-diff';
import { IDP_PLAN, planWith } from '../fixtures/idp-plan';
import { cleanup, expectError, ok } from './helpers';
import { actions, completeDraft, digests, idpLearner, idpRow, issue, learnerDetail, startDraft, withProfile, type Idp } from './idp-support';
import { auditDetails } from './opp-plus-support';
import { registerVault, type RegisterVault } from './register-support';

afterEach(cleanup);

/** Every write a draft accepts, tried on `idp`: each must be CONFLICT. */
async function everyWriteRefused(v: RegisterVault, idp: Idp) {
  const ref = { idpId: idp.id, version: idp.version };
  expectError(await v.core.invoke('idp.saveSection', { ...ref, section: 'otherProvision', value: { text: 'Changed after issue' } }), 'CONFLICT');
  expectError(await v.core.invoke('idp.saveSection', { ...ref, section: 'provision', value: [] }), 'CONFLICT');
  expectError(await v.core.invoke('idp.refresh', { ...ref, part: 'coreDetails' }), 'CONFLICT');
  expectError(await v.core.invoke('idp.refresh', { ...ref, part: 'aboutMe' }), 'CONFLICT');
  expectError(await v.core.invoke('idp.setLanguage', { ...ref, planLanguage: 'cy' }), 'CONFLICT');
  expectError(await v.core.invoke('idp.issue', { ...ref, dateGiven: '2027-01-04', overrideReason: 'again' }), 'CONFLICT');
  expectError(await v.core.invoke('idp.discardDraft', ref), 'CONFLICT');
}

describe('versions', () => {
  test('an issued version is read-only: every write is CONFLICT and its row keeps every byte', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await completeDraft(v);
    await withProfile(v, learnerId);
    const withPicture = ok(await v.core.invoke('idp.refresh', { idpId: idp.id, version: idp.version, part: 'aboutMe' }));
    const issued = await issue(v, withPicture, '2026-11-20');
    const row = await idpRow(v, issued.id);
    expect(row.photo).not.toBeNull();
    const before = await digests(v);
    await everyWriteRefused(v, issued);
    expect(await idpRow(v, issued.id)).toEqual(row);
    expect(await digests(v)).toEqual(before);
  });

  test('a new draft copies the version in force; issuing it supersedes the old one and moves the review clock', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await completeDraft(v);
    const lang = ok(await v.core.invoke('idp.setLanguage', { idpId: idp.id, version: idp.version, planLanguage: 'bilingual' }));
    const first = await issue(v, lang, '2026-11-20');
    const second = await startDraft(v, learnerId);
    expect(second).toMatchObject({ versionNumber: 2, version: 1, status: 'draft', planLanguage: 'bilingual', dateGiven: null, override: null });
    expect(second.id).not.toBe(first.id);
    expect(second.content).toEqual(first.content);
    expect(diffIdp(first.content, second.content)).toEqual([]);
    // The review: a change to one element, then issued on Mon 5 Jul 2027.
    const changed = planWith((c) => void (c.provision[0]!.sessionsPerWeek = 4)).provision;
    const edited = ok(await v.core.invoke('idp.saveSection', { idpId: second.id, version: second.version, section: 'provision', value: changed }));
    expect(diffIdp(first.content, edited.content)).toEqual([{ section: 'provision', changes: [{ kind: 'changed', row: 1, field: 'sessionsPerWeek', before: '3', after: '4' }] }]);
    const issued2 = await issue(v, edited, '2027-07-05');
    expect(issued2).toMatchObject({ status: 'issued', versionNumber: 2, dateGiven: '2027-07-05' });
    // Version 1 is superseded, and still readable exactly as it was given.
    const old = ok(await v.core.invoke('idp.get', { id: first.id }));
    expect(old).toMatchObject({ status: 'superseded', versionNumber: 1, dateGiven: '2026-11-20', content: IDP_PLAN });
    expect(ok(await v.core.invoke('idp.list', { learnerId })).map((i) => [i.versionNumber, i.status])).toEqual([[2, 'issued'], [1, 'superseded']]);
    await everyWriteRefused(v, old);
    // The review clock now runs from version 2: due Wed 5 Jul 2028.
    expect(await learnerDetail(v, learnerId)).toMatchObject({ idpDateGiven: '2027-07-05', clocks: [expect.objectContaining({ kind: 'idpReview', due: '2028-07-05' })] });
    // A third draft starts from version 2, not version 1.
    expect((await startDraft(v, learnerId)).content.provision[0]!.sessionsPerWeek).toBe(4);
  });

  test('discarding removes only a draft; the issued version and its clock stay', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await completeDraft(v);
    const issued = await issue(v, idp, '2026-11-20');
    const draft = await startDraft(v, learnerId);
    expectError(await v.core.invoke('idp.discardDraft', { idpId: draft.id, version: draft.version + 1 }), 'CONFLICT');
    expectError(await v.core.invoke('idp.discardDraft', { idpId: issued.id, version: issued.version }), 'CONFLICT');
    expect(ok(await v.core.invoke('idp.discardDraft', { idpId: draft.id, version: draft.version }))).toEqual({ done: true });
    expectError(await v.core.invoke('idp.get', { id: draft.id }), 'NOT_FOUND');
    expect(ok(await v.core.invoke('idp.list', { learnerId })).map((i) => i.id)).toEqual([issued.id]);
    expect(ok(await v.core.invoke('idp.get', { id: issued.id })).status).toBe('issued');
    // A first draft can be thrown away too, leaving no plan at all.
    const lone = await idpLearner(v, { upn: null, legalFirstName: 'Nia' });
    const loneDraft = await startDraft(v, lone.id);
    ok(await v.core.invoke('idp.discardDraft', { idpId: loneDraft.id, version: loneDraft.version }));
    expect(ok(await v.core.invoke('idp.list', { learnerId: lone.id }))).toEqual([]);
  });

  test('only the plan in force can be ceased: the reason and date recorded, the learner\'s status IDP_CEASED', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await completeDraft(v);
    const first = await issue(v, idp, '2026-11-20');
    const second = await issue(v, await startDraft(v, learnerId), '2027-03-01');
    const draft = await startDraft(v, learnerId);
    const cease = (i: Idp) => v.core.invoke('idp.cease', { idpId: i.id, version: i.version, date: '2027-07-20', reason: 'Moved to a school in England' });
    expectError(await cease(draft), 'CONFLICT');
    expectError(await cease(ok(await v.core.invoke('idp.get', { id: first.id }))), 'CONFLICT'); // superseded
    const ceased = ok(await cease(second));
    expect(ceased).toMatchObject({ status: 'ceased', ceasedOn: '2027-07-20', ceaseReason: 'Moved to a school in England', dateGiven: '2027-03-01' });
    const learner = await learnerDetail(v, learnerId);
    expect(learner.status).toBe('IDP_CEASED');
    expect(learner.clocks).toEqual([]); // no review once the plan has ceased
    expect(ok(await v.core.invoke('idp.overview', {}))).toEqual([expect.objectContaining({ issued: expect.objectContaining({ id: second.id, versionNumber: 2 }), draft: expect.objectContaining({ id: draft.id }), reviewDue: null })]);
    expect(learner.timeline).toEqual(expect.arrayContaining([expect.objectContaining({ type: 'idpCeased', date: '2027-07-20' }), expect.objectContaining({ type: 'status', detail: 'IDP_CEASED' })]));
    await everyWriteRefused(v, ceased);
    expectError(await cease(ceased), 'CONFLICT');
  });
});

describe('the Plans overview', () => {
  test('one row per learner with a plan: the version in force, the draft with its blocking gaps, the review due', async () => {
    const v = await registerVault();
    const { learnerId: withBoth, idp } = await completeDraft(v, { legalLastName: 'Bowen' });
    await issue(v, idp, '2026-11-20');
    const redraft = await startDraft(v, withBoth);
    // Two gaps in the new draft: one element without a deliverer, the other without a review date.
    const gaps = planWith((c) => {
      c.provision[0]!.deliveredBy = '';
      c.provision[1]!.reviewOrEndDate = null;
    }).provision;
    const saved = ok(await v.core.invoke('idp.saveSection', { idpId: redraft.id, version: redraft.version, section: 'provision', value: gaps }));
    // A first draft with no profile and no needs: 7 required sections empty (see idp.test.ts).
    const draftOnly = await idpLearner(v, { upn: null, legalLastName: 'Alun', primaryNeed: null, secondaryNeeds: [] });
    const firstDraft = await startDraft(v, draftOnly.id);
    await idpLearner(v, { upn: null, legalLastName: 'Cadwaladr' }); // no plan: no row
    const rows = ok(await v.core.invoke('idp.overview', {}));
    expect(rows).toEqual([
      { learnerId: draftOnly.id, learnerName: 'Elis Alun', yearGroup: '6', issued: null, draft: { id: firstDraft.id, versionNumber: 1, updatedAt: firstDraft.updatedAt, blocking: 7 }, reviewDue: null },
      {
        learnerId: withBoth, learnerName: 'Elis Bowen', yearGroup: '6',
        issued: { id: idp.id, versionNumber: 1, dateGiven: '2026-11-20', maintainedBy: 'school', ceasedOn: null },
        draft: { id: redraft.id, versionNumber: 2, updatedAt: saved.updatedAt, blocking: 2 },
        reviewDue: '2027-11-20',
      },
    ]);
  });
});

describe('the audit trail', () => {
  test('each action is logged, with ids and section names but none of the words written in the plan', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await completeDraft(v);
    const refreshed = ok(await v.core.invoke('idp.refresh', { idpId: idp.id, version: idp.version, part: 'coreDetails' }));
    const lang = ok(await v.core.invoke('idp.setLanguage', { idpId: idp.id, version: refreshed.version, planLanguage: 'cy' }));
    const first = await issue(v, lang, '2026-11-20');
    const draft = await startDraft(v, learnerId);
    ok(await v.core.invoke('idp.discardDraft', { idpId: draft.id, version: draft.version }));
    ok(await v.core.invoke('idp.cease', { idpId: first.id, version: first.version, date: '2027-07-20', reason: 'Quintessa withdrew her consent' }));
    const idpActions = (await actions(v)).filter((a) => a.startsWith('idp.'));
    expect(idpActions).toEqual(['idp.draft_started', ...Array(13).fill('idp.section_saved'), 'idp.refreshed', 'idp.language_set', 'idp.issued', 'idp.draft_started', 'idp.draft_discarded', 'idp.ceased']);
    const details = await auditDetails(v);
    expect(details).toContain(first.id);
    const typed = [
      'Quintessa', 'Heol y Nant', 'Carmarthenshire', 'Builds the best Lego bridges', 'waits for me', 'Catrin', 'reads two years below',
      'Toe by Toe', 'Word-finding', 'Touch-typing', 'Taxi to school', 'Tregib', 'weighed his wish', 'Dr Rhys Bowen', 'Interim reading targets',
      'alys.pritchard@example.org', 'Gruffydd', 'B801200005001', '2015-09-14',
    ];
    expect(typed.filter((t) => details.toLowerCase().includes(t.toLowerCase()))).toEqual([]);
    expect(JSON.stringify(IDP_PLAN)).toContain('weighed his wish'); // the strings really are in the plan
  });
});
