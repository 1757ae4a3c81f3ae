import { Anchor, Badge, Group, Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { actionWords, actorWords, CATEGORY_COLOUR, formatWhen } from './audit-words';

function LearnerCell({ entry }: { entry: AuditEntry }) {
  const { t } = useI18n();
  if (!entry.learnerId) return <Text size="sm">{t('audit.noLearner')}</Text>;
  if (!entry.learnerName) return <Text size="sm" c="dimmed">{t('audit.goneLearner')}</Text>;
  return (
    <Anchor href={hrefFor.learner(entry.learnerId)} size="sm">
      {entry.learnerName}
    </Anchor>
  );
}

/** The entries, newest first: when, who, what happened (its category and plain words), and about which learner. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const { t } = useI18n();
  return (
    <Table striped highlightOnHover aria-label={t('audit.tableLabel')}>
      <TableHead columns={[t('audit.columns.when'), t('audit.columns.who'), t('audit.columns.what'), t('audit.columns.learner')]} />
      <Table.Tbody>
        {entries.map((e) => (
          <Table.Tr key={e.seq} data-seq={e.seq}>
            <Table.Td>
              <Text size="sm" component="time" dateTime={e.at} style={{ whiteSpace: 'nowrap' }}>
                {formatWhen(e.at)}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{actorWords(t, e)}</Text>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" color={CATEGORY_COLOUR[e.category]} c={`${CATEGORY_COLOUR[e.category]}.9`} style={{ flexShrink: 0 }}>
                  {t(`audit.categories.${e.category}`)}
                </Badge>
                <Text size="sm">{actionWords(t, e.action)}</Text>
              </Group>
            </Table.Td>
            <Table.Td>
              <LearnerCell entry={e} />
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
