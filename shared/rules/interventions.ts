/**
 * OPP+ action plans (domain.md §4): the checks on a target and a schedule, and the impact and staff-time figures.
 * Pure functions of the plan's data, shared by the editor (live warnings, the learner's impact table), the core
 * (the caseload's impact report) and the exports (print and Word mark the same gaps).
 */
import type { IsoDate } from './dates';
import { findVagueWording, type VagueMatch } from './wording';

export const NEED_AREAS = ['literacy', 'numeracy', 'slcn', 'semh', 'physicalSensory', 'attendance', 'other'] as const;
export type NeedArea = (typeof NEED_AREAS)[number];

export const INTERVENTION_STATUSES = ['planned', 'running', 'completed', 'stopped'] as const;
export type InterventionStatus = (typeof INTERVENTION_STATUSES)[number];

export const NEXT_STEPS = ['continue', 'change', 'stop', 'considerAln'] as const;
export type NextStep = (typeof NEXT_STEPS)[number];

export const DELIVERY_LANGUAGES = ['en', 'cy', 'bilingual'] as const;
export type DeliveryLanguage = (typeof DELIVERY_LANGUAGES)[number];

export const MEASURE_PHASES = ['baseline', 'interim', 'exit'] as const;
export type MeasurePhase = (typeof MEASURE_PHASES)[number];

export type Better = 'higher' | 'lower';

/** A school term, for "staff time per term": 39 teaching weeks a year in three terms. */
export const TERM_WEEKS = 13;

/**
 * Measures schools commonly use (domain.md §4.3). Ages are kept in months (7 years 6 months = 90) so a change
 * can be worked out; `better` says which way is progress (SDQ difficulties and Boxall's diagnostic profile fall).
 * Any other tool can be typed in: it is a plain score, higher is better unless the target says otherwise.
 */
export const MEASURE_TOOLS = [
  { name: 'Reading age', kind: 'age', better: 'higher' },
  { name: 'Spelling age', kind: 'age', better: 'higher' },
  { name: 'Numeracy age', kind: 'age', better: 'higher' },
  { name: 'Personalised assessment: Reading', kind: 'score', better: 'higher' },
  { name: 'Personalised assessment: Numeracy (Procedural)', kind: 'score', better: 'higher' },
  { name: 'Personalised assessment: Numeracy (Reasoning)', kind: 'score', better: 'higher' },
  { name: 'Standardised reading score', kind: 'score', better: 'higher' },
  { name: 'Phonics assessment stage', kind: 'score', better: 'higher' },
  { name: 'Words read correctly a minute', kind: 'score', better: 'higher' },
  { name: 'Boxall Profile: Developmental strands', kind: 'score', better: 'higher' },
  { name: 'Boxall Profile: Diagnostic profile', kind: 'score', better: 'lower' },
  { name: 'SDQ total difficulties (teacher)', kind: 'score', better: 'lower' },
  { name: 'SDQ total difficulties (parent)', kind: 'score', better: 'lower' },
  { name: 'Personalised rating scale (1 to 10)', kind: 'score', better: 'higher' },
  { name: 'Handwriting speed (letters a minute)', kind: 'score', better: 'higher' },
  { name: 'Attendance (%)', kind: 'score', better: 'higher' },
] as const satisfies readonly { name: string; kind: 'age' | 'score'; better: Better }[];

export type MeasureKind = 'age' | 'score';

export function toolInfo(tool: string | null): { kind: MeasureKind; better: Better | null } {
  const known = MEASURE_TOOLS.find((t) => t.name.toLowerCase() === (tool ?? '').trim().toLowerCase());
  return known ? { kind: known.kind, better: known.better } : { kind: 'score', better: null };
}

/** How an age reads: "7y 6m" in English, "7bl 6m" in Welsh. */
export interface AgeUnits {
  years: string;
  months: string;
}

/** "7y 6m" for an age kept in months; a plain number otherwise (at most two decimals). */
export function formatScore(tool: string | null, score: number, units: AgeUnits = { years: 'y', months: 'm' }): string {
  if (toolInfo(tool).kind === 'age') {
    const sign = score < 0 ? '-' : '';
    const months = Math.abs(Math.round(score));
    return `${sign}${Math.floor(months / 12)}${units.years} ${months % 12}${units.months}`;
  }
  return String(round2(score));
}

export function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

