import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import type { LearnerRow, ListLearnersInput } from '../../../../shared/schemas/learner';
import { useCodes } from '../../api/learners';
import { ClockText } from '../../components/ClockText';
import { VirtualRows } from '../../components/VirtualRows';
import { useI18n } from '../../i18n';
import { formatDate, needLabel, yearGroupLabel } from '../learner/labels';
import { hrefFor } from '../shell/use-hash-route';

type Sort = NonNullable<ListLearnersInput['sort']>;
const COLUMNS: Sort['column'][] = ['name', 'yearGroup', 'status', 'primaryNeed', 'keyWorker', 'due', 'dateOfBirth', 'upn'];
const ROW_HEIGHT = 44;

function SortHeader({ column, sort, onSort }: { column: Sort['column']; sort: Sort; onSort: (s: Sort) => void }) {
  const { t } = useI18n();
  const active = sort.column === column;
  const next: Sort = { column, direction: active && sort.direction === 'asc' ? 'desc' : 'asc' };
  return (
    <Table.Th aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'} scope="col">
      <UnstyledButton onClick={() => onSort(next)} fw={700} fz="sm" aria-label={t('caseload.sortBy', { column: t(`caseload.columns.${column}`) })}>
        {t(`caseload.columns.${column}`)} {active ? (sort.direction === 'asc' ? '▲' : '▼') : ''}
      </UnstyledButton>
    </Table.Th>
  );
}

function RowCells({ row }: { row: LearnerRow }) {
  const { t, language } = useI18n();
  const codes = useCodes();
  return (
    <>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <Anchor href={hrefFor.learner(row.id)} fw={600}>
          {row.displayName}
        </Anchor>
        {row.archived && (
          <Badge ml="xs" color="gray" variant="outline" size="sm">
            {t('caseload.archived')}
          </Badge>
        )}
      </Table.Td>
      <Table.Td>{yearGroupLabel(t, row.yearGroup)}</Table.Td>
      <Table.Td>{t(`status.${row.status}`)}</Table.Td>
      <Table.Td>{needLabel(codes.data?.codes, row.primaryNeed, language)}</Table.Td>
      <Table.Td>{row.keyWorkerName ?? ''}</Table.Td>
      <Table.Td>{row.nextDue ? <ClockText clock={row.nextDue} /> : ''}</Table.Td>
      <Table.Td>{formatDate(row.dateOfBirth)}</Table.Td>
      <Table.Td>
        <Text size="sm" ff="monospace">
          {row.upn ?? ''}
        </Text>
      </Table.Td>
    </>
  );
}

/** The whole caseload in one table; only the rows in view are in the page, so 2,000 learners scroll smoothly. */
export function LearnerTable({ rows, sort, onSort }: { rows: LearnerRow[]; sort: Sort; onSort: (s: Sort) => void }) {
  const { t } = useI18n();
  return (
    <VirtualRows
      rows={rows}
      rowKey={(row) => row.id}
      renderRow={(row) => <RowCells row={row} />}
      header={COLUMNS.map((c) => <SortHeader key={c} column={c} sort={sort} onSort={onSort} />)}
      label={t('caseload.tableLabel')}
      rowHeight={ROW_HEIGHT}
      height="calc(100vh - 330px)"
    />
  );
}
