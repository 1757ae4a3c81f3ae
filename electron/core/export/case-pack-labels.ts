/**
 * The words of the LA case pack, in English and Welsh (domain.md §2.2): the cover sheet, each reason in plain
 * words with its statutory basis, the parts, and the contacts. The plan inside the pack speaks through its own
 * labels (shared/forms/idp-labels.ts); the views and the record of information used keep the form's headings.
 */
import type { Pair } from '../../../shared/forms/idp-labels';
import type { Relationship } from '../../../shared/schemas/contact';
import { RELATIONSHIP_LABELS } from './register-labels';

const p = (en: string, cy: string): Pair => ({ en, cy });
// The Welsh follows "o" (of), which softens "Deddf" to "Ddeddf".
const ACT = p('the Additional Learning Needs and Education Tribunal (Wales) Act 2018', "Ddeddf Anghenion Dysgu Ychwanegol a'r Tribiwnlys Addysg (Cymru) 2018");

export type CasePackReason = 'referral' | 'reconsideration' | 'takeover';

export const CASE_PACK = {
  title: p('Case pack for the local authority', "Pecyn achos i'r awdurdod lleol"),
  fileLabel: p('case pack for the LA', "pecyn achos i'r ALl"),
  cover: p('Cover sheet', 'Taflen glawr'),
  to: p('To', 'At'),
  from: p('From', 'Oddi wrth'),
  date: p('Date', 'Dyddiad'),
  learner: p('Learner', 'Dysgwr'),
  reason: p('Reason', 'Rheswm'),
  basis: p('Statutory basis', 'Sail statudol'),
  purpose: p('Purpose', 'Diben'),
  statement: p("The school's statement", 'Datganiad yr ysgol'),
  contents: p('Contents', 'Cynnwys'),
  part: p('Part {n}', 'Rhan {n}'),
  plan: p('Individual Development Plan', 'Cynllun Datblygu Unigol'),
  planIssued: p('version {n}, given {date}', 'fersiwn {n}, a roddwyd {date}'),
  planDraft: p('version {n}, DRAFT – not yet issued', "fersiwn {n}, DRAFFT – heb ei roi eto"),
  planCeased: p('version {n}, given {date}, ceased {ceased}', 'fersiwn {n}, a roddwyd {date}, daeth i ben {ceased}'),
  history: p('OPP+ intervention history, with measures and impact', 'Hanes ymyriadau OPP+, gyda mesuriadau ac effaith'),
  contacts: p('Contacts', 'Cysylltiadau'),
  packDate: p('Case pack {date}', 'Pecyn achos {date}'),
  coordinator: p('Coordinator', 'Cydlynydd'),
  noPlan: p('There is no Individual Development Plan for this learner yet.', 'Nid oes Cynllun Datblygu Unigol ar gyfer y dysgwr hwn eto.'),
  noProfessionals: p("No professionals are recorded on the learner's contacts.", "Nid oes gweithwyr proffesiynol wedi'u cofnodi yng nghysylltiadau'r dysgwr."),
  columns: {
    name: p('Name', 'Enw'),
    role: p('Role', 'Rôl'),
    organisation: p('Organisation', 'Sefydliad'),
    contact: p('How to contact them', 'Sut i gysylltu â nhw'),
  },
};

/** Why the case goes to the LA, said plainly, with the section of the Act it rests on. */
export const REASONS: Record<CasePackReason, { short: Pair; basis: Pair; plain: Pair }> = {
  referral: {
    short: p('Referral to the local authority to decide', "Atgyfeirio i'r awdurdod lleol benderfynu"),
    basis: p(`Section 12(2) of ${ACT.en}`, `Adran 12(2) o ${ACT.cy}`),
    plain: p(
      "The school cannot properly decide the nature or extent of the learner's additional learning needs, or the provision they call for, or that provision may not be reasonable for the school to secure. The school asks the local authority to decide.",
      "Ni all yr ysgol benderfynu'n iawn natur neu raddau anghenion dysgu ychwanegol y dysgwr, na'r ddarpariaeth sydd ei hangen, neu efallai na fyddai'n rhesymol i'r ysgol sicrhau'r ddarpariaeth honno. Mae'r ysgol yn gofyn i'r awdurdod lleol benderfynu.",
    ),
  },
  reconsideration: {
    short: p('Reconsideration by the local authority', 'Ailystyried gan yr awdurdod lleol'),
    basis: p(`Sections 26 and 27 of ${ACT.en}`, `Adrannau 26 a 27 o ${ACT.cy}`),
    plain: p(
      "The child, their parent or the young person has asked the local authority to look again at the school's decision about additional learning needs, or at the school's plan. This pack gives the school's representations.",
      "Mae'r plentyn, ei riant neu'r person ifanc wedi gofyn i'r awdurdod lleol edrych eto ar benderfyniad yr ysgol am anghenion dysgu ychwanegol, neu ar gynllun yr ysgol. Mae'r pecyn hwn yn rhoi sylwadau'r ysgol.",
    ),
  },
  takeover: {
    short: p('Request that the local authority takes over the plan', "Cais i'r awdurdod lleol gymryd y cynllun drosodd"),
    basis: p(`Section 28 of ${ACT.en}`, `Adran 28 o ${ACT.cy}`),
    plain: p(
      "The local authority is asked to maintain the learner's individual development plan instead of the school.",
      "Gofynnir i'r awdurdod lleol gynnal cynllun datblygu unigol y dysgwr yn lle'r ysgol.",
    ),
  },
};

/** The contacts a case pack lists: the professionals involved (parents and carers are not sent), as the register names them. */
const PROFESSIONAL_KEYS = ['SOCIAL_WORKER', 'ADVOCATE', 'IRO', 'EP', 'SALT', 'OT', 'CAMHS', 'HEALTH_VISITOR', 'SCHOOL_NURSE'] as const;
export const PROFESSIONALS: Partial<Record<Relationship, Pair>> = {
  ...Object.fromEntries(PROFESSIONAL_KEYS.map((k) => [k, RELATIONSHIP_LABELS[k]])),
  OTHER_PROFESSIONAL: p('Professional', 'Gweithiwr proffesiynol'),
};
