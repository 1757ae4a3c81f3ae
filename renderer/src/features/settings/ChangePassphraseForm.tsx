import { Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useChangePassphrase, useSchool } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isAcceptable, PassphraseField } from '../../components/PassphraseField';
import { useI18n } from '../../i18n';
import { SettingsSection } from './SettingsSection';

export function ChangePassphraseForm() {
  const { t } = useI18n();
  const school = useSchool(true);
  const change = useChangePassphrase();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const personal = school.data ? [school.data.schoolName, school.data.userName] : [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!current || !isAcceptable(next, personal) || next !== confirm) return;
    change.mutate(
      { current, next },
      {
        onSuccess: () => {
          setCurrent('');
          setNext('');
          setConfirm('');
          setSubmitted(false);
        },
      },
    );
  };

  return (
    <SettingsSection id="settings-passphrase" title={t('settings.changePassphrase')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm" c="dimmed">
            {t('settings.changeIntro')}
          </Text>
          <PasswordInput
            label={t('settings.current')}
            value={current}
            onChange={(e) => setCurrent(e.currentTarget.value)}
            autoComplete="current-password"
            error={submitted && !current ? t('setup.required') : undefined}
            visibilityToggleButtonProps={{ 'aria-label': `${t('app.showHide')}: ${t('settings.current')}` }}
          />
          <PassphraseField label={t('settings.next')} value={next} onChange={setNext} personal={personal} showStrength />
          <PassphraseField
            label={t('settings.confirm')}
            value={confirm}
            onChange={setConfirm}
            error={submitted && confirm !== next ? t('setup.mismatch') : null}
          />
          <ErrorAlert error={change.error} />
          {change.isSuccess && (
            <Text c="teal.9" role="status">
              {t('settings.changed')}
            </Text>
          )}
          <Button type="submit" loading={change.isPending} w="fit-content">
            {t('settings.change')}
          </Button>
        </Stack>
      </form>
    </SettingsSection>
  );
}
