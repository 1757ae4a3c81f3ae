/** Quality problems (shared/rules/idp-quality.ts) in plain words, with the row they are about. */
import type { IdpProblem } from '../../../../shared/rules/idp-quality';
import type { IdpContent } from '../../../../shared/schemas/idp';
import type { Translate } from '../../i18n';
import { problemRow as rowOf } from '../../../../shared/rules/idp-rows';
import { rowName } from './labels';

/** What is wrong, and for vague wording the words quoted back with what to write instead (as the OPP+ editor says). */
export function problemText(t: Translate, p: IdpProblem): string {
  if (p.code === 'vagueWording' && p.vague) return t('oppPlus.checks.vague', { words: p.vague.text, suggestion: t(`oppPlus.checks.suggest.${p.vague.id}`) });
  return t(`idp.problems.${p.code}`);
}

/** "Element 2", for a problem about a row; null for one about the whole section. */
export function problemRow(t: Translate, content: IdpContent, p: IdpProblem): string | null {
  const row = rowOf(content, p);
  return row ? rowName(t, row.list, row.n) : null;
}

/** Gaps first, then warnings (the exported and printed plan list them the same way). */
export { byWeight } from '../../../../shared/rules/idp-quality';
