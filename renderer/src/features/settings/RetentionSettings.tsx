import { Paper, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../i18n';
import { DueRecords } from '../retention/DueRecords';
import { RetentionPolicyForm } from '../retention/RetentionPolicyForm';

/** Settings → Retention: how long each type of record is kept, and the records past their date. */
export function RetentionSettings() {
  const { t } = useI18n();
  return (
    <Paper withBorder p="lg" radius="md" component="section" aria-labelledby="settings-retention">
      <Stack>
        <Title order={2} size="h3" id="settings-retention">
          {t('retention.title')}
        </Title>
        <Text size="sm">{t('retention.intro')}</Text>
        <RetentionPolicyForm />
        <Title order={3} size="h4">
          {t('retention.dueTitle')}
        </Title>
        <DueRecords />
      </Stack>
    </Paper>
  );
}
