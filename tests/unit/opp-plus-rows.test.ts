/**
 * OPP+ action-plan rows and their measures through the contract, against a real encrypted database: programme
 * from the catalogue or custom, reference checks, optimistic concurrency, status changes on the learner's
 * timeline, and measures (added, edited, removed; bad input refused with nothing written).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { auditActions, cleanup, expectError, ok, SAMPLE_ID, SAMPLE_INTERVENTION, tableDigests } from './helpers';
import { addRow, fields, learnerWithPlan, m, measure, pickFields, programmeId } from './opp-plus-support';
import { registerVault, withDb, type RegisterVault } from './register-support';

afterEach(cleanup);

const digests = (v: RegisterVault) => withDb(v, tableDigests);
const actions = (v: RegisterVault) => withDb(v, auditActions);
const timeline = async (v: RegisterVault, learnerId: string) =>
  ok(await v.core.invoke('learners.get', { id: learnerId })).timeline.filter((t) => t.type.startsWith('intervention')).map((t) => `${t.type}:${t.detail}`);

describe('action-plan rows', () => {
  test('from the catalogue (its name; any custom name dropped) or custom (its own name), every field kept', async () => {
    const v = await registerVault();
    const rwi = await programmeId(v, 'Read Write Inc. Phonics');
    const staff = ok(await v.core.invoke('staff.create', { name: 'Bethan Ifans', role: 'Teaching assistant' }));
    const { plan } = await learnerWithPlan(v);
    const first = await addRow(v, plan.id, { programmeId: rwi, customName: 'ignored', staffId: staff.id, groupSize: 4, language: 'cy', status: 'planned' });
    expect(first.row).toMatchObject({ programmeId: rwi, customName: null, programmeName: 'Read Write Inc. Phonics', staffId: staff.id, staffName: 'Bethan Ifans', staffRole: 'Teaching assistant', groupSize: 4, language: 'cy', version: 1, nextStep: null, nextStepOn: null, measures: [] });
    const second = await addRow(v, plan.id);
    const { programmeId: _p, ...rest } = SAMPLE_INTERVENTION;
    expect(second.row).toMatchObject({ ...rest, programmeId: null, programmeName: 'Toe by Toe', staffName: null, staffRole: null });
    expect(second.plan.interventions.map((i) => i.programmeName)).toEqual(['Read Write Inc. Phonics', 'Toe by Toe']);
    expect(second.plan.version).toBe(1); // a row's change moves the plan's timestamp, not its version
    expect((await actions(v)).slice(-2)).toEqual(['intervention.added', 'intervention.added']);
  });

  test('no programme and no custom name is INVALID; unknown staff, programme or plan is NOT_FOUND; nothing written', async () => {
    const v = await registerVault();
    const { plan } = await learnerWithPlan(v);
    const before = await digests(v);
    for (const customName of [null, '', '   ']) {
      expectError(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: fields({ programmeId: null, customName }) }), 'INVALID');
    }
    expectError(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: fields({ staffId: SAMPLE_ID }) }), 'NOT_FOUND');
    expectError(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: fields({ programmeId: SAMPLE_ID }) }), 'NOT_FOUND');
    expectError(await v.core.invoke('oppPlus.addIntervention', { planId: SAMPLE_ID, fields: fields() }), 'NOT_FOUND');
    expectError(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: fields({ sessionsPerWeek: -1 }) }), 'INVALID');
    expectError(await v.core.invoke('oppPlus.addIntervention', { planId: plan.id, fields: fields({ startDate: '2026-02-30' }) }), 'INVALID');
    expect(await digests(v)).toEqual(before);
  });

  test('update with optimistic concurrency: a stale version is CONFLICT and nothing changes', async () => {
    const v = await registerVault();
    const { plan } = await learnerWithPlan(v);
    const { row } = await addRow(v, plan.id);
    const next = { ...pickFields(row), customName: 'Toe by Toe (second run)', targetScore: 96, sessionsDelivered: 33, impactNote: 'Gained 9 months' };
    const updated = ok(await v.core.invoke('oppPlus.updateIntervention', { interventionId: row.id, version: 1, fields: next }));
    expect(updated.interventions[0]).toMatchObject({ id: row.id, version: 2, programmeName: 'Toe by Toe (second run)', targetScore: 96, sessionsDelivered: 33, impactNote: 'Gained 9 months' });
    const before = await digests(v);
    expectError(await v.core.invoke('oppPlus.updateIntervention', { interventionId: row.id, version: 1, fields: { ...next, targetScore: 1 } }), 'CONFLICT');
    expectError(await v.core.invoke('oppPlus.updateIntervention', { interventionId: SAMPLE_ID, version: 1, fields: next }), 'NOT_FOUND');
    expect(await digests(v)).toEqual(before);
    expect((await actions(v)).at(-1)).toBe('intervention.updated');
  });

  test('status changes go on the learner\'s timeline with the programme\'s name: running starts, completed or stopped ends', async () => {
    const v = await registerVault();
    const rwi = await programmeId(v, 'Read Write Inc. Phonics');
    const { learnerId, plan } = await learnerWithPlan(v);
    let { row } = await addRow(v, plan.id, { programmeId: rwi, status: 'planned' });
    expect(await timeline(v, learnerId)).toEqual([]);
    const step = async (status: (typeof row)['status'], extra: Partial<ReturnType<typeof pickFields>> = {}) => {
      const p = ok(await v.core.invoke('oppPlus.updateIntervention', { interventionId: row.id, version: row.version, fields: { ...pickFields(row), ...extra, status } }));
      row = p.interventions.find((i) => i.id === row.id)!;
    };
    await step('running');
    expect(await timeline(v, learnerId)).toEqual(['interventionStarted:Read Write Inc. Phonics']);
    await step('running', { location: 'Room 4' }); // same status: no new event
    expect(await timeline(v, learnerId)).toHaveLength(1);
    await step('completed');
    expect(await timeline(v, learnerId)).toEqual(['interventionStarted:Read Write Inc. Phonics', 'interventionEnded:Read Write Inc. Phonics']);
    // Added already running (custom): started at once; then stopped: ended.
    const custom = await addRow(v, plan.id, { customName: 'Beat Dyslexia', status: 'running' });
    row = custom.row;
    await step('stopped');
    expect((await timeline(v, learnerId)).slice(2)).toEqual(['interventionStarted:Beat Dyslexia', 'interventionEnded:Beat Dyslexia']);
  });

  test('remove: a stale version is CONFLICT and nothing goes; the right one removes the row and its measures', async () => {
    const v = await registerVault();
    const { plan } = await learnerWithPlan(v);
    const { row } = await addRow(v, plan.id);
    await measure(v, row.id, m('baseline', 'Reading age', 84, '2026-09-14'));
    ok(await v.core.invoke('oppPlus.setNextStep', { interventionId: row.id, version: 1, nextStep: 'continue' }));
    const before = await digests(v);
    expectError(await v.core.invoke('oppPlus.removeIntervention', { interventionId: row.id, version: 1 }), 'CONFLICT');
    expect(await digests(v)).toEqual(before);
    const after = ok(await v.core.invoke('oppPlus.removeIntervention', { interventionId: row.id, version: 2 }));
    expect(after.interventions).toEqual([]);
    const left = await withDb(v, async (db) => [(await db.selectFrom('intervention').selectAll().execute()).length, (await db.selectFrom('intervention_measure').selectAll().execute()).length]);
    expect(left).toEqual([0, 0]);
    expect((await actions(v)).at(-1)).toBe('intervention.removed');
    expectError(await v.core.invoke('oppPlus.removeIntervention', { interventionId: row.id, version: 2 }), 'NOT_FOUND');
  });
});

describe('measures', () => {
  test('add, update and remove; returned in date order with their notes', async () => {
    const v = await registerVault();
    const { plan } = await learnerWithPlan(v);
    const { row } = await addRow(v, plan.id);
    let p = await measure(v, row.id, m('exit', 'Reading age', 93, '2026-12-14', 'Salford, form B'), m('baseline', 'Reading age', 84, '2026-09-14'), m('interim', 'Spelling age', 80, '2026-10-30'));
    expect(p.interventions[0]!.measures.map((x) => [x.phase, x.tool, x.score, x.date, x.note])).toEqual([
      ['baseline', 'Reading age', 84, '2026-09-14', null],
      ['interim', 'Spelling age', 80, '2026-10-30', null],
      ['exit', 'Reading age', 93, '2026-12-14', 'Salford, form B'],
    ]);
    const exit = p.interventions[0]!.measures[2]!;
    p = ok(await v.core.invoke('oppPlus.updateMeasure', { measureId: exit.id, measure: m('exit', 'Reading age', 94.5, '2026-12-15', '  ') }));
    expect(p.interventions[0]!.measures[2]).toEqual({ id: exit.id, phase: 'exit', tool: 'Reading age', score: 94.5, date: '2026-12-15', note: null });
    p = ok(await v.core.invoke('oppPlus.removeMeasure', { measureId: p.interventions[0]!.measures[1]!.id }));
    expect(p.interventions[0]!.measures.map((x) => x.score)).toEqual([84, 94.5]);
    expect((await actions(v)).slice(-5)).toEqual(['measure.added', 'measure.added', 'measure.added', 'measure.updated', 'measure.removed']);
    expect(p.updatedAt >= plan.updatedAt).toBe(true);
    expect(ok(await v.core.invoke('oppPlus.get', { learnerId: plan.learnerId }))!.interventions[0]!.measures).toEqual(p.interventions[0]!.measures);
  });

  test('bad input is INVALID (NaN, Infinity, 30 February, unknown phase, empty tool) and no table changes', async () => {
    const v = await registerVault();
    const { plan } = await learnerWithPlan(v);
    const { row } = await addRow(v, plan.id);
    const saved = await measure(v, row.id, m('baseline', 'Reading age', 84, '2026-09-14'));
    const measureId = saved.interventions[0]!.measures[0]!.id;
    const before = await digests(v);
    const bad = [
      { ...m('exit', 'Reading age', 90, '2026-12-14'), score: Number.NaN },
      { ...m('exit', 'Reading age', 90, '2026-12-14'), score: Number.POSITIVE_INFINITY },
      { ...m('exit', 'Reading age', 90, '2026-12-14'), score: 1e9 },
      m('exit', 'Reading age', 90, '2026-02-30'),
      m('exit', 'Reading age', 90, '14/12/2026'),
      { ...m('exit', 'Reading age', 90, '2026-12-14'), phase: 'final' as never },
      m('exit', '', 90, '2026-12-14'),
      m('exit', '   ', 90, '2026-12-14'),
    ];
    for (const measureIn of bad) {
      expectError(await v.core.invoke('oppPlus.addMeasure', { interventionId: row.id, measure: measureIn }), 'INVALID');
      expectError(await v.core.invoke('oppPlus.updateMeasure', { measureId, measure: measureIn }), 'INVALID');
    }
    expectError(await v.core.invoke('oppPlus.addMeasure', { interventionId: SAMPLE_ID, measure: m('exit', 'Reading age', 90, '2026-12-14') }), 'NOT_FOUND');
    expectError(await v.core.invoke('oppPlus.updateMeasure', { measureId: SAMPLE_ID, measure: m('exit', 'Reading age', 90, '2026-12-14') }), 'NOT_FOUND');
    expectError(await v.core.invoke('oppPlus.removeMeasure', { measureId: SAMPLE_ID }), 'NOT_FOUND');
    expect(await digests(v)).toEqual(before);
  });
});
