/**
 * An action-plan row as it is being edited: text fields as typed (empty means none), the programme chosen from the
 * catalogue or named by the person. Turned into the contract's InterventionFields to check and to save.
 */
import { addDays, isIsoDate } from '../../../../shared/rules/dates';
import { toolInfo, type Better, type DeliveryLanguage, type InterventionStatus, type NeedArea } from '../../../../shared/rules/interventions';
import type { Intervention, InterventionFields, Programme } from '../../../../shared/schemas/interventions';

/** The programme Select's value for "another programme (type its name)". */
export const CUSTOM = 'custom';

export interface Draft {
  programme: string | null;
  customName: string;
  area: NeedArea | null;
  target: string;
  measureTool: string;
  targetScore: number | null;
  better: Better;
  targetDate: string;
  entryCriteria: string;
  sessionsPerWeek: number | null;
  sessionMinutes: number | null;
  durationWeeks: number | null;
  startDate: string;
  plannedEndDate: string;
  staffId: string | null;
  groupSize: number | null;
  location: string;
  language: DeliveryLanguage;
  status: InterventionStatus;
  sessionsDelivered: number | null;
  impactNote: string;
}

export type SetDraft = (patch: Partial<Draft>) => void;

export const emptyDraft = (): Draft => ({
  programme: null,
  customName: '',
  area: null,
  target: '',
  measureTool: '',
  targetScore: null,
  better: 'higher',
  targetDate: '',
  entryCriteria: '',
  sessionsPerWeek: null,
  sessionMinutes: null,
  durationWeeks: null,
  startDate: '',
  plannedEndDate: '',
  staffId: null,
  groupSize: null,
  location: '',
  language: 'en',
  status: 'planned',
  sessionsDelivered: null,
  impactNote: '',
});

export function draftOf(i: Intervention): Draft {
  return {
    ...i,
    programme: i.programmeId ?? CUSTOM,
    customName: i.customName ?? '',
    target: i.target ?? '',
    measureTool: i.measureTool ?? '',
    targetDate: i.targetDate ?? '',
    entryCriteria: i.entryCriteria ?? '',
    startDate: i.startDate ?? '',
    plannedEndDate: i.plannedEndDate ?? '',
    location: i.location ?? '',
    impactNote: i.impactNote ?? '',
  };
}

/** Choosing a catalogue programme brings its area, default schedule and first suggested measure. */
export function withProgramme(draft: Draft, p: Programme): Partial<Draft> {
  const tool = draft.measureTool.trim() || p.suggestedMeasures[0] || '';
  return {
    programme: p.id,
    area: p.area,
    sessionsPerWeek: p.sessionsPerWeek,
    sessionMinutes: p.sessionMinutes,
    durationWeeks: p.durationWeeks,
    ...withTool(draft, tool),
  };
}

/** A known tool says which way is better; a typed-in one keeps the choice made. */
export function withTool(draft: Draft, measureTool: string): Partial<Draft> {
  return { measureTool, better: toolInfo(measureTool).better ?? draft.better };
}

/** The planned end from the start and the number of weeks, when both are known. */
export function endFromWeeks(d: Pick<Draft, 'startDate' | 'durationWeeks'>): string | null {
  return isIsoDate(d.startDate) && d.durationWeeks ? addDays(d.startDate, d.durationWeeks * 7) : null;
}

const text = (s: string) => (s.trim() === '' ? null : s.trim());
const date = (s: string) => (isIsoDate(s) ? s : null);

/** What the draft would save, with the area and programme as they stand (checked separately before saving). */
export function fieldsOf(d: Draft): InterventionFields {
  return {
    programmeId: d.programme === CUSTOM ? null : d.programme,
    customName: d.programme === CUSTOM ? text(d.customName) : null,
    area: d.area ?? 'other',
    target: text(d.target),
    measureTool: text(d.measureTool),
    targetScore: d.targetScore,
    better: d.better,
    targetDate: date(d.targetDate),
    entryCriteria: text(d.entryCriteria),
    sessionsPerWeek: d.sessionsPerWeek,
    sessionMinutes: d.sessionMinutes,
    durationWeeks: d.durationWeeks,
    startDate: date(d.startDate),
    plannedEndDate: date(d.plannedEndDate),
    staffId: d.staffId,
    groupSize: d.groupSize,
    location: text(d.location),
    language: d.language,
    status: d.status,
    sessionsDelivered: d.sessionsDelivered,
    impactNote: text(d.impactNote),
  };
}

export type DraftProblem = 'programme' | 'customName' | 'area' | 'dates';

/** What must be put right before the row can be saved (the checks' warnings never stop a save). */
export function blockers(d: Draft): DraftProblem[] {
  const found: DraftProblem[] = [];
  if (!d.programme) found.push('programme');
  if (d.programme === CUSTOM && !text(d.customName)) found.push('customName');
  if (!d.area) found.push('area');
  if ([d.targetDate, d.startDate, d.plannedEndDate].some((s) => s !== '' && !isIsoDate(s))) found.push('dates');
  return found;
}
