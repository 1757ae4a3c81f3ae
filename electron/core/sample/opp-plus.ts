/**
 * A sample OPP+ plan: five interventions from the catalogue seeded by migration 0005 (matched by name when the
 * sample is loaded), each with a target on a measure the app knows. Three have finished, with baseline and exit
 * measures; two are running, with a baseline and an interim measure so far.
 */
import { addDays, type IsoDate } from '../../../shared/rules/dates';
import type { InterventionFields, MeasureFields } from '../../../shared/schemas/interventions';
import type { z } from 'zod';
import type { Rng } from './random';

type Fields = Omit<InterventionFields, 'programmeId' | 'staffId'>;

export interface SampleIntervention {
  /** A programme name from the seeded catalogue. */
  programme: string;
  /** Index into `Sample.staff` of who delivers it, or null. */
  staff: number | null;
  fields: Fields;
  measures: z.input<typeof MeasureFields>[];
}

export interface SampleOppPlus {
  importantTo: string;
  importantFor: string;
  reviewDate: IsoDate;
  interventions: SampleIntervention[];
}

/** name, area, weekly sessions, minutes, weeks, measure tool, better, baseline range [min, spread], gain [min, spread]. */
type Programme = [string, Fields['area'], number, number, number, string, 'higher' | 'lower', [number, number], [number, number]];
export const SAMPLE_PROGRAMMES: Programme[] = [
  ['Read Write Inc. Phonics', 'literacy', 5, 30, 12, 'Reading age', 'higher', [72, 36], [4, 6]],
  ['Precision teaching', 'literacy', 5, 10, 8, 'Words read correctly a minute', 'higher', [30, 30], [10, 20]],
  ['Catch Up Literacy', 'literacy', 2, 15, 20, 'Reading age', 'higher', [78, 36], [4, 6]],
  ['Catch Up Numeracy', 'numeracy', 2, 15, 20, 'Numeracy age', 'higher', [78, 36], [3, 6]],
  ['Numicon intervention', 'numeracy', 3, 20, 10, 'Numeracy age', 'higher', [66, 30], [3, 5]],
  ['ELSA (Emotional Literacy Support)', 'semh', 1, 30, 8, 'SDQ total difficulties (teacher)', 'lower', [14, 9], [3, 5]],
  ['Nurture group', 'semh', 4, 60, 24, 'Boxall Profile: Developmental strands', 'higher', [20, 20], [5, 10]],
  ['Zones of Regulation', 'semh', 1, 30, 10, 'Personalised rating scale (1 to 10)', 'higher', [2, 3], [2, 3]],
  ['Talkabout', 'slcn', 1, 45, 12, 'Personalised rating scale (1 to 10)', 'higher', [2, 3], [2, 3]],
  ['Lego-based therapy', 'slcn', 1, 45, 10, 'Personalised rating scale (1 to 10)', 'higher', [2, 3], [2, 3]],
  ['Sensory circuits', 'physicalSensory', 5, 15, 6, 'Personalised rating scale (1 to 10)', 'higher', [2, 3], [2, 3]],
  ['Write from the Start', 'physicalSensory', 3, 20, 12, 'Handwriting speed (letters a minute)', 'higher', [8, 6], [4, 4]],
];

function intervention(r: Rng, p: Programme, staffCount: number, finished: boolean, asOf: IsoDate): SampleIntervention {
  const [name, area, perWeek, minutes, weeks, tool, better, [base, spread], [gain, gainSpread]] = p;
  const baseline = base + r.int(spread);
  const change = gain + r.int(gainSpread);
  const target = better === 'higher' ? baseline + Math.max(1, change - 1) : baseline - Math.max(1, change - 1);
  const start = finished ? addDays(asOf, -(weeks * 7 + 30 + r.int(120))) : addDays(asOf, -(14 + r.int(weeks * 5)));
  const end = addDays(start, weeks * 7);
  const fields: Fields = {
    customName: null, area, target: `${tool}: from ${baseline} to ${target}`, measureTool: tool, targetScore: target, better, targetDate: end, entryCriteria: null,
    sessionsPerWeek: perWeek, sessionMinutes: minutes, durationWeeks: weeks, startDate: start, plannedEndDate: end, groupSize: 1 + r.int(6),
    location: r.pick(['Library', 'Nurture room', 'Classroom', 'Hall']), language: r.pick(['en', 'cy', 'bilingual'] as const), status: finished ? 'completed' : 'running',
    sessionsDelivered: finished ? Math.round(perWeek * weeks * (0.7 + r.int(30) / 100)) : perWeek * 2, impactNote: finished ? 'Gained confidence and now joins in without prompting.' : null,
  };
  const exit = better === 'higher' ? baseline + change : baseline - change;
  const measures: SampleIntervention['measures'] = [{ phase: 'baseline', tool, score: baseline, date: start }];
  if (finished) measures.push({ phase: 'exit', tool, score: exit, date: addDays(end, -2) });
  else measures.push({ phase: 'interim', tool, score: better === 'higher' ? baseline + 1 : baseline - 1, date: addDays(asOf, -3) });
  return { programme: name, staff: r.chance(0.8) && staffCount > 0 ? r.int(staffCount) : null, fields, measures };
}

export function sampleOppPlus(r: Rng, staffCount: number, asOf: IsoDate): SampleOppPlus {
  const interventions = r.sample(SAMPLE_PROGRAMMES, 5).map((p, i) => intervention(r, p, staffCount, i < 3, asOf));
  return {
    importantTo: 'Drawing at the quiet table at lunchtime, and knowing who will pick them up.',
    importantFor: 'Reading practice every day in short bursts; a calm start to the morning.',
    reviewDate: addDays(asOf, 10 + r.int(80)),
    interventions,
  };
}
