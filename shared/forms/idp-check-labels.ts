/**
 * The quality checks (shared/rules/idp-quality.ts) as an exported or printed plan says them, in English and Welsh
 * pairs like the rest of its words (idp-labels.ts). They are the editor's own words (renderer i18n `idp.problems`,
 * `idp.rows`, and for vague wording `VAGUE_WORDS` in wording.ts); a unit test (idp-docx.test.ts) keeps them the same.
 */
import type { IdpProblemCode } from '../rules/idp-quality';
import { ELEMENT_LABELS, NEED_LABELS, p, type Pair } from './idp-labels';

export const CHECK_WORDS: Record<IdpProblemCode, Pair> = {
  sectionEmpty: p('This section is empty.', "Mae'r adran hon yn wag."),
  missingName: p("The learner's name is missing: refresh from the register.", "Mae enw'r dysgwr ar goll: adnewyddwch o'r gofrestr."),
  missingDateOfBirth: p("The date of birth is missing: add it on the learner's page, then refresh from the register.", "Mae'r dyddiad geni ar goll: ychwanegwch ef ar dudalen y dysgwr, yna adnewyddwch o'r gofrestr."),
  missingResponsible: p('Name the person responsible for the plan.', "Enwch y person sy'n gyfrifol am y cynllun."),
  missingStartDate: p('The plan has no start date.', "Does dim dyddiad dechrau i'r cynllun."),
  missingReviewDate: p('The plan has no date to be reviewed by.', "Does dim dyddiad i adolygu'r cynllun erbyn."),
  consentDetails: p("Say how the young person's consent was asked for, and their answer.", "Dywedwch sut y gofynnwyd am gydsyniad y person ifanc, a'i ateb."),
  capacityDetails: p('Describe the question about capacity.', 'Disgrifiwch y cwestiwn am alluedd.'),
  noLearnerView: p('There is no view from the learner yet.', 'Does dim safbwynt gan y dysgwr eto.'),
  noParentView: p('There is no view from a parent or carer yet.', 'Does dim safbwynt gan riant neu ofalwr eto.'),
  viewNoDate: p('Say when this view was given.', 'Dywedwch pryd y rhoddwyd y safbwynt hwn.'),
  viewNoName: p('Say who gave this view.', 'Dywedwch pwy roddodd y safbwynt hwn.'),
  needNoDescription: p('Describe the need and its impact on learning.', "Disgrifiwch yr angen a'i effaith ar ddysgu."),
  outcomeMissing: p('There is no intended outcome yet: say what the learner will be able to do.', 'Does dim canlyniad a fwriedir eto: dywedwch beth fydd y dysgwr yn gallu ei wneud.'),
  outcomeNoMeasure: p('The outcome has no measure: say how it will be measured.', "Does dim mesur i'r canlyniad: dywedwch sut y caiff ei fesur."),
  outcomeNoDate: p('The outcome has no date to reach it by.', "Does dim dyddiad i gyrraedd y canlyniad erbyn."),
  provisionNoWhat: p('Say what the provision is.', "Dywedwch beth yw'r ddarpariaeth."),
  provisionNoAmount: p('How long is each session? Enter the minutes.', 'Pa mor hir yw pob sesiwn? Rhowch y munudau.'),
  provisionNoFrequency: p('How often? Enter the sessions a week.', "Pa mor aml? Rhowch y sesiynau'r wythnos."),
  provisionNoDeliverer: p('Say who delivers it.', "Dywedwch pwy sy'n ei darparu."),
  provisionNoLanguage: p('Say whether it is delivered in Welsh.', "Dywedwch a yw'n cael ei darparu yn Gymraeg."),
  provisionNoProvider: p('Say which organisation provides it.', "Dywedwch pa sefydliad sy'n ei darparu."),
  provisionNoStart: p('There is no start date.', 'Does dim dyddiad dechrau.'),
  provisionNoReview: p('There is no review or end date.', 'Does dim dyddiad adolygu neu orffen.'),
  provisionNoRationale: p('Give the rationale: why this provision.', "Rhowch y rhesymeg: pam y ddarpariaeth hon."),
  reviewBeforeStart: p('The review or end date is before the start date.', "Mae'r dyddiad adolygu neu orffen cyn y dyddiad dechrau."),
  disagreementNotWeighed: p('Say how the difference of opinion was weighed.', "Dywedwch sut y cafodd y gwahaniaeth barn ei bwyso."),
  vagueWording: p('This wording is hard to check.', "Mae'n anodd gwirio'r geiriad hwn."),
};

/** The block of checks at the top of a draft, or of a plan issued with gaps. */
export const CHECK_LABELS = {
  stillToComplete: p('Still to complete', "I'w gwblhau o hyd"),
  draftNote: p('The checks the editor shows on this draft: gaps to fill before it is issued, then warnings.', "Y gwiriadau y mae'r golygydd yn eu dangos ar y drafft hwn: bylchau i'w llenwi cyn ei roi, yna rhybuddion."),
  issuedWithGaps: p('Issued with these gaps', "Wedi'i roi gyda'r bylchau hyn"),
  reason: p('Reason recorded when it was issued', 'Y rheswm a gofnodwyd pan gafodd ei roi'),
  /** The checks have changed since, and find no gap in it now. */
  noGapsNow: p('The checks find no gap in this version now.', "Nid yw'r gwiriadau'n dod o hyd i fwlch yn y fersiwn hon bellach."),
  where: p('Where', 'Ble'),
  kind: p('Gap or warning', 'Bwlch neu rybudd'),
  what: p('What to do', "Beth i'w wneud"),
  gap: p('Gap', 'Bwlch'),
  warning: p('Warning', 'Rhybudd'),
  /** What a row is called, as the editor calls it ("View 2", "Reason 1"); elements and needs have their own. */
  rows: {
    views: p('View {n}', 'Safbwynt {n}'),
    needs: NEED_LABELS.need,
    provision: ELEMENT_LABELS.element,
    laProvision: p('LA provision {n}', 'Darpariaeth ALl {n}'),
    reasons: p('Reason {n}', 'Rheswm {n}'),
  },
};
