/**
 * The words of an exported or printed IDP besides its statutory headings (those are the form's own, in
 * idp-annex-a.ts): field labels, the words for each choice, the page header and footer. Each is written once, in
 * English and Welsh, as a pair; `say` picks the language asked for, or gives both ("English / Cymraeg").
 * The Word export (electron/core/export/idp-docx.ts) and the print view (renderer/src/features/print) both read
 * them through the sheet (shared/rules/idp-sheet.ts), so the paper and the document say the same thing.
 */
export type HeadingMode = 'en' | 'cy' | 'bilingual';
export interface Pair {
  en: string;
  cy: string;
}

/**
 * A pair in the language asked for. Bilingual gives English, then Welsh, on one line; when both begin with the
 * same key ("2B.1: …", "1A: …") the key is said once.
 */
export function say(pair: Pair, mode: HeadingMode): string {
  if (mode !== 'bilingual') return pair[mode];
  if (pair.en === pair.cy) return pair.en;
  // A form key is a number with a letter ("1A: ", "2B.1 ") or a number and a colon ("3: "); "2 × 25 min" has none.
  const key = /^([0-9]+(?:[A-Z](?:\.[0-9]+)?:?|:) )/.exec(pair.en)?.[1];
  const cy = key && pair.cy.startsWith(key) ? pair.cy.slice(key.length) : pair.cy;
  return `${pair.en} / ${cy}`;
}

/** Fills `{name}` placeholders (the values are ours: dates and numbers, never user text). */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}

/** `say` with placeholders filled in both languages first. */
export type Say = (pair: Pair, values?: Record<string, string | number>) => string;
export const sayer =
  (mode: HeadingMode): Say =>
  (pair, values = {}) =>
    say({ en: fill(pair.en, values), cy: fill(pair.cy, values) }, mode);

export const p = (en: string, cy: string): Pair => ({ en, cy });

export const IDP_WORDS = {
  title: p('Individual Development Plan', 'Cynllun Datblygu Unigol'),
  fileLabel: p('IDP', 'CDU'),
  fileVersion: p('version {n}', 'fersiwn {n}'),
  fileDraft: p('draft', 'drafft'),
  /** The protective marking (Government Security Classifications) at the top of every page. */
  marking: p('OFFICIAL-SENSITIVE', 'SWYDDOGOL-SENSITIF'),
  version: p('Version', 'Fersiwn'),
  dateGiven: p('Date given', 'Dyddiad ei roi'),
  draft: p('Draft – not yet issued', 'Drafft – heb ei roi eto'),
  draftBanner: p('DRAFT: this plan has not been issued yet.', "DRAFFT: nid yw'r cynllun hwn wedi'i roi eto."),
  superseded: p('This version has been replaced by a later one.', "Mae fersiwn ddiweddarach wedi disodli'r fersiwn hon."),
  ceased: p('This plan stopped being maintained on {date}.', 'Peidiwyd â chynnal y cynllun hwn ar {date}.'),
  page: p('Page', 'Tudalen'),
  of: p('of', 'o'),
  nothingRecorded: p('Nothing recorded in this section.', "Dim byd wedi'i gofnodi yn yr adran hon."),
  notRecorded: p('Not recorded', 'Heb ei gofnodi'),
  yes: p('Yes', 'Ie'),
  no: p('No', 'Na'),
  none: p('None recorded', "Dim wedi'i gofnodi"),
};

export const CORE_LABELS = {
  legalName: p('Full legal name', 'Enw cyfreithiol llawn'),
  preferredName: p('Preferred name', 'Enw dewisol'),
  dateOfBirth: p('Date of birth', 'Dyddiad geni'),
  upn: p('Unique pupil number (UPN)', 'Rhif disgybl unigryw (UPN)'),
  address: p('Address', 'Cyfeiriad'),
  setting: p('School or setting', 'Ysgol neu leoliad'),
  localAuthority: p('Local authority', 'Awdurdod lleol'),
  homeLanguages: p('Home languages', 'Ieithoedd y cartref'),
  medium: p('Language of teaching', 'Iaith addysgu'),
  consent: p("Young person's consent", 'Cydsyniad y person ifanc'),
  consentDetails: p('About consent', 'Manylion am gydsyniad'),
  capacityIssues: p('Any question about capacity?', 'Unrhyw gwestiwn am alluedd?'),
  capacityDetails: p('About capacity', 'Manylion am alluedd'),
};

export const CONSENT = {
  notApplicable: p('Not applicable (not a young person)', "Amherthnasol (nid yw'n berson ifanc)"),
  given: p('Given', "Wedi'i roi"),
  notGiven: p('Not given', 'Heb ei roi'),
};

