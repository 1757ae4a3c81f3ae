import { Text, Timeline } from '@mantine/core';
import type { LearnerDetail } from '../../../../shared/schemas/learner';
import { useI18n } from '../../i18n';
import { formatDate } from './labels';

/** What has happened to this learner's record, in date order. */
export function TimelineList({ entries }: { entries: LearnerDetail['timeline'] }) {
  const { t } = useI18n();
  if (entries.length === 0) return <Text c="dimmed">{t('learner.timelineEmpty')}</Text>;
  const describe = (type: string, detail: string | null) => {
    // Only status events carry a status code; other details (a programme's name, "RWI") are shown as written.
    // A date (a review meeting's) is written the way the rest of the page writes dates.
    const shown = detail && (type === 'status' || type === 'added') ? t(`status.${detail}`) : detail && /^\d{4}-\d{2}-\d{2}$/.test(detail) ? formatDate(detail) : (detail ?? '');
    return t(`learner.events.${type}`, { detail: shown });
  };
  return (
    <Timeline bulletSize={14} lineWidth={2} active={entries.length - 1}>
      {entries.map((e) => (
        <Timeline.Item key={e.id} title={describe(e.type, e.detail)}>
          <Text size="sm" c="dimmed">
            {formatDate(e.date)}
          </Text>
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
