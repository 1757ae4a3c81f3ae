/**
 * What a printed or exported OPP+ says about each intervention, in one place: which fields, in which order, how a
 * schedule, a measure and a change read, what is still to complete (the editor's own checks), and the plan's time.
 * The words come in per language (`SheetWords`): the print view builds them from the i18n catalogue (with the
 * editor's own words for areas, statuses and checks), the Word export from its labels, so both say the same.
 */
import type { Intervention } from '../schemas/interventions';
import {
  checkIntervention,
  formatScore,
  interventionImpact,
  learnerTimePerWeek,
  TERM_WEEKS,
  totalStaffTime,
  toolInfo,
  type AgeUnits,
  type DeliveryLanguage,
  type InterventionStatus,
  type MeasurePhase,
  type NeedArea,
  type NextStep,
  type ScheduleProblem,
  type TargetProblem,
} from './interventions';
import type { VagueMatch } from './wording';

export const DETAIL_FIELDS = ['area', 'status', 'target', 'measure', 'entryCriteria', 'schedule', 'dates', 'deliveredBy', 'groupSize', 'location', 'language', 'sessions'] as const;
export const RESULT_FIELDS = ['change', 'met', 'nextStep', 'impactNote'] as const;
/** Fields whose label is a plain word; "staff time a term" names the term's length (`SheetWords.staffPerTerm`). */
export const LABELLED_FIELDS = [...DETAIL_FIELDS, ...RESULT_FIELDS, 'learnerPerWeek', 'staffPerWeek'] as const;
type Labelled = (typeof LABELLED_FIELDS)[number];
export type SheetField = Labelled | 'staffPerTerm';

/** The editor's checks (checkIntervention) as things to do; a vague phrase is quoted back instead (`vague`). */
export const SHEET_PROBLEMS = ['noTarget', 'noMeasure', 'noDate', 'noStart', 'endBeforeStart', 'targetBeforeStart', 'noSessions', 'noLength', 'noDuration'] as const satisfies readonly (TargetProblem | ScheduleProblem)[];
export type SheetProblem = (typeof SHEET_PROBLEMS)[number];

export interface SheetWords {
  fields: Record<Labelled, string>;
  ageUnits: AgeUnits;
  areas: Record<NeedArea, string>;
  statuses: Record<InterventionStatus, string>;
  languages: Record<DeliveryLanguage, string>;
  nextSteps: Record<NextStep, string>;
  phases: Record<MeasurePhase, string>;
  problems: Record<SheetProblem, string>;
  /** A vague phrase quoted back with what to write instead. */
  vague: (match: VagueMatch) => string;
  /** dd/mm/yyyy of an ISO date. */
  date: (iso: string) => string;
  notSet: string;
  yes: string;
  no: string;
  /** The change or the target cannot be judged yet (no baseline or exit on the target's tool). */
  notMeasured: string;
  /** Whether the target was met is not known yet (no exit score, or no target score). */
  notYet: string;
  targetScore: (score: string) => string;
  byDate: (date: string) => string;
  schedule: (perWeek: string, minutes: string, weeks: string) => string;
  span: (start: string, end: string) => string;
  sessions: (delivered: string, planned: string) => string;
  /** "Planned staff time a term (13 weeks)": the label, with the term's length. */
  staffPerTerm: (weeks: number) => string;
  /** A time in minutes as hours and minutes ("1 h 30 min", "45 min", "2 h"). */
  duration: (minutes: number) => string;
}

export interface SheetRow {
  field: SheetField;
  label: string;
  value: string;
}

export interface MeasureLine {
  phase: string;
  tool: string;
  score: string;
  date: string;
}

export interface InterventionSheet {
  title: string;
  details: SheetRow[];
  measures: MeasureLine[];
  results: SheetRow[];
  /** The editor's warnings in plain words; empty when the row is complete. */
  stillToComplete: string[];
}

const MISSING = '–';
const num = (n: number | null) => (n === null ? MISSING : String(n));

function rows(w: SheetWords, values: Partial<Record<Labelled, string | null>>, fields: readonly Labelled[]): SheetRow[] {
  return fields.map((field) => ({ field, label: w.fields[field], value: values[field] ?? w.notSet }));
}

function measureText(i: Intervention, w: SheetWords): string {
  const parts = [i.measureTool ?? w.notSet];
  if (i.targetScore !== null) parts.push(w.targetScore(formatScore(i.measureTool, i.targetScore, w.ageUnits)));
  if (i.targetDate) parts.push(w.byDate(w.date(i.targetDate)));
  return parts.join(', ');
}

