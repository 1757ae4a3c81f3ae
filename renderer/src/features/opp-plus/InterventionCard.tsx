import { Badge, Button, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { checkIntervention, plannedSessions } from '../../../../shared/rules/interventions';
import { deliveredBy } from '../../../../shared/rules/opp-plus-sheet';
import type { Intervention } from '../../../../shared/schemas/interventions';
import { useRemoveIntervention } from '../../api/opp-plus';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n, type Translate } from '../../i18n';
import { formatDate } from '../learner/labels';
import { CheckWarnings } from './CheckWarnings';
import { InterventionForm } from './InterventionForm';
import { scheduleText, scoreText } from './labels';
import { MeasureModal } from './MeasureModal';
import { MeasuresTable } from './MeasuresTable';
import { NextStepSelect } from './NextStepSelect';

const STATUS_COLOUR = { planned: 'gray', running: 'teal', completed: 'blue', stopped: 'orange' } as const;

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase">
        {label}
      </Text>
      <Text size="sm">{children || '–'}</Text>
    </div>
  );
}

/** The target: what, measured how, to what score, by when. */
function targetLine(t: Translate, i: Intervention): string {
  const by = (date: string) => t('oppPlus.card.by', { date });
  const score = i.measureTool && i.targetScore !== null ? `${i.measureTool}: ${scoreText(t, i.measureTool, i.targetScore)}` : (i.measureTool ?? '');
  return [score, i.targetDate ? by(formatDate(i.targetDate)) : ''].filter(Boolean).join(' · ');
}

function Details({ i }: { i: Intervention }) {
  const { t } = useI18n();
  const dates = [i.startDate && formatDate(i.startDate), i.plannedEndDate && formatDate(i.plannedEndDate)].filter(Boolean).join(' – ');
  const planned = plannedSessions(i);
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm" verticalSpacing="xs">
      <Detail label={t('oppPlus.card.measure')}>{targetLine(t, i)}</Detail>
      <Detail label={t('oppPlus.card.schedule')}>{scheduleText(t, i)}</Detail>
      <Detail label={t('oppPlus.card.dates')}>{dates}</Detail>
      <Detail label={t('oppPlus.form.staff')}>{deliveredBy(i)}</Detail>
      <Detail label={t('oppPlus.card.groupAndPlace')}>{[i.groupSize ? t('oppPlus.card.group', { count: i.groupSize }) : '', i.location ?? ''].filter(Boolean).join(' · ')}</Detail>
      <Detail label={t('oppPlus.form.language')}>{t(`interventions.languages.${i.language}`)}</Detail>
      <Detail label={t('oppPlus.card.sessions')}>{i.sessionsDelivered !== null || planned ? t('oppPlus.card.sessionsOf', { delivered: i.sessionsDelivered ?? 0, planned: planned ?? '?' }) : ''}</Detail>
      {i.entryCriteria && <Detail label={t('oppPlus.form.entryCriteria')}>{i.entryCriteria}</Detail>}
    </SimpleGrid>
  );
}

/** One action-plan row: what it is, its target and schedule, the checks, its measures and the next step. */
export function InterventionCard({ intervention: i, planId, learnerName }: { intervention: Intervention; planId: string; learnerName: string }) {
  const { t } = useI18n();
  const headingId = useId();
  const remove = useRemoveIntervention();
  const [open, setOpen] = useState<'edit' | 'measure' | 'remove' | null>(null);
  const close = () => setOpen(null);
  const name = i.programmeName;
  return (
    <Paper component="article" aria-labelledby={headingId} withBorder radius="md" p="md">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {name}
            </Title>
            <Group gap={6} mt={4}>
              <Badge variant="light" color="gray">
                {t(`interventions.areas.${i.area}`)}
              </Badge>
              <Badge variant="light" color={STATUS_COLOUR[i.status]}>
                {t(`interventions.statuses.${i.status}`)}
              </Badge>
            </Group>
          </div>
          <Group gap="xs" wrap="nowrap">
            <Button size="xs" variant="default" aria-label={t('oppPlus.card.editOne', { name })} onClick={() => setOpen('edit')}>
              {t('oppPlus.edit')}
            </Button>
            <Button size="xs" variant="subtle" color="red" c="red.9" aria-label={t('oppPlus.card.removeOne', { name })} onClick={() => setOpen('remove')}>
              {t('oppPlus.remove')}
            </Button>
          </Group>
        </Group>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{i.target ?? t('oppPlus.card.noTarget')}</Text>
        <Details i={i} />
        <CheckWarnings checks={checkIntervention(i)} show={['target', 'schedule']} label={t('oppPlus.checks.cardLabel', { name })} />
        <Group justify="space-between" align="center">
          <Title order={4} size="h5">
            {t('oppPlus.measures.title')}
          </Title>
          <Button size="xs" variant="light" aria-label={t('oppPlus.measures.addFor', { name })} onClick={() => setOpen('measure')}>
            {t('oppPlus.measures.add')}
          </Button>
        </Group>
        <MeasuresTable intervention={i} />
        <Group align="flex-start" gap="xl">
          <NextStepSelect intervention={i} learnerName={learnerName} />
          {i.impactNote && <Detail label={t('oppPlus.form.impactNote')}>{i.impactNote}</Detail>}
        </Group>
        <ErrorAlert error={remove.error} />
      </Stack>
      {open === 'edit' && <InterventionForm planId={planId} intervention={i} onClose={close} />}
      {open === 'measure' && <MeasureModal intervention={i} onClose={close} />}
      {open === 'remove' && (
        <ConfirmModal
          message={t('oppPlus.card.confirmRemove', { name })}
          confirmLabel={t('oppPlus.remove')}
          onConfirm={() => remove.mutate({ interventionId: i.id, version: i.version })}
          onClose={close}
        />
      )}
    </Paper>
  );
}
