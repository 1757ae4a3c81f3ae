/**
 * Words for an IDP's fields and choices. Section headings come from the form definition (shared/forms), in the
 * interface language; field labels and choices from the catalogues, so the editor, the read-only view and the
 * comparison of two versions name everything the same way.
 */
import { IDP_SECTIONS, PROVISION_PARTS, type IdpSectionDef, type IdpSectionId } from '../../../../shared/forms/idp-annex-a';
import { Appendix, CoreDetails, DecisionReason, InformationSource, LaProvision, MaintainedBy, PlanLanguage, Provider, ViewMethod, WelshDelivery } from '../../../../shared/schemas/idp';
import { Contributor, ProfileSection } from '../../../../shared/schemas/profile';
import type { Language } from '../../../../shared/schemas/settings';
import type { Translate } from '../../i18n';
import { formatDate } from '../learner/labels';

export interface OptionSet {
  values: readonly string[];
  /** The catalogue key the values' words live under. */
  key: string;
}

export const OPTIONS = {
  consent: { values: CoreDetails.shape.consent.options, key: 'idp.options.consent' },
  maintainedBy: { values: MaintainedBy.options, key: 'idp.options.maintainedBy' },
  who: { values: ['learner', 'parent', 'staff', 'professional'], key: 'profiles.contributors' },
  contributor: { values: Contributor.options, key: 'profiles.contributors' },
  profileSection: { values: ProfileSection.options, key: 'profiles.sections.learner' },
  method: { values: ViewMethod.options, key: 'idp.options.method' },
  welsh: { values: WelshDelivery.options, key: 'idp.options.welsh' },
  provider: { values: Provider.options, key: 'idp.options.provider' },
  laKind: { values: LaProvision.shape.kind.options, key: 'idp.options.laKind' },
  decision: { values: DecisionReason.shape.decision.options, key: 'idp.options.decision' },
  infoType: { values: InformationSource.shape.type.options, key: 'idp.options.infoType' },
  appendixKind: { values: Appendix.shape.kind.options, key: 'idp.options.appendixKind' },
  planLanguage: { values: PlanLanguage.options, key: 'idp.options.planLanguage' },
} satisfies Record<string, OptionSet>;

export const optionList = (t: Translate, set: OptionSet) => set.values.map((value) => ({ value, label: t(`${set.key}.${value}`) }));
export const optionLabel = (t: Translate, set: OptionSet, value: string | null) => (value ? t(`${set.key}.${value}`) : '');

/** A field's label: `idp.fields.<section>.<field>` (rows nested in a section use the section's names too). */
export const fieldLabel = (t: Translate, section: IdpSectionId, field: string) => t(`idp.fields.${section}.${field}`);

export const sectionDef = (id: IdpSectionId): IdpSectionDef => IDP_SECTIONS.find((s) => s.id === id)!;
export const sectionHeading = (id: IdpSectionId, language: Language) => sectionDef(id).heading[language];

export type ProvisionPartId = (typeof PROVISION_PARTS)[number]['id'];
/** "2B.1 Intended outcome", in the interface language. */
export function partHeading(id: ProvisionPartId, language: Language): string {
  const part = PROVISION_PARTS.find((p) => p.id === id)!;
  return `${part.key} ${part.heading[language]}`;
}

/** What a row is called in each list ("View 2", "Element 3"): the section's own lists and the lists inside sections. */
export const rowName = (t: Translate, list: string, n: number) => t(`idp.rows.${list}`, { n });

const BOOLEAN_FIELDS = new Set(['capacityIssues', 'verbatim', 'endsThen', 'disagreement', 'attached', 'firstPerson', 'importantFor']);
const DATE_FIELDS = new Set(['dateOfBirth', 'startDate', 'reviewTargetDate', 'proposedReviewDate', 'pulledOn', 'date', 'outcomeDate', 'reviewOrEndDate', 'dueDate']);
const FIELD_OPTIONS: Record<string, OptionSet> = {
  'coreDetails.consent': OPTIONS.consent,
  'administration.maintainedBy': OPTIONS.maintainedBy,
  'aboutMe.section': OPTIONS.profileSection,
  'aboutMe.contributor': OPTIONS.contributor,
  'views.who': OPTIONS.contributor,
  'views.method': OPTIONS.method,
  'provision.welsh': OPTIONS.welsh,
  'provision.provider': OPTIONS.provider,
  'laProvision.kind': OPTIONS.laKind,
  'reasons.decision': OPTIONS.decision,
  'informationUsed.type': OPTIONS.infoType,
  'appendices.kind': OPTIONS.appendixKind,
};

/** A stored value in words: yes and no, dates as dd/mm/yyyy, choices by name, need codes by their label. */
export function displayValue(t: Translate, section: IdpSectionId, field: string, value: string, needName: (code: string) => string): string {
  if (value === '') return '';
  if (BOOLEAN_FIELDS.has(field)) return value === 'true' ? t('common.yes') : t('common.no');
  if (DATE_FIELDS.has(field)) return formatDate(value);
  if (field === 'needCode') return needName(value);
  const set = FIELD_OPTIONS[`${section}.${field}`];
  return set ? optionLabel(t, set, value) : value;
}

/** A whole row in a line, for rows added or removed: its words and choices, without its yes/no boxes. */
export function rowSummary(t: Translate, section: IdpSectionId, row: Record<string, unknown>, needName: (code: string) => string): string {
  return Object.entries(row)
    .filter(([k, v]) => k !== 'id' && (typeof v === 'string' || typeof v === 'number') && String(v).trim() !== '')
    .map(([k, v]) => displayValue(t, section, k, String(v), needName))
    .join(' · ');
}
