/**
 * The IDP standard form (ALN Code 2021, Annex A; domain.md §2.3) as data: the sections in statutory order, their
 * headings in English and Welsh, and which of them the research could not verify. The editor's outline, the
 * quality checks and the Word export all read this list, so a heading corrected here is corrected everywhere
 * without touching code. `verified: false` marks headings to check against the published form (domain.md §10).
 */
export const IDP_FORM_CODE = 'WAL_IDP_ANNEX_A_2021';

export type IdpSectionId =
  | 'coreDetails'
  | 'administration'
  | 'aboutMe'
  | 'views'
  | 'alnDescription'
  | 'provision'
  | 'otherProvision'
  | 'laProvision'
  | 'transition'
  | 'reasons'
  | 'informationUsed'
  | 'timeline'
  | 'appendices';

export interface IdpSectionDef {
  id: IdpSectionId;
  /** The form's own numbering, where it has one. */
  key: string | null;
  /** The part of the form it belongs to (Section 1, 2, 3, 4), for the export's top-level headings. */
  part: 1 | 2 | 3 | 4 | 'appendix';
  heading: { en: string; cy: string };
  /** Whether every plan must fill it in; `laOnly` sections appear only in plans the LA maintains. */
  required: boolean;
  laOnly: boolean;
  verified: boolean;
}

export const IDP_PARTS: Record<IdpSectionDef['part'], { en: string; cy: string }> = {
  1: { en: 'Section 1: Core information and profile', cy: 'Adran 1: Gwybodaeth graidd a phroffil' },
  2: { en: 'Section 2: Additional learning needs and additional learning provision', cy: 'Adran 2: Anghenion dysgu ychwanegol a darpariaeth ddysgu ychwanegol' },
  3: { en: 'Section 3: Transition and other actions', cy: 'Adran 3: Pontio a chamau gweithredu eraill' },
  4: { en: 'Section 4: Information used and important dates', cy: "Adran 4: Gwybodaeth a ddefnyddiwyd a dyddiadau pwysig" },
  appendix: { en: 'Appendices', cy: 'Atodiadau' },
};

export const IDP_SECTIONS: readonly IdpSectionDef[] = [
  { id: 'coreDetails', key: '1A', part: 1, heading: { en: "1A: The learner's core details", cy: "1A: Manylion craidd y dysgwr" }, required: true, laOnly: false, verified: true },
  { id: 'administration', key: '1B', part: 1, heading: { en: '1B: Who maintains this plan, and its dates', cy: "1B: Pwy sy'n cynnal y cynllun hwn, a'i ddyddiadau" }, required: true, laOnly: false, verified: false },
  { id: 'aboutMe', key: '1C', part: 1, heading: { en: '1C: About me (profile)', cy: '1C: Amdanaf i (proffil)' }, required: true, laOnly: false, verified: true },
  { id: 'views', key: null, part: 1, heading: { en: 'Views, wishes and feelings', cy: 'Safbwyntiau, dymuniadau a theimladau' }, required: true, laOnly: false, verified: false },
  { id: 'alnDescription', key: '2A', part: 2, heading: { en: '2A: Description of additional learning needs', cy: '2A: Disgrifiad o anghenion dysgu ychwanegol' }, required: true, laOnly: false, verified: true },
  { id: 'provision', key: '2B', part: 2, heading: { en: '2B: Additional learning provision', cy: '2B: Darpariaeth ddysgu ychwanegol' }, required: true, laOnly: false, verified: true },
  { id: 'otherProvision', key: '2C', part: 2, heading: { en: '2C: Other provision', cy: '2C: Darpariaeth arall' }, required: false, laOnly: false, verified: false },
  { id: 'laProvision', key: '2D', part: 2, heading: { en: '2D: Provision the local authority secures (place, board and lodging)', cy: "2D: Darpariaeth y mae'r awdurdod lleol yn ei sicrhau (lle, bwrdd a llety)" }, required: false, laOnly: true, verified: true },
  { id: 'transition', key: '3', part: 3, heading: { en: 'Transition planning', cy: 'Cynllunio ar gyfer pontio' }, required: true, laOnly: false, verified: false },
  { id: 'reasons', key: null, part: 4, heading: { en: 'Reasons for decisions', cy: 'Rhesymau dros benderfyniadau' }, required: true, laOnly: false, verified: false },
  { id: 'informationUsed', key: '4', part: 4, heading: { en: 'Record of information used', cy: "Cofnod o'r wybodaeth a ddefnyddiwyd" }, required: true, laOnly: false, verified: false },
  { id: 'timeline', key: null, part: 4, heading: { en: 'Timeline of important dates', cy: 'Llinell amser o ddyddiadau pwysig' }, required: false, laOnly: false, verified: false },
  { id: 'appendices', key: null, part: 'appendix', heading: { en: 'Appendices', cy: 'Atodiadau' }, required: false, laOnly: false, verified: true },
];

/** The sections a plan shows: LA-only ones only when the LA maintains it. */
export function sectionsFor(maintainedBy: 'school' | 'fei' | 'la'): IdpSectionDef[] {
  return IDP_SECTIONS.filter((s) => !s.laOnly || maintainedBy === 'la');
}

/** The parts of each provision element (2B.1–2B.7), in order, with their labels. */
export const PROVISION_PARTS = [
  { key: '2B.1', id: 'outcome', heading: { en: 'Intended outcome', cy: "Canlyniad a fwriedir" } },
  { key: '2B.2', id: 'provision', heading: { en: 'The additional learning provision', cy: 'Y ddarpariaeth ddysgu ychwanegol' } },
  { key: '2B.3', id: 'welsh', heading: { en: 'Delivered in Welsh?', cy: "I'w darparu yn Gymraeg?" } },
  { key: '2B.4', id: 'provider', heading: { en: 'Who provides it', cy: "Pwy sy'n ei darparu" } },
  { key: '2B.5', id: 'start', heading: { en: 'Start date', cy: 'Dyddiad dechrau' } },
  { key: '2B.6', id: 'reviewOrEnd', heading: { en: 'Review or end date', cy: 'Dyddiad adolygu neu orffen' } },
  { key: '2B.7', id: 'rationale', heading: { en: 'Rationale', cy: 'Rhesymeg' } },
] as const;
