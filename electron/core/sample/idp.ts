/**
 * A sample learner's IDP: three versions, made the way a school makes them. The first is complete (it passes
 * every quality check, like the fixture plan in the tests) and issued well over a year ago; an annual review of it
 * decided to revise it, and the second version, with new dates, was issued since; the third is a draft started
 * for the next change. Names, places and reports are fictional.
 */
import { addDays, type IsoDate } from '../../../shared/rules/dates';
import type { IdpContent } from '../../../shared/schemas/idp';
import type { ReviewRecord } from '../../../shared/schemas/review';
import type { Rng } from './random';
import type { SampleLearnerInput } from './generate';

export interface SampleIdp {
  /** Version 1, complete; issued on `firstGiven`. */
  content: IdpContent;
  firstGiven: IsoDate;
  /** The annual review of version 1: held, recorded, decided "revise" (which starts version 2). */
  review: { date: IsoDate; record: ReviewRecord };
  /** Version 2 takes new dates and is issued on `secondGiven`; version 3 is a draft with one more view. */
  administration: IdpContent['administration'];
  secondGiven: IsoDate;
  newView: IdpContent['views'][number];
}

const SCHOOL = 'Ysgol Enghraifft';
const LA = 'Sir Enghraifft County Council';
const PROVISION = [
  { what: 'Structured phonics programme, one to one', outcome: 'reads 90 words a minute from a book at their level', measure: 'Words correct per minute, from 55 to 90', by: 'Teaching assistant trained in the programme' },
  { what: 'Word-finding games in a small group', outcome: 'answers a question in class within 10 seconds, 4 times out of 5', measure: 'Teacher tally over one week', by: 'Speech and language therapy assistant' },
  { what: 'Touch-typing course on the class laptop', outcome: 'types 15 words a minute with 95% accuracy', measure: 'Typing test score', by: 'Class teacher' },
  { what: 'Daily check-in with a key adult and a feelings scale', outcome: 'rates the start of the day 7 out of 10 or better on 4 days a week', measure: 'Personalised rating scale, from 4 to 7', by: 'Learning support teacher' },
  { what: 'Fine-motor circuit before handwriting lessons', outcome: 'writes 20 letters a minute legibly', measure: 'Handwriting speed, from 12 to 20 letters a minute', by: 'Teaching assistant' },
];

