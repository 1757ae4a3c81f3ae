import { Stack, Title } from '@mantine/core';
import { EmptyState } from '../../components/EmptyState';
import { useI18n } from '../../i18n';

/** Profiles, plans and reviews: listed here once learners have them. */
export function SectionPage({ section }: { section: 'profiles' | 'plans' | 'reviews' }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Title order={1} size="h2">
        {t(`${section}.title`)}
      </Title>
      <EmptyState title={t(`${section}.emptyTitle`)} body={t(`${section}.emptyBody`)} />
    </Stack>
  );
}
