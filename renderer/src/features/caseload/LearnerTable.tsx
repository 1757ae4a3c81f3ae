import { Anchor, Badge, Checkbox, Table, Text, UnstyledButton } from '@mantine/core';
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

/** Ticking learners (to transfer them): each row, and everyone shown at once. */
export interface RowSelection {
  isChosen: (id: string) => boolean;
  toggle: (row: LearnerRow, on: boolean) => void;
  /** How many rows are shown, and how many of them are ticked. */
  shown: number;
  allState: 'none' | 'some' | 'all';
  toggleAll: (on: boolean) => void;
}

function ChooseAllHeader({ selection }: { selection: RowSelection }) {
  const { t } = useI18n();
  return (
    <Table.Th scope="col" w={32} px={6}>
      <Checkbox
        size="sm"
        aria-label={t('transfer.table.chooseAll', { count: selection.shown })}
        checked={selection.allState === 'all'}
        indeterminate={selection.allState === 'some'}
        onChange={() => selection.toggleAll(selection.allState !== 'all')}
      />
    </Table.Th>
  );
}

function RowCells({ row, selection }: { row: LearnerRow; selection?: RowSelection }) {
  const { t, language } = useI18n();
  const codes = useCodes();
  return (
    <>
      {selection && (
        <Table.Td px={6}>
          <Checkbox size="sm" aria-label={t('transfer.table.choose', { name: row.displayName })} checked={selection.isChosen(row.id)} onChange={(e) => selection.toggle(row, e.currentTarget.checked)} />
        </Table.Td>
      )}
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
export function LearnerTable({ rows, sort, onSort, selection }: { rows: LearnerRow[]; sort: Sort; onSort: (s: Sort) => void; selection?: RowSelection }) {
  const { t } = useI18n();
  return (
    <VirtualRows
      rows={rows}
      rowKey={(row) => row.id}
      renderRow={(row) => <RowCells row={row} selection={selection} />}
      header={[...(selection ? [<ChooseAllHeader key="choose" selection={selection} />] : []), ...COLUMNS.map((c) => <SortHeader key={c} column={c} sort={sort} onSort={onSort} />)]}
      label={t('caseload.tableLabel')}
      rowHeight={ROW_HEIGHT}
      height="calc(100vh - 330px)"
    />
  );
}
