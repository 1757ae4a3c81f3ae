import { z } from 'zod';
import { DELIVERY_LANGUAGES, INTERVENTION_STATUSES, MEASURE_PHASES, NEED_AREAS, NEXT_STEPS } from '../rules/interventions';
import { Id, IsoDate, optionalText, requiredText, Version } from './common';

export const NeedArea = z.enum(NEED_AREAS);
export const InterventionStatus = z.enum(INTERVENTION_STATUSES);
export const NextStep = z.enum(NEXT_STEPS);
export const DeliveryLanguage = z.enum(DELIVERY_LANGUAGES);
export const MeasurePhase = z.enum(MEASURE_PHASES);
export const Better = z.enum(['higher', 'lower']);

const count = (max: number) => z.number().int().min(0).max(max).nullable();
/** A score or an age in months: finite, within reason. */
const Score = z.number().finite().min(-100000).max(100000);

// ---- The school's catalogue of programmes -------------------------------------------------------------

export const ProgrammeFields = z.strictObject({
  name: requiredText(120),
  area: NeedArea,
  sessionsPerWeek: count(20),
  sessionMinutes: count(600),
  durationWeeks: count(104),
  suggestedMeasures: z.array(requiredText(80)).max(10),
});

export const Programme = z.object({
  id: z.string(),
  version: z.number(),
  name: z.string(),
  area: NeedArea,
  sessionsPerWeek: z.number().nullable(),
  sessionMinutes: z.number().nullable(),
  durationWeeks: z.number().nullable(),
  suggestedMeasures: z.array(z.string()),
  /** Retired programmes stay on the plans that used them but are no longer offered for new rows. */
  retired: z.boolean(),
});
export type Programme = z.infer<typeof Programme>;

export const UpdateProgrammeInput = z.strictObject({
  id: Id,
  version: Version,
  patch: ProgrammeFields.partial().extend({ retired: z.boolean().optional() }),
});

// ---- A learner's OPP+ action plan --------------------------------------------------------------------

export const MeasureFields = z.strictObject({
  phase: MeasurePhase,
  tool: requiredText(80),
  score: Score,
  date: IsoDate,
  note: optionalText(500).optional(),
});

export const Measure = z.object({
  id: z.string(),
  phase: MeasurePhase,
  tool: z.string(),
  score: z.number(),
  date: z.string(),
  note: z.string().nullable(),
});
export type Measure = z.infer<typeof Measure>;

/** Everything a coordinator edits on an action-plan row (the next step has its own channel: it can start a clock). */
export const InterventionFields = z.strictObject({
  /** From the catalogue, or null for a custom programme named in `customName`. */
  programmeId: Id.nullable(),
  customName: optionalText(120),
  area: NeedArea,
  target: optionalText(1000),
  measureTool: optionalText(80),
  targetScore: Score.nullable(),
  better: Better,
  targetDate: IsoDate.nullable(),
  entryCriteria: optionalText(500),
  sessionsPerWeek: count(20),
  sessionMinutes: count(600),
  durationWeeks: count(104),
  startDate: IsoDate.nullable(),
  plannedEndDate: IsoDate.nullable(),
  staffId: Id.nullable(),
  groupSize: z.number().int().min(1).max(60).nullable(),
  location: optionalText(120),
  language: DeliveryLanguage,
  status: InterventionStatus,
  sessionsDelivered: count(1000),
  impactNote: optionalText(1000),
});
export type InterventionFields = z.infer<typeof InterventionFields>;

const namesAProgramme = (f: { programmeId?: string | null; customName?: string | null }) => f.programmeId !== null || (f.customName ?? null) !== null;

