/**
 * IDP drafts through the contract (core.invoke) against a real encrypted database: what a first draft takes from
 * the register, the school, the coordinator and the profile; saving a section at a time (validated, optimistic
 * concurrency); refreshing; issuing with and without gaps. Versions, ceasing, the overview and the audit trail:
 * idp-versions.test.ts; the calendar and the learner's clocks: idp-calendar.test.ts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { addMonths, todayIso } from '../../shared/rules/dates';
import type { Input } from '../../shared/ipc';
import { IDP_PLAN, planWith, saveIdpPlan } from '../fixtures/idp-plan';
import { cleanup, expectError, IDENTITY, ok, SAMPLE_ID } from './helpers';
import { actions, completeDraft, digests, idpLearner, issue, learnerDetail, PROFILE_ITEMS, startDraft, withProfile } from './idp-support';
import { noiseJpeg, registerVault } from './register-support';

afterEach(cleanup);

describe('starting a draft', () => {
  test('fills 1A from the register, 1B from the school and the coordinator, 1C from the profile (with its picture), 2A from the needs', async () => {
    const v = await registerVault();
    const learner = await idpLearner(v, { preferredName: 'Eli', setting: null });
    const profile = await withProfile(v, learner.id);
    const idp = await startDraft(v, learner.id);
    const today = todayIso();
    expect(idp).toMatchObject({ learnerId: learner.id, learnerName: 'Eli Gruffydd', versionNumber: 1, version: 1, status: 'draft', planLanguage: 'en', dateGiven: null, override: null, ceasedOn: null });
    expect(idp.content.coreDetails).toEqual({
      legalName: 'Elis Gruffydd', preferredName: 'Eli', dateOfBirth: '2015-09-14', upn: 'B801200005001', address: '',
      setting: IDENTITY.schoolName, localAuthority: '', homeLanguages: 'Welsh, English', medium: 'Bilingual', // no setting on the register: the school
      consent: 'notApplicable', consentDetails: '', capacityIssues: false, capacityDetails: '',
    });
    expect(idp.content.administration).toEqual({
      maintainedBy: 'school', organisation: IDENTITY.schoolName, responsibleName: IDENTITY.userName, responsibleRole: IDENTITY.role,
      responsibleContact: '', startDate: today, reviewTargetDate: addMonths(today, 12), proposedReviewDate: null,
    });
    expect(idp.content.aboutMe).toMatchObject({ sourceProfileId: profile.id, sourceVersionNumber: 1, pulledOn: today });
    expect(idp.content.aboutMe.items.map(({ id: _id, ...rest }) => rest)).toEqual(PROFILE_ITEMS);
    expect(idp.content.alnDescription).toEqual({ needs: [expect.objectContaining({ needCode: 'DYSLEXIA', description: '' }), expect.objectContaining({ needCode: 'SLCD', description: '' })], reasonsForDecision: '' });
    expect(idp.content.provision).toEqual([]);
    // The picture came with the profile.
    const pictures = [ok(await v.core.invoke('idp.photo', { idpId: idp.id })), ok(await v.core.invoke('profiles.photo', { profileId: profile.id }))];
    expect(pictures[0]).not.toBeNull();
    expect(pictures[0]).toEqual(pictures[1]);
    // The register's setting wins over the school's name when there is one.
    const other = await idpLearner(v, { legalFirstName: 'Nia', upn: null, setting: 'Ysgol y Dderwen' });
    expect((await startDraft(v, other.id)).content.coreDetails.setting).toBe('Ysgol y Dderwen');
    expect(ok(await v.core.invoke('idp.photo', { idpId: (await startDraft(v, other.id)).id }))).toBeNull();
  });

  test('starting twice returns the same draft; the timeline and the audit log record one start', async () => {
    const v = await registerVault();
    const learner = await idpLearner(v);
    const first = await startDraft(v, learner.id);
    const before = await digests(v);
    const again = await startDraft(v, learner.id);
    expect(again).toEqual(first);
    expect(await digests(v)).toEqual(before);
    expect((await actions(v)).filter((a) => a === 'idp.draft_started')).toHaveLength(1);
    expect((await learnerDetail(v, learner.id)).timeline.filter((e) => e.type === 'idpDraftStarted')).toEqual([expect.objectContaining({ date: todayIso(), detail: '1' })]);
    expect(ok(await v.core.invoke('idp.list', { learnerId: learner.id }))).toHaveLength(1);
    expectError(await v.core.invoke('idp.startDraft', { learnerId: SAMPLE_ID }), 'NOT_FOUND');
  });

  test('the LA maintains the plan of a learner whose duty holder is the LA, or who already has an LA plan; the FEI likewise', async () => {
    const v = await registerVault();
    const maintainer = async (over: Partial<Input<'learners.create'>>) => (await startDraft(v, (await idpLearner(v, { upn: null, ...over })).id)).content.administration.maintainedBy;
    expect(await maintainer({ dutyHolder: 'la' })).toBe('la');
    expect(await maintainer({ status: 'ALN_IDP_LA' })).toBe('la');
    expect(await maintainer({ dutyHolder: 'fei' })).toBe('fei');
    expect(await maintainer({ status: 'UNDER_CONSIDERATION' })).toBe('school');
  });
});

type SectionInput = Input<'idp.saveSection'>;

describe('saving a section', () => {
  test('every section of the complete plan saves and reads back exactly; the version moves once a section', async () => {
    const v = await registerVault();
    const { idp } = await completeDraft(v);
    expect(idp.content).toEqual(IDP_PLAN);
    expect(idp.version).toBe(1 + 13);
    expect(ok(await v.core.invoke('idp.get', { id: idp.id })).content).toEqual(IDP_PLAN);
    expect((await actions(v)).filter((a) => a === 'idp.section_saved')).toHaveLength(13);
    // Text is trimmed as it is saved.
    const trimmed = ok(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section: 'otherProvision', value: { text: '  Taxi on PE days  ' } }));
    expect(trimmed.content.otherProvision.text).toBe('Taxi on PE days');
  });

  test('a bad shape for each section is INVALID and changes nothing; a stale version is CONFLICT; an unknown plan NOT_FOUND', async () => {
    const v = await registerVault();
    const { idp } = await completeDraft(v);
    const bad: Record<SectionInput['section'], unknown> = {
      coreDetails: { ...IDP_PLAN.coreDetails, consent: 'maybe' },
      administration: { ...IDP_PLAN.administration, maintainedBy: 'county' },
      aboutMe: { ...IDP_PLAN.aboutMe, items: 'Likes dogs' },
      views: [{ ...IDP_PLAN.views[0], who: 'grandparent' }],
      alnDescription: { needs: [{ ...IDP_PLAN.alnDescription.needs[0], id: '' }], reasonsForDecision: '' },
      provision: [{ ...IDP_PLAN.provision[0], sessionMinutes: -20 }],
      otherProvision: { text: 5 },
      laProvision: [{ ...IDP_PLAN.laProvision[0], id: 'la-1', kind: 'house', institution: '', details: '' }],
      transition: { ...IDP_PLAN.transition, actions: Array.from({ length: 41 }, (_, i) => ({ id: `a${i}`, action: 'Visit', owner: '', dueDate: null })) },
      reasons: [{ ...IDP_PLAN.reasons[0], decision: 'maybe' }],
      informationUsed: [{ ...IDP_PLAN.informationUsed[0], date: '2026-02-30' }],
      timeline: [{ ...IDP_PLAN.timeline[0], extra: 'not in the form' }],
      appendices: [{ ...IDP_PLAN.appendices[0], kind: 'scrapbook' }],
    };
    const before = await digests(v);
    for (const [section, value] of Object.entries(bad)) {
      expectError(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section, value } as SectionInput), 'INVALID');
    }
    // One section's value under another section's name.
    expectError(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section: 'views', value: IDP_PLAN.reasons } as unknown as SectionInput), 'INVALID');
    expectError(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version - 1, section: 'otherProvision', value: { text: 'Late' } }), 'CONFLICT');
    expectError(await v.core.invoke('idp.saveSection', { idpId: SAMPLE_ID, version: 1, section: 'otherProvision', value: { text: 'Late' } }), 'NOT_FOUND');
    expect(await digests(v)).toEqual(before);
  });

  test('the plan language is set on the draft with optimistic concurrency', async () => {
    const v = await registerVault();
    const idp = await startDraft(v, (await idpLearner(v)).id);
    const cy = ok(await v.core.invoke('idp.setLanguage', { idpId: idp.id, version: idp.version, planLanguage: 'cy' }));
    expect(cy).toMatchObject({ planLanguage: 'cy', version: 2 });
    expectError(await v.core.invoke('idp.setLanguage', { idpId: idp.id, version: 1, planLanguage: 'bilingual' }), 'CONFLICT');
    expect((await actions(v)).at(-1)).toBe('idp.language_set');
  });
});

describe('refreshing from the register and the profile', () => {
  test('core details: the register\'s new name comes in; consent, capacity, address and LA written in the plan stay', async () => {
    const v = await registerVault();
    const learner = await idpLearner(v);
    let idp = await startDraft(v, learner.id);
    const written = { ...idp.content.coreDetails, address: '3 Heol y Nant', localAuthority: 'Carmarthenshire', consent: 'given' as const, consentDetails: 'Agreed on 2 Oct', capacityIssues: true, capacityDetails: 'Case friend: aunt' };
    idp = ok(await v.core.invoke('idp.saveSection', { idpId: idp.id, version: idp.version, section: 'coreDetails', value: written }));
    ok(await v.core.invoke('learners.update', { id: learner.id, version: learner.version, patch: { legalFirstName: 'Eilir', dateOfBirth: '2015-09-15', homeLanguages: ['Welsh'] } }));
    const refreshed = ok(await v.core.invoke('idp.refresh', { idpId: idp.id, version: idp.version, part: 'coreDetails' }));
    expect(refreshed.content.coreDetails).toEqual({ ...written, legalName: 'Eilir Gruffydd', dateOfBirth: '2015-09-15', homeLanguages: 'Welsh' });
    expect(refreshed.content.aboutMe).toEqual(idp.content.aboutMe);
    expectError(await v.core.invoke('idp.refresh', { idpId: idp.id, version: idp.version, part: 'coreDetails' }), 'CONFLICT');
    expect((await actions(v)).at(-1)).toBe('idp.refreshed');
  });

  test('About me: a changed profile (items and picture) is picked up again', async () => {
    const v = await registerVault();
    const learner = await idpLearner(v);
    const profile = await withProfile(v, learner.id);
    const idp = await startDraft(v, learner.id);
    const oldPicture = ok(await v.core.invoke('idp.photo', { idpId: idp.id }));
    const changed = [...PROFILE_ITEMS.slice(1), { section: 'support' as const, text: 'Sit me near the front', contributor: 'learner' as const, firstPerson: true, importantFor: false }];
    const p2 = ok(await v.core.invoke('profiles.saveItems', { profileId: profile.id, version: profile.version, items: changed }));
    ok(await v.core.invoke('profiles.setPhoto', { profileId: p2.id, version: p2.version, imageBase64: (await noiseJpeg(200, 200, 9)).toString('base64') }));
    const refreshed = ok(await v.core.invoke('idp.refresh', { idpId: idp.id, version: idp.version, part: 'aboutMe' }));
    expect(refreshed.content.aboutMe.items.map(({ id: _id, ...rest }) => rest)).toEqual(changed);
    expect(refreshed.content.coreDetails).toEqual(idp.content.coreDetails);
    const newPicture = ok(await v.core.invoke('idp.photo', { idpId: idp.id }));
    expect(newPicture).toEqual(ok(await v.core.invoke('profiles.photo', { profileId: profile.id })));
    expect(newPicture!.base64).not.toBe(oldPicture!.base64);
  });
});

describe('issuing', () => {
  test('with blocking gaps and no reason: INVALID, nothing changes; with a reason: issued, the gaps and reason recorded', async () => {
    const v = await registerVault();
    // No profile and no needs: 1C, views, 2A, 2B, transition, reasons and the record of information are empty (7).
    const learner = await idpLearner(v, { primaryNeed: null, secondaryNeeds: [] });
    const idp = await startDraft(v, learner.id);
    const before = await digests(v);
    const message = expectError(await v.core.invoke('idp.issue', { idpId: idp.id, version: idp.version, dateGiven: '2026-11-20', overrideReason: null }), 'INVALID');
    expect(message).toContain('7 gaps');
    expectError(await v.core.invoke('idp.issue', { idpId: idp.id, version: idp.version, dateGiven: '2026-11-20', overrideReason: '   ' }), 'INVALID');
    expect(await digests(v)).toEqual(before);
    const issued = await issue(v, idp, '2026-11-20', 'The family asked for the plan before the EP report arrives');
    expect(issued).toMatchObject({ status: 'issued', dateGiven: '2026-11-20', override: { problems: 7, reason: 'The family asked for the plan before the EP report arrives' } });
  });

  test('a complete plan issues with no override; the learner\'s status, date given, review clock and timeline follow', async () => {
    const v = await registerVault();
    const { learnerId, idp } = await completeDraft(v, { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-09-07' });
    const issued = await issue(v, idp, '2026-11-20');
    expect(issued).toMatchObject({ status: 'issued', dateGiven: '2026-11-20', override: null, version: idp.version + 1, content: IDP_PLAN });
    const learner = await learnerDetail(v, learnerId);
    expect(learner).toMatchObject({ status: 'ALN_IDP_SCHOOL', idpDateGiven: '2026-11-20' });
    // The decision clock stops; the review is due 12 months from the date given: Fri 20 Nov 2027.
    expect(learner.clocks).toEqual([expect.objectContaining({ kind: 'idpReview', due: '2027-11-20', estimated: false })]);
    expect(learner.timeline).toEqual(expect.arrayContaining([
      expect.objectContaining({ type: 'idpIssued', date: '2026-11-20', detail: '1' }),
      expect.objectContaining({ type: 'status', date: '2026-11-20', detail: 'ALN_IDP_SCHOOL' }),
    ]));
  });

  test('the learner\'s status follows who maintains the plan: the LA, the FEI', async () => {
    const v = await registerVault();
    for (const [maintainedBy, status] of [['la', 'ALN_IDP_LA'], ['fei', 'ALN_IDP_FEI']] as const) {
      const learner = await idpLearner(v, { upn: null, legalFirstName: `Learner ${maintainedBy}` });
      const content = planWith((c) => void (c.administration.maintainedBy = maintainedBy));
      const idp = await saveIdpPlan(v.core, await startDraft(v, learner.id), content);
      expect((await issue(v, idp, '2027-01-11')).override).toBeNull();
      expect(await learnerDetail(v, learner.id)).toMatchObject({ status, idpDateGiven: '2027-01-11' });
    }
  });
});
