import { Button, Group, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Intervention, Measure } from '../../../../shared/schemas/interventions';
import { useRemoveMeasure } from '../../api/opp-plus';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { scoreText } from './labels';
import { MeasureModal } from './MeasureModal';

const COLUMNS = ['phase', 'tool', 'score', 'date', 'note'];

/** The measures recorded for one intervention, in date order, each correctable and removable. */
export function MeasuresTable({ intervention }: { intervention: Intervention }) {
  const { t } = useI18n();
  const remove = useRemoveMeasure();
  const [editing, setEditing] = useState<Measure | null>(null);
  const [removing, setRemoving] = useState<Measure | null>(null);
  const name = intervention.programmeName;
  if (intervention.measures.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('oppPlus.measures.none')}
      </Text>
    );
  }
  /** "baseline measure, Reading age, 01/09/2025 (Catch Up Literacy)": what an edit or remove button acts on. */
  const what = (m: Measure) => t('oppPlus.measures.what', { phase: t(`interventions.phases.${m.phase}`), tool: m.tool, date: formatDate(m.date), name });
  return (
    <>
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label={t('oppPlus.measures.tableLabel', { name })} verticalSpacing={4}>
          <TableHead columns={COLUMNS.map((c) => t(`oppPlus.measures.${c}`))} actions={t('oppPlus.actions')} />
          <Table.Tbody>
            {intervention.measures.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Td>{t(`interventions.phases.${m.phase}`)}</Table.Td>
                <Table.Td>{m.tool}</Table.Td>
                <Table.Td>{scoreText(t, m.tool, m.score)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(m.date)}</Table.Td>
                <Table.Td>{m.note}</Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap" justify="flex-end">
                    <Button size="compact-sm" variant="default" aria-label={t('oppPlus.measures.editOne', { what: what(m) })} onClick={() => setEditing(m)}>
                      {t('oppPlus.edit')}
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" c="red.9" aria-label={t('oppPlus.measures.removeOne', { what: what(m) })} onClick={() => setRemoving(m)}>
                      {t('oppPlus.remove')}
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ErrorAlert error={remove.error} />
      {editing && <MeasureModal intervention={intervention} measure={editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmModal
          message={t('oppPlus.measures.confirmRemove', { what: what(removing) })}
          confirmLabel={t('oppPlus.remove')}
          onConfirm={() => remove.mutate(removing.id)}
          onClose={() => setRemoving(null)}
        />
      )}
    </>
  );
}
