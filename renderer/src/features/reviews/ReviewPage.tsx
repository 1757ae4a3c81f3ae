/**
 * One review meeting (domain.md §2.7): who was invited and who came, the invitation and contribution sheets, the
 * record under the person-centred headings (saved as it is written), and for an IDP review the decision.
 */
import { Alert, Anchor, Badge, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import type { Review } from '../../../../shared/schemas/review';
import { isApiError } from '../../api/client';
import { useReview } from '../../api/reviews';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { AttendanceTable } from './AttendanceTable';
import { DecisionPanel } from './DecisionPanel';
import { statusColour, when } from './labels';
import { RecordForm } from './RecordForm';
import { ReviewExportActions } from './ReviewExportActions';
import { ScheduleModal } from './ScheduleModal';
import { useReviewEditor, type ReviewEditor } from './use-review-editor';

function SaveStatus({ editor }: { editor: ReviewEditor }) {
  const { t } = useI18n();
  if (editor.state === 'error') {
    return isApiError(editor.error) && editor.error.code === 'CONFLICT' ? (
      <Alert color="orange" role="alert">
        {t('reviews.page.conflict')}
      </Alert>
    ) : (
      <ErrorAlert error={editor.error} />
    );
  }
  return (
    <Text size="sm" c="dimmed" role="status" aria-live="polite">
      {editor.state === 'saving' ? t('reviews.page.saving') : editor.state === 'saved' ? t('reviews.page.saved') : ''}
    </Text>
  );
}

/** Where and how the meeting is held, who runs it, in what language. */
function meetingLine(t: ReturnType<typeof useI18n>['t'], r: Review): string {
  const where = r.online ? [t('reviews.online'), r.place].filter(Boolean).join(': ') : r.place;
  const by = r.facilitator ? t('reviews.page.facilitatedBy', { name: r.facilitator }) : '';
  return [when(t, r), where, by, t(`reviews.languages.${r.language}`)].filter(Boolean).join(' · ');
}

function ReviewScreen({ review, reload }: { review: Review; reload: () => Promise<Review | undefined> }) {
  const { t } = useI18n();
  const editor = useReviewEditor(review, reload);
  const [editing, setEditing] = useState(false);
  const readOnly = review.decision !== null || review.status === 'cancelled';
  // After the decision the record is kept as it was, but its actions can still be marked done.
  const canTick = review.status !== 'cancelled';
  const type = t(`reviews.types.${review.type}`);
  return (
    <Stack gap="lg">
      <Stack gap="xs">
        <Anchor href={hrefFor.learner(review.learnerId)} size="sm">
          ← {t('profiles.backToLearner', { name: review.learnerName })}
        </Anchor>
        <Group justify="space-between" align="flex-start">
          <div>
            <Group gap="sm">
              <Title order={1} size="h2">
                {t('reviews.page.title', { type, name: review.learnerName })}
              </Title>
              <Badge variant="light" color={statusColour(review.status)}>
                {t(`reviews.statuses.${review.status}`)}
              </Badge>
            </Group>
            <Text size="sm">{meetingLine(t, review)}</Text>
          </div>
          {!readOnly && (
            <Button variant="default" onClick={() => setEditing(true)}>
              {t('reviews.page.editMeeting')}
            </Button>
          )}
        </Group>
      </Stack>
      <Paper withBorder radius="md" p="md" component="section" aria-labelledby="review-papers">
        <Title order={2} size="h4" id="review-papers" mb="sm">
          {t('reviews.page.papers')}
        </Title>
        <ReviewExportActions review={review} before={editor.finishSaving} />
      </Paper>
      <SaveStatus editor={editor} />
      {review.status === 'cancelled' && <Alert color="gray">{t('reviews.page.cancelled')}</Alert>}
      {review.decision && <DecisionPanel review={review} editor={editor} />}
      <AttendanceTable review={review} editor={editor} readOnly={readOnly} />
      <RecordForm editor={editor} name={review.learnerName} readOnly={readOnly} canTick={canTick} />
      {!readOnly && review.status === 'scheduled' && (
        <Button w="fit-content" onClick={editor.markHeld} loading={editor.state === 'saving'}>
          {t('reviews.page.markHeld')}
        </Button>
      )}
      {!review.decision && <DecisionPanel review={review} editor={editor} />}
      {editing && <ScheduleModal review={review} onClose={() => setEditing(false)} />}
    </Stack>
  );
}

export function ReviewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useReview(id);
  const { refetch } = query;
  const reload = useCallback(async () => (await refetch()).data, [refetch]);
  if (query.isPending) return <Loader aria-label={t('app.loading')} />;
  if (query.isError) return <ErrorAlert error={query.error} />;
  return <ReviewScreen review={query.data} reload={reload} />;
}
