import { Autocomplete, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { isIsoDate, todayIso } from '../../../../shared/rules/dates';
import { MEASURE_PHASES, MEASURE_TOOLS, type MeasurePhase } from '../../../../shared/rules/interventions';
import type { Intervention, Measure } from '../../../../shared/schemas/interventions';
import { useSaveMeasure } from '../../api/opp-plus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../i18n';
import { ScoreInput } from './ScoreInput';

interface Props {
  intervention: Intervention;
  /** The measure being corrected, or none to record a new one. */
  measure?: Measure;
  onClose: () => void;
}

/** The phase a new measure most likely is: a baseline first, then an exit. */
const nextPhase = (i: Intervention): MeasurePhase => (i.measures.some((m) => m.phase === 'baseline') ? 'exit' : 'baseline');

/** Records a baseline, interim or exit measure: the tool (the target's, unless another is used), score and date. */
export function MeasureModal({ intervention, measure, onClose }: Props) {
  const { t } = useI18n();
  const save = useSaveMeasure();
  const [phase, setPhase] = useState<MeasurePhase>(measure?.phase ?? nextPhase(intervention));
  const [tool, setTool] = useState(measure?.tool ?? intervention.measureTool ?? '');
  const [score, setScore] = useState<number | null>(measure?.score ?? null);
  const [date, setDate] = useState(measure?.date ?? todayIso());
  const [note, setNote] = useState(measure?.note ?? '');
  const [tried, setTried] = useState(false);
  const missing = { tool: !tool.trim(), score: score === null, date: !isIsoDate(date) };

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (missing.tool || missing.score || missing.date || score === null) return;
    const fields = { phase, tool: tool.trim(), score, date, note };
    save.mutate(measure ? { update: { measureId: measure.id, measure: fields } } : { add: { interventionId: intervention.id, measure: fields } }, { onSuccess: onClose });
  };
  const required = (problem: boolean) => (tried && problem ? t('learner.invalid.required') : undefined);
  const title = t(measure ? 'oppPlus.measures.editTitle' : 'oppPlus.measures.addTitle', { name: intervention.programmeName });
  return (
    <Modal opened onClose={onClose} title={title} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('oppPlus.measures.phase')}
              data={MEASURE_PHASES.map((p) => ({ value: p, label: t(`interventions.phases.${p}`) }))}
              value={phase}
              onChange={(v) => v && setPhase(v as MeasurePhase)}
              allowDeselect={false}
            />
            <Autocomplete label={t('oppPlus.measures.tool')} data={MEASURE_TOOLS.map((m) => m.name)} value={tool} onChange={setTool} maxLength={80} required error={required(missing.tool)} />
            <ScoreInput label={t('oppPlus.measures.score')} tool={tool} value={score} onChange={setScore} required error={required(missing.score)} />
            <TextInput type="date" label={t('oppPlus.measures.date')} value={date} onChange={(e) => setDate(e.currentTarget.value)} required error={required(missing.date)} />
          </SimpleGrid>
          <Textarea label={t('oppPlus.measures.note')} value={note} onChange={(e) => setNote(e.currentTarget.value)} autosize minRows={1} maxLength={500} />
          <ErrorAlert error={save.error} />
          <FormActions submitLabel={t('oppPlus.measures.save')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
