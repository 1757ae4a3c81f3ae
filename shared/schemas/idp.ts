/**
 * An Individual Development Plan (domain.md §2, §9.5). The plan's content is one document, section by section, in
 * the order of the standard form (shared/forms/idp-annex-a.ts): a draft is edited a section at a time; an issued
 * version is frozen whole, and the next draft starts as a copy of it.
 */
import { z } from 'zod';
import type { IdpSectionId } from '../forms/idp-annex-a';
import { Id, IsoDate, Version } from './common';
import { Contributor, ProfileItem } from './profile';

const text = (max: number) => z.string().max(max).transform((s) => s.trim());
const date = IsoDate.nullable();
const rowId = z.string().min(1).max(40);

export const MaintainedBy = z.enum(['school', 'fei', 'la']);
export type MaintainedBy = z.infer<typeof MaintainedBy>;
export const PlanLanguage = z.enum(['en', 'cy', 'bilingual']);
export type PlanLanguage = z.infer<typeof PlanLanguage>;

export const CoreDetails = z.strictObject({
  /** Snapshotted from the register when the draft starts (and when refreshed), then part of the plan. */
  legalName: text(200),
  preferredName: text(100),
  dateOfBirth: date,
  upn: text(20),
  address: text(500),
  setting: text(200),
  localAuthority: text(120),
  homeLanguages: text(200),
  medium: text(40),
  consent: z.enum(['notApplicable', 'given', 'notGiven']),
  consentDetails: text(2000),
  capacityIssues: z.boolean(),
  capacityDetails: text(2000),
});

export const Administration = z.strictObject({
  maintainedBy: MaintainedBy,
  organisation: text(200),
  responsibleName: text(150),
  responsibleRole: text(100),
  responsibleContact: text(300),
  startDate: date,
  reviewTargetDate: date,
  proposedReviewDate: date,
});

export const AboutMe = z.strictObject({
  /** The profile version this was pulled from, and when: "refresh" pulls the current one again. */
  sourceProfileId: z.string().nullable(),
  sourceVersionNumber: z.number().int().nullable(),
  pulledOn: date,
  items: z.array(ProfileItem.omit({ id: true }).extend({ id: rowId })).max(60),
});

export const ViewMethod = z.enum(['conversation', 'questionnaire', 'drawing', 'symbols', 'aac', 'video', 'observation', 'meeting', 'other']);

export const View = z.strictObject({
  id: rowId,
  who: Contributor,
  name: text(150),
  text: text(5000),
  date,
  method: ViewMethod,
  verbatim: z.boolean(),
});

export const NeedDescription = z.strictObject({
  id: rowId,
  needCode: z.string().max(40).nullable(),
  /** The need and its impact on learning, in plain language. */
  description: text(5000),
  whatThisMeansForMe: text(3000),
  diagnosis: text(500),
});

export const AlnDescription = z.strictObject({
  needs: z.array(NeedDescription).max(20),
  /** Why the learner was found to have ALN, where not obvious or disputed (Code 23.28). */
  reasonsForDecision: text(5000),
});

export const WelshDelivery = z.enum(['yes', 'no', 'bilingual']);
export const Provider = z.enum(['school', 'fei', 'la', 'nhs', 'other']);

/** One element of additional learning provision: 2B.1 to 2B.7. */
export const ProvisionElement = z.strictObject({
  id: rowId,
  outcome: text(2000),
  outcomeMeasure: text(500),
  outcomeDate: date,
  what: text(2000),
  sessionsPerWeek: z.number().min(0).max(50).nullable(),
  sessionMinutes: z.number().int().min(0).max(600).nullable(),
  groupSize: text(60),
  deliveredBy: text(200),
  qualification: text(200),
  location: text(200),
  welsh: WelshDelivery.nullable(),
  provider: Provider.nullable(),
  providerName: text(200),
  startDate: date,
  reviewOrEndDate: date,
  endsThen: z.boolean(),
  rationale: text(3000),
  differenceOfOpinion: text(3000),
});
export type ProvisionElement = z.infer<typeof ProvisionElement>;

export const LaProvision = z.strictObject({
  id: rowId,
  kind: z.enum(['namedSchool', 'placeAtInstitution', 'boardAndLodging']),
  institution: text(200),
  details: text(3000),
});

export const Action = z.strictObject({ id: rowId, action: text(1000), owner: text(150), dueDate: date });

export const Transition = z.strictObject({ text: text(5000), actions: z.array(Action).max(40) });

export const DecisionReason = z.strictObject({
  id: rowId,
  decision: z.enum(['alnYes', 'alp', 'welshProvision', 'placement', 'other']),
  text: text(5000),
  disagreement: z.boolean(),
  howWeighed: text(3000),
});

export const InformationSource = z.strictObject({
  id: rowId,
  title: text(300),
  author: text(150),
  role: text(100),
  organisation: text(200),
  date,
  type: z.enum(['ep', 'salt', 'ot', 'physio', 'medical', 'camhs', 'schoolAssessment', 'parentReport', 'learnerViews', 'privateReport', 'other']),
  attached: z.boolean(),
});

export const TimelineEntry = z.strictObject({ id: rowId, date, event: text(500) });

export const Appendix = z.strictObject({ id: rowId, title: text(300), kind: z.enum(['interimTargets', 'report', 'healthcarePlan', 'other']), note: text(3000) });

