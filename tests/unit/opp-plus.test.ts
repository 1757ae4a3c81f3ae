/**
 * OPP+ through the contract (core.invoke) against a real encrypted database: the school's intervention catalogue
 * (seeded, created, edited, retired and restored) and a learner's plan (starting it moves the learner's status and
 * timeline; plan fields with optimistic concurrency). Rows and measures: opp-plus-rows.test.ts; next step and
 * impact: opp-plus-impact.test.ts.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { todayIso } from '../../shared/rules/dates';
import { toolInfo } from '../../shared/rules/interventions';
import { auditActions, cleanup, expectError, ok, SAMPLE_ID, tableDigests } from './helpers';
import { addRow, learnerWithPlan, pickFields, programmeId } from './opp-plus-support';
import { addLearner, registerVault, withDb, type RegisterVault } from './register-support';

afterEach(cleanup);

const digests = (v: RegisterVault) => withDb(v, tableDigests);
const actions = (v: RegisterVault) => withDb(v, auditActions);

const SEEDED = [
  'Catch Up Literacy', 'Catch Up Numeracy', 'ELSA (Emotional Literacy Support)', 'Lego-based therapy', 'Numicon intervention', 'Nurture group',
  'Precision teaching', 'Read Write Inc. Phonics', 'Sensory circuits', 'Social Use of Language Programme (SULP)', 'Talkabout',
  'Write from the Start', 'Zones of Regulation',
];

describe('catalogue', () => {
  test('a new vault has the 13 seeded programmes, each with an area, defaults and known measures', async () => {
    const v = await registerVault();
    const list = ok(await v.core.invoke('catalogue.list', {}));
    expect(list.map((p) => p.name).sort()).toEqual(SEEDED);
    const byName = (name: string) => list.find((p) => p.name === name);
    expect(byName('Read Write Inc. Phonics')).toMatchObject({ area: 'literacy', sessionsPerWeek: 5, sessionMinutes: 30, durationWeeks: 12, suggestedMeasures: ['Phonics assessment stage', 'Reading age'], retired: false, version: 1 });
    expect(byName('ELSA (Emotional Literacy Support)')).toMatchObject({ area: 'semh', sessionsPerWeek: 1, sessionMinutes: 30, durationWeeks: 8, suggestedMeasures: ['SDQ total difficulties (teacher)', 'Personalised rating scale (1 to 10)'] });
    expect(byName('Talkabout')).toMatchObject({ area: 'slcn', sessionsPerWeek: 1, sessionMinutes: 45, durationWeeks: 12 });
    expect(byName('Write from the Start')).toMatchObject({ area: 'physicalSensory', sessionsPerWeek: 3, sessionMinutes: 20, durationWeeks: 12, suggestedMeasures: ['Handwriting speed (letters a minute)'] });
    for (const p of list) {
      expect(p.sessionsPerWeek! * p.sessionMinutes! * p.durationWeeks!, p.name).toBeGreaterThan(0);
      expect(p.suggestedMeasures.length, p.name).toBeGreaterThan(0);
      // Every suggested measure is one the impact rules know (so its direction of progress is known).
      for (const tool of p.suggestedMeasures) expect(toolInfo(tool).better, `${p.name}: ${tool}`).not.toBeNull();
    }
  });

  test('create a programme; a name already in the catalogue (any case, any spaces) is CONFLICT and nothing is written', async () => {
    const v = await registerVault();
    const toe = ok(await v.core.invoke('catalogue.create', { name: ' Toe by Toe ', area: 'literacy', sessionsPerWeek: 5, sessionMinutes: 20, durationWeeks: 12, suggestedMeasures: ['Reading age'] }));
    expect(toe).toMatchObject({ name: 'Toe by Toe', area: 'literacy', sessionsPerWeek: 5, sessionMinutes: 20, durationWeeks: 12, suggestedMeasures: ['Reading age'], retired: false, version: 1 });
    expect(ok(await v.core.invoke('catalogue.list', {}))).toHaveLength(14);
    expect((await actions(v)).at(-1)).toBe('catalogue.created');
    // Welsh and accented capitals too (SQLite's own case folding knows only A to Z).
    ok(await v.core.invoke('catalogue.create', { name: 'Ŵyl Éclair', area: 'other', sessionsPerWeek: null, sessionMinutes: null, durationWeeks: null, suggestedMeasures: [] }));
    const before = await digests(v);
    for (const name of ['read write inc. PHONICS', '  Talkabout', 'TOE BY TOE', 'ŵyl éCLAIR']) {
      expectError(await v.core.invoke('catalogue.create', { name, area: 'other', sessionsPerWeek: null, sessionMinutes: null, durationWeeks: null, suggestedMeasures: [] }), 'CONFLICT');
    }
    expect(await digests(v)).toEqual(before);
  });

  test('update: fields change and the version moves; a clashing name or a stale version is CONFLICT, nothing changes', async () => {
    const v = await registerVault();
    const id = await programmeId(v, 'Talkabout');
    const updated = ok(await v.core.invoke('catalogue.update', { id, version: 1, patch: { name: 'Talkabout for Teens', sessionMinutes: 60, suggestedMeasures: ['SDQ total difficulties (parent)'] } }));
    expect(updated).toMatchObject({ id, version: 2, name: 'Talkabout for Teens', area: 'slcn', sessionsPerWeek: 1, sessionMinutes: 60, durationWeeks: 12, suggestedMeasures: ['SDQ total difficulties (parent)'] });
    // Its own name in another case is not a clash with itself.
    expect(ok(await v.core.invoke('catalogue.update', { id, version: 2, patch: { name: 'TALKABOUT for teens' } })).version).toBe(3);
    const before = await digests(v);
    expectError(await v.core.invoke('catalogue.update', { id, version: 3, patch: { name: 'nurture GROUP' } }), 'CONFLICT');
    expectError(await v.core.invoke('catalogue.update', { id, version: 2, patch: { sessionMinutes: 30 } }), 'CONFLICT');
    expectError(await v.core.invoke('catalogue.update', { id: SAMPLE_ID, version: 1, patch: { sessionMinutes: 30 } }), 'NOT_FOUND');
    expect(await digests(v)).toEqual(before);
    expect((await actions(v)).slice(-2)).toEqual(['catalogue.updated', 'catalogue.updated']);
  });

  test('retire: still listed as retired; a NEW row with it is INVALID (nothing written); an existing row keeps it; restore', async () => {
    const v = await registerVault();
    const id = await programmeId(v, 'Talkabout');
    const { plan } = await learnerWithPlan(v);
    const { row } = await addRow(v, plan.id, { programmeId: id, customName: null, area: 'slcn' });
    const retired = ok(await v.core.invoke('catalogue.update', { id, version: 1, patch: { retired: true } }));
    expect(retired).toMatchObject({ id, version: 2, retired: true });
    expect(ok(await v.core.invoke('catalogue.list', {})).filter((p) => p.retired).map((p) => p.name)).toEqual(['Talkabout']);

    const before = await digests(v);
    const message = expectError(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: { ...pickFields(row), programmeId: id } }), 'INVALID');
    expect(message).toMatch(/Talkabout.*retired/);
    expect(await digests(v)).toEqual(before);

    // The row that already uses it can still be edited, and keeps it.
    const edited = ok(await v.core.invoke('oppPlus.updateIntervention', { interventionId: row.id, version: row.version, fields: { ...pickFields(row), target: 'Takes turns in 4 of 5 group games by 5 March' } }));
    expect(edited.interventions[0]).toMatchObject({ programmeId: id, programmeName: 'Talkabout', target: 'Takes turns in 4 of 5 group games by 5 March', version: 2 });

    const restored = ok(await v.core.invoke('catalogue.update', { id, version: 2, patch: { retired: false } }));
    expect(restored).toMatchObject({ version: 3, retired: false });
    const again = ok(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: { ...pickFields(row), programmeId: id } }));
    expect(again.interventions.map((i) => i.programmeName)).toEqual(['Talkabout', 'Talkabout']);
    expect((await actions(v)).filter((a) => a.startsWith('catalogue.'))).toEqual(['catalogue.retired', 'catalogue.restored']);
  });
});

describe('a learner\'s plan', () => {
  test('starting moves a learner on universal provision (or none) to OPP_PLUS_TARGETED, with timeline events', async () => {
    const v = await registerVault();
    for (const status of ['UNIVERSAL_OPP', 'NONE'] as const) {
      const learner = await addLearner(v.core, { legalFirstName: 'Nia', legalLastName: 'Powell', status });
      const plan = ok(await v.core.invoke('oppPlus.start', { learnerId: learner.id }));
      expect(plan).toMatchObject({ learnerId: learner.id, learnerName: 'Nia Powell', status: 'active', startDate: todayIso(), reviewDate: null, importantTo: null, importantFor: null, version: 1, interventions: [] });
      const after = ok(await v.core.invoke('learners.get', { id: learner.id }));
      expect(after.status).toBe('OPP_PLUS_TARGETED');
      expect(after.timeline.map((t) => `${t.type}:${t.detail}`).sort()).toEqual([`added:${status}`, 'oppPlusStarted:null', 'status:OPP_PLUS_TARGETED']);
      expect(after.timeline.every((t) => t.date === todayIso())).toBe(true);
    }
    expect((await actions(v)).filter((a) => a === 'opp_plus.started')).toHaveLength(2);
  });

  test('a learner under consideration or with an IDP keeps their status and clock', async () => {
    const v = await registerVault();
    const cases = [
      { status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-11-02' },
      { status: 'ALN_IDP_SCHOOL', idpDateGiven: '2026-03-02' },
    ] as const;
    for (const input of cases) {
      const learner = await addLearner(v.core, input);
      ok(await v.core.invoke('oppPlus.start', { learnerId: learner.id }));
      const after = ok(await v.core.invoke('learners.get', { id: learner.id }));
      expect(after).toMatchObject({ ...input, version: 1 });
      expect(after.clocks).toEqual(learner.clocks);
      expect(after.timeline.map((t) => t.type).sort()).toEqual(['added', 'oppPlusStarted']);
    }
  });

  test('starting twice opens the same plan and writes nothing; an unknown learner is NOT_FOUND', async () => {
    const v = await registerVault();
    const { learnerId, plan } = await learnerWithPlan(v);
    const before = await digests(v);
    const second = ok(await v.core.invoke('oppPlus.start', { learnerId }));
    expect(second.id).toBe(plan.id);
    expect(await digests(v)).toEqual(before);
    expectError(await v.core.invoke('oppPlus.start', { learnerId: SAMPLE_ID }), 'NOT_FOUND');
    expect(ok(await v.core.invoke('oppPlus.get', { learnerId: SAMPLE_ID }))).toBeNull();
    expect(await digests(v)).toEqual(before);
    // Opening the plan is another matter: it is logged as a view (issue 8, tests/unit/audit-views.test.ts).
    expect(ok(await v.core.invoke('oppPlus.get', { learnerId }))!.id).toBe(plan.id);
  });

  test('plan fields update with optimistic concurrency: a stale version is CONFLICT and nothing changes', async () => {
    const v = await registerVault();
    const { plan } = await learnerWithPlan(v);
    const patch = { reviewDate: '2027-03-01', importantTo: 'Drawing dragons with Cai at break', importantFor: 'Instructions given one at a time' };
    const updated = ok(await v.core.invoke('oppPlus.update', { planId: plan.id, version: 1, patch }));
    expect(updated).toMatchObject({ ...patch, version: 2, status: 'active' });
    const closed = ok(await v.core.invoke('oppPlus.update', { planId: plan.id, version: 2, patch: { status: 'closed', importantFor: '' } }));
    expect(closed).toMatchObject({ status: 'closed', importantFor: null, importantTo: patch.importantTo, version: 3 });
    const before = await digests(v);
    expectError(await v.core.invoke('oppPlus.update', { planId: plan.id, version: 2, patch: { status: 'active' } }), 'CONFLICT');
    expectError(await v.core.invoke('oppPlus.update', { planId: SAMPLE_ID, version: 1, patch: { status: 'active' } }), 'NOT_FOUND');
    expect(await digests(v)).toEqual(before);
    const details = await withDb(v, (db) => db.selectFrom('audit_log').select('details').where('action', '=', 'opp_plus.updated').orderBy('seq').execute());
    expect(details.map((d) => JSON.parse(d.details).fields)).toEqual([['importantFor', 'importantTo', 'reviewDate'], ['importantFor', 'status']]);
  });
});
