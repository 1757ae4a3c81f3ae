import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useDue } from '../../api/learners';
import { ClockText } from '../../components/ClockText';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { yearGroupLabel } from '../learner/labels';

/** Plan reviews and statutory deadlines in the next 60 days, and everything overdue, oldest first. */
export function DuePanel() {
  const { t } = useI18n();
  const due = useDue(60);
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="due-title">
      <Title order={2} size="h4" id="due-title" mb="sm">
        {t('due.title')}
      </Title>
      <ErrorAlert error={due.error} />
      {due.data?.length === 0 && <Text c="dimmed">{t('due.empty')}</Text>}
      <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {due.data?.map((item, i) => (
          <li key={`${item.learnerId}-${item.clock.kind}-${item.reviewId ?? ''}-${i}`}>
            <Anchor href={hrefFor.learner(item.learnerId)} fw={600}>
              {item.displayName}
            </Anchor>
            <Text size="sm" c="dimmed">
              {[yearGroupLabel(t, item.yearGroup), t(`due.${item.clock.kind}`), item.action].filter(Boolean).join(' · ')}
            </Text>
            <ClockText clock={item.clock} />
          </li>
        ))}
      </Stack>
    </Paper>
  );
}