export const Intervention = z.object({
  id: z.string(),
  version: z.number(),
  programmeId: z.string().nullable(),
  customName: z.string().nullable(),
  /** The catalogue name, or the custom name. */
  programmeName: z.string(),
  area: NeedArea,
  target: z.string().nullable(),
  measureTool: z.string().nullable(),
  targetScore: z.number().nullable(),
  better: Better,
  targetDate: z.string().nullable(),
  entryCriteria: z.string().nullable(),
  sessionsPerWeek: z.number().nullable(),
  sessionMinutes: z.number().nullable(),
  durationWeeks: z.number().nullable(),
  startDate: z.string().nullable(),
  plannedEndDate: z.string().nullable(),
  staffId: z.string().nullable(),
  staffName: z.string().nullable(),
  /** Their role as the staff list has it ("Teaching assistant"), shown after the name. */
  staffRole: z.string().nullable(),
  groupSize: z.number().nullable(),
  location: z.string().nullable(),
  language: DeliveryLanguage,
  status: InterventionStatus,
  sessionsDelivered: z.number().nullable(),
  impactNote: z.string().nullable(),
  nextStep: NextStep.nullable(),
  nextStepOn: z.string().nullable(),
  measures: z.array(Measure),
});
export type Intervention = z.infer<typeof Intervention>;

export const PlanStatus = z.enum(['active', 'closed']);

export const OppPlusPlan = z.object({
  id: z.string(),
  version: z.number(),
  learnerId: z.string(),
  learnerName: z.string(),
  status: PlanStatus,
  startDate: z.string(),
  reviewDate: z.string().nullable(),
  /** The fuller "important to me" and "important for me" that an OPP+ adds to the profile (domain.md §4.1). */
  importantTo: z.string().nullable(),
  importantFor: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  interventions: z.array(Intervention),
});
export type OppPlusPlan = z.infer<typeof OppPlusPlan>;

export const OppPlusSummary = z.object({
  learnerId: z.string(),
  learnerName: z.string(),
  yearGroup: z.string().nullable(),
  planId: z.string(),
  status: PlanStatus,
  startDate: z.string(),
  reviewDate: z.string().nullable(),
  interventions: z.number(),
  running: z.number(),
  /** Staff minutes a week for this learner's planned and running interventions. */
  staffMinutesPerWeek: z.number(),
});
export type OppPlusSummary = z.infer<typeof OppPlusSummary>;

export const ProgrammeImpact = z.object({
  programme: z.string(),
  tool: z.string().nullable(),
  better: Better,
  learners: z.number(),
  interventions: z.number(),
  measured: z.number(),
  averageChange: z.number().nullable(),
  judged: z.number(),
  met: z.number(),
  metShare: z.number().nullable(),
  sessionsDelivered: z.number(),
  sessionsPlanned: z.number(),
  attendance: z.number().nullable(),
});

export const ImpactReport = z.object({
  programmes: z.array(ProgrammeImpact),
  staffTime: z.object({ perWeek: z.number(), perTerm: z.number() }),
  /** Planned staff time by who delivers it (null: nobody named yet). */
  byStaff: z.array(z.object({ staffName: z.string().nullable(), perWeek: z.number(), perTerm: z.number() })),
});
export type ImpactReport = z.infer<typeof ImpactReport>;

export const ForLearner = z.strictObject({ learnerId: Id });

export const UpdatePlanInput = z.strictObject({
  planId: Id,
  version: Version,
  patch: z.strictObject({
    status: PlanStatus.optional(),
    reviewDate: IsoDate.nullable().optional(),
    importantTo: optionalText(3000).optional(),
    importantFor: optionalText(3000).optional(),
  }),
});

export const AddInterventionInput = z.strictObject({ planId: Id, fields: InterventionFields }).refine((i) => namesAProgramme(i.fields), {
  message: 'Choose a programme from the catalogue or name your own.',
  path: ['fields', 'customName'],
});

export const UpdateInterventionInput = z.strictObject({ interventionId: Id, version: Version, fields: InterventionFields }).refine((i) => namesAProgramme(i.fields), {
  message: 'Choose a programme from the catalogue or name your own.',
  path: ['fields', 'customName'],
});

export const InterventionRef = z.strictObject({ interventionId: Id, version: Version });
export const SetNextStepInput = InterventionRef.extend({ nextStep: NextStep.nullable() });

export const AddMeasureInput = z.strictObject({ interventionId: Id, measure: MeasureFields });
export const UpdateMeasureInput = z.strictObject({ measureId: Id, measure: MeasureFields });
export const MeasureRef = z.strictObject({ measureId: Id });
