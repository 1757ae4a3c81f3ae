import { Alert, Modal, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { checkIntervention } from '../../../../shared/rules/interventions';
import type { Intervention } from '../../../../shared/schemas/interventions';
import { useCatalogue, useSaveIntervention } from '../../api/opp-plus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions, SaveError } from '../../components/FormActions';
import { useI18n } from '../../i18n';
import { blockers, draftOf, emptyDraft, fieldsOf, type Draft } from './intervention-draft';
import { DeliveryFields, ScheduleFields } from './ScheduleFields';
import { ProgrammeFields, TargetFields } from './TargetFields';

interface Props {
  planId: string;
  /** The row being edited, or none to add one. */
  intervention?: Intervention;
  onClose: () => void;
}

/**
 * Adds or edits one action-plan row. The target and schedule checks show as the person types; they are warnings,
 * and the row can be saved with them. Only a missing programme or area, or a date that is not a date, stops a save.
 */
export function InterventionForm({ planId, intervention, onClose }: Props) {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const save = useSaveIntervention();
  const [draft, setDraft] = useState<Draft>(() => (intervention ? draftOf(intervention) : emptyDraft()));
  const [tried, setTried] = useState(false);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const fields = fieldsOf(draft);
  const checks = checkIntervention(fields);
  const problems = tried ? blockers(draft) : [];
  const programmes = catalogue.data ?? [];

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (blockers(draft).length > 0) return;
    const input = intervention ? { update: { interventionId: intervention.id, version: intervention.version, fields } } : { add: { planId, fields } };
    save.mutate(input, { onSuccess: onClose });
  };
  const title = intervention ? t('oppPlus.form.editTitle', { name: intervention.programmeName }) : t('oppPlus.form.addTitle');
  return (
    <Modal opened onClose={onClose} title={title} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ErrorAlert error={catalogue.error} />
          <ProgrammeFields draft={draft} set={set} catalogue={programmes} problems={problems} />
          <TargetFields draft={draft} set={set} catalogue={programmes} checks={checks} />
          <ScheduleFields draft={draft} set={set} checks={checks} />
          <DeliveryFields draft={draft} set={set} />
          {problems.includes('dates') && (
            <Alert color="red" role="alert" variant="light">
              {t('oppPlus.form.badDate')}
            </Alert>
          )}
          <SaveError error={save.error} conflict={t('oppPlus.interventionConflict')} />
          <FormActions submitLabel={intervention ? t('oppPlus.form.save') : t('oppPlus.form.add')} pending={save.isPending} onCancel={onClose} />
        </Stack>
      </form>
    </Modal>
  );
}
