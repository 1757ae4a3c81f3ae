import { Alert, List } from '@mantine/core';
import type { Checks } from '../../../../shared/rules/interventions';
import { useI18n } from '../../i18n';

interface Props {
  checks: Checks;
  /** The target's problems, the schedule's, or both. */
  show: readonly ('target' | 'schedule')[];
  label: string;
}

/**
 * The checks from shared/rules in plain sentences: warnings, not blockers. Vague wording is quoted back with a
 * suggestion of what to write instead.
 */
export function CheckWarnings({ checks, show, label }: Props) {
  const { t } = useI18n();
  const lines: { key: string; text: string }[] = [];
  if (show.includes('target')) {
    for (const p of checks.target.filter((p) => p !== 'vagueWording')) lines.push({ key: p, text: t(`oppPlus.checks.${p}`) });
    for (const v of checks.vague) lines.push({ key: v.id, text: t('oppPlus.checks.vague', { words: v.text, suggestion: t(`oppPlus.checks.suggest.${v.id}`) }) });
  }
  if (show.includes('schedule')) for (const p of checks.schedule) lines.push({ key: p, text: t(`oppPlus.checks.${p}`) });
  if (lines.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" p="xs" role="note" aria-label={label}>
      <List size="sm" spacing={2}>
        {lines.map((l) => (
          <List.Item key={l.key}>{l.text}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
