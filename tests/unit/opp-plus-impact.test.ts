/**
 * OPP+ next steps and figures through the contract, against a real encrypted database: "consider ALN" starts the
 * duty to decide (once; never over a clock already running or an IDP), the caseload's impact report and plan list
 * with exact figures (worked out by hand beside each), archived learners left out, and the audit trail (one entry
 * per write, nothing typed in it).
 */
import { afterEach, describe, expect, test } from 'vitest';
import { todayIso } from '../../shared/rules/dates';
import { addSchoolDays, NO_CALENDAR } from '../../shared/rules/deadlines';
import { auditActions, cleanup, expectError, ok, tableDigests } from './helpers';
import { addRow, auditDetails, learnerWithPlan, m, measure, pickFields, programmeId } from './opp-plus-support';
import { dayDiff, nthWeekdayAfter, registerVault, withDb, type RegisterVault } from './register-support';

afterEach(cleanup);

const learner = async (v: RegisterVault, id: string) => ok(await v.core.invoke('learners.get', { id }));

describe('next step', () => {
  test('"consider ALN" on an OPP+ learner starts the duty to decide today: status, 35-weekday clock, due panel', async () => {
    const v = await registerVault();
    const { learnerId, plan } = await learnerWithPlan(v);
    const one = (await addRow(v, plan.id)).row;
    const two = (await addRow(v, plan.id, { customName: 'Precision teaching' })).row;
    expect((await learner(v, learnerId)).status).toBe('OPP_PLUS_TARGETED');

    const result = ok(await v.core.invoke('oppPlus.setNextStep', { interventionId: one.id, version: 1, nextStep: 'considerAln' }));
    const today = todayIso();
    expect(result.dutyStarted).toBe(true);
    expect(result.plan.interventions[0]).toMatchObject({ nextStep: 'considerAln', nextStepOn: today, version: 2 });
    const due = addSchoolDays(today, 35, NO_CALENDAR);
    expect(due).toBe(nthWeekdayAfter(today, 35)); // counted independently, weekday by weekday
    expect(dayDiff(today, due)).toBeGreaterThanOrEqual(49); // 35 weekdays are 7 weeks at least
    const after = await learner(v, learnerId);
    expect(after).toMatchObject({ status: 'UNDER_CONSIDERATION', dutyToDecideFrom: today });
    expect(after.clocks).toEqual([{ kind: 'decision', due, daysRemaining: dayDiff(today, due), estimated: true }]);
    expect(after.timeline.map((t) => `${t.type}:${t.detail}`)).toContain('status:UNDER_CONSIDERATION');
    const dueItems = ok(await v.core.invoke('learners.due', { withinDays: 60 }));
    expect(dueItems.filter((d) => d.learnerId === learnerId).map((d) => d.clock)).toEqual([expect.objectContaining({ kind: 'decision', due })]);

    // Again on another row: the clock already runs, so nothing about the learner changes.
    const again = ok(await v.core.invoke('oppPlus.setNextStep', { interventionId: two.id, version: 1, nextStep: 'considerAln' }));
    expect(again.dutyStarted).toBe(false);
    const later = await learner(v, learnerId);
    expect([later.version, later.dutyToDecideFrom, later.timeline.length]).toEqual([after.version, today, after.timeline.length]);

    const details = await withDb(v, (db) => db.selectFrom('audit_log').select('details').where('action', '=', 'intervention.next_step').orderBy('seq').execute());
    expect(details.map((d) => JSON.parse(d.details))).toEqual([
      { planId: plan.id, interventionId: one.id, nextStep: 'considerAln', dutyStarted: true },
      { planId: plan.id, interventionId: two.id, nextStep: 'considerAln', dutyStarted: false },
    ]);
  });

  test('a learner already under consideration keeps their start date; one with an IDP is not changed at all', async () => {
    const v = await registerVault();
    for (const input of [{ status: 'UNDER_CONSIDERATION', dutyToDecideFrom: '2026-11-02' }, { status: 'ALN_IDP_SCHOOL', idpDateGiven: '2026-03-02' }] as const) {
      const { learnerId, plan } = await learnerWithPlan(v, input);
      const { row } = await addRow(v, plan.id);
      const before = await learner(v, learnerId);
      const r = ok(await v.core.invoke('oppPlus.setNextStep', { interventionId: row.id, version: 1, nextStep: 'considerAln' }));
      expect(r.dutyStarted).toBe(false);
      const after = await learner(v, learnerId);
      expect(after).toMatchObject({ ...input, version: before.version });
      expect(after.clocks).toEqual(before.clocks);
      expect(after.timeline).toEqual(before.timeline);
    }
  });

  test('continue, change and stop leave the learner alone; null clears the step; a stale version is CONFLICT', async () => {
    const v = await registerVault();
    const { learnerId, plan } = await learnerWithPlan(v);
    let { row } = await addRow(v, plan.id);
    for (const nextStep of ['continue', 'change', 'stop', null] as const) {
      const r = ok(await v.core.invoke('oppPlus.setNextStep', { interventionId: row.id, version: row.version, nextStep }));
      expect(r.dutyStarted).toBe(false);
      row = r.plan.interventions[0]!;
      expect([row.nextStep, row.nextStepOn]).toEqual([nextStep, nextStep ? todayIso() : null]);
    }
    expect(await learner(v, learnerId)).toMatchObject({ status: 'OPP_PLUS_TARGETED', dutyToDecideFrom: null, clocks: [] });
    const before = await withDb(v, tableDigests);
    expectError(await v.core.invoke('oppPlus.setNextStep', { interventionId: row.id, version: row.version - 1, nextStep: 'considerAln' }), 'CONFLICT');
    expect(await withDb(v, tableDigests)).toEqual(before);
  });
});