export function sampleIdp(r: Rng, learner: SampleLearnerInput, parentName: string, asOf: IsoDate): SampleIdp {
  const name = learner.preferredName ?? learner.legalFirstName;
  // The second version's 12-month clock falls due around `asOf` (some due soon, some overdue); the review that
  // revised the first version came a week or two before it, about eleven months after the first was given.
  const secondGiven = addDays(asOf, -(300 + r.int(90)));
  const reviewDate = addDays(secondGiven, -(7 + r.int(14)));
  const firstGiven = addDays(reviewDate, -(330 + r.int(30)));
  const elements = r.sample(PROVISION, 3).map((p, i) => ({
    id: `prov-${i + 1}`, outcome: `${name} ${p.outcome}`, outcomeMeasure: p.measure, outcomeDate: addDays(firstGiven, 300), what: p.what,
    sessionsPerWeek: 1 + r.int(5), sessionMinutes: 15 + 5 * r.int(6), groupSize: r.pick(['1:1', '1:3', '1:6']), deliveredBy: p.by, qualification: '',
    location: r.pick(['Library', 'Nurture room', 'Classroom']), welsh: r.pick(['yes', 'no', 'bilingual'] as const), provider: 'school' as const, providerName: SCHOOL,
    startDate: addDays(firstGiven, 3), reviewOrEndDate: addDays(firstGiven, 180), endsThen: false, rationale: 'Recommended in the educational psychologist report.', differenceOfOpinion: '',
  }));
  const la = learner.status === 'ALN_IDP_LA';
  const administration = (start: IsoDate): IdpContent['administration'] => ({
    maintainedBy: la ? 'la' : 'school', organisation: la ? LA : SCHOOL, responsibleName: la ? 'Gareth Enghraifft' : 'Alys Enghraifft', responsibleRole: la ? 'ALN officer' : 'ALNCo',
    responsibleContact: 'aln@example.org', startDate: start, reviewTargetDate: addDays(start, 364), proposedReviewDate: addDays(start, 330),
  });
  const content: IdpContent = {
    coreDetails: {
      legalName: `${learner.legalFirstName} ${learner.legalLastName}`, preferredName: learner.preferredName ?? '', dateOfBirth: learner.dateOfBirth, upn: learner.upn ?? '',
      address: `${1 + r.int(90)} Heol Enghraifft`, setting: SCHOOL, localAuthority: 'Sir Enghraifft', homeLanguages: (learner.homeLanguages ?? []).join(', '),
      medium: learner.medium === 'cy' ? 'Welsh' : learner.medium === 'bilingual' ? 'Bilingual' : 'English', consent: 'notApplicable', consentDetails: '', capacityIssues: false, capacityDetails: '',
    },
    administration: administration(firstGiven),
    aboutMe: { sourceProfileId: null, sourceVersionNumber: null, pulledOn: addDays(firstGiven, -14), items: [
      { id: 'me-1', section: 'appreciation', text: 'Kind and patient with younger children', contributor: 'staff', firstPerson: false, importantFor: false },
      { id: 'me-2', section: 'importantTo', text: 'Playing football at break with my friends', contributor: 'learner', firstPerson: true, importantFor: false },
      { id: 'me-3', section: 'support', text: 'Show me one step at a time on a card', contributor: 'learner', firstPerson: true, importantFor: false },
    ] },
    views: [
      { id: 'view-1', who: 'learner', name, text: 'I like working with Miss because she waits for me.', date: addDays(firstGiven, -30), method: 'conversation', verbatim: true },
      { id: 'view-2', who: 'parent', name: parentName, text: 'We want more help with reading at home.', date: addDays(firstGiven, -28), method: 'meeting', verbatim: false },
    ],
    alnDescription: {
      needs: [{ id: 'need-1', needCode: learner.primaryNeed ?? null, description: `${name} finds reading and writing hard, so written work takes twice as long.`, whatThisMeansForMe: 'Long texts tire me and I lose my place.', diagnosis: '' }],
      reasonsForDecision: 'Two terms of targeted support raised attainment by much less than the target.',
    },
    provision: elements,
    otherProvision: { text: '' },
    laProvision: la ? [{ id: 'la-1', kind: 'namedSchool', institution: SCHOOL, details: 'Stays at the current school with the provision above.' }] : [],
    transition: { text: 'Moves to the next key stage with a planned transition.', actions: [{ id: 'act-1', action: 'Visit the new class with a key adult', owner: 'ALNCo', dueDate: addDays(firstGiven, 250) }] },
    reasons: [{ id: 'reason-1', decision: 'alnYes', text: 'Progress stayed well below the expected rate after two terms of targeted support.', disagreement: false, howWeighed: '' }],
    informationUsed: [{ id: 'info-1', title: 'Educational psychologist report', author: 'Dr Enghraifft', role: 'Educational psychologist', organisation: LA, date: addDays(firstGiven, -60), type: 'ep', attached: false }],
    timeline: [{ id: 'time-1', date: firstGiven, event: 'IDP given' }],
    appendices: [],
  };
  const record: ReviewRecord = {
    appreciation: 'Always first to help tidy up', importantNow: 'Seeing friends at break', importantFuture: 'Working with animals', bestSupport: 'One step at a time',
    perspectives: [{ id: 'p1', perspective: 'learner', working: 'Reading with a key adult', notWorking: 'The noisy hall at lunch' }],
    questions: '',
    actions: [{ id: 'a1', action: 'Share the new targets with all teachers', owner: 'ALNCo', dueDate: addDays(reviewDate, 14), status: 'done' }],
    elementOutcomes: elements.map((e, i) => ({ elementId: e.id, outcome: e.outcome, status: i === 0 ? 'met' : 'partlyMet', comment: '' })),
  };
  const newView = { id: 'view-9', who: 'learner' as const, name, text: 'I want to try the typing club.', date: addDays(asOf, -7), method: 'conversation' as const, verbatim: true };
  return { content, firstGiven, review: { date: reviewDate, record }, administration: administration(secondGiven), secondGiven, newView };
}
