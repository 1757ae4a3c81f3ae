import { Anchor, Loader, Table, Text } from '@mantine/core';
import { daysBetween, todayIso } from '../../../../shared/rules/dates';
import type { IdpOverviewRow } from '../../../../shared/schemas/idp';
import { useIdpOverview } from '../../api/idp';
import { ClockText } from '../../components/ClockText';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { formatDate, yearGroupLabel } from '../learner/labels';
import { formatStamp } from '../profile/labels';
import { hrefFor } from '../shell/use-hash-route';

const COLUMNS = ['learner', 'yearGroup', 'inForce', 'draft', 'reviewDue'] as const;

function InForce({ issued }: { issued: IdpOverviewRow['issued'] }) {
  const { t } = useI18n();
  if (!issued) return <Text size="sm" c="dimmed">{t('plans.idps.noneYet')}</Text>;
  return (
    <Text size="sm">
      {t('plans.idps.version', { n: issued.versionNumber })}
      {issued.dateGiven && ` · ${t('plans.idps.given', { date: formatDate(issued.dateGiven) })}`}
      <br />
      {t(`plans.idps.maintainedBy.${issued.maintainedBy}`)}
      {issued.ceasedOn && (
        <>
          <br />
          <Text span fw={700} size="sm">{t('plans.idps.ceasedOn', { date: formatDate(issued.ceasedOn) })}</Text>
        </>
      )}
    </Text>
  );
}

function Draft({ draft }: { draft: IdpOverviewRow['draft'] }) {
  const { t } = useI18n();
  if (!draft) return <Text size="sm" c="dimmed">–</Text>;
  return (
    <Text size="sm">
      {t('plans.idps.version', { n: draft.versionNumber })} ·{' '}
      <Text span size="sm" c={draft.blocking > 0 ? 'orange.9' : 'teal.9'} fw={600}>
        {draft.blocking > 0 ? t('plans.idps.gaps', { count: draft.blocking }) : t('plans.idps.noGaps')}
      </Text>
      <br />
      {t('plans.idps.changed', { date: formatStamp(draft.updatedAt) })}
    </Text>
  );
}

/** Every learner with an IDP or a draft: the plan in force, the draft being written, and when the review is due. */
export function IdpsTab() {
  const { t } = useI18n();
  const list = useIdpOverview();
  if (list.isPending) return <Loader aria-label={t('app.loading')} />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (list.data.length === 0) return <EmptyState title={t('plans.idps.emptyTitle')} body={t('plans.idps.emptyBody')} />;
  const today = todayIso();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table aria-label={t('plans.idps.tableLabel')} striped highlightOnHover verticalSpacing="sm">
        <TableHead columns={COLUMNS.map((c) => t(`plans.idps.columns.${c}`))} />
        <Table.Tbody>
          {list.data.map((row) => (
            <Table.Tr key={row.learnerId}>
              <Table.Td>
                <Anchor href={hrefFor.idp(row.learnerId)} fw={600}>
                  {row.learnerName}
                </Anchor>
              </Table.Td>
              <Table.Td>{yearGroupLabel(t, row.yearGroup)}</Table.Td>
              <Table.Td><InForce issued={row.issued} /></Table.Td>
              <Table.Td><Draft draft={row.draft} /></Table.Td>
              <Table.Td>
                {row.reviewDue ? <ClockText clock={{ kind: 'idpReview', due: row.reviewDue, daysRemaining: daysBetween(today, row.reviewDue), estimated: false }} /> : <Text size="sm" c="dimmed">–</Text>}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
