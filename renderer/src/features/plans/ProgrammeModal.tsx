import { Modal, Select, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { MEASURE_TOOLS, type NeedArea } from '../../../../shared/rules/interventions';
import type { Programme } from '../../../../shared/schemas/interventions';
import { useSaveProgramme } from '../../api/opp-plus';
import { FormActions, SaveError } from '../../components/FormActions';
import { useI18n } from '../../i18n';
import { ScheduleCounts, type Schedule } from '../opp-plus/CountInput';
import { areaOptions } from '../opp-plus/labels';

interface Props {
  /** The programme being edited, or none to add one. */
  programme?: Programme;
  /** The catalogue, to tell a duplicate name from a change made elsewhere. */
  catalogue: Programme[];
  onClose: () => void;
}

/** Adds a programme to the school's catalogue, or edits one: name, area, default schedule, suggested measures. */
export function ProgrammeModal({ programme, catalogue, onClose }: Props) {
  const { t } = useI18n();
  const save = useSaveProgramme();
  const [name, setName] = useState(programme?.name ?? '');
  const [area, setArea] = useState<NeedArea | null>(programme?.area ?? null);
  const [schedule, setSchedule] = useState<Schedule>({
    sessionsPerWeek: programme?.sessionsPerWeek ?? null,
    sessionMinutes: programme?.sessionMinutes ?? null,
    durationWeeks: programme?.durationWeeks ?? null,
  });
  const [suggestedMeasures, setMeasures] = useState<string[]>(programme?.suggestedMeasures ?? []);
  const [tried, setTried] = useState(false);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!name.trim() || !area) return;
    const fields = { name: name.trim(), area, ...schedule, suggestedMeasures };
    save.mutate(programme ? { update: { id: programme.id, version: programme.version, patch: fields } } : { create: fields }, { onSuccess: onClose });
  };
  const taken = catalogue.some((p) => p.id !== programme?.id && p.name.trim().toLowerCase() === name.trim().toLowerCase());
  const required = t('learner.invalid.required');
  return (
    <Modal opened onClose={onClose} title={programme ? t('plans.catalogue.editTitle', { name: programme.name }) : t('plans.catalogue.addTitle')} size="lg" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('plans.catalogue.name')} value={name} onChange={(e) => setName(e.currentTarget.value)} required maxLength={120} error={tried && !name.trim() ? required : undefined} data-autofocus />
          <Select label={t('oppPlus.form.area')} data={areaOptions(t)} value={area} onChange={(v) => setArea(v as NeedArea | null)} required allowDeselect={false} error={tried && !area ? required : undefined} />
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            <ScheduleCounts value={schedule} onChange={(patch) => setSchedule((s) => ({ ...s, ...patch }))} />
          </SimpleGrid>
          <TagsInput label={t('plans.catalogue.measures')} description={t('plans.catalogue.measuresHint')} data={MEASURE_TOOLS.map((m) => m.name)} value={suggestedMeasures} onChange={setMeasures} maxTags={10} clearable />
          <SaveError error={save.error} conflict={taken ? t('plans.catalogue.duplicate', { name: name.trim() }) : t('plans.catalogue.conflict')} />
          <FormActions submitLabel={programme ? t('plans.catalogue.save') : t('plans.catalogue.add')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
