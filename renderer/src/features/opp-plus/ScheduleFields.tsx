/** The intervention form's second half: when and how often, who delivers it and where, and how it is going. */
import { Button, Fieldset, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { DELIVERY_LANGUAGES, INTERVENTION_STATUSES, type Checks, type DeliveryLanguage, type InterventionStatus } from '../../../../shared/rules/interventions';
import { deliveredBy } from '../../../../shared/rules/opp-plus-sheet';
import { useStaff } from '../../api/learners';
import { useI18n } from '../../i18n';
import { KeyWorkerAdd } from '../learner/KeyWorkerAdd';
import { formatDate } from '../learner/labels';
import { CheckWarnings } from './CheckWarnings';
import { endFromWeeks, type Draft, type SetDraft } from './intervention-draft';
import { CountInput, ScheduleCounts } from './CountInput';

interface Props {
  draft: Draft;
  set: SetDraft;
}

export function ScheduleFields({ draft, set, checks }: Props & { checks: Checks }) {
  const { t } = useI18n();
  const end = endFromWeeks(draft);
  return (
    <Fieldset legend={t('oppPlus.form.scheduleLegend')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <ScheduleCounts value={draft} onChange={set} />
          <TextInput type="date" label={t('oppPlus.form.startDate')} value={draft.startDate} onChange={(e) => set({ startDate: e.currentTarget.value })} />
          <Stack gap={4}>
            <TextInput type="date" label={t('oppPlus.form.plannedEndDate')} value={draft.plannedEndDate} onChange={(e) => set({ plannedEndDate: e.currentTarget.value })} />
            {end && end !== draft.plannedEndDate && (
              <Button variant="subtle" size="compact-sm" w="fit-content" onClick={() => set({ plannedEndDate: end })}>
                {t('oppPlus.form.fillEnd', { date: formatDate(end), count: draft.durationWeeks ?? 0 })}
              </Button>
            )}
          </Stack>
        </SimpleGrid>
        <CheckWarnings checks={checks} show={['schedule']} label={t('oppPlus.checks.scheduleLabel')} />
      </Stack>
    </Fieldset>
  );
}

export function DeliveryFields({ draft, set }: Props) {
  const { t } = useI18n();
  const staff = useStaff();
  return (
    <Fieldset legend={t('oppPlus.form.deliveryLegend')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Stack gap={4}>
          <Select
            label={t('oppPlus.form.staff')}
            data={(staff.data ?? []).map((s) => ({ value: s.id, label: deliveredBy({ staffName: s.name, staffRole: s.role }) ?? '' }))}
            value={draft.staffId}
            onChange={(staffId) => set({ staffId })}
            clearable
            searchable
          />
          <KeyWorkerAdd onAdded={(staffId) => set({ staffId })} />
        </Stack>
        <CountInput label={t('oppPlus.form.groupSize')} min={1} max={60} value={draft.groupSize} onChange={(groupSize) => set({ groupSize })} />
        <TextInput label={t('oppPlus.form.location')} value={draft.location} onChange={(e) => set({ location: e.currentTarget.value })} maxLength={120} />
        <Select
          label={t('oppPlus.form.language')}
          data={DELIVERY_LANGUAGES.map((l) => ({ value: l, label: t(`interventions.languages.${l}`) }))}
          value={draft.language}
          onChange={(v) => v && set({ language: v as DeliveryLanguage })}
          allowDeselect={false}
        />
        <Select
          label={t('oppPlus.form.status')}
          data={INTERVENTION_STATUSES.map((s) => ({ value: s, label: t(`interventions.statuses.${s}`) }))}
          value={draft.status}
          onChange={(v) => v && set({ status: v as InterventionStatus })}
          allowDeselect={false}
        />
        <CountInput label={t('oppPlus.form.sessionsDelivered')} max={1000} value={draft.sessionsDelivered} onChange={(sessionsDelivered) => set({ sessionsDelivered })} />
      </SimpleGrid>
      <Textarea mt="sm" label={t('oppPlus.form.impactNote')} value={draft.impactNote} onChange={(e) => set({ impactNote: e.currentTarget.value })} autosize minRows={2} maxLength={1000} />
    </Fieldset>
  );
}
