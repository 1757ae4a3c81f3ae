/**
 * The words of the register record (the readable part of a subject access export), in English and Welsh: the
 * register's fields, needs, contacts, timeline and disclosures, as the learner's page says them
 * (renderer/src/i18n: learner.fields, contacts.fields, learner.events), plus the export's own.
 */
import type { Pair } from '../../../shared/forms/idp-labels';
import type { Relationship } from '../../../shared/schemas/contact';
import type { LearnerStatus, Medium } from '../../../shared/schemas/learner';

const p = (en: string, cy: string): Pair => ({ en, cy });

export const REGISTER_WORDS = {
  title: p('Register record', 'Cofnod y gofrestr'),
  fileLabel: p('register record', 'cofnod y gofrestr'),
  folderLabel: p('Subject access', 'Cais gwrthrych am wybodaeth'),
  photoFileLabel: p('photo', 'llun'),
  intro: p(
    'Everything this school holds about the learner in Caseload, exported on {date} for a subject access request. The other documents in this folder hold the plans and profiles; record.json holds all of it in a form a computer can read.',
    "Popeth sydd gan yr ysgol hon am y dysgwr yn Caseload, wedi'i allforio ar {date} ar gyfer cais gwrthrych am wybodaeth. Mae'r dogfennau eraill yn y ffolder hwn yn dal y cynlluniau a'r proffiliau; mae record.json yn dal y cyfan mewn ffurf y gall cyfrifiadur ei darllen.",
  ),
  register: p('Register entry', 'Manylion y gofrestr'),
  needs: p('Needs', 'Anghenion'),
  contacts: p('Contacts', 'Cysylltiadau'),
  timeline: p('Timeline', 'Llinell amser'),
  disclosures: p('Disclosures: what was shared, with whom and why', 'Datgeliadau: beth a rannwyd, gyda phwy a pham'),
  files: p('Documents in this folder', 'Dogfennau yn y ffolder hwn'),
  nothing: p('None recorded.', "Dim wedi'i gofnodi."),
  yes: p('Yes', 'Ie'),
  no: p('No', 'Na'),
  photo: p('Photo', 'Llun'),
  photoFile: p('Held: see {file}', "Wedi'i gadw: gweler {file}"),
  archived: p('Archived on', 'Archifwyd ar'),
  legalHold: p('Legal hold', 'Cadw cyfreithiol'),
  legalHoldReason: p('Reason for the legal hold', 'Rheswm dros y cadw cyfreithiol'),
  added: p('Added to Caseload', 'Ychwanegwyd at Caseload'),
  changed: p('Last changed', 'Newidiwyd ddiwethaf'),
  primary: p('Primary need', 'Prif angen'),
  secondary: p('Secondary need', 'Angen eilaidd'),
  date: p('Date', 'Dyddiad'),
  event: p('What happened', 'Beth ddigwyddodd'),
  recipient: p('Shared with', "Wedi'i rannu gyda"),
  purpose: p('Purpose', 'Diben'),
  items: p('What was shared', 'Beth a rannwyd'),
  method: p('How', 'Sut'),
  yearGroup: p('Year {n}', 'Blwyddyn {n}'),
};

export const FIELD_LABELS = {
  legalFirstName: p('Legal first name', 'Enw cyntaf cyfreithiol'),
  legalLastName: p('Legal surname', 'Cyfenw cyfreithiol'),
  preferredName: p('Preferred name', 'Enw dewisol'),
  dateOfBirth: p('Date of birth', 'Dyddiad geni'),
  upn: p('UPN (unique pupil number)', 'UPN (rhif disgybl unigryw)'),
  yearGroup: p('Year group', 'Grŵp blwyddyn'),
  registrationGroup: p('Registration group', 'Grŵp cofrestru'),
  setting: p('Setting or site', 'Lleoliad neu safle'),
  medium: p('Medium of education', 'Cyfrwng addysg'),
  homeLanguages: p('Home languages', 'Ieithoedd y cartref'),
  lookedAfter: p('Looked after', 'Derbyn gofal'),
  eal: p('English or Welsh as an additional language', 'Saesneg neu Gymraeg fel iaith ychwanegol'),
  status: p('Status', 'Statws'),
  dutyToDecideFrom: p('Duty to decide started on', 'Dechreuodd y ddyletswydd i benderfynu ar'),
  dutyHolder: p('Who decides', "Pwy sy'n penderfynu"),
  idpDateGiven: p('IDP given on', 'Rhoddwyd y CDU ar'),
  keyWorker: p('Key worker', 'Gweithiwr allweddol'),
  agencies: p('External agencies involved', "Asiantaethau allanol sy'n ymwneud"),
  notes: p('Notes', 'Nodiadau'),
};

export const CONTACT_LABELS = {
  name: p('Name', 'Enw'),
  relationship: p('Relationship', 'Perthynas'),
  organisation: p('Organisation', 'Sefydliad'),
  phone: p('Phone', 'Ffôn'),
  email: p('Email', 'E-bost'),
  address: p('Address', 'Cyfeiriad'),
  parentalResponsibility: p('Has parental responsibility', 'Mae ganddo gyfrifoldeb rhiant'),
  preferredLanguage: p('Preferred language', 'Dewis iaith'),
  receivesCopies: p('Receives copies of documents', 'Yn cael copïau o ddogfennau'),
};

