import { Button, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useLearnerReviews } from '../../api/reviews';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { ReviewsTable } from './ReviewsTable';
import { ScheduleModal } from './ScheduleModal';

/** The learner page's Reviews tab: their review meetings, latest first, and scheduling the next one. */
export function LearnerReviews({ learnerId, name }: { learnerId: string; name: string }) {
  const { t } = useI18n();
  const reviews = useLearnerReviews(learnerId);
  const [scheduling, setScheduling] = useState(false);
  const rows = [...(reviews.data ?? [])].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <Stack>
      <Group justify="flex-end">
        <Button onClick={() => setScheduling(true)}>{t('reviews.schedule')}</Button>
      </Group>
      {reviews.isPending && <Loader aria-label={t('app.loading')} />}
      <ErrorAlert error={reviews.error} />
      {reviews.isSuccess && rows.length === 0 && <Text c="dimmed">{t('reviews.noneForLearner')}</Text>}
      {rows.length > 0 && <ReviewsTable rows={rows} label={t('reviews.learnerTable', { name })} />}
      {scheduling && <ScheduleModal learner={{ id: learnerId, name }} onClose={() => setScheduling(false)} />}
    </Stack>
  );
}