const RA = 'Reading age';
const SDQ = 'SDQ total difficulties (teacher)';

/** Two learners on the caseload (three rows, measured) and a third who is archived later. */
async function caseload(v: RegisterVault) {
  const rwi = await programmeId(v, 'Read Write Inc. Phonics');
  const elsa = await programmeId(v, 'ELSA (Emotional Literacy Support)');
  const bethan = ok(await v.core.invoke('staff.create', { name: 'Bethan Ifans', role: 'Teaching assistant' }));
  const dafydd = ok(await v.core.invoke('staff.create', { name: 'Dafydd Jones', role: 'HLTA' }));
  const reading = { programmeId: rwi, customName: null, measureTool: RA, better: 'higher', sessionsPerWeek: 5, sessionMinutes: 30, durationWeeks: 12 } as const;

  const a = await learnerWithPlan(v, { legalFirstName: 'Alaw', legalLastName: 'Bowen', yearGroup: '3' });
  const aRwi = (await addRow(v, a.plan.id, { ...reading, targetScore: 92, groupSize: 4, staffId: bethan.id, status: 'running', sessionsDelivered: 50 })).row;
  await measure(v, aRwi.id, m('baseline', RA, 84, '2026-09-14'), m('exit', RA, 93, '2026-12-14'));

  const b = await learnerWithPlan(v, { legalFirstName: 'Cai', legalLastName: 'Davies', yearGroup: '4' });
  const bRwi = (await addRow(v, b.plan.id, { ...reading, targetScore: 90, groupSize: 4, staffId: dafydd.id, status: 'completed', sessionsDelivered: 57 })).row;
  await measure(v, bRwi.id, m('baseline', RA, 80, '2026-09-14'), m('interim', RA, 84, '2026-10-30'), m('exit', RA, 86, '2026-12-14'));
  const bElsa = (await addRow(v, b.plan.id, { programmeId: elsa, customName: null, area: 'semh', measureTool: SDQ, better: 'lower', targetScore: 14, sessionsPerWeek: 1, sessionMinutes: 30, durationWeeks: 8, groupSize: 1, staffId: null, status: 'running', sessionsDelivered: 6 })).row;
  await measure(v, bElsa.id, m('baseline', SDQ, 19, '2026-09-21'), m('baseline', 'Personalised rating scale (1 to 10)', 3, '2026-09-21'), m('exit', 'Personalised rating scale (1 to 10)', 8, '2026-11-09'), m('exit', SDQ, 14, '2026-11-09'));

  const c = await learnerWithPlan(v, { legalFirstName: 'Elis', legalLastName: 'Ffransis', yearGroup: '5' });
  const cRwi = (await addRow(v, c.plan.id, { ...reading, targetScore: 90, groupSize: 1, staffId: dafydd.id, status: 'running', sessionsDelivered: 10 })).row;
  await measure(v, cRwi.id, m('baseline', RA, 70, '2026-09-14'), m('exit', RA, 100, '2026-12-14'));
  return { a, b, c, bethan, dafydd };
}

