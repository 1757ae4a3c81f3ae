import { Alert, Modal, Radio, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { addMonths, isIsoDate, todayIso } from '../../../../shared/rules/dates';
import { ReviewDecision, type Review } from '../../../../shared/schemas/review';
import { useDecideReview } from '../../api/reviews';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import type { ReviewEditor } from './use-review-editor';

/** Months between IDP reviews (ALNET s.23: at least every 12 months). */
const REVIEW_MONTHS = 12;

/**
 * The review's decision about the plan, with its date, and in plain words what it will do before it is recorded:
 * a decision cannot be taken back here, and the review's record is kept as it was from then on.
 */
export function DecisionModal({ review, editor, onClose }: { review: Review; editor: ReviewEditor; onClose: () => void }) {
  const { t } = useI18n();
  const decide = useDecideReview();
  const [decision, setDecision] = useState<ReviewDecision | null>(review.idpId ? null : 'referLa');
  const today = todayIso();
  // A decision is given on a day that has come: the meeting's, or today for a meeting set for later.
  const [date, setDate] = useState(review.date < today ? review.date : today);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [saveFailed, setSaveFailed] = useState(false);
  const future = isIsoDate(date) && date > today;
  const goodDate = isIsoDate(date) && !future;
  const needsReason = decision === 'cease' && !reason.trim();
  const name = review.learnerName;
  const effect = decision && goodDate ? t(`reviews.decision.effects.${decision}`, { name, date: formatDate(date), due: formatDate(addMonths(date, REVIEW_MONTHS)) }) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!decision || !goodDate || needsReason) return;
    const stored = await editor.finishSaving();
    setSaveFailed(!stored);
    if (!stored) return;
    decide.mutate({ reviewId: review.id, version: stored.version, decision, date, reason: reason.trim() || null }, { onSuccess: onClose });
  };
  return (
    <Modal opened onClose={onClose} title={t('reviews.decision.dialogTitle', { name })} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <Stack gap="md">
          {!review.idpId && <Alert color="gray">{t('reviews.decision.noPlan')}</Alert>}
          <Radio.Group label={t('reviews.decision.choice')} value={decision} onChange={(v) => setDecision(v as ReviewDecision)} required error={tried && !decision ? t('reviews.decision.chooseOne') : undefined}>
            <Stack gap="xs" mt="xs">
              {ReviewDecision.options.map((d) => (
                <Radio key={d} value={d} label={t(`reviews.decisions.${d}`)} disabled={!review.idpId && d !== 'referLa'} />
              ))}
            </Stack>
          </Radio.Group>
          <TextInput type="date" label={t('reviews.decision.date')} description={t('reviews.decision.dateHint')} value={date} max={today} onChange={(e) => setDate(e.currentTarget.value)} required error={future ? t('reviews.decision.afterToday') : !goodDate ? t('learner.invalid.date') : undefined} w="fit-content" />
          <Textarea
            label={decision === 'cease' ? t('reviews.decision.reason') : t('reviews.decision.reasonOptional')}
            value={reason}
            onChange={(e) => setReason(e.currentTarget.value)}
            required={decision === 'cease'}
            error={tried && needsReason ? t('reviews.decision.reasonRequired') : undefined}
            autosize
            minRows={2}
            maxLength={2000}
          />
          {effect && (
            <Alert color="blue" variant="light" title={t('reviews.decision.whatHappens')}>
              <Text size="sm">{effect}</Text>
              <Text size="sm" mt="xs">
                {t('reviews.decision.final')}
              </Text>
            </Alert>
          )}
          <ErrorAlert error={saveFailed ? editor.error : decide.error} />
          <FormActions submitLabel={t('reviews.decision.confirm')} pending={decide.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
