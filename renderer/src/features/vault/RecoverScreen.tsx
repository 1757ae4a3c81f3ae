import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { normalizeRecoveryKey } from '../../../../shared/rules/recovery-key';
import { useRecover } from '../../api/hooks';
import { CentredPage } from '../../components/CentredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isAcceptable, PassphraseField } from '../../components/PassphraseField';
import { useI18n } from '../../i18n';

export function RecoverScreen({ onRecovered, onCancel }: { onRecovered: (newKey: string) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const [key, setKey] = useState('');
  const [next, setNext] = useState('');
  const [confirm, setConfirm] = useState('');
  const [submitted, setSubmitted] = useState(false);
  const recover = useRecover();
  const keyValid = normalizeRecoveryKey(key) !== null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setSubmitted(true);
    if (!keyValid || !isAcceptable(next) || next !== confirm) return;
    recover.mutate({ recoveryKey: key, next }, { onSuccess: (r) => onRecovered(r.recoveryKey) });
  };

  return (
    <CentredPage title={t('recover.title')} intro={t('recover.intro')}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label={t('recover.recoveryKey')}
            description={t('recover.recoveryKeyHelp')}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            error={submitted && !keyValid ? t('recover.badFormat') : undefined}
            autoFocus
            autoComplete="off"
            spellCheck={false}
            ff="monospace"
          />
          <PassphraseField label={t('recover.newPassphrase')} value={next} onChange={setNext} showStrength />
          <PassphraseField
            label={t('recover.confirmPassphrase')}
            value={confirm}
            onChange={setConfirm}
            error={submitted && confirm !== next ? t('setup.mismatch') : null}
          />
          <ErrorAlert error={recover.error} />
          <Group justify="space-between">
            <Button variant="default" onClick={onCancel} disabled={recover.isPending}>
              {t('recover.cancel')}
            </Button>
            <Button type="submit" loading={recover.isPending}>
              {t('recover.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </CentredPage>
  );
}
