import { Button, Group, Paper, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useEffect, useState, type FormEvent } from 'react';
import { isIsoDate } from '../../../../shared/rules/dates';
import type { OppPlusPlan } from '../../../../shared/schemas/interventions';
import { useUpdateOppPlus } from '../../api/opp-plus';
import { SaveError } from '../../components/FormActions';
import { LabelledSegments } from '../../components/LabelledSegments';
import { useI18n } from '../../i18n';

type Status = OppPlusPlan['status'];

/**
 * The fuller "important to me" and "important for me" an OPP+ adds to the profile, the review date and whether the
 * plan is still active; saved together with Save.
 */
export function PlanDetails({ plan }: { plan: OppPlusPlan }) {
  const { t } = useI18n();
  const update = useUpdateOppPlus();
  const [importantTo, setImportantTo] = useState(plan.importantTo ?? '');
  const [importantFor, setImportantFor] = useState(plan.importantFor ?? '');
  const [reviewDate, setReviewDate] = useState(plan.reviewDate ?? '');
  const [status, setStatus] = useState<Status>(plan.status);
  // What is stored wins when it changes (after a save, or a refused stale save); other changes to the plan leave these alone.
  useEffect(() => {
    setImportantTo(plan.importantTo ?? '');
    setImportantFor(plan.importantFor ?? '');
    setReviewDate(plan.reviewDate ?? '');
    setStatus(plan.status);
  }, [plan.importantTo, plan.importantFor, plan.reviewDate, plan.status]);
  const badDate = reviewDate !== '' && !isIsoDate(reviewDate);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (badDate) return;
    update.mutate({ planId: plan.id, version: plan.version, patch: { importantTo, importantFor, reviewDate: reviewDate || null, status } });
  };
  return (
    <Paper component="section" aria-labelledby="plan-details" withBorder radius="md" p="md">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h3" id="plan-details">
            {t('oppPlus.details.title')}
          </Title>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Textarea label={t('oppPlus.details.importantTo')} description={t('oppPlus.details.importantToHint')} value={importantTo} onChange={(e) => setImportantTo(e.currentTarget.value)} autosize minRows={3} maxLength={3000} />
            <Textarea label={t('oppPlus.details.importantFor')} description={t('oppPlus.details.importantForHint')} value={importantFor} onChange={(e) => setImportantFor(e.currentTarget.value)} autosize minRows={3} maxLength={3000} />
          </SimpleGrid>
          <Group align="flex-end" gap="lg">
            <TextInput type="date" label={t('oppPlus.details.reviewDate')} value={reviewDate} onChange={(e) => setReviewDate(e.currentTarget.value)} error={badDate ? t('learner.invalid.date') : undefined} />
            <LabelledSegments
              label={t('oppPlus.details.status')}
              value={status}
              onChange={(v) => setStatus(v as Status)}
              data={(['active', 'closed'] as const).map((s) => ({ value: s, label: t(`oppPlus.planStatus.${s}`) }))}
            />
            <Button type="submit" loading={update.isPending}>
              {t('oppPlus.details.save')}
            </Button>
          </Group>
          <Text size="sm" role="status" c="dimmed">
            {update.isSuccess ? t('learner.saved') : ''}
          </Text>
          <SaveError error={update.error} conflict={t('oppPlus.details.conflict')} />
        </Stack>
      </form>
    </Paper>
  );
}
