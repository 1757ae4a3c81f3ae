/**
 * The words of the OPP+ Word document, in English and Welsh. The print view takes the same words from the renderer's
 * i18n catalogue (sheet-words.ts); tests/unit/opp-plus-labels.test.ts keeps the two copies identical.
 */
import { formatMinutes } from '../../../shared/rules/interventions';
import type { SheetWords } from '../../../shared/rules/opp-plus-sheet';
import { VAGUE_WORDS, type VaguePhraseId } from '../../../shared/rules/wording';
import type { Language } from '../../../shared/schemas/settings';
import { ukDate } from './profile-docx';

/** "1 h 30 min", "45 min", "2 h" in the language's units. */
const hoursAndMinutes = (h: string, min: string) => (total: number) => {
  const { hours, minutes } = formatMinutes(total);
  if (hours === 0) return `${minutes} ${min}`;
  return minutes === 0 ? `${hours} ${h}` : `${hours} ${h} ${minutes} ${min}`;
};

export interface OppPlusLabels {
  title: string;
  fileLabel: string;
  noProfile: string;
  fuller: string;
  importantTo: string;
  importantFor: string;
  notWritten: string;
  planStarted: string;
  review: string;
  actionPlan: string;
  noInterventions: string;
  measures: string;
  columns: { phase: string; tool: string; score: string; date: string };
  noMeasures: string;
  stillToComplete: string;
  time: string;
  words: SheetWords;
}

/** A vague phrase said back with its suggestion: the same words as the IDP's checks (shared/rules/wording.ts). */
// One pass with a function: the learner's words are never read as a placeholder or a `$` pattern.
const vague = (lang: 'en' | 'cy') => (m: { text: string; id: VaguePhraseId }) =>
  VAGUE_WORDS.said[lang].replace(/\{(words|suggestion)\}/g, (_, k: string) => (k === 'words' ? m.text : VAGUE_WORDS.suggest[m.id][lang]));

const EN_WORDS: SheetWords = {
  ageUnits: { years: 'y', months: 'm' },
  fields: {
    area: 'Area of need',
    status: 'Status',
    target: 'SMART target',
    measure: 'Measure',
    entryCriteria: 'Entry criteria',
    schedule: 'Schedule',
    dates: 'Dates',
    deliveredBy: 'Delivered by',
    groupSize: 'Group size',
    location: 'Location',
    language: 'Language of delivery',
    sessions: 'Sessions delivered',
    change: 'Change',
    met: 'Target met',
    nextStep: 'Next step',
    impactNote: 'Impact note',
    learnerPerWeek: "Learner's time a week",
    staffPerWeek: 'Planned staff time a week',
  },
  areas: { literacy: 'Literacy', numeracy: 'Numeracy', slcn: 'Speech, language and communication', semh: 'Social, emotional and mental health', physicalSensory: 'Physical and sensory', attendance: 'Attendance', other: 'Other' },
  statuses: { planned: 'Planned', running: 'Running', completed: 'Completed', stopped: 'Stopped' },
  languages: { en: 'English', cy: 'Welsh', bilingual: 'Bilingual' },
  nextSteps: { continue: 'Continue', change: 'Change the intervention', stop: 'Stop', considerAln: 'Consider whether they have ALN' },
  phases: { baseline: 'Baseline', interim: 'Interim', exit: 'Exit' },
  // The editor's own words for its checks (renderer i18n, oppPlus.checks).
  problems: {
    noTarget: 'There is no target yet: say what the learner will be able to do.',
    noMeasure: 'The target has no measure: choose the measure and the score to reach.',
    noDate: 'The target has no date to reach it by.',
    noStart: 'There is no start date yet.',
    endBeforeStart: 'The planned end date is before the start date.',
    targetBeforeStart: 'The target date is before the start date.',
    noSessions: 'There are no sessions a week yet.',
    noLength: 'How long is each session? Enter the minutes.',
    noDuration: 'For how many weeks? Enter the duration.',
  },
  vague: vague('en'),
  date: ukDate,
  notSet: 'Not set',
  yes: 'Yes',
  no: 'No',
  notMeasured: 'Needs a baseline and an exit score',
  notYet: 'Not yet',
  targetScore: (score) => `target ${score}`,
  byDate: (date) => `by ${date}`,
  schedule: (perWeek, minutes, weeks) => `${perWeek} a week × ${minutes} min, for ${weeks} weeks`,
  span: (start, end) => `${start} to ${end}`,
  sessions: (delivered, planned) => `${delivered} of ${planned}`,
  staffPerTerm: (weeks) => `Planned staff time a term (${weeks} weeks)`,
  duration: hoursAndMinutes('h', 'min'),
};