const RWI = { programme: 'Read Write Inc. Phonics', tool: RA, better: 'higher' } as const;
const ELSA = { programme: 'ELSA (Emotional Literacy Support)', tool: SDQ, better: 'lower', learners: 1, interventions: 1, measured: 1, averageChange: -5, judged: 1, met: 1, metShare: 1, sessionsDelivered: 6, sessionsPlanned: 8, attendance: 0.75 } as const;

describe('impact across the caseload', () => {
  test('programmes, staff time and staff by name, exact; an archived learner drops out of impact and list', async () => {
    const v = await registerVault();
    const { a, b, c } = await caseload(v);
    // ELSA (SDQ, lower is better): 14 − 19 = −5; 14 ≤ 14 met; 6 of 1 × 8 = 0.75. The rating-scale measures are ignored.
    // RWI with Elis: changes 9, 6, 30 → 45 / 3 = 15; met 93 ≥ 92, 86 < 90, 100 ≥ 90 → 2/3 = 0.67; (50 + 57 + 10) / 180 = 0.65
    // Staff: Alaw 5 × 30 / 4 = 37.5 a week, × 12 = 450; Elis 150, × 12 = 1800; ELSA 30, × 8 = 240; Cai's RWI completed: none.
    expect(ok(await v.core.invoke('oppPlus.impact', {}))).toEqual({
      programmes: [ELSA, { ...RWI, learners: 3, interventions: 3, measured: 3, averageChange: 15, judged: 3, met: 2, metShare: 0.67, sessionsDelivered: 117, sessionsPlanned: 180, attendance: 0.65 }],
      staffTime: { perWeek: 217.5, perTerm: 2490 },
      byStaff: [
        { staffName: 'Bethan Ifans', perWeek: 37.5, perTerm: 450 },
        { staffName: 'Dafydd Jones', perWeek: 150, perTerm: 1800 },
        { staffName: null, perWeek: 30, perTerm: 240 },
      ],
    });
    expect(ok(await v.core.invoke('oppPlus.list', {})).map((s) => s.learnerName)).toEqual(['Alaw Bowen', 'Cai Davies', 'Elis Ffransis']);

    const elis = await learner(v, c.learnerId);
    ok(await v.core.invoke('learners.archive', { id: c.learnerId, version: elis.version }));
    // Without Elis: RWI changes 9, 6 → 7.5; met 1 of 2 → 0.5; (50 + 57) / (60 + 60) = 0.8917 → 0.89.
    // Staff: 37.5 + 30 = 67.5 a week; 450 + 240 = 690 a term; Dafydd's only running row was Elis's.
    expect(ok(await v.core.invoke('oppPlus.impact', {}))).toEqual({
      programmes: [ELSA, { ...RWI, learners: 2, interventions: 2, measured: 2, averageChange: 7.5, judged: 2, met: 1, metShare: 0.5, sessionsDelivered: 107, sessionsPlanned: 120, attendance: 0.89 }],
      staffTime: { perWeek: 67.5, perTerm: 690 },
      byStaff: [
        { staffName: 'Bethan Ifans', perWeek: 37.5, perTerm: 450 },
        { staffName: null, perWeek: 30, perTerm: 240 },
      ],
    });
    const today = todayIso();
    expect(ok(await v.core.invoke('oppPlus.list', {}))).toEqual([
      { learnerId: a.learnerId, learnerName: 'Alaw Bowen', yearGroup: '3', planId: a.plan.id, status: 'active', startDate: today, reviewDate: null, interventions: 1, running: 1, staffMinutesPerWeek: 37.5 },
      { learnerId: b.learnerId, learnerName: 'Cai Davies', yearGroup: '4', planId: b.plan.id, status: 'active', startDate: today, reviewDate: null, interventions: 2, running: 1, staffMinutesPerWeek: 30 },
    ]);
    // The archived learner's plan is still there for when they come back.
    expect(ok(await v.core.invoke('oppPlus.get', { learnerId: c.learnerId }))!.interventions).toHaveLength(1);
  });

  test('an empty caseload: no programmes, no staff time', async () => {
    const v = await registerVault();
    expect(ok(await v.core.invoke('oppPlus.impact', {}))).toEqual({ programmes: [], staffTime: { perWeek: 0, perTerm: 0 }, byStaff: [] });
    expect(ok(await v.core.invoke('oppPlus.list', {}))).toEqual([]);
  });
});

