import { Button, Group, NumberInput, Select, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { IDLE_MINUTES, Language } from '../../../../shared/schemas/settings';
import { useSettings, useUpdateSettings } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { AuditSettings } from './AuditSettings';
import { BackupSettings } from './BackupSettings';
import { CalendarSettings } from './CalendarSettings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { NeedCodesSettings } from './NeedCodesSettings';
import { RetentionSettings } from './RetentionSettings';
import { SettingsSection } from './SettingsSection';

function GeneralSettings() {
  const { t } = useI18n();
  const settings = useSettings();
  const update = useUpdateSettings();
  const [minutes, setMinutes] = useState<number | string>(IDLE_MINUTES.default);
  useEffect(() => {
    if (settings.data) setMinutes(settings.data.idleMinutes);
  }, [settings.data]);

  const save = (e: FormEvent) => {
    e.preventDefault();
    update.mutate({ idleMinutes: Number(minutes) });
  };

  return (
    <SettingsSection id="settings-general" title={t('settings.general')}>
      <Select
        label={t('app.language')}
        value={settings.data?.language ?? 'en'}
        onChange={(v) => v && update.mutate({ language: Language.parse(v) })}
        data={Language.options.map((l) => ({ value: l, label: t(`app.languages.${l}`) }))}
        allowDeselect={false}
        w={260}
      />
      <form onSubmit={save}>
        <Group align="flex-end">
          <NumberInput
            label={t('settings.idleMinutes')}
            description={t('settings.idleHelp', { min: IDLE_MINUTES.min, max: IDLE_MINUTES.max })}
            min={IDLE_MINUTES.min}
            max={IDLE_MINUTES.max}
            allowDecimal={false}
            value={minutes}
            onChange={setMinutes}
            w={420}
          />
          <Button type="submit" variant="default" loading={update.isPending}>
            {t('settings.save')}
          </Button>
        </Group>
      </form>
      {update.isSuccess && (
        <Text size="sm" c="teal.9" role="status">
          {t('settings.saved')}
        </Text>
      )}
      <ErrorAlert error={update.error} />
    </SettingsSection>
  );
}

export function SettingsPage() {
  const { t } = useI18n();
  return (
    <Stack maw={900}>
      <Title order={1} size="h2">
        {t('settings.title')}
      </Title>
      <GeneralSettings />
      <BackupSettings />
      <ChangePassphraseForm />
      <AuditSettings />
      <RetentionSettings />
      <CalendarSettings />
      <NeedCodesSettings />
    </Stack>
  );
}