export const STATUS_LABELS: Record<LearnerStatus, Pair> = {
  NONE: p('Not recorded', 'Heb ei gofnodi'),
  UNIVERSAL_OPP: p('Universal (OPP)', 'Cyffredinol (PUT)'),
  OPP_PLUS_TARGETED: p('Targeted (OPP+)', "Wedi'i dargedu (PUT+)"),
  UNDER_CONSIDERATION: p('Under consideration', 'Dan ystyriaeth'),
  ALN_IDP_SCHOOL: p('IDP (school)', 'CDU (ysgol)'),
  ALN_IDP_LA: p('IDP (local authority)', 'CDU (awdurdod lleol)'),
  ALN_IDP_FEI: p('IDP (FE college)', 'CDU (coleg AB)'),
  NO_ALN_NOTIFIED: p('No ALN (notified)', 'Dim ADY (wedi hysbysu)'),
  IDP_CEASED: p('IDP ceased', 'CDU wedi dod i ben'),
};

export const MEDIUM_LABELS: Record<Medium, Pair> = { en: p('English', 'Saesneg'), cy: p('Welsh', 'Cymraeg'), bilingual: p('Bilingual', 'Dwyieithog') };

export const DUTY_HOLDER_LABELS: Record<string, Pair> = {
  school: p('The school', 'Yr ysgol'),
  fei: p('A further education college', 'Coleg addysg bellach'),
  la: p('The local authority', 'Yr awdurdod lleol'),
};

export const YEAR_GROUP_LABELS: Record<string, Pair> = { N1: p('Nursery 1', 'Meithrin 1'), N2: p('Nursery 2', 'Meithrin 2'), R: p('Reception', 'Derbyn') };

export const RELATIONSHIP_LABELS: Record<Relationship, Pair> = {
  MOTHER: p('Mother', 'Mam'),
  FATHER: p('Father', 'Tad'),
  PARENT: p('Parent', 'Rhiant'),
  CARER: p('Carer', 'Gofalwr'),
  FOSTER_CARER: p('Foster carer', 'Gofalwr maeth'),
  GRANDPARENT: p('Grandparent', 'Tad-cu neu fam-gu'),
  SOCIAL_WORKER: p('Social worker', 'Gweithiwr cymdeithasol'),
  ADVOCATE: p('Advocate', 'Eiriolwr'),
  IRO: p('Independent reviewing officer', 'Swyddog adolygu annibynnol'),
  EP: p('Educational psychologist', 'Seicolegydd addysg'),
  SALT: p('Speech and language therapist', 'Therapydd lleferydd ac iaith'),
  OT: p('Occupational therapist', 'Therapydd galwedigaethol'),
  CAMHS: p('Child and adolescent mental health (CAMHS)', 'Iechyd meddwl plant a phobl ifanc (CAMHS)'),
  HEALTH_VISITOR: p('Health visitor', 'Ymwelydd iechyd'),
  SCHOOL_NURSE: p('School nurse', 'Nyrs ysgol'),
  OTHER_PROFESSIONAL: p('Other professional', 'Gweithiwr proffesiynol arall'),
  OTHER: p('Other', 'Arall'),
};

export const LANGUAGE_LABELS: Record<string, Pair> = { en: p('English', 'Saesneg'), cy: p('Welsh', 'Cymraeg') };

/** Timeline events; `{detail}` is filled with the event's detail (a status, a programme's name, a date). */
export const EVENT_LABELS: Record<string, Pair> = {
  added: p('Added to the caseload ({detail})', 'Ychwanegwyd at y llwyth achosion ({detail})'),
  status: p('Status changed to {detail}', 'Newidiwyd y statws i {detail}'),
  archived: p('Archived', 'Archifwyd'),
  restored: p('Restored to the caseload', "Adferwyd i'r llwyth achosion"),
  imported: p('Added or updated from an MIS import', "Wedi'i ychwanegu neu ei ddiweddaru o fewnforio MIS"),
  profileVersion: p('One-page profile: version {detail} started', 'Proffil un dudalen: dechreuwyd fersiwn {detail}'),
  oppPlusStarted: p('OPP+ started', 'Dechreuwyd PUT+'),
  interventionStarted: p('Intervention started: {detail}', 'Dechreuodd ymyriad: {detail}'),
  interventionEnded: p('Intervention ended: {detail}', 'Daeth ymyriad i ben: {detail}'),
  reviewScheduled: p('Review meeting scheduled for {detail}', "Cyfarfod adolygu wedi'i drefnu ar gyfer {detail}"),
  reviewHeld: p('Review meeting held', "Cyfarfod adolygu wedi'i gynnal"),
  noRevisionNotice: p('IDP reviewed: no revision needed (notice given)', "CDU wedi'i adolygu: dim angen diwygio (hysbysiad wedi'i roi)"),
  referredToLa: p('Referred to the local authority after a review', "Wedi'i gyfeirio at yr awdurdod lleol ar ôl adolygiad"),
  idpDraftStarted: p('IDP: draft of version {detail} started', 'CDU: dechrau drafft o fersiwn {detail}'),
  idpIssued: p('IDP: version {detail} issued', 'CDU: fersiwn {detail} wedi ei rhoi'),
  idpCeased: p('IDP ceased', 'CDU wedi dod i ben'),
};