describe('audit', () => {
  test('every OPP+ write appends one entry, and no entry holds a name, a target, a note or a programme typed', async () => {
    const v = await registerVault();
    const typed = {
      first: 'Gwenllian', last: 'Tregaronwy', programme: 'Quokka Reading Club', custom: 'Marzipan Phonics Circle', target: 'Reads 40 marzipan words a minute by 5 March',
      criteria: 'Below 20 marzipan words', location: 'Cwtch room', note: 'Salamander sticker chart helped', measureNote: 'Tested after the otter assembly',
      importantTo: 'Feeding the hatchery trout', importantFor: 'Ear defenders in the hall',
    };
    const log = () => withDb(v, auditActions);
    const expectOne = async (action: string, call: () => Promise<unknown>) => {
      const before = await log();
      await call();
      expect(await log()).toEqual([...before, action]);
    };
    const learnerRow = ok(await v.core.invoke('learners.create', { legalFirstName: typed.first, legalLastName: typed.last, dateOfBirth: '2016-05-05' }));
    let programme = ok(await v.core.invoke('catalogue.list', {}))[0]!;
    await expectOne('catalogue.created', async () => (programme = ok(await v.core.invoke('catalogue.create', { name: typed.programme, area: 'literacy', sessionsPerWeek: 2, sessionMinutes: 15, durationWeeks: 6, suggestedMeasures: ['Reading age'] }))));
    await expectOne('catalogue.updated', async () => (programme = ok(await v.core.invoke('catalogue.update', { id: programme.id, version: 1, patch: { name: `${typed.programme} Plus` } }))));
    await expectOne('catalogue.retired', () => v.core.invoke('catalogue.update', { id: programme.id, version: 2, patch: { retired: true } }).then(ok));
    await expectOne('catalogue.restored', () => v.core.invoke('catalogue.update', { id: programme.id, version: 3, patch: { retired: false } }).then(ok));
    let plan = ok(await v.core.invoke('oppPlus.get', { learnerId: learnerRow.id }));
    await expectOne('opp_plus.started', async () => (plan = ok(await v.core.invoke('oppPlus.start', { learnerId: learnerRow.id }))));
    const planId = plan!.id;
    await expectOne('opp_plus.updated', () => v.core.invoke('oppPlus.update', { planId, version: 1, patch: { importantTo: typed.importantTo, importantFor: typed.importantFor } }).then(ok));
    const rowFields = { programmeId: null, customName: typed.custom, target: typed.target, entryCriteria: typed.criteria, location: typed.location, impactNote: typed.note };
    let row = (await addRow(v, planId, { programmeId: programme.id })).row;
    await expectOne('intervention.added', async () => (row = (await addRow(v, planId, rowFields)).row));
    await expectOne('intervention.updated', async () => (row = ok(await v.core.invoke('oppPlus.updateIntervention', { interventionId: row.id, version: 1, fields: { ...pickFields(row), status: 'completed' } })).interventions[1]!));
    await expectOne('intervention.next_step', () => v.core.invoke('oppPlus.setNextStep', { interventionId: row.id, version: row.version, nextStep: 'considerAln' }).then(ok));
    let measureId = '';
    await expectOne('measure.added', async () => (measureId = (await measure(v, row.id, m('baseline', RA, 84, '2026-09-14', typed.measureNote))).interventions[1]!.measures[0]!.id));
    await expectOne('measure.updated', () => v.core.invoke('oppPlus.updateMeasure', { measureId, measure: m('baseline', RA, 85, '2026-09-14', typed.measureNote) }).then(ok));
    await expectOne('measure.removed', () => v.core.invoke('oppPlus.removeMeasure', { measureId }).then(ok));
    await expectOne('intervention.removed', () => v.core.invoke('oppPlus.removeIntervention', { interventionId: row.id, version: row.version + 1 }).then(ok));
    // Reads write nothing.
    const beforeReads = await log();
    for (const channel of ['catalogue.list', 'oppPlus.list', 'oppPlus.impact'] as const) ok(await v.core.invoke(channel, {}));
    expect(await log()).toEqual(beforeReads);

    const details = await auditDetails(v);
    expect(details).toContain(learnerRow.id); // the scan sees the entries
    const leaks = Object.values(typed).flatMap((t) => [t, t.toLowerCase(), ...t.split(' ').filter((w) => w.length > 6)]).filter((t) => details.toLowerCase().includes(t.toLowerCase()));
    expect(leaks).toEqual([]);
  });
});