/** What the checks and figures need of an action-plan row. */
export interface InterventionFacts {
  target: string | null;
  measureTool: string | null;
  targetScore: number | null;
  better: Better;
  targetDate: IsoDate | null;
  sessionsPerWeek: number | null;
  sessionMinutes: number | null;
  durationWeeks: number | null;
  startDate: IsoDate | null;
  plannedEndDate: IsoDate | null;
  groupSize: number | null;
  sessionsDelivered: number | null;
  status: InterventionStatus;
  measures: readonly { phase: MeasurePhase; tool: string; score: number; date: IsoDate }[];
}

export type TargetProblem = 'noTarget' | 'noMeasure' | 'noDate' | 'vagueWording';
export type ScheduleProblem = 'endBeforeStart' | 'noSessions' | 'noLength' | 'noDuration' | 'noStart' | 'targetBeforeStart';

export interface Checks {
  target: TargetProblem[];
  schedule: ScheduleProblem[];
  vague: VagueMatch[];
}

/**
 * A SMART target says what will be measured (a tool and the score to reach) and by when, in words that can be
 * checked. A schedule has a start, sessions, a length and a duration, and ends after it starts.
 */
export function checkIntervention(i: Pick<InterventionFacts, 'target' | 'measureTool' | 'targetScore' | 'targetDate' | 'sessionsPerWeek' | 'sessionMinutes' | 'durationWeeks' | 'startDate' | 'plannedEndDate'>): Checks {
  const vague = findVagueWording(i.target ?? '');
  const target: TargetProblem[] = [];
  if (!i.target?.trim()) target.push('noTarget');
  if (!i.measureTool?.trim() || i.targetScore === null) target.push('noMeasure');
  if (!i.targetDate) target.push('noDate');
  if (vague.length) target.push('vagueWording');
  const schedule: ScheduleProblem[] = [];
  if (!i.startDate) schedule.push('noStart');
  if (i.startDate && i.plannedEndDate && i.plannedEndDate < i.startDate) schedule.push('endBeforeStart');
  if (i.startDate && i.targetDate && i.targetDate < i.startDate) schedule.push('targetBeforeStart');
  if (!i.sessionsPerWeek) schedule.push('noSessions');
  if (!i.sessionMinutes) schedule.push('noLength');
  if (!i.durationWeeks) schedule.push('noDuration');
  return { target, schedule, vague };
}

export function hasProblems(c: Checks): boolean {
  return c.target.length + c.schedule.length > 0;
}

export function plannedSessions(i: Pick<InterventionFacts, 'sessionsPerWeek' | 'durationWeeks'>): number | null {
  return i.sessionsPerWeek && i.durationWeeks ? i.sessionsPerWeek * i.durationWeeks : null;
}

export interface Impact {
  baseline: number | null;
  exit: number | null;
  /** Exit minus baseline, in the tool's units (months for ages): negative is progress when lower is better. */
  change: number | null;
  /** Whether the exit score reached the target; null until both are known. */
  met: boolean | null;
  planned: number | null;
  /** Sessions delivered as a share of sessions planned (0 to 1, or more if extra were given). */
  attendance: number | null;
}

/**
 * Baseline to exit on the target's own tool: the first baseline and the last exit recorded with it. Measures on
 * other tools are kept and shown, but a change is only worked out between like and like.
 */
export function interventionImpact(i: InterventionFacts): Impact {
  const tool = i.measureTool?.trim().toLowerCase();
  const onTool = i.measures.filter((m) => tool && m.tool.trim().toLowerCase() === tool).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const baseline = onTool.find((m) => m.phase === 'baseline')?.score ?? null;
  const exit = onTool.filter((m) => m.phase === 'exit').at(-1)?.score ?? null;
  const change = baseline !== null && exit !== null ? round2(exit - baseline) : null;
  const met = exit !== null && i.targetScore !== null ? (i.better === 'higher' ? exit >= i.targetScore : exit <= i.targetScore) : null;
  const planned = plannedSessions(i);
  const attendance = planned && i.sessionsDelivered !== null ? i.sessionsDelivered / planned : null;
  return { baseline, exit, change, met, planned, attendance };
}

/** Interventions that take staff time now: those planned or running. */
export function isCommitted(i: Pick<InterventionFacts, 'status'>): boolean {
  return i.status === 'planned' || i.status === 'running';
}

/** The learner's own time in the intervention each week. */
export function learnerMinutesPerWeek(i: Pick<InterventionFacts, 'sessionsPerWeek' | 'sessionMinutes'>): number {
  return (i.sessionsPerWeek ?? 0) * (i.sessionMinutes ?? 0);
}

/** The learner's time a week across the interventions planned or running. */
export function learnerTimePerWeek(list: readonly Pick<InterventionFacts, 'status' | 'sessionsPerWeek' | 'sessionMinutes'>[]): number {
  return list.filter(isCommitted).reduce((sum, i) => sum + learnerMinutesPerWeek(i), 0);
}

