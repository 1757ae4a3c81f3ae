import { Button, Group, NumberInput, Select, Switch, TextInput } from '@mantine/core';
import { LearnerStatus, type ListLearnersInput } from '../../../../shared/schemas/learner';
import { useCodes, useStaff } from '../../api/learners';
import { useI18n } from '../../i18n';
import { needLabel, yearGroupOptions } from '../learner/labels';

interface Props {
  view: ListLearnersInput;
  onChange: (view: ListLearnersInput) => void;
}

/** Search as you type and the filters; every change is saved, so the caseload opens the same way next time. */
export function Filters({ view, onChange }: Props) {
  const { t, language } = useI18n();
  const staff = useStaff();
  const codes = useCodes();
  const set = <K extends keyof ListLearnersInput>(key: K, value: ListLearnersInput[K] | null | '') =>
    onChange({ ...view, [key]: value === null || value === '' ? undefined : value });
  const activeCodes = codes.data?.codes.filter((c) => c.listKey === codes.data.active && c.active) ?? [];
  const any = t('caseload.any');

  return (
    <Group align="flex-end" gap="sm" wrap="wrap" role="search" aria-label={t('caseload.filters')}>
      <TextInput
        label={t('caseload.search')}
        value={view.search ?? ''}
        onChange={(e) => set('search', e.currentTarget.value)}
        w={260}
        type="search"
      />
      <Select label={t('caseload.yearGroup')} placeholder={any} data={yearGroupOptions(t)} value={view.yearGroup ?? null} onChange={(v) => set('yearGroup', v as ListLearnersInput['yearGroup'])} clearable w={140} />
      <Select
        label={t('caseload.status')}
        placeholder={any}
        data={LearnerStatus.options.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        value={view.status ?? null}
        onChange={(v) => set('status', v as ListLearnersInput['status'])}
        clearable
        w={190}
      />
      <Select
        label={t('caseload.need')}
        placeholder={any}
        data={activeCodes.map((c) => ({ value: c.code, label: needLabel(activeCodes, c.code, language) }))}
        value={view.need ?? null}
        onChange={(v) => set('need', v ?? undefined)}
        clearable
        searchable
        w={220}
      />
      <Select
        label={t('caseload.keyWorker')}
        placeholder={any}
        data={(staff.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
        value={view.keyWorkerId ?? null}
        onChange={(v) => set('keyWorkerId', v ?? undefined)}
        clearable
        w={180}
      />
      <NumberInput label={t('caseload.dueWithin')} min={0} max={3650} allowDecimal={false} value={view.dueWithinDays ?? ''} onChange={(v) => set('dueWithinDays', typeof v === 'number' ? v : undefined)} w={150} />
      <Switch label={t('caseload.overdue')} checked={view.overdue ?? false} onChange={(e) => set('overdue', e.currentTarget.checked || undefined)} mb={8} />
      <Switch label={t('caseload.showArchived')} checked={view.archived ?? false} onChange={(e) => set('archived', e.currentTarget.checked || undefined)} mb={8} />
      <Button variant="subtle" onClick={() => onChange({ sort: view.sort })} mb={2}>
        {t('caseload.clearFilters')}
      </Button>
    </Group>
  );
}
