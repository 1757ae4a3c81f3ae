import { Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { NEXT_STEPS, type NextStep } from '../../../../shared/rules/interventions';
import type { Intervention } from '../../../../shared/schemas/interventions';
import { useSetNextStep } from '../../api/opp-plus';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';

const NONE = 'none';

/**
 * What happens after the intervention. "Consider ALN" puts the learner under consideration and starts the duty to
 * decide, so the person is told that and asked first.
 */
export function NextStepSelect({ intervention, learnerName }: { intervention: Intervention; learnerName: string }) {
  const { t } = useI18n();
  const setStep = useSetNextStep();
  const [confirming, setConfirming] = useState(false);
  const [started, setStarted] = useState(false);
  const choose = (step: NextStep | null) => {
    setStarted(false);
    setStep.mutate({ interventionId: intervention.id, version: intervention.version, nextStep: step }, { onSuccess: (r) => setStarted(r.dutyStarted) });
  };
  const onChange = (v: string | null) => {
    if (v === 'considerAln') setConfirming(true);
    else choose(v === NONE || v === null ? null : (v as NextStep));
  };
  return (
    <Stack gap={4}>
      <Select
        label={t('oppPlus.nextStep.label')}
        aria-label={t('oppPlus.nextStep.labelFor', { name: intervention.programmeName })}
        data={[NONE, ...NEXT_STEPS].map((s) => ({ value: s, label: t(`oppPlus.nextStep.${s}`) }))}
        value={intervention.nextStep ?? NONE}
        onChange={onChange}
        allowDeselect={false}
        disabled={setStep.isPending}
        w={320}
        maw="100%"
      />
      {intervention.nextStepOn && (
        <Text size="xs" c="dimmed">
          {t('oppPlus.nextStep.decidedOn', { date: formatDate(intervention.nextStepOn) })}
        </Text>
      )}
      <Text size="sm" role="status" fw={started ? 600 : undefined}>
        {started ? t('oppPlus.nextStep.dutyStarted', { name: learnerName }) : ''}
      </Text>
      <ErrorAlert error={setStep.error} />
      {confirming && (
        <ConfirmModal
          message={t('oppPlus.nextStep.confirm', { name: learnerName })}
          confirmLabel={t('oppPlus.nextStep.confirmButton')}
          onConfirm={() => choose('considerAln')}
          onClose={() => setConfirming(false)}
        />
      )}
    </Stack>
  );
}
