import { Button, Checkbox, Group, Modal, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isIsoDate } from '../../../../shared/rules/dates';
import type { Review, ReviewType } from '../../../../shared/schemas/review';
import { useSchool } from '../../api/hooks';
import { useLearnerList } from '../../api/learners';
import { useCancelReview, useScheduleReview, useUpdateReview } from '../../api/reviews';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormActions, SaveError } from '../../components/FormActions';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { hrefFor, navigate } from '../shell/use-hash-route';
import { InviteesPicker, type Invitee } from './InviteesPicker';
import { languageOptions, newRowId, typeOptions } from './labels';

type Learner = { id: string; name: string };
type Draft = { type: ReviewType; date: string; time: string; place: string; online: boolean; facilitator: string; language: Review['language']; invitees: Invitee[] };

const draftOf = (r: Review): Draft => ({ type: r.type, date: r.date, time: r.time ?? '', place: r.place, online: r.online, facilitator: r.facilitator, language: r.language, invitees: r.invitees });
/** A new meeting: an annual IDP review, in English, run by the coordinator, with the learner invited. */
const fresh = (learner: Learner | null, facilitator: string, learnerRole: string): Draft => ({
  type: 'annualIdp', date: '', time: '', place: '', online: false, facilitator, language: 'en',
  invitees: learner ? [{ id: newRowId(), kind: 'learner', refId: null, name: learner.name, role: learnerRole, attendance: 'invited' }] : [],
});

/** Choosing the learner, when the meeting is scheduled from the Reviews section. */
function LearnerChoice({ value, onChange, error }: { value: Learner | null; onChange: (l: Learner | null) => void; error?: string }) {
  const { t } = useI18n();
  const list = useLearnerList({ sort: { column: 'name', direction: 'asc' } });
  const rows = list.data?.rows ?? [];
  return (
    <Select
      label={t('reviews.form.learner')}
      placeholder={t('reviews.form.learnerPlaceholder')}
      data={rows.map((r) => ({ value: r.id, label: r.displayName }))}
      value={value?.id ?? null}
      onChange={(id) => onChange(id ? { id, name: rows.find((r) => r.id === id)?.displayName ?? '' } : null)}
      searchable
      required
      error={error}
    />
  );
}

/** When and where, the kind of review, who runs it and in what language. */
function MeetingFields({ draft, set, dateError }: { draft: Draft; set: (patch: Partial<Draft>) => void; dateError?: string }) {
  const { t } = useI18n();
  return (
    <>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select label={t('reviews.form.type')} data={typeOptions(t)} value={draft.type} onChange={(v) => v && set({ type: v as ReviewType })} allowDeselect={false} />
        <Select label={t('reviews.form.language')} data={languageOptions(t)} value={draft.language} onChange={(v) => v && set({ language: v as Draft['language'] })} allowDeselect={false} />
        <TextInput type="date" label={t('reviews.form.date')} value={draft.date} onChange={(e) => set({ date: e.currentTarget.value })} required error={dateError} />
        <TextInput type="time" label={t('reviews.form.time')} value={draft.time} onChange={(e) => set({ time: e.currentTarget.value })} />
        <TextInput label={draft.online ? t('reviews.form.joinDetails') : t('reviews.form.place')} value={draft.place} onChange={(e) => set({ place: e.currentTarget.value })} maxLength={200} />
        <TextInput label={t('reviews.form.facilitator')} value={draft.facilitator} onChange={(e) => set({ facilitator: e.currentTarget.value })} maxLength={150} />
      </SimpleGrid>
      <Checkbox label={t('reviews.form.online')} checked={draft.online} onChange={(e) => set({ online: e.currentTarget.checked })} />
    </>
  );
}

interface Props {
  /** The learner the meeting is for; without it (and without `review`) the person chooses. */
  learner?: Learner;
  /** The meeting to change; without it a new one is scheduled, and its page opens. */
  review?: Review;
  onClose: () => void;
}

/** Schedules a review meeting, or changes (or cancels) one: when, where, who runs it, in what language, who is invited. */
export function ScheduleModal({ learner: given, review, onClose }: Props) {
  const { t } = useI18n();
  const school = useSchool(true);
  const schedule = useScheduleReview();
  const update = useUpdateReview();
  const cancel = useCancelReview();
  const [learner, setLearner] = useState<Learner | null>(review ? { id: review.learnerId, name: review.learnerName } : (given ?? null));
  const [draft, setDraft] = useState<Draft>(() => (review ? draftOf(review) : fresh(given ?? null, school.data?.userName ?? '', t('reviews.form.learnerRole'))));
  const [tried, setTried] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const chooseLearner = (l: Learner | null) => {
    setLearner(l);
    set({ invitees: fresh(l, '', t('reviews.form.learnerRole')).invitees });
  };
  const dateProblem = !draft.date ? t('reviews.form.dateRequired') : !isIsoDate(draft.date) ? t('learner.invalid.date') : undefined;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!learner || dateProblem) return;
    const invitees = draft.invitees.filter((i) => i.kind !== 'other' || i.name.trim());
    const fields = { ...draft, time: draft.time || null, invitees };
    if (review) update.mutate({ reviewId: review.id, version: review.version, fields }, { onSuccess: onClose });
    else schedule.mutate({ learnerId: learner.id, fields }, { onSuccess: (r) => (onClose(), navigate(hrefFor.review(r.id))) });
  };
  const title = review ? t('reviews.form.editTitle') : t('reviews.form.scheduleTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {!review && !given && <LearnerChoice value={learner} onChange={chooseLearner} error={tried && !learner ? t('reviews.form.learnerRequired') : undefined} />}
          <MeetingFields draft={draft} set={set} dateError={tried ? dateProblem : undefined} />
          {learner && <InviteesPicker learnerId={learner.id} learnerName={learner.name} value={draft.invitees} onChange={(invitees) => set({ invitees })} />}
          <SaveError error={schedule.error ?? update.error ?? cancel.error} conflict={t('reviews.form.conflict')} />
          <Group justify="space-between">
            {review ? (
              <Button variant="subtle" color="red" c="red.9" onClick={() => setCancelling(true)}>
                {t('reviews.form.cancelMeeting')}
              </Button>
            ) : (
              <span />
            )}
            <FormActions submitLabel={review ? t('reviews.form.saveChanges') : t('reviews.form.schedule')} pending={schedule.isPending || update.isPending} onCancel={onClose} />
          </Group>
        </Stack>
      </form>
      {cancelling && review && (
        <ConfirmModal
          message={t('reviews.form.cancelConfirm', { type: t(`reviews.types.${review.type}`), name: review.learnerName, date: formatDate(review.date) })}
          confirmLabel={t('reviews.form.cancelMeeting')}
          onConfirm={() => cancel.mutate({ reviewId: review.id, version: review.version }, { onSuccess: onClose })}
          onClose={() => setCancelling(false)}
        />
      )}
    </Modal>
  );
}