/** Staff time each week: a group's sessions are shared between the learners in it. */
export function staffMinutesPerWeek(i: Pick<InterventionFacts, 'sessionsPerWeek' | 'sessionMinutes' | 'groupSize'>): number {
  return learnerMinutesPerWeek(i) / Math.max(1, i.groupSize ?? 1);
}

/** Staff time in a term: the weekly time for the intervention's weeks, at most a term's. */
export function staffMinutesPerTerm(i: Pick<InterventionFacts, 'sessionsPerWeek' | 'sessionMinutes' | 'groupSize' | 'durationWeeks'>): number {
  return staffMinutesPerWeek(i) * Math.min(i.durationWeeks ?? TERM_WEEKS, TERM_WEEKS);
}

export interface StaffTime {
  perWeek: number;
  perTerm: number;
}

/** Planned staff minutes over the interventions that are planned or running (to two decimals). */
export function totalStaffTime(list: readonly Pick<InterventionFacts, 'status' | 'sessionsPerWeek' | 'sessionMinutes' | 'groupSize' | 'durationWeeks'>[]): StaffTime {
  const committed = list.filter(isCommitted);
  return {
    perWeek: round2(committed.reduce((sum, i) => sum + staffMinutesPerWeek(i), 0)),
    perTerm: round2(committed.reduce((sum, i) => sum + staffMinutesPerTerm(i), 0)),
  };
}

/** Whole hours and minutes, for display (rounded to the minute). */
export function formatMinutes(minutes: number): { hours: number; minutes: number } {
  const m = Math.round(minutes);
  return { hours: Math.floor(m / 60), minutes: m % 60 };
}

export interface ProgrammeRow {
  learnerId: string;
  programme: string;
  intervention: InterventionFacts;
}

export interface ProgrammeImpact {
  programme: string;
  /** The target tool this row's changes are in; one programme measured two ways (or scored both ways) is two rows. */
  tool: string | null;
  better: Better;
  learners: number;
  interventions: number;
  /** Interventions with a baseline and an exit on the tool. */
  measured: number;
  averageChange: number | null;
  /** Interventions whose target could be judged (an exit and a target score), and how many met it. */
  judged: number;
  met: number;
  metShare: number | null;
  sessionsDelivered: number;
  sessionsPlanned: number;
  attendance: number | null;
}

/**
 * Impact by programme across the caseload: how many learners, the average change from baseline to exit, the
 * share meeting their target, and attendance (sessions delivered over sessions planned, where both are known).
 * Sorted by programme, then tool.
 */
export function programmeImpact(rows: readonly ProgrammeRow[]): ProgrammeImpact[] {
  const groups = new Map<string, ProgrammeRow[]>();
  for (const row of rows) {
    // One row per programme, tool and direction: changes are only averaged between like and like.
    const key = [row.programme.trim().toLowerCase(), row.intervention.measureTool?.trim().toLowerCase() ?? '', row.intervention.better].join('\u0000');
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const out: ProgrammeImpact[] = [];
  for (const group of groups.values()) {
    const first = group[0]!;
    const impacts = group.map((r) => ({ facts: r.intervention, impact: interventionImpact(r.intervention) }));
    const changes = impacts.map((x) => x.impact.change).filter((c): c is number => c !== null);
    const judged = impacts.filter((x) => x.impact.met !== null);
    const met = judged.filter((x) => x.impact.met).length;
    const withAttendance = impacts.filter((x) => x.impact.attendance !== null);
    const delivered = withAttendance.reduce((sum, x) => sum + (x.facts.sessionsDelivered ?? 0), 0);
    const planned = withAttendance.reduce((sum, x) => sum + (x.impact.planned ?? 0), 0);
    out.push({
      programme: first.programme.trim(),
      tool: first.intervention.measureTool?.trim() || null,
      better: first.intervention.better,
      learners: new Set(group.map((r) => r.learnerId)).size,
      interventions: group.length,
      measured: changes.length,
      averageChange: changes.length ? round2(changes.reduce((a, b) => a + b, 0) / changes.length) : null,
      judged: judged.length,
      met,
      metShare: judged.length ? round2(met / judged.length) : null,
      sessionsDelivered: delivered,
      sessionsPlanned: planned,
      attendance: planned ? round2(delivered / planned) : null,
    });
  }
  const collator = new Intl.Collator('en-GB', { sensitivity: 'base', numeric: true });
  return out.sort((a, b) => collator.compare(a.programme, b.programme) || collator.compare(a.tool ?? '', b.tool ?? ''));
}
