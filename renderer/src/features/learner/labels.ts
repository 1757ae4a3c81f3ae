import type { CodeItem } from '../../../../shared/schemas/codes';
import type { Language } from '../../../../shared/schemas/settings';
import { YEAR_GROUPS } from '../../../../shared/schemas/learner';
import type { Translate } from '../../i18n';

export function yearGroupLabel(t: Translate, yg: string | null): string {
  if (!yg) return '';
  return yg === 'N1' || yg === 'N2' || yg === 'R' ? t(`yearGroups.${yg}`) : t('yearGroups.year', { n: yg });
}

export const yearGroupOptions = (t: Translate) => YEAR_GROUPS.map((yg) => ({ value: yg, label: yearGroupLabel(t, yg) }));

export function needLabel(codes: CodeItem[] | undefined, code: string | null, language: Language): string {
  if (!code) return '';
  const item = codes?.find((c) => c.code === code);
  return item ? (language === 'cy' ? item.labelCy : item.labelEn) : code;
}

/** dd/mm/yyyy, the way dates are written in UK schools, whatever the interface language. */
export function formatDate(iso: string | null): string {
  if (!iso) return '';
  const [y, m, d] = iso.slice(0, 10).split('-');
  return `${d}/${m}/${y}`;
}
