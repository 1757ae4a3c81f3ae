/**
 * OPP+ rules in shared/rules (pure, used by the editor, the core's impact report and the exports): the SMART-target
 * and schedule checks, vague wording, one intervention's impact, impact by programme across a caseload, planned
 * staff time, and score display. Every expected number below is worked out by hand in the comment beside it.
 */
import { describe, expect, test } from 'vitest';
import { addSchoolDays, NO_CALENDAR } from '../../shared/rules/deadlines';
import {
  checkIntervention,
  formatScore,
  hasProblems,
  interventionImpact,
  plannedSessions,
  programmeImpact,
  staffMinutesPerTerm,
  staffMinutesPerWeek,
  TERM_WEEKS,
  toolInfo,
  totalStaffTime,
  type InterventionFacts,
  type ProgrammeRow,
} from '../../shared/rules/interventions';
import { findVagueWording, VAGUE_PHRASES } from '../../shared/rules/wording';

/** A SMART, well-scheduled row: reading age 84 → 92 months, 3 × 20 minutes a week for 12 weeks from 14 Sept. */
const SMART: InterventionFacts = {
  target: 'Reading age from 84 to 92 months by 18 December',
  measureTool: 'Reading age',
  targetScore: 92,
  better: 'higher',
  targetDate: '2026-12-18',
  sessionsPerWeek: 3,
  sessionMinutes: 20,
  durationWeeks: 12,
  startDate: '2026-09-14',
  plannedEndDate: '2026-12-11',
  groupSize: 1,
  sessionsDelivered: 30,
  status: 'running',
  measures: [],
};
const facts = (over: Partial<InterventionFacts> = {}): InterventionFacts => ({ ...SMART, ...over });
type M = InterventionFacts['measures'][number];
const m = (phase: M['phase'], tool: string, score: number, date: string): M => ({ phase, tool, score, date });

describe('checkIntervention: the target', () => {
  test('a SMART target with a tool, a score and a date has no problem at all', () => {
    const c = checkIntervention(SMART);
    expect(c).toEqual({ target: [], schedule: [], vague: [] });
    expect(hasProblems(c)).toBe(false);
  });

  test('no target, no tool, no score, no date: each is named, and only it', () => {
    expect(checkIntervention(facts({ target: null })).target).toEqual(['noTarget']);
    expect(checkIntervention(facts({ target: '   ' })).target).toEqual(['noTarget']);
    expect(checkIntervention(facts({ measureTool: null })).target).toEqual(['noMeasure']);
    expect(checkIntervention(facts({ measureTool: '  ' })).target).toEqual(['noMeasure']);
    expect(checkIntervention(facts({ targetScore: null })).target).toEqual(['noMeasure']);
    expect(checkIntervention(facts({ targetDate: null })).target).toEqual(['noDate']);
    expect(hasProblems(checkIntervention(facts({ targetDate: null })))).toBe(true);
    // A score of 0 is a score (an SDQ difficulties total can fall to 0).
    expect(checkIntervention(facts({ measureTool: 'SDQ total difficulties (teacher)', targetScore: 0 })).target).toEqual([]);
  });

  test('each vague phrase is flagged, quoted as written; sensible wording is not', () => {
    const cases: [string, string, string][] = [
      ['Reading practice as required', 'asRequired', 'as required'],
      ['Access to a reading pen', 'accessTo', 'Access to'],
      ['Regular reading with an adult', 'regular', 'Regular'],
      ['Uses the word mat when appropriate', 'whenAppropriate', 'when appropriate'],
      ['Support when needed with phonics', 'whenNeeded', 'Support when needed'],
      ['Opportunities to read aloud', 'opportunities', 'Opportunities to'],
    ];
    for (const [target, id, text] of cases) {
      const c = checkIntervention(facts({ target }));
      expect(c.target, target).toEqual(['vagueWording']);
      expect(c.vague, target).toEqual([{ id, text }]);
    }
    expect(checkIntervention(facts({ target: 'Reading age from 84 to 92 months by 18 December' })).vague).toEqual([]);
  });

  test('several problems at once come in a fixed order', () => {
    const c = checkIntervention(facts({ target: 'Read regularly', measureTool: null, targetDate: null }));
    expect(c.target).toEqual(['noMeasure', 'noDate', 'vagueWording']);
    expect(c.vague).toEqual([{ id: 'regular', text: 'regularly' }]);
  });
});

