import { Badge, Button, Checkbox, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { RetentionDue } from '../../../../shared/schemas/retention';
import { useRetentionDue } from '../../api/retention';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { hrefFor } from '../shell/use-hash-route';
import { DestroyModal, outcomeText, type DestroyOutcome } from './DestroyModal';

const keyOf = (d: Pick<RetentionDue, 'learnerId' | 'type'>) => `${d.learnerId}:${d.type}`;
const COLUMNS = ['learner', 'type', 'dueOn', 'records', 'hold'] as const;

function DueRow({ d, checked, onToggle }: { d: RetentionDue; checked: boolean; onToggle: () => void }) {
  const { t } = useI18n();
  const type = t(`retention.types.${d.type}`);
  return (
    <Table.Tr>
      <Table.Td>
        {/* A held row cannot be chosen: the hold must be lifted on the learner's page first. */}
        <Checkbox aria-label={d.legalHold ? `${t('retention.select', { type, name: d.name })}: ${t('retention.heldRow')}` : t('retention.select', { type, name: d.name })} checked={checked} disabled={d.legalHold} onChange={onToggle} />
      </Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        <a href={hrefFor.learner(d.learnerId)}>{d.name}</a>
      </Table.Td>
      <Table.Td>{type}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(d.dueOn)}</Table.Td>
      <Table.Td>{d.records}</Table.Td>
      <Table.Td style={{ whiteSpace: 'nowrap' }}>
        {d.legalHold && (
          // The label is kept whole (a badge cuts long words short by default, as Welsh's "Cadw cyfreithiol" was).
          <Badge color="red.9" variant="filled" tt="none" styles={{ label: { overflow: 'visible' } }}>
            {t('retention.hold.label')}
          </Badge>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

interface TableProps {
  rows: RetentionDue[];
  chosen: ReadonlySet<string>;
  onToggle: (key: string) => void;
  /** Every row that can be chosen (held ones cannot). */
  selectable: RetentionDue[];
  onChoose: (keys: Set<string>) => void;
}

function DueTable({ rows, chosen, onToggle, selectable, onChoose }: TableProps) {
  const { t } = useI18n();
  const count = selectable.filter((d) => chosen.has(keyOf(d))).length;
  const all = selectable.length > 0 && count === selectable.length;
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table aria-label={t('retention.tableLabel')} striped verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">
              <Checkbox aria-label={t('retention.selectAll')} checked={all} indeterminate={count > 0 && !all} disabled={!selectable.length} onChange={() => onChoose(all ? new Set() : new Set(selectable.map(keyOf)))} />
            </Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c} scope="col">
                {t(`retention.columns.${c}`)}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((d) => (
            <DueRow key={keyOf(d)} d={d} checked={chosen.has(keyOf(d))} onToggle={() => onToggle(keyOf(d))} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The records past their date: choose some (never a held one), destroy them through the confirmation. */
export function DueRecords() {
  const { t } = useI18n();
  const due = useRetentionDue();
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<DestroyOutcome | null>(null);
  if (due.isPending) return <Loader aria-label={t('app.loading')} />;
  if (due.isError) return <ErrorAlert error={due.error} />;

  const selectable = due.data.filter((d) => !d.legalHold);
  const items = selectable.filter((d) => chosen.has(keyOf(d))).map(({ learnerId, type }) => ({ learnerId, type }));
  const toggle = (key: string) => setChosen((s) => (s.has(key) ? new Set([...s].filter((k) => k !== key)) : new Set(s).add(key)));
  const done = (r: DestroyOutcome) => (setOutcome(r), setChosen(new Set()), setConfirming(false));
  return (
    <Stack gap="sm">
      <Text role="status" size="sm" fw={600}>
        {outcome ? outcomeText(t, outcome) : ''}
      </Text>
      {due.data.length === 0 ? (
        <EmptyState title={t('retention.emptyTitle')} body={t('retention.emptyBody')} />
      ) : (
        <>
          <DueTable rows={due.data} chosen={chosen} onToggle={toggle} selectable={selectable} onChoose={setChosen} />
          <Group>
            <Button color="red.9" disabled={!items.length} onClick={() => (setOutcome(null), setConfirming(true))}>
              {t('retention.destroy')}
            </Button>
            <Text size="sm">{t('retention.selected', { count: items.length })}</Text>
          </Group>
        </>
      )}
      {confirming && <DestroyModal items={items} onClose={() => setConfirming(false)} onDone={done} />}
    </Stack>
  );
}
