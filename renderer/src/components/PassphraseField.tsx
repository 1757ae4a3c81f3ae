import { List, PasswordInput, Progress, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { assessPassphrase } from '../../../shared/rules/passphrase';
import { useI18n } from '../i18n';

const COLOURS = ['red', 'red', 'orange', 'teal', 'green'] as const;

interface Props {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Names the passphrase must not contain (school, person). */
  personal?: string[];
  showStrength?: boolean;
  error?: string | null;
  autoFocus?: boolean;
}

/** A passphrase input with the same strength rule the vault enforces, shown as you type. */
export function PassphraseField({ label, value, onChange, personal = [], showStrength = false, error, autoFocus }: Props) {
  const { t, list } = useI18n();
  const strengthId = useId();
  const assessment = assessPassphrase(value, personal);
  const level = list('strength.levels')[assessment.score] ?? '';
  return (
    <Stack gap={6}>
      <PasswordInput
        label={label}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        error={error || undefined}
        autoFocus={autoFocus}
        autoComplete="new-password"
        aria-describedby={showStrength ? strengthId : undefined}
        visibilityToggleButtonProps={{ 'aria-label': `${t('app.showHide')}: ${label}` }}
      />
      {showStrength && value.length > 0 && (
        <div id={strengthId} aria-live="polite">
          <Progress
            value={(assessment.score + 1) * 20}
            color={assessment.acceptable ? COLOURS[assessment.score] : 'red'}
            aria-label={t('strength.label')}
            size="sm"
          />
          <Text size="sm" mt={4}>
            {t('strength.label')}: {level}
          </Text>
          {assessment.problems.length > 0 && (
            <List size="sm" c="red.8">
              {assessment.problems.map((p) => (
                <List.Item key={p}>{t(`strength.problems.${p}`)}</List.Item>
              ))}
            </List>
          )}
        </div>
      )}
    </Stack>
  );
}

export function isAcceptable(passphrase: string, personal: string[] = []): boolean {
  return assessPassphrase(passphrase, personal).acceptable;
}