describe('checkIntervention: the schedule', () => {
  test('end before start and target before start are impossible; equal dates are allowed', () => {
    expect(checkIntervention(facts({ plannedEndDate: '2026-09-13' })).schedule).toEqual(['endBeforeStart']);
    expect(checkIntervention(facts({ plannedEndDate: '2026-09-14' })).schedule).toEqual([]);
    expect(checkIntervention(facts({ targetDate: '2026-09-13' })).schedule).toEqual(['targetBeforeStart']);
    expect(checkIntervention(facts({ targetDate: '2026-09-14' })).schedule).toEqual([]);
    // Compared as dates, not as the start's month and day: 1 January 2027 is after 14 September 2026.
    expect(checkIntervention(facts({ plannedEndDate: '2027-01-01', targetDate: '2027-01-01' })).schedule).toEqual([]);
  });

  test('zero or missing sessions, minutes, weeks and start are each named', () => {
    expect(checkIntervention(facts({ sessionsPerWeek: 0 })).schedule).toEqual(['noSessions']);
    expect(checkIntervention(facts({ sessionsPerWeek: null })).schedule).toEqual(['noSessions']);
    expect(checkIntervention(facts({ sessionMinutes: 0 })).schedule).toEqual(['noLength']);
    expect(checkIntervention(facts({ durationWeeks: 0 })).schedule).toEqual(['noDuration']);
    // Without a start there is nothing to compare the end with: only the start is missing.
    expect(checkIntervention(facts({ startDate: null, plannedEndDate: '2020-01-01' })).schedule).toEqual(['noStart']);
    expect(checkIntervention(facts({ sessionsPerWeek: 1, sessionMinutes: 1, durationWeeks: 1 })).schedule).toEqual([]);
  });
});

describe('findVagueWording', () => {
  test('the list of phrases is the six the editor and exports have words for', () => {
    expect(VAGUE_PHRASES.map((p) => p.id)).toEqual(['asRequired', 'accessTo', 'regular', 'whenAppropriate', 'whenNeeded', 'opportunities']);
  });

  test('every variant of every phrase, case kept as written', () => {
    const cases: [string, string, string][] = [
      ['Extra time as needed', 'asRequired', 'as needed'],
      ['AS NECESSARY', 'asRequired', 'AS NECESSARY'],
      ['Has access to the quiet room', 'accessTo', 'access to'],
      ['Reads regularly', 'regular', 'regularly'],
      ['Where appropriate, a scribe', 'whenAppropriate', 'Where appropriate'],
      ['Breaks as appropriate', 'whenAppropriate', 'as appropriate'],
      ['Help when necessary', 'whenNeeded', 'when necessary'],
      ['An opportunity to talk', 'opportunities', 'opportunity to'],
    ];
    for (const [text, id, quoted] of cases) expect(findVagueWording(text), text).toEqual([{ id, text: quoted }]);
  });

  test('near misses are not vague: whole words only', () => {
    for (const text of ['irregular', 'Irregularly spelt words', 'accessible text', 'accessing the library', 'access tokens', 'regularity', 'opportunities', 'as requested by 5 May', 'when neededs', '']) {
      expect(findVagueWording(text), text).toEqual([]);
    }
  });

  test('several phrases: each once, in the order of the list, not of the text', () => {
    expect(findVagueWording('Regular access to the library when needed, and regularly as required')).toEqual([
      { id: 'asRequired', text: 'as required' },
      { id: 'accessTo', text: 'access to' },
      { id: 'regular', text: 'Regular' },
      { id: 'whenNeeded', text: 'when needed' },
    ]);
  });
});

