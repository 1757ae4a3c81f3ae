import { Stack } from '@mantine/core';
import type { IdpProblem } from '../../../../../shared/rules/idp-quality';
import type { ProvisionElement } from '../../../../../shared/schemas/idp';
import { useI18n } from '../../../i18n';
import { rowName } from '../labels';
import { RowChecks } from '../RowChecks';
import { RowsEditor } from '../RowsEditor';
import { ProvisionElementFields } from './ProvisionElementFields';
import { newRowId, type SectionProps } from './section-props';

const newElement = (): ProvisionElement => ({
  id: newRowId(),
  outcome: '',
  outcomeMeasure: '',
  outcomeDate: null,
  what: '',
  sessionsPerWeek: null,
  sessionMinutes: null,
  groupSize: '',
  deliveredBy: '',
  qualification: '',
  location: '',
  welsh: null,
  provider: null,
  providerName: '',
  startDate: null,
  reviewOrEndDate: null,
  endsThen: false,
  rationale: '',
  differenceOfOpinion: '',
});

/** 2B: the elements of provision as cards, each with its live checks underneath. */
export function ProvisionSection({ value, set, problems }: SectionProps<'provision'> & { problems: readonly IdpProblem[] }) {
  const { t } = useI18n();
  return (
    <RowsEditor rows={value} onChange={set} list="provision" create={newElement} max={40} spacious>
      {(row, change, n) => (
        <Stack gap="sm">
          <ProvisionElementFields row={row} set={change} />
          <RowChecks problems={problems.filter((p) => p.rowId === row.id)} label={t('idp.checks.on', { name: rowName(t, 'provision', n) })} />
        </Stack>
      )}
    </RowsEditor>
  );
}