export const ADMIN_LABELS = {
  maintainedBy: p('Who maintains the plan', "Pwy sy'n cynnal y cynllun"),
  organisation: p('Organisation', 'Sefydliad'),
  responsible: p('Named person responsible', "Y person a enwir sy'n gyfrifol"),
  responsibleContact: p('How to contact them', 'Sut i gysylltu â nhw'),
  startDate: p('Start date of the plan', "Dyddiad dechrau'r cynllun"),
  reviewTargetDate: p('Review by', 'Adolygu erbyn'),
  proposedReviewDate: p('Proposed review date', 'Dyddiad adolygu arfaethedig'),
};

export const MAINTAINERS = {
  school: p('The school', 'Yr ysgol'),
  fei: p('The further education college', 'Y coleg addysg bellach'),
  la: p('The local authority', 'Yr awdurdod lleol'),
};

export const ABOUT_ME = {
  groups: {
    appreciation: p('What people like and admire about me', "Beth mae pobl yn ei hoffi a'i edmygu amdanaf i"),
    importantTo: p('What is important to me', "Beth sy'n bwysig i mi"),
    support: p('How best to support me', 'Sut i fy nghefnogi orau'),
  },
  saidBy: p('said by', 'dywedwyd gan'),
  importantFor: p('important for me', 'pwysig ar fy nghyfer i'),
  photoOf: p('Photo of {name}', 'Llun o {name}'),
  fromProfile: p('Taken from the one-page profile (version {n}) on {date}.', "Wedi'i gymryd o'r proffil un dudalen (fersiwn {n}) ar {date}."),
};

export const CONTRIBUTORS = {
  learner: p('the learner', 'y dysgwr'),
  parent: p('a parent or carer', 'rhiant neu ofalwr'),
  staff: p('school staff', 'staff yr ysgol'),
  professional: p('a professional', 'gweithiwr proffesiynol'),
  colleague: p('a colleague', 'cydweithiwr'),
};

export const VIEW_LABELS = {
  who: p('Whose view', 'Safbwynt pwy'),
  when: p('When and how', 'Pryd a sut'),
  text: p('What they said', 'Beth ddywedon nhw'),
  verbatim: p('in their own words', 'yn eu geiriau eu hunain'),
  summary: p('summarised', 'crynodeb'),
  whoValues: {
    learner: p('The learner', 'Y dysgwr'),
    parent: p('Parent or carer', 'Rhiant neu ofalwr'),
    staff: p('School staff', 'Staff yr ysgol'),
    professional: p('Professional', 'Gweithiwr proffesiynol'),
    colleague: p('Colleague', 'Cydweithiwr'),
  },
  methods: {
    conversation: p('conversation', 'sgwrs'),
    questionnaire: p('questionnaire', 'holiadur'),
    drawing: p('drawing', 'llun'),
    symbols: p('symbols', 'symbolau'),
    aac: p('communication aid (AAC)', 'cymorth cyfathrebu (AAC)'),
    video: p('video', 'fideo'),
    observation: p('observation', 'arsylwi'),
    meeting: p('meeting', 'cyfarfod'),
    other: p('other', 'arall'),
  },
};

export const NEED_LABELS = {
  need: p('Need {n}', 'Angen {n}'),
  description: p('The need and its impact on learning', "Yr angen a'i effaith ar ddysgu"),
  whatThisMeansForMe: p('What this means for me', "Beth mae hyn yn ei olygu i mi"),
  diagnosis: p('Diagnosis', 'Diagnosis'),
  reasonsForDecision: p('Why the learner has been found to have ALN', 'Pam y penderfynwyd bod gan y dysgwr ADY'),
};