describe('interventionImpact', () => {
  test('first baseline and last exit by date, on the target tool only (any case, spaces trimmed)', () => {
    const i = facts({
      measures: [
        m('exit', 'Reading age', 93, '2026-12-14'),
        m('baseline', 'Reading age', 86, '2026-10-01'), // a later baseline: not the first
        m('baseline', ' reading AGE ', 84, '2026-09-14'), // the first baseline, written differently
        m('interim', 'Reading age', 88, '2026-11-01'),
        m('exit', 'Reading age', 91, '2026-12-01'), // an earlier exit: not the last
        m('baseline', 'Spelling age', 70, '2026-09-01'), // other tool, earliest: ignored
        m('exit', 'Spelling age', 99, '2027-01-10'), // other tool, latest: ignored
      ],
    });
    // change 93 − 84 = 9; met 93 ≥ 92; planned 3 × 12 = 36; attendance 30 / 36 = 5/6
    expect(interventionImpact(i)).toEqual({ baseline: 84, exit: 93, change: 9, met: true, planned: 36, attendance: 5 / 6 });
  });

  test('the change is rounded to two decimals: 98.6 − 97.3 is 1.3, not 1.2999999999999972', () => {
    expect(98.6 - 97.3).not.toBe(1.3); // why the rounding matters
    const i = facts({ measureTool: 'Standardised reading score', targetScore: 100, measures: [m('baseline', 'Standardised reading score', 97.3, '2026-09-14'), m('exit', 'Standardised reading score', 98.6, '2026-12-14')] });
    expect(interventionImpact(i)).toMatchObject({ change: 1.3, met: false });
  });

  test('met: higher is better reaches the target at or above it; lower is better at or below it', () => {
    const higher = (exit: number) => interventionImpact(facts({ measures: [m('baseline', 'Reading age', 84, '2026-09-14'), m('exit', 'Reading age', exit, '2026-12-14')] })).met;
    expect([higher(91), higher(92), higher(93)]).toEqual([false, true, true]);
    const sdq = 'SDQ total difficulties (teacher)';
    const lower = (exit: number) =>
      interventionImpact(facts({ measureTool: sdq, better: 'lower', targetScore: 14, measures: [m('baseline', sdq, 20, '2026-09-14'), m('exit', sdq, exit, '2026-12-14')] }));
    expect([lower(15).met, lower(14).met, lower(12).met]).toEqual([false, true, true]);
    expect(lower(14).change).toBe(-6); // 14 − 20: negative is progress when lower is better
  });

  test('unknowns stay null: no exit, no target score, no delivered count, no duration', () => {
    const baselineOnly = [m('baseline', 'Reading age', 84, '2026-09-14')];
    expect(interventionImpact(facts({ measures: baselineOnly }))).toMatchObject({ baseline: 84, exit: null, change: null, met: null });
    const both = [...baselineOnly, m('exit', 'Reading age', 95, '2026-12-14')];
    expect(interventionImpact(facts({ measures: both, targetScore: null }))).toMatchObject({ change: 11, met: null });
    expect(interventionImpact(facts({ measures: both, measureTool: null }))).toMatchObject({ baseline: null, exit: null, change: null, met: null });
    expect(interventionImpact(facts({ sessionsDelivered: null }))).toMatchObject({ planned: 36, attendance: null });
    expect(interventionImpact(facts({ durationWeeks: null }))).toMatchObject({ planned: null, attendance: null });
  });

  test('attendance is delivered over sessions a week × weeks, and can pass 1', () => {
    // 2 × 10 = 20 planned: 15 delivered → 0.75; 24 delivered → 1.2
    expect(interventionImpact(facts({ sessionsPerWeek: 2, durationWeeks: 10, sessionsDelivered: 15 }))).toMatchObject({ planned: 20, attendance: 0.75 });
    expect(interventionImpact(facts({ sessionsPerWeek: 2, durationWeeks: 10, sessionsDelivered: 24 })).attendance).toBe(1.2);
    expect(interventionImpact(facts({ sessionsDelivered: 0 })).attendance).toBe(0);
    expect(plannedSessions({ sessionsPerWeek: 5, durationWeeks: 0 })).toBeNull();
  });
});

