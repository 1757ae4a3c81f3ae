import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDue } from '../../api/learners';
import { useUndatedActions } from '../../api/reviews';
import { ClockText } from '../../components/ClockText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { formatDate, yearGroupLabel } from '../learner/labels';

/** Plan reviews and statutory deadlines in the next 60 days, and everything overdue, oldest first; then review actions with no date set. */
export function DuePanel() {
  const { t } = useI18n();
  const due = useDue(60);
  // Open review actions with no date to do them by, after everything dated (a review item opens its review).
  const undated = useUndatedActions();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="due-title">
      <Title order={2} size="h4" id="due-title" mb="sm">
        {t('due.title')}
      </Title>
      <ErrorAlert error={due.error} />
      <ErrorAlert error={undated.error} />
      {due.data?.length === 0 && undated.data?.length === 0 && <Text c="dimmed">{t('due.empty')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {due.data?.map((item, i) => (
          <li key={`${item.learnerId}-${item.clock.kind}-${item.reviewId ?? ''}-${i}`}>
            <Anchor href={item.reviewId ? hrefFor.review(item.reviewId) : hrefFor.learner(item.learnerId)} fw={600}>
              {item.displayName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[yearGroupLabel(t, item.yearGroup), t(`due.${item.clock.kind}`), item.action].filter(Boolean).join(' · ')}
            </Text>
            <ClockText clock={item.clock} />
          </li>
        ))}
        {undated.data?.map((a) => (
          <li key={`undated-${a.reviewId}-${a.actionId}`}>
            <Anchor href={hrefFor.review(a.reviewId)} fw={600}>
              {a.displayName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[yearGroupLabel(t, a.yearGroup), t('due.reviewAction'), a.action].filter(Boolean).join(' · ')}
            </Text>
            <Text size="sm">{t('reviews.due.noDate', { date: formatDate(a.meetingDate) })}</Text>
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