export const ELEMENT_LABELS = {
  element: p('Provision element {n}', "Elfen {n} o'r ddarpariaeth"),
  outcomeMeasure: p('How it will be measured', 'Sut y caiff ei fesur'),
  outcomeDate: p('By when', 'Erbyn pryd'),
  sessionsPerWeek: p('Sessions a week', "Sesiynau'r wythnos"),
  sessionMinutes: p('Minutes a session', 'Munudau bob sesiwn'),
  timeAWeek: p('Time a week', 'Amser yr wythnos'),
  /** "3 × 20 min a week = 1 h a week": {total} is said in the language's own units (HOURS_MINUTES). */
  timeAWeekValue: p('{sessions} × {minutes} min a week = {total} a week', '{sessions} × {minutes} munud yr wythnos = {total} yr wythnos'),
  groupSize: p('Group size or ratio', "Maint y grŵp neu'r gymhareb"),
  deliveredBy: p('Delivered by', "Yn cael ei darparu gan"),
  qualification: p('Their training or qualification', 'Eu hyfforddiant neu gymhwyster'),
  location: p('Where', 'Ble'),
  reviewOn: p('Review on {date}', 'Adolygu ar {date}'),
  endsOn: p('Ends on {date}', 'Yn dod i ben ar {date}'),
  differenceOfOpinion: p('Difference of opinion, and how it was weighed', "Gwahaniaeth barn, a sut y cafodd ei bwyso"),
  welsh: { yes: p('Yes – in Welsh', 'Ie – yn Gymraeg'), no: p('No', 'Na'), bilingual: p('Bilingually (Welsh and English)', 'Yn ddwyieithog (Cymraeg a Saesneg)') },
  providers: {
    school: p('School', 'Ysgol'),
    fei: p('Further education college', 'Coleg addysg bellach'),
    la: p('Local authority', 'Awdurdod lleol'),
    nhs: p('NHS body', 'Corff GIG'),
    other: p('Other', 'Arall'),
  },
};

export const LA_LABELS = {
  kind: p('What is secured', "Beth sy'n cael ei sicrhau"),
  institution: p('School or institution', 'Ysgol neu sefydliad'),
  details: p('Details', 'Manylion'),
  kinds: {
    namedSchool: p('A maintained school named for admission (s.48)', "Ysgol a gynhelir wedi'i henwi ar gyfer derbyn (a.48)"),
    placeAtInstitution: p('A place at a particular school or institution', 'Lle mewn ysgol neu sefydliad penodol'),
    boardAndLodging: p('Board and lodging', 'Bwrdd a llety'),
  },
};

export const ACTION_LABELS = {
  actions: p('Actions', 'Camau gweithredu'),
  action: p('Action', 'Cam gweithredu'),
  owner: p('Who', 'Pwy'),
  dueDate: p('By when', 'Erbyn pryd'),
};

export const REASON_LABELS = {
  decision: p('Decision', 'Penderfyniad'),
  text: p('Reasons', 'Rhesymau'),
  disagreement: p('Difference of opinion, and how it was weighed', 'Gwahaniaeth barn, a sut y cafodd ei bwyso'),
  decisions: {
    alnYes: p('The learner has ALN', 'Mae gan y dysgwr ADY'),
    alp: p('The provision', 'Y ddarpariaeth'),
    welshProvision: p('Provision in Welsh', 'Darpariaeth yn Gymraeg'),
    placement: p('Placement', 'Lleoliad'),
    other: p('Other', 'Arall'),
  },
};

export const SOURCE_LABELS = {
  title: p('Document', 'Dogfen'),
  author: p('Author and role', 'Awdur a rôl'),
  organisation: p('Organisation', 'Sefydliad'),
  date: p('Date', 'Dyddiad'),
  type: p('Type', 'Math'),
  attached: p('Attached', "Wedi'i atodi"),
  types: {
    ep: p('Educational psychology', 'Seicoleg addysg'),
    salt: p('Speech and language therapy', 'Therapi lleferydd ac iaith'),
    ot: p('Occupational therapy', 'Therapi galwedigaethol'),
    physio: p('Physiotherapy', 'Ffisiotherapi'),
    medical: p('Medical', 'Meddygol'),
    camhs: p('Child and adolescent mental health (CAMHS)', 'Iechyd meddwl plant a phobl ifanc (CAMHS)'),
    schoolAssessment: p('School assessment', 'Asesiad ysgol'),
    parentReport: p("Parent's report", 'Adroddiad rhiant'),
    learnerViews: p("Learner's views", "Safbwyntiau'r dysgwr"),
    privateReport: p('Private report', 'Adroddiad preifat'),
    other: p('Other', 'Arall'),
  },
};

export const TIMELINE_LABELS = { date: p('Date', 'Dyddiad'), event: p('What happened', 'Beth ddigwyddodd') };

export const APPENDIX_LABELS = {
  title: p('Title', 'Teitl'),
  kind: p('Kind', 'Math'),
  note: p('Note', 'Nodyn'),
  kinds: {
    interimTargets: p('Interim targets', 'Targedau interim'),
    report: p('Report', 'Adroddiad'),
    healthcarePlan: p('Individual healthcare plan', 'Cynllun gofal iechyd unigol'),
    other: p('Other', 'Arall'),
  },
};

/** "1 h 30 min", "45 min", "2 h" (OPP+ says times the same way). */
export const HOURS_MINUTES = { hours: p('h', 'awr'), minutes: p('min', 'munud') };