describe('programmeImpact across a caseload', () => {
  const RA = 'Reading age';
  const SDQ = 'SDQ total difficulties (teacher)';
  const RATING = 'Personalised rating scale (1 to 10)';
  const row = (learnerId: string, programme: string, tool: string | null, better: 'higher' | 'lower', targetScore: number | null, base: number | null, exit: number | null, spw: number, weeks: number, delivered: number | null): ProgrammeRow => ({
    learnerId,
    programme,
    intervention: facts({
      measureTool: tool,
      better,
      targetScore,
      sessionsPerWeek: spw,
      durationWeeks: weeks,
      sessionsDelivered: delivered,
      measures: [...(base === null ? [] : [m('baseline', tool ?? '', base, '2026-09-14')]), ...(exit === null ? [] : [m('exit', tool ?? '', exit, '2026-12-14')])],
    }),
  });
  // Out of order on purpose; L1 has two Read Write Inc. rows; ELSA is measured two ways; Talkabout is typed two ways.
  const rows: ProgrammeRow[] = [
    row('L3', 'Talkabout', RATING, 'higher', 7, 4, null, 1, 12, 5),
    row('L1', 'Read Write Inc. Phonics', RA, 'higher', 90, 84, 90, 5, 12, 54),
    row('L2', 'ELSA', SDQ, 'lower', 15, 20, 14, 1, 8, 8),
    row('L2', 'Read Write Inc. Phonics', RA, 'higher', 88, 80, 83, 5, 12, 60),
    row('L4', 'ELSA', RATING, 'higher', 6, 3, 7, 1, 8, null),
    row('L4', ' talkabout ', RATING, 'higher', 7, 5.1, 7.3, 1, 12, 11),
    row('L1', 'Read Write Inc. Phonics', RA, 'higher', 94, 90, 94, 5, 6, 21),
    row('L3', 'ELSA', SDQ, 'lower', 15, 18, 17, 1, 8, 6),
    row('L5', 'Sensory circuits', null, 'higher', null, null, null, 5, 6, 10),
  ];

  test('one row per programme and tool, with exact figures, sorted by programme then tool', () => {
    expect(programmeImpact(rows)).toEqual([
      // changes 7 − 3 = 4; 7 ≥ 6 met; attendance unknown (nothing delivered recorded) so 0 of 0 → null
      { programme: 'ELSA', tool: RATING, better: 'higher', learners: 1, interventions: 1, measured: 1, averageChange: 4, judged: 1, met: 1, metShare: 1, sessionsDelivered: 0, sessionsPlanned: 0, attendance: null },
      // changes 14 − 20 = −6, 17 − 18 = −1 → mean −3.5; 14 ≤ 15 met, 17 > 15 not → 1/2; (8 + 6) / (8 + 8) = 0.875 → 0.88
      { programme: 'ELSA', tool: SDQ, better: 'lower', learners: 2, interventions: 2, measured: 2, averageChange: -3.5, judged: 2, met: 1, metShare: 0.5, sessionsDelivered: 14, sessionsPlanned: 16, attendance: 0.88 },
      // L1 twice counts once → 2 learners; changes 6, 3, 4 → 13 / 3 = 4.33; met 90 ≥ 90, 83 < 88, 94 ≥ 94 → 2/3 = 0.67;
      // delivered 54 + 60 + 21 = 135 of 60 + 60 + 30 = 150 → 0.9
      { programme: 'Read Write Inc. Phonics', tool: RA, better: 'higher', learners: 2, interventions: 3, measured: 3, averageChange: 4.33, judged: 3, met: 2, metShare: 0.67, sessionsDelivered: 135, sessionsPlanned: 150, attendance: 0.9 },
      // no tool: nothing measured or judged; 10 of 5 × 6 = 30 → 0.33
      { programme: 'Sensory circuits', tool: null, better: 'higher', learners: 1, interventions: 1, measured: 0, averageChange: null, judged: 0, met: 0, metShare: null, sessionsDelivered: 10, sessionsPlanned: 30, attendance: 0.33 },
      // "Talkabout" and " talkabout " are one programme, named as first written; one measured: 7.3 − 5.1 = 2.2;
      // 7.3 ≥ 7 met (the other has no exit, so is not judged); (5 + 11) / (12 + 12) = 0.667 → 0.67
      { programme: 'Talkabout', tool: RATING, better: 'higher', learners: 2, interventions: 2, measured: 1, averageChange: 2.2, judged: 1, met: 1, metShare: 1, sessionsDelivered: 16, sessionsPlanned: 24, attendance: 0.67 },
    ]);
  });

  test('nothing in, nothing out', () => {
    expect(programmeImpact([])).toEqual([]);
  });
});

