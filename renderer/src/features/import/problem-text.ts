/** Problems in plain words, in the interface language. */
import type { ImportField } from '../../../../shared/rules/import-values';
import type { ImportProblemDto } from '../../../../shared/schemas/import';
import type { Translate } from '../../i18n';

export const fieldName = (t: Translate, field: ImportField): string => t(`import.fields.${field}`);

export function problemText(t: Translate, p: ImportProblemDto): string {
  return t(`import.problems.${p.code}`, { field: p.field ? fieldName(t, p.field) : '', row: p.row ?? '' });
}

/** The fields a row's problems name, once each, in order: the ones a fix can be typed for. */
export function fixableFields(problems: readonly ImportProblemDto[]): ImportField[] {
  return [...new Set(problems.map((p) => p.field).filter((f): f is ImportField => f !== null))];
}
