import { Anchor, Badge, Table, Text } from '@mantine/core';
import type { ReviewSummary } from '../../../../shared/schemas/review';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { statusColour, when } from './labels';

type Row = Pick<ReviewSummary, 'id' | 'learnerId' | 'learnerName' | 'type' | 'date' | 'time' | 'status' | 'decision'>;

/** Review meetings, one a row: the review opens from its type; the learner's page from their name (when shown). */
export function ReviewsTable({ rows, label, withLearner = false }: { rows: Row[]; label: string; withLearner?: boolean }) {
  const { t } = useI18n();
  const columns = [...(withLearner ? ['learner'] : []), 'review', 'when', 'status', 'decision'].map((c) => t(`reviews.columns.${c}`));
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table aria-label={label} striped highlightOnHover>
        <TableHead columns={columns} />
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.id}>
              {withLearner && (
                <Table.Td>
                  <Anchor href={hrefFor.learner(r.learnerId)}>{r.learnerName}</Anchor>
                </Table.Td>
              )}
              <Table.Td>
                <Anchor href={hrefFor.review(r.id)} fw={600} aria-label={t('reviews.openReview', { type: t(`reviews.types.${r.type}`), name: r.learnerName, date: when(t, r) })}>
                  {t(`reviews.types.${r.type}`)}
                </Anchor>
              </Table.Td>
              <Table.Td>{when(t, r)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={statusColour(r.status)}>
                  {t(`reviews.statuses.${r.status}`)}
                </Badge>
              </Table.Td>
              <Table.Td>{r.decision ? t(`reviews.decisions.${r.decision}`) : <Text span c="dimmed">–</Text>}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