describe('planned staff time', () => {
  test('group sessions are shared; a term is at most 13 weeks; completed and stopped rows take no time', () => {
    expect(TERM_WEEKS).toBe(13);
    const list = [
      { status: 'running', sessionsPerWeek: 3, sessionMinutes: 20, groupSize: 1, durationWeeks: 12 }, // 60/wk; 60 × 12 = 720
      { status: 'planned', sessionsPerWeek: 5, sessionMinutes: 30, groupSize: 4, durationWeeks: 20 }, // 150/4 = 37.5/wk; × 13 (capped) = 487.5
      { status: 'running', sessionsPerWeek: 1, sessionMinutes: 45, groupSize: 3, durationWeeks: null }, // 15/wk; no duration → a term: 195
      { status: 'running', sessionsPerWeek: 1, sessionMinutes: 20, groupSize: 3, durationWeeks: 6 }, // 20/3 = 6.667/wk; 40
      { status: 'running', sessionsPerWeek: 2, sessionMinutes: 10, groupSize: null, durationWeeks: 4 }, // no group → 1: 20/wk; 80
      { status: 'completed', sessionsPerWeek: 5, sessionMinutes: 60, groupSize: 1, durationWeeks: 10 }, // excluded (300/wk)
      { status: 'stopped', sessionsPerWeek: 2, sessionMinutes: 30, groupSize: 1, durationWeeks: 10 }, // excluded (60/wk)
    ] as const;
    // per week 60 + 37.5 + 15 + 6.667 + 20 = 139.1667 → 139.17; per term 720 + 487.5 + 195 + 40 + 80 = 1522.5
    expect(totalStaffTime(list)).toEqual({ perWeek: 139.17, perTerm: 1522.5 });
    expect(staffMinutesPerWeek(list[1])).toBe(37.5);
    expect(staffMinutesPerTerm(list[1])).toBe(487.5);
    expect(totalStaffTime(list.slice(5))).toEqual({ perWeek: 0, perTerm: 0 });
  });
});

describe('display and tools', () => {
  test('ages in months show as years and months (rounded to the month, negative changes signed); scores to 2 dp', () => {
    expect(formatScore('Reading age', 90)).toBe('7y 6m');
    expect(formatScore('reading AGE', 84)).toBe('7y 0m');
    expect(formatScore('Spelling age', 11)).toBe('0y 11m');
    expect(formatScore('Numeracy age', 95.6)).toBe('8y 0m'); // 96 months
    expect(formatScore('Reading age', -18)).toBe('-1y 6m');
    expect(formatScore('Reading age', -6)).toBe('-0y 6m');
    expect(formatScore('SDQ total difficulties (teacher)', 14)).toBe('14');
    expect(formatScore('Standardised reading score', 97.256)).toBe('97.26');
    expect(formatScore(null, -3.5)).toBe('-3.5');
    expect(formatScore('Toe by Toe words', 90)).toBe('90'); // unknown tool: a plain score, not an age
  });

  test('toolInfo knows the common tools whatever the case, and which way is progress', () => {
    expect(toolInfo('READING AGE')).toEqual({ kind: 'age', better: 'higher' });
    expect(toolInfo('  sdq total difficulties (teacher) ')).toEqual({ kind: 'score', better: 'lower' });
    expect(toolInfo('Boxall Profile: Diagnostic profile')).toEqual({ kind: 'score', better: 'lower' });
    expect(toolInfo('Boxall Profile: Developmental strands')).toEqual({ kind: 'score', better: 'higher' });
    expect(toolInfo('Toe by Toe words')).toEqual({ kind: 'score', better: null });
    expect(toolInfo(null)).toEqual({ kind: 'score', better: null });
  });

  test('the duty-to-decide date used by "consider ALN": Monday 23 Nov 2026 + 35 weekdays, less bank holidays = Thursday 14 Jan 2027', () => {
    // 35 weekdays are 7 weeks (23 Nov + 49 days = 11 Jan), but Christmas Day (Fri), the substitute Boxing Day (Mon 28
    // Dec) and New Year's Day (Fri) are not school days: three more weekdays give Thursday 14 Jan.
    expect(addSchoolDays('2026-11-23', 35, NO_CALENDAR)).toBe('2027-01-14');
    // From a Friday: Friday 15 Jan plus the same three days is Wednesday 20 Jan.
    expect(addSchoolDays('2026-11-27', 35, NO_CALENDAR)).toBe('2027-01-20');
  });
});
