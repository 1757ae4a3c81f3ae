import { Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useAllReviews } from '../../api/reviews';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { ReviewsTable } from './ReviewsTable';
import { ScheduleModal } from './ScheduleModal';

/** Reviews: the meetings still to hold (or to record), soonest first, and the reviews held or cancelled, latest first. */
export function ReviewsPage() {
  const { t } = useI18n();
  const all = useAllReviews();
  const [scheduling, setScheduling] = useState(false);
  const rows = all.data ?? [];
  const upcoming = rows.filter((r) => r.status === 'scheduled').sort((a, b) => (a.date + (a.time ?? '')).localeCompare(b.date + (b.time ?? '')));
  const past = rows.filter((r) => r.status !== 'scheduled').sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Stack>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} size="h2">
            {t('reviews.title')}
          </Title>
          <Text size="sm" maw={760}>
            {t('reviews.intro')}
          </Text>
        </div>
        <Button onClick={() => setScheduling(true)}>{t('reviews.schedule')}</Button>
      </Group>
      {all.isPending && <Loader aria-label={t('app.loading')} />}
      <ErrorAlert error={all.error} />
      {all.isSuccess && rows.length === 0 && <EmptyState title={t('reviews.emptyTitle')} body={t('reviews.emptyBody')} />}
      {rows.length > 0 && (
        <>
          <Title order={2} size="h3">
            {t('reviews.upcoming')}
          </Title>
          {upcoming.length === 0 ? <Text c="dimmed">{t('reviews.noUpcoming')}</Text> : <ReviewsTable rows={upcoming} label={t('reviews.upcoming')} withLearner />}
          <Title order={2} size="h3">
            {t('reviews.past')}
          </Title>
          {past.length === 0 ? <Text c="dimmed">{t('reviews.noPast')}</Text> : <ReviewsTable rows={past} label={t('reviews.past')} withLearner />}
        </>
      )}
      {scheduling && <ScheduleModal onClose={() => setScheduling(false)} />}
    </Stack>
  );
}
