/** Quality problems (shared/rules/idp-quality.ts) in plain words, with the row they are about. */
import type { IdpProblem } from '../../../../shared/rules/idp-quality';
import type { IdpContent } from '../../../../shared/schemas/idp';
import type { Translate } from '../../i18n';
import { NESTED_ROWS, rowName } from './labels';

/** What is wrong, and for vague wording the words quoted back with what to write instead (as the OPP+ editor says). */
export function problemText(t: Translate, p: IdpProblem): string {
  if (p.code === 'vagueWording' && p.vague) return t('oppPlus.checks.vague', { words: p.vague.text, suggestion: t(`oppPlus.checks.suggest.${p.vague.id}`) });
  return t(`idp.problems.${p.code}`);
}

/** The rows of a section's list, and the list's name. */
export function sectionRows(content: IdpContent, section: IdpProblem['section']): { list: string; rows: readonly { id: string }[] } | null {
  const nested = NESTED_ROWS[section];
  if (nested) return { list: nested, rows: (content[section] as unknown as Record<string, { id: string }[]>)[nested]! };
  const value = content[section];
  return Array.isArray(value) ? { list: section, rows: value } : null;
}

/** "Element 2", for a problem about a row; null for one about the whole section. */
export function problemRow(t: Translate, content: IdpContent, p: IdpProblem): string | null {
  if (!p.rowId) return null;
  const found = sectionRows(content, p.section);
  const i = found?.rows.findIndex((r) => r.id === p.rowId) ?? -1;
  return found && i >= 0 ? rowName(t, found.list, i + 1) : null;
}

/** Gaps first, then warnings (the exported and printed plan list them the same way). */
export { byWeight } from '../../../../shared/rules/idp-quality';
