import { Group, Select } from '@mantine/core';
import { AuditCategory } from '../../../../shared/schemas/audit';
import { useAuditLearners } from '../../api/audit';
import { useI18n } from '../../i18n';

const ALL = 'all';

interface Props {
  learnerId: string | null;
  onLearner: (id: string | null) => void;
  category: AuditCategory | null;
  onCategory: (c: AuditCategory | null) => void;
}

/** The learners to choose from; a history reached for a learner no longer held still shows which one is chosen. */
function useLearnerOptions(selected: string | null): { value: string; label: string }[] {
  const { t } = useI18n();
  const learners = useAuditLearners();
  const options = learners.data ?? [];
  if (selected && learners.isSuccess && !options.some((o) => o.value === selected)) return [{ value: selected, label: t('audit.goneLearner') }, ...options];
  return options;
}

/** Filter by learner (searchable) and by what happened. */
export function AuditFilters({ learnerId, onLearner, category, onCategory }: Props) {
  const { t } = useI18n();
  const learners = useLearnerOptions(learnerId);
  return (
    <Group align="flex-end" gap="md">
      <Select
        label={t('audit.filterLearner')}
        placeholder={t('audit.filterLearnerPlaceholder')}
        data={learners}
        value={learnerId}
        onChange={onLearner}
        searchable
        clearable
        nothingFoundMessage={t('audit.emptyTitle')}
        w={280}
      />
      <Select
        label={t('audit.filterCategory')}
        data={[{ value: ALL, label: t('audit.filterCategoryAll') }, ...AuditCategory.options.map((c) => ({ value: c, label: t(`audit.categories.${c}`) }))]}
        value={category ?? ALL}
        onChange={(v) => onCategory(v && v !== ALL ? AuditCategory.parse(v) : null)}
        allowDeselect={false}
        w={220}
      />
    </Group>
  );
}