function sessionsText(i: Intervention, planned: number | null, attendance: number | null, w: SheetWords): string | null {
  if (i.sessionsDelivered === null && planned === null) return null;
  const share = attendance === null ? '' : ` (${Math.round(attendance * 100)}%)`;
  return `${w.sessions(num(i.sessionsDelivered), num(planned))}${share}`;
}

function changeText(i: Intervention, impact: ReturnType<typeof interventionImpact>, w: SheetWords): string {
  if (impact.baseline === null || impact.exit === null || impact.change === null) return w.notMeasured;
  const score = (n: number) => formatScore(i.measureTool, n, w.ageUnits);
  const sign = impact.change > 0 ? '+' : '';
  // An age's change reads in months ("+9m"), as the editor says "+9 months"; other scores as numbers.
  const change = toolInfo(i.measureTool).kind === 'age' ? `${sign}${Math.round(impact.change)}${w.ageUnits.months}` : `${sign}${score(impact.change)}`;
  return `${score(impact.baseline)} → ${score(impact.exit)} (${change})`;
}

/** Who delivers it as the card, the print and the Word file all show it: "Mr Evans (Teaching assistant)". */
export function deliveredBy(i: Pick<Intervention, 'staffName' | 'staffRole'>): string | null {
  if (!i.staffName) return null;
  return i.staffRole?.trim() ? `${i.staffName} (${i.staffRole.trim()})` : i.staffName;
}

/** The editor's checks (checkIntervention), each said as something to do. */
export function stillToComplete(i: Intervention, w: SheetWords): string[] {
  const checks = checkIntervention(i);
  return [
    ...checks.target.filter((p): p is SheetProblem & TargetProblem => p !== 'vagueWording').map((p) => w.problems[p]),
    ...checks.vague.map((v) => w.vague(v)),
    ...checks.schedule.map((p) => w.problems[p]),
  ];
}

export function interventionSheet(i: Intervention, w: SheetWords): InterventionSheet {
  const impact = interventionImpact(i);
  const details = {
    area: w.areas[i.area],
    status: w.statuses[i.status],
    target: i.target,
    measure: measureText(i, w),
    entryCriteria: i.entryCriteria,
    schedule: i.sessionsPerWeek === null && i.sessionMinutes === null && i.durationWeeks === null ? null : w.schedule(num(i.sessionsPerWeek), num(i.sessionMinutes), num(i.durationWeeks)),
    dates: i.startDate || i.plannedEndDate ? w.span(i.startDate ? w.date(i.startDate) : MISSING, i.plannedEndDate ? w.date(i.plannedEndDate) : MISSING) : null,
    deliveredBy: deliveredBy(i),
    groupSize: i.groupSize === null ? null : String(i.groupSize),
    location: i.location,
    language: w.languages[i.language],
    sessions: sessionsText(i, impact.planned, impact.attendance, w),
  };
  const results = {
    change: changeText(i, impact, w),
    met: impact.met === null ? w.notYet : impact.met ? w.yes : w.no,
    nextStep: i.nextStep ? `${w.nextSteps[i.nextStep]}${i.nextStepOn ? ` (${w.date(i.nextStepOn)})` : ''}` : null,
    impactNote: i.impactNote,
  };
  return {
    title: i.programmeName,
    details: rows(w, details, DETAIL_FIELDS),
    measures: i.measures.map((m) => ({ phase: w.phases[m.phase], tool: m.tool, score: formatScore(m.tool, m.score, w.ageUnits), date: w.date(m.date) })),
    results: rows(w, results, RESULT_FIELDS),
    stillToComplete: stillToComplete(i, w),
  };
}

/** The learner's time and the planned staff time, over the interventions planned or running. */
export function planTime(interventions: readonly Intervention[], w: SheetWords): SheetRow[] {
  const staff = totalStaffTime(interventions);
  const learner = learnerTimePerWeek(interventions);
  return [
    { field: 'learnerPerWeek', label: w.fields.learnerPerWeek, value: w.duration(learner) },
    { field: 'staffPerWeek', label: w.fields.staffPerWeek, value: w.duration(staff.perWeek) },
    { field: 'staffPerTerm', label: w.staffPerTerm(TERM_WEEKS), value: w.duration(staff.perTerm) },
  ];
}
