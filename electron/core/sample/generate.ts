/**
 * Fictional learners for demos, tests and benchmarks: deterministic (the output depends only on count, seed and
 * asOf), Welsh and English first names and surnames, dates of birth that fit the year group on `asOf`, valid UPNs
 * with the right check letter, a caseload-like spread of statuses and need codes (from the seeded WAL_NEED_TYPE
 * list), some preferred names, notes and contacts. Every person here is made up; phone numbers are from Ofcom's
 * drama range and e-mail addresses use example.org. Each learner's documents (documents.ts) come from a separate
 * seeded stream; seed.ts writes the whole sample through the services.
 */
import type { z } from 'zod';
import { addDays, todayIso, type IsoDate } from '../../../shared/rules/dates';
import { upnCheckLetter } from '../../../shared/rules/upn';
import { CreateContactInput } from '../../../shared/schemas/contact';
import { CreateLearnerInput, type LearnerStatus } from '../../../shared/schemas/learner';
import { createContact } from '../services/contacts';
import { createLearner } from '../services/learners';
import type { Session } from '../services/session';
import { createStaff } from '../services/staff-and-codes';
import { generateDocuments, type LearnerDocuments } from './documents';
import { mulberry32 } from './random';

export type SampleLearnerInput = z.input<typeof CreateLearnerInput>;
export type SampleContactInput = Omit<z.input<typeof CreateContactInput>, 'learnerId'>;

export interface SampleLearner {
  learner: SampleLearnerInput;
  /** Index into `Sample.staff` of the key worker, or null (ids only exist once the staff are created). */
  keyWorker: number | null;
  contacts: SampleContactInput[];
  /** Photo, profile, OPP+ plan, IDP versions and reviews (see documents.ts). */
  documents: LearnerDocuments;
}

export interface Sample {
  asOf: IsoDate;
  staff: { name: string; role: string }[];
  learners: SampleLearner[];
}

export interface SampleOptions {
  count: number;
  seed: number;
  /** The day the year groups and statutory dates are relative to (default: today). */
  asOf?: IsoDate;
}

export { mulberry32 } from './random';

const FIRST_NAMES = [
  'Siân', 'Rhiannon', 'Gwenllïan', 'Cerys', 'Ffion', 'Elin', 'Lowri', 'Mabli', 'Alaw', 'Seren', 'Efa', 'Nia', 'Catrin', 'Heledd',
  'Dafydd', 'Gruffudd', 'Rhodri', 'Osian', 'Iolo', 'Tomos', 'Llŷr', 'Macsen', 'Cai', 'Deio', 'Emyr', 'Gethin', 'Ioan', 'Steffan',
  'Amelia', 'Isla', 'Ava', 'Freya', 'Poppy', 'Ruby', 'Evie', 'Grace', 'Elizabeth', 'Zofia', 'Amira', 'Chloe',
  'Oliver', 'Harry', 'Jack', 'George', 'Noah', 'Leo', 'Oscar', 'Alfie', 'Arthur', 'Alexander', 'Thomas', 'Kacper', 'Yusuf', 'Reuben',
] as const;
const PREFERRED: Record<string, string> = {
  Rhiannon: 'Rhi', Gwenllïan: 'Gwen', Catrin: 'Cat', Dafydd: 'Dai', Gruffudd: 'Gruff', Tomos: 'Twm', Steffan: 'Steff',
  Elizabeth: 'Libby', Alexander: 'Alex', Thomas: 'Tom', Oliver: 'Ollie', Amelia: 'Millie', Kacper: 'Kuba',
};
const SURNAMES = [
  'Jones', 'Williams', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Hughes', 'Lewis', 'Morgan', 'Griffiths', 'Owen', 'Price',
  'Pritchard', 'Rees', 'Parry', 'Lloyd', 'Vaughan', 'Prosser', 'Bevan', 'Powell', 'Jenkins', 'ap Dafydd', 'Llywelyn', 'Tudur',
  'Smith', 'Taylor', 'Brown', 'Wilson', 'Walker', 'Wright', 'Green', 'Hall', 'Wood', 'Clarke', 'Baker', 'Turner',
  'Kowalski', 'Nowak', 'Hussain', 'Okafor',
] as const;
const STAFF = [
  { name: 'Bethan Ifans', role: 'Teaching assistant' },
  { name: 'Mark Howells', role: 'Class teacher' },
  { name: 'Nerys Puw', role: 'Learning support teacher' },
  { name: 'Sarah Collins', role: 'Teaching assistant' },
  { name: 'Huw Bowen', role: 'Head of year' },
];

