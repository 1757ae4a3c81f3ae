/**
 * The documents of a sample caseload, in the proportions the benchmark names (for 2,000 learners: 600 one-page
 * profiles, 300 OPP+ plans of 5 interventions, 150 IDPs of 3 versions, 500 learners with reviews, 1,000 photos).
 * Who gets what is chosen by exact quotas from a shuffled list, so the figures hold at any size, and by fit: IDPs
 * go first to learners whose status says they have one, OPP+ plans to those on targeted support, and every
 * learner with a plan has a profile. A separate seeded stream is used, so the learners themselves do not change.
 */
import { addDays, type IsoDate } from '../../../shared/rules/dates';
import type { ReviewFields, ReviewRecord } from '../../../shared/schemas/review';
import type { SampleLearner } from './generate';
import { sampleIdp, type SampleIdp } from './idp';
import { sampleOppPlus, type SampleOppPlus } from './opp-plus';
import { PHOTO_STYLES } from './photos';
import { rng, type Rng } from './random';
import type { z } from 'zod';
import type { ContributionMethod, ItemInput } from '../../../shared/schemas/profile';

export const SHARES = { profile: 0.3, oppPlus: 0.15, idp: 0.075, reviews: 0.25, photo: 0.5 } as const;

export interface SampleProfile {
  items: z.infer<typeof ItemInput>[];
  methods: z.infer<typeof ContributionMethod>[];
  /** Shows the register photo on the printed page (only for learners who have one). */
  usePhoto: boolean;
  nextUpdateDue: IsoDate;
}

/** A review: held (with its record) or still to come (record null). */
export interface SampleReview {
  fields: z.infer<typeof ReviewFields>;
  record: ReviewRecord | null;
}

export interface LearnerDocuments {
  /** A placeholder register photo (an index into the photo styles), or none. */
  photo: number | null;
  profile: SampleProfile | null;
  oppPlus: SampleOppPlus | null;
  idp: SampleIdp | null;
  reviews: SampleReview[];
}

type Base = Omit<SampleLearner, 'documents'>;

type Section = SampleProfile['items'][number]['section'];
const ITEMS: Record<Section, readonly (readonly ['learner' | 'parent' | 'staff', string])[]> = {
  appreciation: [['learner', 'I am good at drawing dragons'], ['parent', 'Kind and patient with the little ones at home'], ['staff', 'Always first to help tidy up'], ['learner', 'I can build anything out of Lego'], ['staff', 'A thoughtful member of the class council']],
  importantTo: [['learner', 'Football at break with my friends'], ['parent', 'Seeing Nain every Sunday'], ['learner', 'Feeding the hens on Saturdays'], ['staff', 'Knowing who will pick them up'], ['learner', 'My dog, Mot']],
  support: [['learner', 'A quiet warning five minutes before things change'], ['staff', 'Instructions one step at a time, written down'], ['parent', 'Time to talk about worries before bed'], ['learner', 'Sitting near the front'], ['staff', 'A movement break after 20 minutes']],
};

function profile(r: Rng, hasPhoto: boolean, asOf: IsoDate): SampleProfile {
  const items = (['appreciation', 'importantTo', 'support'] as const).flatMap((section) =>
    r.sample(ITEMS[section], 2 + r.int(2)).map(([contributor, text]) => ({ section, text, contributor, firstPerson: contributor === 'learner', importantFor: section === 'support' && contributor === 'staff' })),
  );
  return { items, methods: r.sample(['spoken', 'drawing', 'observation', 'written'] as const, 1 + r.int(2)), usePhoto: hasPhoto, nextUpdateDue: addDays(asOf, 30 + r.int(300)) };
}

const ACTIONS = ['Share the one-page profile with all teachers', 'Ask the SALT to visit', 'Send the reading games home', 'Try a quiet room at lunch on Fridays', 'Arrange a visit to the new class'];

