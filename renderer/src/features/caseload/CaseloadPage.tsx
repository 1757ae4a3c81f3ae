import { Stack, Title } from '@mantine/core';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n';

export function CaseloadPage() {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t('caseload.title')}
      </Title>
      <EmptyState title={t('caseload.emptyTitle')} body={t('caseload.emptyBody')} />
    </Stack>
  );
}