export const IdpContent = z.strictObject({
  coreDetails: CoreDetails,
  administration: Administration,
  aboutMe: AboutMe,
  views: z.array(View).max(40),
  alnDescription: AlnDescription,
  provision: z.array(ProvisionElement).max(40),
  otherProvision: z.strictObject({ text: text(5000) }),
  laProvision: z.array(LaProvision).max(10),
  transition: Transition,
  reasons: z.array(DecisionReason).max(40),
  informationUsed: z.array(InformationSource).max(100),
  timeline: z.array(TimelineEntry).max(100),
  appendices: z.array(Appendix).max(40),
});
export type IdpContent = z.infer<typeof IdpContent>;

// Every section of the form has a place in the content, and every key of the content is a section.
type Exact<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const CONTENT_COVERS_FORM: Exact<keyof IdpContent, IdpSectionId> = true;

export const IdpStatus = z.enum(['draft', 'issued', 'superseded', 'ceased']);
export type IdpStatus = z.infer<typeof IdpStatus>;

export const Idp = z.object({
  id: z.string(),
  learnerId: z.string(),
  learnerName: z.string(),
  versionNumber: z.number(),
  version: z.number(),
  status: IdpStatus,
  planLanguage: PlanLanguage,
  /** The date the plan was given (issued): starts the 12-month review clock. */
  dateGiven: z.string().nullable(),
  /** Blocking gaps the coordinator chose to issue with, and why (null when issued clean). */
  override: z.object({ problems: z.number(), reason: z.string() }).nullable(),
  ceasedOn: z.string().nullable(),
  ceaseReason: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  content: IdpContent,
});
export type Idp = z.infer<typeof Idp>;

export const IdpSummary = Idp.omit({ content: true });

export const ForIdpLearner = z.strictObject({ learnerId: Id });

const sectionInput = <K extends keyof IdpContent>(section: K) =>
  z.strictObject({ idpId: Id, version: Version, section: z.literal(section), value: IdpContent.shape[section] });

/** A draft's change: one whole section at a time (the editor autosaves the section being edited). */
export const SaveSectionInput = z.discriminatedUnion('section', [
  sectionInput('coreDetails'),
  sectionInput('administration'),
  sectionInput('aboutMe'),
  sectionInput('views'),
  sectionInput('alnDescription'),
  sectionInput('provision'),
  sectionInput('otherProvision'),
  sectionInput('laProvision'),
  sectionInput('transition'),
  sectionInput('reasons'),
  sectionInput('informationUsed'),
  sectionInput('timeline'),
  sectionInput('appendices'),
]);
export type SaveSectionInput = z.infer<typeof SaveSectionInput>;

export const IdpRef = z.strictObject({ idpId: Id, version: Version });
/** Pull the register's details or the current one-page profile into the draft again. */
export const RefreshInput = IdpRef.extend({ part: z.enum(['coreDetails', 'aboutMe']) });
export const SetLanguageInput = IdpRef.extend({ planLanguage: PlanLanguage });
export const CeaseInput = IdpRef.extend({ date: IsoDate, reason: z.string().trim().min(1).max(2000) });

/** One row per learner with an IDP or a draft: the Plans list. */
export const IdpOverviewRow = z.object({
  learnerId: z.string(),
  learnerName: z.string(),
  yearGroup: z.string().nullable(),
  /** The plan in force (issued), if any. */
  /** The latest issued version: in force, or ceased (with the date it ceased). */
  issued: z.object({ id: z.string(), versionNumber: z.number(), dateGiven: z.string().nullable(), maintainedBy: MaintainedBy, ceasedOn: z.string().nullable() }).nullable(),
  draft: z.object({ id: z.string(), versionNumber: z.number(), updatedAt: z.string(), blocking: z.number() }).nullable(),
  reviewDue: z.string().nullable(),
});
export type IdpOverviewRow = z.infer<typeof IdpOverviewRow>;

export const IssueInput = z.strictObject({
  idpId: Id,
  version: Version,
  dateGiven: IsoDate,
  /** Required when the plan still has blocking gaps: the coordinator's reason for issuing anyway. */
  overrideReason: z.string().trim().min(1).max(2000).nullable(),
});

export const IdpPhotoOf = z.strictObject({ idpId: Id });

/** Headings in the exported plan: the language of the plan, or both (Welsh and English). */
export const HeadingLanguage = z.enum(['en', 'cy', 'bilingual']);
export type HeadingLanguage = z.infer<typeof HeadingLanguage>;
export const ExportIdpInput = z.strictObject({ idpId: Id, headings: HeadingLanguage });

/** Why a case goes to the local authority (domain.md §2.2). */
export const CasePackReason = z.enum(['referral', 'reconsideration', 'takeover']);
export const CasePackInput = z.strictObject({
  learnerId: Id,
  reason: CasePackReason,
  recipient: z.string().trim().min(1).max(200),
  purpose: z.string().trim().min(1).max(1000),
  /** The school's statement for the cover sheet: what it asks of the LA, and why. */
  statement: z.string().trim().min(1).max(8000),
  headings: HeadingLanguage,
});

export const Disclosure = z.object({
  id: z.string(),
  date: z.string(),
  recipient: z.string(),
  purpose: z.string(),
  items: z.array(z.string()),
  method: z.string(),
});
export type Disclosure = z.infer<typeof Disclosure>;
