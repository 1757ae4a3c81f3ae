import { todayIso } from '../../../../shared/rules/dates';
import type { Contributor, OwnerKind, ProfileSection } from '../../../../shared/schemas/profile';
import { ContributionMethod } from '../../../../shared/schemas/profile';
import type { Translate } from '../../i18n';
import { formatDate } from '../learner/labels';

/** The three standard headings, in the order they are written and printed. */
export const SECTIONS: readonly ProfileSection[] = ['appreciation', 'importantTo', 'support'];

export const sectionHeading = (t: Translate, kind: OwnerKind, section: ProfileSection) => t(`profiles.sections.${kind}.${section}`);

/** Who may have said an item: a learner's profile gathers family and school; a colleague's, their colleagues. */
const CONTRIBUTORS: Record<OwnerKind, Contributor[]> = {
  learner: ['learner', 'parent', 'staff', 'professional'],
  staff: ['learner', 'colleague', 'professional'],
};

export function contributorOptions(t: Translate, kind: OwnerKind, current?: Contributor) {
  const list = CONTRIBUTORS[kind].includes(current ?? 'learner') || !current ? CONTRIBUTORS[kind] : [...CONTRIBUTORS[kind], current];
  return list.map((c) => ({ value: c, label: contributorLabel(t, kind, c) }));
}

export function contributorLabel(t: Translate, kind: OwnerKind, c: Contributor): string {
  return kind === 'staff' && c === 'learner' ? t('profiles.contributors.self') : t(`profiles.contributors.${c}`);
}

/** The small label after an item on the printed page: "— me", "— Mum/Dad/carer", "— school". */
export const attribution = (t: Translate, c: Contributor) => t(`print.by.${c}`);

export const methodOptions = (t: Translate) => ContributionMethod.options.map((m) => ({ value: m, label: t(`profiles.methods.${m}`) }));

/** A stored timestamp as the local calendar day, dd/mm/yyyy. */
export function formatStamp(iso: string | null): string {
  return iso ? formatDate(todayIso(new Date(iso))) : '';
}
