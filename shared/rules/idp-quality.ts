/**
 * Quality checks on an IDP (domain.md §2.4), the same for the editor (as the coordinator writes), for issuing (a
 * plan with blocking gaps needs a recorded reason) and for the export. Each problem names its section, the row it
 * is about (a provision element, a view) and whether it blocks; vague wording is a warning with a suggestion.
 */
import { sectionsFor, type IdpSectionId } from '../forms/idp-annex-a';
import type { IdpContent, ProvisionElement } from '../schemas/idp';
import { findVagueWording, type VagueMatch } from './wording';

export type IdpProblemCode =
  | 'sectionEmpty'
  | 'missingName'
  | 'missingDateOfBirth'
  | 'missingResponsible'
  | 'missingStartDate'
  | 'missingReviewDate'
  | 'consentDetails'
  | 'capacityDetails'
  | 'noLearnerView'
  | 'noParentView'
  | 'viewNoDate'
  | 'viewNoName'
  | 'needNoDescription'
  | 'outcomeMissing'
  | 'outcomeNoMeasure'
  | 'outcomeNoDate'
  | 'provisionNoWhat'
  | 'provisionNoAmount'
  | 'provisionNoFrequency'
  | 'provisionNoDeliverer'
  | 'provisionNoLanguage'
  | 'provisionNoProvider'
  | 'provisionNoStart'
  | 'provisionNoReview'
  | 'provisionNoRationale'
  | 'reviewBeforeStart'
  | 'disagreementNotWeighed'
  | 'vagueWording';

export interface IdpProblem {
  section: IdpSectionId;
  code: IdpProblemCode;
  /** The row it is about, where the section is a list. */
  rowId?: string;
  blocking: boolean;
  vague?: VagueMatch;
}

const blank = (s: string | null | undefined) => !s || s.trim() === '';

/** Whether the coordinator has written anything in the section yet. */
export function sectionIsEmpty(c: IdpContent, id: IdpSectionId): boolean {
  switch (id) {
    case 'coreDetails':
      return blank(c.coreDetails.legalName) && !c.coreDetails.dateOfBirth && blank(c.coreDetails.upn);
    case 'administration':
      return blank(c.administration.responsibleName) && !c.administration.startDate;
    case 'aboutMe':
      return c.aboutMe.items.length === 0;
    case 'alnDescription':
      return c.alnDescription.needs.length === 0 && blank(c.alnDescription.reasonsForDecision);
    case 'otherProvision':
      return blank(c.otherProvision.text);
    case 'transition':
      return blank(c.transition.text) && c.transition.actions.length === 0;
    default:
      return c[id].length === 0;
  }
}

/**
 * Vague wording in the texts that commit to something (a warning, with a suggestion): each phrase once per row,
 * quoted from the first text it is in. Explanations (rationale, reasons, differences of opinion) are not checked.
 */
function vagueIn(section: IdpSectionId, texts: readonly string[], rowId?: string): IdpProblem[] {
  const out: IdpProblem[] = [];
  const seen = new Set<string>();
  for (const text of texts) {
    for (const vague of findVagueWording(text)) {
      if (seen.has(vague.id)) continue;
      seen.add(vague.id);
      out.push({ section, code: 'vagueWording', ...(rowId && { rowId }), blocking: false, vague });
    }
  }
  return out;
}

/** The problems with one provision element (2B.1–2B.7): what a tribunal would call unspecified or unquantified. */
export function provisionProblems(e: ProvisionElement): IdpProblem[] {
  const out: IdpProblem[] = [];
  const add = (code: IdpProblemCode) => out.push({ section: 'provision', code, rowId: e.id, blocking: true });
  if (blank(e.outcome)) add('outcomeMissing');
  if (blank(e.outcomeMeasure)) add('outcomeNoMeasure');
  if (!e.outcomeDate) add('outcomeNoDate');
  if (blank(e.what)) add('provisionNoWhat');
  if (!e.sessionMinutes) add('provisionNoAmount');
  if (!e.sessionsPerWeek) add('provisionNoFrequency');
  if (blank(e.deliveredBy)) add('provisionNoDeliverer');
  if (e.welsh === null) add('provisionNoLanguage');
  if (e.provider === null) add('provisionNoProvider');
  if (!e.startDate) add('provisionNoStart');
  if (!e.reviewOrEndDate) add('provisionNoReview');
  if (e.startDate && e.reviewOrEndDate && e.reviewOrEndDate < e.startDate) add('reviewBeforeStart');
  if (blank(e.rationale)) add('provisionNoRationale');
  out.push(...vagueIn('provision', [e.outcome, e.outcomeMeasure, e.what, e.groupSize, e.deliveredBy, e.location, e.providerName], e.id));
  return out;
}

