import { Alert, List, Text } from '@mantine/core';
import type { IdpProblem } from '../../../../shared/rules/idp-quality';
import { useI18n } from '../../i18n';
import { byWeight, problemText } from './problem-text';

/** The checks on one row or section as they stand, in plain words: gaps, then warnings. */
export function RowChecks({ problems, label, where }: { problems: readonly IdpProblem[]; label: string; where?: (p: IdpProblem) => string | null }) {
  const { t } = useI18n();
  if (problems.length === 0) return null;
  return (
    <Alert color="yellow" variant="light" p="xs" role="note" aria-label={label}>
      <List size="sm" spacing={2}>
        {byWeight(problems).map((p, i) => (
          <List.Item key={`${p.code}-${p.vague?.id ?? i}`}>
            <Text span size="sm" fw={700}>
              {p.blocking ? t('idp.checks.gap') : t('idp.checks.warning')}
            </Text>{' '}
            {[where?.(p), problemText(t, p)].filter(Boolean).join(': ')}
          </List.Item>
        ))}
      </List>
    </Alert>
  );
}
