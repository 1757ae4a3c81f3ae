import { Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { DueRecords } from '../retention/DueRecords';
import { RetentionPolicyForm } from '../retention/RetentionPolicyForm';
import { SettingsSection } from './SettingsSection';

/** Settings → Retention: how long each type of record is kept, and the records past their date. */
export function RetentionSettings() {
  const { t } = useI18n();
  return (
    <SettingsSection id="settings-retention" title={t('retention.title')}>
      <Text size="sm">{t('retention.intro')}</Text>
      <RetentionPolicyForm />
      <Title order={3} size="h4">
        {t('retention.dueTitle')}
      </Title>
      <DueRecords />
    </SettingsSection>
  );
}