/**
 * The learner's view is required, the parents' prompted; each view written says who gave it and when (domain.md
 * §2.3), prompted too. A view left blank is no view, so it raises neither prompt.
 */
function viewProblems(views: IdpContent['views']): IdpProblem[] {
  const out: IdpProblem[] = [];
  const written = views.filter((v) => !blank(v.text));
  if (!written.some((v) => v.who === 'learner')) out.push({ section: 'views', code: 'noLearnerView', blocking: true });
  if (!written.some((v) => v.who === 'parent')) out.push({ section: 'views', code: 'noParentView', blocking: false });
  for (const v of written) {
    if (!v.date) out.push({ section: 'views', code: 'viewNoDate', rowId: v.id, blocking: false });
    if (blank(v.name)) out.push({ section: 'views', code: 'viewNoName', rowId: v.id, blocking: false });
  }
  return out;
}

/** Every problem in the plan, in the order of the form. */
export function checkIdp(c: IdpContent): IdpProblem[] {
  const out: IdpProblem[] = [];
  const push = (section: IdpSectionId, code: IdpProblemCode, blocking = true, rowId?: string) => out.push({ section, code, blocking, ...(rowId && { rowId }) });
  for (const def of sectionsFor(c.administration.maintainedBy)) {
    const empty = sectionIsEmpty(c, def.id);
    if (empty && def.required) {
      push(def.id, 'sectionEmpty');
      continue;
    }
    if (empty) continue;
    switch (def.id) {
      case 'coreDetails':
        if (blank(c.coreDetails.legalName)) push('coreDetails', 'missingName');
        if (!c.coreDetails.dateOfBirth) push('coreDetails', 'missingDateOfBirth');
        if (c.coreDetails.consent !== 'notApplicable' && blank(c.coreDetails.consentDetails)) push('coreDetails', 'consentDetails', false);
        if (c.coreDetails.capacityIssues && blank(c.coreDetails.capacityDetails)) push('coreDetails', 'capacityDetails');
        break;
      case 'administration':
        if (blank(c.administration.responsibleName)) push('administration', 'missingResponsible');
        if (!c.administration.startDate) push('administration', 'missingStartDate');
        if (!c.administration.reviewTargetDate) push('administration', 'missingReviewDate');
        break;
      case 'views':
        out.push(...viewProblems(c.views));
        break;
      case 'alnDescription':
        for (const n of c.alnDescription.needs) if (blank(n.description)) push('alnDescription', 'needNoDescription', true, n.id);
        if (c.alnDescription.needs.length === 0) push('alnDescription', 'sectionEmpty');
        break;
      case 'provision':
        for (const e of c.provision) out.push(...provisionProblems(e));
        break;
      case 'otherProvision':
        out.push(...vagueIn('otherProvision', [c.otherProvision.text]));
        break;
      case 'laProvision':
        for (const p of c.laProvision) out.push(...vagueIn('laProvision', [p.details], p.id));
        break;
      case 'reasons':
        for (const r of c.reasons) if (r.disagreement && blank(r.howWeighed)) push('reasons', 'disagreementNotWeighed', true, r.id);
        break;
      default:
        break;
    }
  }
  return out;
}

export type SectionState = 'empty' | 'needsWork' | 'complete';

/** The outline's indicator for each section the plan shows. */
export function sectionStates(c: IdpContent, problems: readonly IdpProblem[] = checkIdp(c)): Record<IdpSectionId, SectionState> {
  const states = {} as Record<IdpSectionId, SectionState>;
  for (const def of sectionsFor(c.administration.maintainedBy)) {
    const mine = problems.filter((p) => p.section === def.id);
    states[def.id] = sectionIsEmpty(c, def.id) ? 'empty' : mine.some((p) => p.blocking) ? 'needsWork' : 'complete';
  }
  return states;
}

export const blockingCount = (problems: readonly IdpProblem[]) => problems.filter((p) => p.blocking).length;
/** Gaps first, then warnings, each in the order of the form. */
export const byWeight = (problems: readonly IdpProblem[]) => [...problems.filter((p) => p.blocking), ...problems.filter((p) => !p.blocking)];