/** [value, weight] pairs: the shape of a typical caseload rather than of the whole school. */
const STATUSES: [LearnerStatus, number][] = [
  ['UNIVERSAL_OPP', 34], ['OPP_PLUS_TARGETED', 26], ['UNDER_CONSIDERATION', 9], ['ALN_IDP_SCHOOL', 18], ['ALN_IDP_LA', 6],
  ['NO_ALN_NOTIFIED', 3], ['IDP_CEASED', 2], ['NONE', 2],
];
/** Codes of the WAL_NEED_TYPE list seeded by migration 0002. */
const NEEDS: [string, number][] = [
  ['SLCD', 16], ['BESD', 14], ['ASD', 13], ['MLD', 12], ['DYSLEXIA', 10], ['ADHD', 9], ['GLD', 6], ['PMED', 5], ['DYSPRAXIA', 4],
  ['DYSCALCULIA', 3], ['SLD', 3], ['HI', 2], ['VI', 2], ['PMLD', 1], ['MSI', 1],
];
const YEAR_GROUPS: [string, number][] = [
  ['N2', 2], ['R', 5], ...Array.from({ length: 11 }, (_, i): [string, number] => [String(i + 1), 9]), ['12', 3], ['13', 2],
];
const LANGUAGES: [string[], number][] = [[['English'], 55], [['Welsh'], 20], [['Welsh', 'English'], 15], [['Polish'], 4], [['Arabic'], 3], [['Urdu'], 3]];
const AGENCIES = ['Educational psychology', 'Speech and language therapy', 'Occupational therapy', 'CAMHS', 'School nurse', 'Social services'];
const NOTES = [
  'Responds well to visual timetables and a calm start to the day.',
  'Finds transitions between lessons hard; a five-minute warning helps.',
  'Enjoys Lego club and the trampoline sessions on Fridays.',
  'Reading age about two years below chronological age; phonics catch-up in place.',
  'Uses a writing slope and pencil grip; typing is encouraged for longer pieces.',
  'Needs movement breaks; a fidget tool is agreed with all teachers.',
  'Prefers to sit near the front; hearing aids checked each morning.',
  'Anxious about assemblies; may join at the back with a trusted adult.',
];

// UPN: check letter, LA number, establishment number, two-digit year of allocation, three-digit serial (a fictional school).
const LA = '672';
const ESTABLISHMENT = 2051;

function academicYearStart(asOf: IsoDate): number {
  const [y, m] = asOf.split('-').map(Number) as [number, number];
  return m >= 9 ? y : y - 1;
}

/** A year group's birth window on `asOf`: Reception starts the September after a child turns 4. */
function birthWindow(yearGroup: string, ayStart: number): [IsoDate, IsoDate] {
  const offset = yearGroup === 'N1' ? -2 : yearGroup === 'N2' ? -1 : yearGroup === 'R' ? 0 : Number(yearGroup);
  const from = ayStart - 5 - offset;
  return [`${from}-09-01`, `${from + 1}-08-31`];
}

