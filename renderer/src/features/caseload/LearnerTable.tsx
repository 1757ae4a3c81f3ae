import { Anchor, Badge, Table, Text, UnstyledButton } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef } from 'react';
import type { LearnerRow, ListLearnersInput } from '../../../../shared/schemas/learner';
import { useCodes } from '../../api/learners';
import { ClockText } from '../../components/ClockText';
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

function Row({ row }: { row: LearnerRow }) {
  const { t, language } = useI18n();
  const codes = useCodes();
  return (
    <Table.Tr style={{ height: ROW_HEIGHT }}>
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
    </Table.Tr>
  );
}

/** The whole caseload in one table; only the rows in view are in the page, so 2,000 learners scroll smoothly. */
export function LearnerTable({ rows, sort, onSort }: { rows: LearnerRow[]; sort: Sort; onSort: (s: Sort) => void }) {
  const { t } = useI18n();
  const scroller = useRef<HTMLDivElement>(null);
  const virtual = useVirtualizer({ count: rows.length, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 12 });
  const items = virtual.getVirtualItems();
  const top = items[0]?.start ?? 0;
  const bottom = virtual.getTotalSize() - (items.at(-1)?.end ?? 0);
  return (
    <div ref={scroller} style={{ height: 'calc(100vh - 330px)', minHeight: 320, overflow: 'auto' }} tabIndex={-1}>
      <Table stickyHeader highlightOnHover aria-label={t('caseload.tableLabel')} aria-rowcount={rows.length + 1}>
        <Table.Thead>
          <Table.Tr>
            {COLUMNS.map((c) => (
              <SortHeader key={c} column={c} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {top > 0 && <tr aria-hidden style={{ height: top }} />}
          {items.map((item) => (
            <Row key={rows[item.index]!.id} row={rows[item.index]!} />
          ))}
          {bottom > 0 && <tr aria-hidden style={{ height: bottom }} />}
        </Table.Tbody>
      </Table>
    </div>
  );
}
