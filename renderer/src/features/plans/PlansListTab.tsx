import { Anchor, Badge, Loader, Table } from '@mantine/core';
import { useOppPlusList } from '../../api/opp-plus';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { formatDate, yearGroupLabel } from '../learner/labels';
import { formatTime } from '../opp-plus/labels';
import { hrefFor } from '../shell/use-hash-route';

const COLUMNS = ['learner', 'yearGroup', 'status', 'interventions', 'staffTime', 'review'] as const;

/** Every learner with an OPP+: how much is running, the staff time it takes, when it is reviewed. */
export function PlansListTab() {
  const { t } = useI18n();
  const list = useOppPlusList();
  if (list.isPending) return <Loader aria-label={t('app.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (list.data.length === 0) return <EmptyState title={t('plans.list.emptyTitle')} body={t('plans.list.emptyBody')} />;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('plans.list.tableLabel')} striped highlightOnHover>
        <TableHead columns={COLUMNS.map((c) => t(`plans.list.columns.${c}`))} />
        <Table.Tbody>
          {list.data.map((p) => (
            <Table.Tr key={p.planId}>
              <Table.Td>
                <Anchor href={hrefFor.oppPlus(p.learnerId)} fw={600}>
                  {p.learnerName}
                </Anchor>
              </Table.Td>
              <Table.Td>{yearGroupLabel(t, p.yearGroup)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={p.status === 'active' ? 'teal' : 'gray'}>
                  {t(`oppPlus.planStatus.${p.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{t('plans.list.running', { running: p.running, count: p.interventions })}</Table.Td>
              <Table.Td>{formatTime(t, p.staffMinutesPerWeek)}</Table.Td>
              <Table.Td>{p.reviewDate ? formatDate(p.reviewDate) : '–'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
