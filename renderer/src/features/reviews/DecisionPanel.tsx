import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { addMonths } from '../../../../shared/rules/dates';
import type { Review } from '../../../../shared/schemas/review';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { hrefFor } from '../shell/use-hash-route';
import { DecisionModal } from './DecisionModal';
import { reviewsThePlan } from '../../../../shared/rules/plan-review';
import type { ReviewEditor } from './use-review-editor';

function Decided({ review }: { review: Review }) {
  const { t } = useI18n();
  const on = formatDate(review.decisionDate);
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('reviews.decision.decided', { decision: t(`reviews.decisions.${review.decision}`), date: on })}</Text>
      {review.decision === 'noRevision' && review.decisionDate && <Text size="sm">{t('reviews.decision.nextDue', { date: formatDate(addMonths(review.decisionDate, 12)) })}</Text>}
      <Text size="sm">{t('reviews.page.decidedNote')}</Text>
      {review.decision === 'revise' && (
        <Button component="a" href={hrefFor.idp(review.learnerId)} w="fit-content">
          {t('reviews.decision.openDraft')}
        </Button>
      )}
    </Stack>
  );
}

/**
 * For an IDP review: the decision about the plan. Offered once the meeting is marked as held, or before that on
 * request; once made, what was decided (and, after "revise", the way to the new draft).
 */
export function DecisionPanel({ review, editor }: { review: Review; editor: ReviewEditor }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  if (!reviewsThePlan(review) || review.status === 'cancelled') return null;
  const held = review.status === 'held';
  return (
    <Paper withBorder radius="md" p="md" component="section" aria-labelledby="review-decision" bg={review.decision ? 'teal.0' : undefined}>
      <Title order={2} size="h3" id="review-decision" mb="xs">
        {t('reviews.decision.title')}
      </Title>
      {review.decision ? (
        <Decided review={review} />
      ) : (
        <Group justify="space-between" align="center">
          <Text size="sm" maw={620}>
            {held ? t('reviews.decision.intro') : t('reviews.decision.afterHeld')}
          </Text>
          <Button variant={held ? 'filled' : 'default'} onClick={() => setOpen(true)}>
            {held ? t('reviews.decision.record') : t('reviews.decision.recordNow')}
          </Button>
        </Group>
      )}
      {open && <DecisionModal review={review} editor={editor} onClose={() => setOpen(false)} />}
    </Paper>
  );
}
