import { Anchor, Button, PasswordInput, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useUnlock, useVaultStatus } from '../../api/hooks';
import { CentredPage } from '../../components/CentredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { ExploreSample } from './ExploreSample';

export function UnlockScreen({ onForgot }: { onForgot: () => void }) {
  const { t } = useI18n();
  const [passphrase, setPassphrase] = useState('');
  const unlock = useUnlock();
  const status = useVaultStatus();
  const failed = status.data?.failedAttempts ?? 0;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (passphrase) unlock.mutate(passphrase, { onError: () => setPassphrase('') });
  };

  return (
    <CentredPage title={t('unlock.title')} intro={t('unlock.intro')}>
      <form onSubmit={submit}>
        <Stack>
          <PasswordInput
            label={t('unlock.passphrase')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoFocus
            autoComplete="current-password"
            visibilityToggleButtonProps={{ 'aria-label': `${t('app.showHide')}: ${t('unlock.passphrase')}` }}
          />
          <ErrorAlert error={unlock.error} />
          {failed > 0 && (
            <Text size="sm" c="dimmed">
              {t('unlock.failedAttempts', { count: failed })}
            </Text>
          )}
          <Button type="submit" loading={unlock.isPending} disabled={!passphrase}>
            {unlock.isPending ? t('unlock.checking') : t('unlock.submit')}
          </Button>
          <Anchor component="button" type="button" onClick={onForgot} size="sm">
            {t('unlock.forgot')}
          </Anchor>
        </Stack>
      </form>
      <ExploreSample />
    </CentredPage>
  );
}
