import { Select, Table, Text } from '@mantine/core';
import type { TransferLearner } from '../../../../shared/schemas/transfer';
import { TableHead } from '../../components/TableHead';
import { useI18n, type Translate } from '../../i18n';
import { formatDate, yearGroupLabel } from '../learner/labels';

export type Action = 'add' | 'skip' | 'replace';

/** New learners are added; a learner already here is skipped unless the coordinator asks to replace the record. */
export const defaultAction = (l: TransferLearner): Action => (l.match ? 'skip' : 'add');

const COUNTED = ['contacts', 'profiles', 'oppPlusPlans', 'idps', 'reviews', 'photos'] as const;

/** What a record holds, in words: "2 contacts, 2 profile versions, an OPP+ plan…" (only what it has). */
export function contentsText(t: Translate, counts: TransferLearner['counts']): string {
  const parts = COUNTED.filter((k) => counts[k] > 0).map((k) => t(`transfer.in.counts.${k}`, { count: counts[k] }));
  return parts.length ? parts.join(', ') : t('transfer.in.counts.registerOnly');
}

function ActionSelect({ learner, value, onChange }: { learner: TransferLearner; value: Action; onChange: (a: Action) => void }) {
  const { t } = useI18n();
  // "Add" would duplicate a learner already here (a UPN is unique), so a match offers skip or replace only.
  const actions: Action[] = learner.match ? ['skip', 'replace'] : ['add', 'skip'];
  return (
    <Select
      aria-label={t('transfer.in.actionFor', { name: learner.name })}
      data={actions.map((a) => ({ value: a, label: t(`transfer.in.actions.${a}`) }))}
      value={value}
      onChange={(v) => v && onChange(v as Action)}
      allowDeselect={false}
      w={230}
    />
  );
}

interface Props {
  learners: TransferLearner[];
  actions: Record<string, Action>;
  onChange: (ref: string, action: Action) => void;
}

/** Each learner in the file: who they are, what their record holds, who they match here, and what to do. */
export function PreviewTable({ learners, actions, onChange }: Props) {
  const { t } = useI18n();
  const columns = ['name', 'upn', 'dateOfBirth', 'yearGroup', 'contents', 'match', 'action'].map((c) => t(`transfer.in.columns.${c}`));
  return (
    <Table.ScrollContainer minWidth={900} mah="45vh">
      <Table aria-label={t('transfer.in.tableLabel')} striped verticalSpacing="xs">
        <TableHead columns={columns} />
        <Table.Tbody>
          {learners.map((l) => (
            <Table.Tr key={l.ref}>
              <Table.Td fw={600}>{l.name}</Table.Td>
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {l.upn ?? ''}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(l.dateOfBirth)}</Table.Td>
              <Table.Td>{yearGroupLabel(t, l.yearGroup)}</Table.Td>
              <Table.Td>
                <Text size="sm">{contentsText(t, l.counts)}</Text>
              </Table.Td>
              <Table.Td>{l.match ? t('transfer.in.matched', { name: l.match.name }) : t('transfer.in.notHere')}</Table.Td>
              <Table.Td>
                <ActionSelect learner={l} value={actions[l.ref] ?? defaultAction(l)} onChange={(a) => onChange(l.ref, a)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