const CY_WORDS: SheetWords = {
  ageUnits: { years: 'bl', months: 'm' },
  fields: {
    area: 'Maes angen',
    status: 'Statws',
    target: 'Targed SMART',
    measure: 'Mesur',
    entryCriteria: 'Meini prawf mynediad',
    schedule: 'Amserlen',
    dates: 'Dyddiadau',
    deliveredBy: 'Yn cael ei ddarparu gan',
    groupSize: 'Maint y grŵp',
    location: 'Lleoliad',
    language: 'Iaith y ddarpariaeth',
    sessions: 'Sesiynau a ddarparwyd',
    change: 'Newid',
    met: "Targed wedi'i gyrraedd",
    nextStep: 'Y cam nesaf',
    impactNote: 'Nodyn effaith',
    learnerPerWeek: 'Amser y dysgwr bob wythnos',
    staffPerWeek: 'Amser staff arfaethedig bob wythnos',
  },
  areas: { literacy: 'Llythrennedd', numeracy: 'Rhifedd', slcn: 'Lleferydd, iaith a chyfathrebu', semh: 'Iechyd cymdeithasol, emosiynol a meddyliol', physicalSensory: 'Corfforol a synhwyraidd', attendance: 'Presenoldeb', other: 'Arall' },
  statuses: { planned: "Wedi'i gynllunio", running: 'Ar waith', completed: "Wedi'i gwblhau", stopped: "Wedi'i atal" },
  languages: { en: 'Saesneg', cy: 'Cymraeg', bilingual: 'Dwyieithog' },
  nextSteps: { continue: 'Parhau', change: 'Newid yr ymyriad', stop: 'Dod i ben', considerAln: 'Ystyried a oes ganddynt ADY' },
  phases: { baseline: 'Llinell sylfaen', interim: 'Interim', exit: 'Terfynol' },
  problems: {
    noTarget: 'Does dim targed eto: dywedwch beth fydd y dysgwr yn gallu ei wneud.',
    noMeasure: "Does dim mesur i'r targed: dewiswch y mesur a'r sgôr i'w chyrraedd.",
    noDate: 'Does dim dyddiad i gyrraedd y targed erbyn.',
    noStart: 'Does dim dyddiad dechrau eto.',
    endBeforeStart: "Mae'r dyddiad gorffen arfaethedig cyn y dyddiad dechrau.",
    targetBeforeStart: "Mae'r dyddiad targed cyn y dyddiad dechrau.",
    noSessions: "Does dim sesiynau'r wythnos eto.",
    noLength: 'Pa mor hir yw pob sesiwn? Rhowch y munudau.',
    noDuration: 'Am sawl wythnos? Rhowch yr hyd.',
  },
  vague: vague('cy'),
  date: ukDate,
  notSet: 'Heb ei nodi',
  yes: 'Ie',
  no: 'Na',
  notMeasured: 'Angen sgôr llinell sylfaen a sgôr terfynol',
  notYet: 'Ddim eto',
  targetScore: (score) => `targed ${score}`,
  byDate: (date) => `erbyn ${date}`,
  schedule: (perWeek, minutes, weeks) => `${perWeek} yr wythnos × ${minutes} munud, am ${weeks} wythnos`,
  span: (start, end) => `${start} i ${end}`,
  sessions: (delivered, planned) => `${delivered} o ${planned}`,
  staffPerTerm: (weeks) => `Amser staff arfaethedig y tymor (${weeks} wythnos)`,
  duration: hoursAndMinutes('awr', 'munud'),
};

export const OPP_PLUS_LABELS: Record<Language, OppPlusLabels> = {
  en: {
    title: 'OPP+',
    fileLabel: 'OPP+ plan',
    noProfile: 'No one-page profile has been written yet.',
    fuller: 'Important to me and for me: in more detail',
    importantTo: 'What is important to me',
    importantFor: 'What is important for me',
    notWritten: 'Not written yet.',
    planStarted: 'Plan started',
    review: 'Review',
    actionPlan: 'Action plan',
    noInterventions: 'No interventions on the plan yet.',
    measures: 'Measures',
    columns: { phase: 'Phase', tool: 'Measure', score: 'Score', date: 'Date' },
    noMeasures: 'No measures recorded yet.',
    stillToComplete: 'Still to complete',
    time: 'Time',
    words: EN_WORDS,
  },
  cy: {
    title: 'OPP+',
    fileLabel: 'cynllun OPP+',
    noProfile: "Nid oes proffil un dudalen wedi'i ysgrifennu eto.",
    fuller: "Beth sy'n bwysig i mi ac ar fy nghyfer i: yn fanylach",
    importantTo: "Beth sy'n bwysig i mi",
    importantFor: "Beth sy'n bwysig ar fy nghyfer i",
    notWritten: "Heb ei ysgrifennu eto.",
    planStarted: 'Dechreuodd y cynllun',
    review: 'Adolygiad',
    actionPlan: 'Cynllun gweithredu',
    noInterventions: "Dim ymyriadau ar y cynllun eto.",
    measures: 'Mesuriadau',
    columns: { phase: 'Cam', tool: 'Mesur', score: 'Sgôr', date: 'Dyddiad' },
    noMeasures: "Dim mesuriadau wedi'u cofnodi eto.",
    stillToComplete: "I'w gwblhau o hyd",
    time: 'Amser',
    words: CY_WORDS,
  },
};
