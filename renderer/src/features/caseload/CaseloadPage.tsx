import { Button, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useMemo, useState } from 'react';
import type { ListLearnersInput } from '../../../../shared/schemas/learner';
import { useLearnerList, useSaveView, useSavedView } from '../../api/learners';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { ImportTransferButton, TransferOutButton, useChosenLearners } from '../transfer/CaseloadTransfer';
import { DuePanel } from './DuePanel';
import { Filters } from './Filters';
import { LearnerTable } from './LearnerTable';

const DEFAULT_SORT = { column: 'name', direction: 'asc' } as const;

function CaseloadList({ initial }: { initial: ListLearnersInput }) {
  const { t } = useI18n();
  const [view, setView] = useState<ListLearnersInput>(initial);
  // Typing in the search box re-queries after a pause, not on every key.
  const [debounced] = useDebouncedValue(view, 150);
  const list = useLearnerList(debounced);
  const { mutate: saveView } = useSaveView();
  // Only the settled view is saved, and only once it differs from what was loaded.
  useEffect(() => {
    if (JSON.stringify(debounced) !== JSON.stringify(initial)) saveView(debounced);
  }, [debounced, initial, saveView]);
  const filtered = Object.entries(view).some(([k, v]) => k !== 'sort' && v !== undefined);
  const rows = useMemo(() => list.data?.rows ?? [], [list.data]);
  const chosen = useChosenLearners(rows);

  return (
    <Stack gap="sm">
      <Filters view={view} onChange={setView} />
      <ErrorAlert error={list.error} />
      <Group justify="space-between">
        <Text size="sm" c="dimmed" role="status">
          {list.data ? t('caseload.count', { count: list.data.total }) : ''}
        </Text>
        <TransferOutButton chosen={chosen.chosen} onDone={chosen.clear} />
      </Group>
      {list.data && rows.length === 0 ? (
        filtered ? <EmptyState title={t('caseload.noMatchTitle')} body={t('caseload.noMatchBody')} /> : <EmptyState title={t('caseload.emptyTitle')} body={t('caseload.emptyBody')} />
      ) : (
        <LearnerTable rows={rows} sort={view.sort ?? DEFAULT_SORT} onSort={(sort) => setView({ ...view, sort })} selection={chosen.selection} />
      )}
    </Stack>
  );
}

export function CaseloadPage() {
  const { t } = useI18n();
  const saved = useSavedView();
  return (
    <Stack>
      <Group justify="space-between">
        <Title order={1} size="h2">
          {t('caseload.title')}
        </Title>
        <Group>
          <Button component="a" href={hrefFor.import()} variant="default">
            {t('caseload.importCsv')}
          </Button>
          <ImportTransferButton />
          <Button component="a" href={hrefFor.newLearner()}>
            {t('caseload.addLearner')}
          </Button>
        </Group>
      </Group>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, lg: 9 }}>{saved.data && <CaseloadList initial={saved.data} />}</Grid.Col>
        <Grid.Col span={{ base: 12, lg: 3 }}>
          <DuePanel />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
