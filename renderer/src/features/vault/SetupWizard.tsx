import { Button, Divider, Group, Stack, Stepper, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useSetup } from '../../api/hooks';
import { CentredPage } from '../../components/CentredPage';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isAcceptable, PassphraseField } from '../../components/PassphraseField';
import { useI18n } from '../../i18n';
import { RestoreModal } from '../backup/RestoreModal';
import { ExploreSample } from './ExploreSample';
import { RecoveryKeyPanel } from './RecoveryKeyPanel';

interface Props {
  /** Called with the recovery key once the vault exists; the key is shown by the third step. */
  recoveryKey: string | null;
  onCreated: (recoveryKey: string) => void;
  onDone: () => void;
}

export function SetupWizard({ recoveryKey, onCreated, onDone }: Props) {
  const { t } = useI18n();
  const [step, setStep] = useState(0);
  const [school, setSchool] = useState({ schoolName: '', userName: '', role: '' });
  const [touched, setTouched] = useState(false);
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [confirmTouched, setConfirmTouched] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const setup = useSetup();
  const personal = [school.schoolName, school.userName];
  const active = recoveryKey ? 2 : step;

  const missing = (v: string) => (touched && !v.trim() ? t('setup.required') : undefined);
  const next = (e: FormEvent) => {
    e.preventDefault();
    setTouched(true);
    if (school.schoolName.trim() && school.userName.trim() && school.role.trim()) setStep(1);
  };
  const create = (e: FormEvent) => {
    e.preventDefault();
    setConfirmTouched(true);
    if (!isAcceptable(passphrase, personal) || passphrase !== confirm) return;
    setup.mutate({ ...school, passphrase }, { onSuccess: (r) => onCreated(r.recoveryKey) });
  };
  const field = (key: keyof typeof school) => ({
    value: school[key],
    onChange: (e: { currentTarget: { value: string } }) => setSchool({ ...school, [key]: e.currentTarget.value }),
    error: missing(school[key]),
    required: true,
  });

  return (
    <CentredPage title={active === 2 ? t('recovery.title') : t('setup.title')} intro={active === 2 ? t('recovery.intro') : t('setup.intro')} width={640}>
      <Stepper active={active} size="sm" allowNextStepsSelect={false}>
        <Stepper.Step label={t('setup.stepSchool')}>
          <form onSubmit={next} noValidate>
            <Stack>
              <TextInput label={t('setup.schoolName')} autoFocus {...field('schoolName')} />
              <TextInput label={t('setup.userName')} {...field('userName')} />
              <TextInput label={t('setup.role')} placeholder={t('setup.rolePlaceholder')} {...field('role')} />
              <Group justify="flex-end">
                <Button type="submit">{t('setup.next')}</Button>
              </Group>
            </Stack>
          </form>
          {/* A new computer: set up from a backup instead, then unlock with the passphrase it was made with. */}
          <Divider my="lg" />
          <Group justify="space-between">
            <Text size="sm">{t('backup.setup.question')}</Text>
            <Button variant="default" onClick={() => setRestoring(true)}>
              {t('backup.setup.restore')}
            </Button>
          </Group>
          {restoring && <RestoreModal mode="new" onClose={() => setRestoring(false)} />}
          <ExploreSample />
        </Stepper.Step>
        <Stepper.Step label={t('setup.stepPassphrase')}>
          <form onSubmit={create} noValidate>
            <Stack>
              <PassphraseField label={t('setup.passphrase')} value={passphrase} onChange={setPassphrase} personal={personal} showStrength autoFocus />
              <PassphraseField
                label={t('setup.confirmPassphrase')}
                value={confirm}
                onChange={setConfirm}
                error={confirmTouched && confirm !== passphrase ? t('setup.mismatch') : null}
              />
              <ErrorAlert error={setup.error} />
              <Group justify="space-between">
                <Button variant="default" onClick={() => setStep(0)} disabled={setup.isPending}>
                  {t('setup.back')}
                </Button>
                <Button type="submit" loading={setup.isPending} disabled={!isAcceptable(passphrase, personal)}>
                  {setup.isPending ? t('setup.creating') : t('setup.create')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Stepper.Step>
        <Stepper.Step label={t('setup.stepRecovery')}>
          {recoveryKey && <RecoveryKeyPanel recoveryKey={recoveryKey} onDone={onDone} />}
        </Stepper.Step>
      </Stepper>
    </CentredPage>
  );
}
