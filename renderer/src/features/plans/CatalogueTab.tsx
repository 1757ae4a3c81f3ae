import { Badge, Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Programme } from '../../../../shared/schemas/interventions';
import { useCatalogue, useSaveProgramme } from '../../api/opp-plus';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TableHead } from '../../components/TableHead';
import { useI18n } from '../../i18n';
import { scheduleText } from '../opp-plus/labels';
import { ProgrammeModal } from './ProgrammeModal';

const COLUMNS = ['name', 'area', 'schedule', 'measures', 'status'] as const;

function ProgrammeRow({ p, onEdit }: { p: Programme; onEdit: () => void }) {
  const { t } = useI18n();
  const save = useSaveProgramme();
  const retire = () => save.mutate({ update: { id: p.id, version: p.version, patch: { retired: !p.retired } } });
  return (
    <Table.Tr>
      <Table.Th scope="row">{p.name}</Table.Th>
      <Table.Td>{t(`interventions.areas.${p.area}`)}</Table.Td>
      <Table.Td>{scheduleText(t, p)}</Table.Td>
      <Table.Td>{p.suggestedMeasures.join(', ') || '–'}</Table.Td>
      <Table.Td>
        {p.retired ? (
          <Badge variant="light" color="gray">
            {t('plans.catalogue.retired')}
          </Badge>
        ) : (
          <Text size="sm">{t('plans.catalogue.offered')}</Text>
        )}
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap" justify="flex-end">
          <Button size="compact-sm" variant="default" aria-label={t('plans.catalogue.editOne', { name: p.name })} onClick={onEdit}>
            {t('oppPlus.edit')}
          </Button>
          <Button size="compact-sm" variant="subtle" color={p.retired ? undefined : 'red'} c={p.retired ? undefined : 'red.9'} loading={save.isPending} aria-label={t(p.retired ? 'plans.catalogue.restoreOne' : 'plans.catalogue.retireOne', { name: p.name })} onClick={retire}>
            {p.retired ? t('plans.catalogue.restore') : t('plans.catalogue.retire')}
          </Button>
        </Group>
        <ErrorAlert error={save.error} />
      </Table.Td>
    </Table.Tr>
  );
}

/** The school's intervention catalogue: programmes offered for new action-plan rows, with their defaults. */
export function CatalogueTab() {
  const { t } = useI18n();
  const catalogue = useCatalogue();
  const [editing, setEditing] = useState<Programme | 'new' | null>(null);
  if (catalogue.isPending) return <Loader aria-label={t('app.loading')} />;
  if (catalogue.isError) return <ErrorAlert error={catalogue.error} />;
  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Text size="sm" maw={640}>
          {t('plans.catalogue.intro')}
        </Text>
        <Button onClick={() => setEditing('new')}>{t('plans.catalogue.addTitle')}</Button>
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table aria-label={t('plans.catalogue.tableLabel')} striped>
          <TableHead columns={COLUMNS.map((c) => t(`plans.catalogue.columns.${c}`))} actions={t('oppPlus.actions')} />
          <Table.Tbody>
            {catalogue.data.map((p) => (
              <ProgrammeRow key={p.id} p={p} onEdit={() => setEditing(p)} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {editing && <ProgrammeModal programme={editing === 'new' ? undefined : editing} catalogue={catalogue.data} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