export function generateSample(options: SampleOptions): Sample {
  const asOf = options.asOf ?? todayIso();
  const rnd = mulberry32(options.seed);
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  const chance = (p: number) => rnd() < p;
  const weighted = <T>(items: [T, number][]): T => {
    let r = rnd() * items.reduce((n, [, w]) => n + w, 0);
    for (const [v, w] of items) if ((r -= w) < 0) return v;
    return items[items.length - 1]![0];
  };
  const ayStart = academicYearStart(asOf);
  const serials = new Map<string, number>();
  const phone = () => `07700 900${String(int(1000)).padStart(3, '0')}`;

  const learners = Array.from({ length: options.count }, (_, i): Omit<SampleLearner, 'documents'> => {
    const first = pick(FIRST_NAMES);
    const last = pick(SURNAMES);
    const yearGroup = weighted(YEAR_GROUPS);
    const [from, to] = birthWindow(yearGroup, ayStart);
    const dateOfBirth = addDays(from, int(Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000) + 1));
    const status = weighted(STATUSES);
    const languages = weighted(LANGUAGES);
    const hasNeed = status !== 'NONE' && (status !== 'UNIVERSAL_OPP' || chance(0.6));
    const primaryNeed = hasNeed ? weighted(NEEDS) : null;
    const secondaryNeeds = primaryNeed && chance(0.35) ? [weighted(NEEDS)].filter((c) => c !== primaryNeed) : [];
    // A UPN is allocated on entry to school; serials count per year of allocation, moving on a school when full.
    let upn: string | null = null;
    if (yearGroup !== 'N2' && chance(0.95)) {
      const allocated = String((ayStart - (yearGroup === 'R' ? 0 : Number(yearGroup))) % 100).padStart(2, '0');
      const serial = serials.get(allocated) ?? 0;
      serials.set(allocated, serial + 1);
      const body = `${LA}${ESTABLISHMENT + Math.floor(serial / 1000)}${allocated}${String(serial % 1000).padStart(3, '0')}`;
      upn = `${upnCheckLetter(body)}${body}`;
    }
    const learner: SampleLearnerInput = {
      legalFirstName: first,
      legalLastName: last,
      preferredName: PREFERRED[first] && chance(0.6) ? PREFERRED[first] : null,
      dateOfBirth,
      upn,
      yearGroup: yearGroup as SampleLearnerInput['yearGroup'],
      registrationGroup: yearGroup === 'N2' ? null : `${yearGroup}${pick(['B', 'G', 'H', 'M'])}`,
      medium: languages.includes('Welsh') ? (chance(0.7) ? 'cy' : 'bilingual') : chance(0.1) ? 'bilingual' : 'en',
      homeLanguages: languages,
      lookedAfter: chance(0.03),
      eal: !languages.some((l) => l === 'English' || l === 'Welsh'),
      status,
      dutyToDecideFrom: status === 'UNDER_CONSIDERATION' ? addDays(asOf, -int(90)) : null,
      idpDateGiven: status.startsWith('ALN_IDP') ? addDays(asOf, -int(420)) : null,
      primaryNeed,
      secondaryNeeds,
      agencies: hasNeed && chance(0.4) ? [pick(AGENCIES)] : [],
      notes: chance(0.5) ? `${pick(NOTES)}${chance(0.3) ? ` ${pick(NOTES)}` : ''}` : null,
    };
    const parentFirst = pick(FIRST_NAMES);
    const contacts: SampleContactInput[] = [
      {
        name: `${parentFirst} ${chance(0.8) ? last : pick(SURNAMES)}`,
        relationship: pick(['MOTHER', 'FATHER', 'PARENT', 'CARER'] as const),
        phone: phone(),
        email: chance(0.7) ? `parent${i + 1}@example.org` : null,
        parentalResponsibility: true,
        preferredLanguage: learner.medium === 'cy' ? 'cy' : 'en',
        receivesCopies: true,
      },
    ];
    if (hasNeed && chance(0.3)) {
      contacts.push({ name: `${pick(FIRST_NAMES)} ${pick(SURNAMES)}`, relationship: pick(['EP', 'SALT', 'OT'] as const), organisation: 'County support service', phone: phone() });
    }
    return { learner, keyWorker: hasNeed && chance(0.7) ? int(STAFF.length) : null, contacts };
  });
  const documents = generateDocuments(learners, STAFF.length, options.seed, asOf);
  return { asOf, staff: STAFF.map((s) => ({ ...s })), learners: learners.map((l, i) => ({ ...l, documents: documents[i]! })) };
}

/**
 * Loads a sample into an unlocked session through the real services (the same rules, transactions and audit
 * entries as the app), after parsing every input with the contract's schemas as dispatch would.
 */
export async function loadSample(s: Session, sample: Sample): Promise<{ staffIds: string[]; learnerIds: string[] }> {
  const staffIds: string[] = [];
  for (const member of sample.staff) staffIds.push((await createStaff(s, member.name, member.role)).id);
  const learnerIds: string[] = [];
  for (const item of sample.learners) {
    const keyWorkerId = item.keyWorker === null ? null : (staffIds[item.keyWorker] ?? null);
    const { id } = await createLearner(s, CreateLearnerInput.parse({ ...item.learner, keyWorkerId }));
    for (const contact of item.contacts) {
      const { learnerId, ...fields } = CreateContactInput.parse({ ...contact, learnerId: id });
      await createContact(s, learnerId, fields);
    }
    learnerIds.push(id);
  }
  return { staffIds, learnerIds };
}
