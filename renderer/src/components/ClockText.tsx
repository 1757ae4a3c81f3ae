import { Text, Tooltip } from '@mantine/core';
import type { ClockDto } from '../../../shared/schemas/learner';
import { formatDate } from '../features/learner/labels';
import { useI18n } from '../i18n';

/** "12 days left", "Due today" or "3 days overdue", coloured by urgency, with the due date beside it. */
export function ClockText({ clock, withKind = false }: { clock: ClockDto; withKind?: boolean }) {
  const { t } = useI18n();
  const days = clock.daysRemaining;
  const when = days < 0 ? t('due.overdueBy', { count: -days }) : days === 0 ? t('due.dueToday') : t('due.daysLeft', { count: days });
  const colour = days < 0 ? 'red.9' : days <= 14 ? 'orange.9' : undefined;
  const text = (
    <Text span size="sm" c={colour} fw={days < 0 ? 700 : undefined}>
      {withKind ? `${t(`due.${clock.kind}`)}: ` : ''}
      {formatDate(clock.due)} · {when}
      {clock.estimated ? ' *' : ''}
    </Text>
  );
  return clock.estimated ? <Tooltip label={t('due.estimated')}>{text}</Tooltip> : text;
}