function review(r: Rng, learner: Base, type: 'oppPlus' | 'opp' | 'transition', asOf: IsoDate): SampleReview {
  const held = r.chance(0.6);
  const date = held ? addDays(asOf, -(20 + r.int(180))) : addDays(asOf, 3 + r.int(50));
  const parent = learner.contacts[0]!;
  const fields: SampleReview['fields'] = {
    type, date, time: `${String(9 + r.int(6)).padStart(2, '0')}:${r.pick(['00', '30'])}`, place: r.pick(['ALNCo office', 'Library', 'Meeting room 2']), online: r.chance(0.15),
    facilitator: 'Alys Enghraifft', language: learner.learner.medium === 'cy' ? 'cy' : 'en',
    invitees: [
      { id: 'i1', kind: 'learner', refId: null, name: learner.learner.preferredName ?? learner.learner.legalFirstName, role: 'Learner', attendance: held ? 'attended' : 'invited' },
      { id: 'i2', kind: 'other', refId: null, name: parent.name, role: 'Parent or carer', attendance: held ? r.pick(['attended', 'sentViews'] as const) : 'invited' },
    ],
  };
  if (!held) return { fields, record: null };
  // One action done, one open and due either side of `asOf`: the due panel shows both overdue and coming actions.
  const [done, open] = r.sample(ACTIONS, 2);
  const record: ReviewRecord = {
    appreciation: 'Kind to the younger ones', importantNow: 'Playing with friends at break', importantFuture: 'Going to the big school with friends', bestSupport: 'Calm, clear steps',
    perspectives: [{ id: 'p1', perspective: 'learner', working: 'Small-group reading', notWorking: 'The noisy hall at lunch' }, { id: 'p2', perspective: 'family', working: 'Reading together at bedtime', notWorking: '' }],
    questions: '',
    actions: [
      { id: 'a1', action: done!, owner: 'ALNCo', dueDate: addDays(date, 14), status: 'done' },
      { id: 'a2', action: open!, owner: 'Class teacher', dueDate: addDays(asOf, r.chance(0.5) ? -(3 + r.int(25)) : 5 + r.int(40)), status: 'open' },
    ],
    elementOutcomes: [],
  };
  return { fields, record };
}

/** `n` learner indices: those `preferred` first (shuffled), then the rest, none from `taken`. */
function choose(r: Rng, learners: Base[], n: number, preferred: (l: Base, i: number) => boolean, taken: Set<number> = new Set()): Set<number> {
  const free = learners.map((_, i) => i).filter((i) => !taken.has(i));
  const first = free.filter((i) => preferred(learners[i]!, i));
  const rest = free.filter((i) => !preferred(learners[i]!, i));
  return new Set([...r.sample(first, first.length), ...r.sample(rest, rest.length)].slice(0, n));
}

export function generateDocuments(learners: Base[], staffCount: number, seed: number, asOf: IsoDate): LearnerDocuments[] {
  const r = rng((seed ^ 0x5eed_d0c5) >>> 0);
  const quota = (share: number) => Math.round(learners.length * share);
  const idp = choose(r, learners, quota(SHARES.idp), (l) => l.learner.status === 'ALN_IDP_SCHOOL' || l.learner.status === 'ALN_IDP_LA');
  const opp = choose(r, learners, quota(SHARES.oppPlus), (l) => l.learner.status === 'OPP_PLUS_TARGETED', idp);
  const profiles = choose(r, learners, quota(SHARES.profile), (_, i) => idp.has(i) || opp.has(i));
  const reviews = choose(r, learners, quota(SHARES.reviews), (_, i) => idp.has(i) || opp.has(i));
  const photos = choose(r, learners, quota(SHARES.photo), () => true);
  return learners.map((l, i): LearnerDocuments => {
    const photo = photos.has(i) ? r.int(PHOTO_STYLES) : null;
    const plan = idp.has(i) ? sampleIdp(r, l.learner, l.contacts[0]!.name, asOf) : null;
    const otherReview = reviews.has(i) && !plan ? [review(r, l, opp.has(i) ? 'oppPlus' : r.pick(['opp', 'transition'] as const), asOf)] : [];
    return {
      photo,
      profile: profiles.has(i) ? profile(r, photo !== null, asOf) : null,
      oppPlus: opp.has(i) ? sampleOppPlus(r, staffCount, asOf) : null,
      idp: plan,
      reviews: otherReview,
    };
  });
}
