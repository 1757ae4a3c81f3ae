/**
 * The transition print run: every chosen learner's profile, one page each, in one PDF (for the next class or
 * school). Chosen by year group and/or one by one; printed with progress and a way to stop.
 */
import { Button, Checkbox, Group, Modal, Progress, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { YEAR_GROUPS } from '../../../../shared/schemas/learner';
import type { ProfileSummary } from '../../../../shared/schemas/profile';
import { useCancelPrint, usePrintProgress, usePrintTransition } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { yearGroupLabel } from '../learner/labels';
import { ProfileStatus } from './LearnerProfilesTab';
import { VirtualRows } from '../../components/VirtualRows';

type Run = ReturnType<typeof usePrintTransition>;

function RunState({ run, progress, onCancel }: { run: Run; progress: ReturnType<typeof usePrintProgress>['progress']; onCancel: () => void }) {
  const { t } = useI18n();
  const r = run.data;
  if (run.isPending) {
    const value = progress && progress.total > 0 ? (progress.done / progress.total) * 100 : 0;
    return (
      <Stack gap={6}>
        <Progress value={value} aria-label={t('profiles.transition.progressLabel')} size="lg" />
        <Group justify="space-between">
          <Text size="sm">{progress ? t('profiles.transition.progress', { done: progress.done, total: progress.total }) : t('profiles.transition.starting')}</Text>
          <Button variant="default" size="xs" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        </Group>
      </Stack>
    );
  }
  return (
    <div role="status">
      {r && <Text>{r.cancelled ? t('profiles.transition.cancelled') : r.saved ? t('profiles.transition.saved', { count: r.pages, path: r.saved }) : t('print.notSaved')}</Text>}
      {r && r.missing > 0 && <Text>{t('profiles.transition.missing', { count: r.missing })}</Text>}
      <ErrorAlert error={run.error} />
    </div>
  );
}

function ChoiceTable({ shown, selected, toggle }: { shown: ProfileSummary[]; selected: Set<string>; toggle: (id: string, on: boolean) => void }) {
  const { t } = useI18n();
  return (
    <VirtualRows
      rows={shown}
      rowKey={(r) => r.ownerId}
      label={t('profiles.transition.tableLabel')}
      rowHeight={40}
      height="45vh"
      header={['include', 'name', 'profile'].map((c) => (
        <Table.Th key={c} scope="col">
          {t(`profiles.transition.columns.${c}`)}
        </Table.Th>
      ))}
      renderRow={(r) => (
        <>
          <Table.Td>
            <Checkbox aria-label={t('profiles.transition.include', { name: r.ownerName })} checked={selected.has(r.ownerId)} onChange={(e) => toggle(r.ownerId, e.currentTarget.checked)} />
          </Table.Td>
          <Table.Td>{r.ownerName}</Table.Td>
          <Table.Td>
            <ProfileStatus row={r} t={t} />
          </Table.Td>
        </>
      )}
    />
  );
}

/** Choosing who to print: a whole year group at once, then ticking or unticking one by one. */
function Chooser({ learners, selected, onSelect, busy }: { learners: ProfileSummary[]; selected: Set<string>; onSelect: (s: Set<string>) => void; busy: boolean }) {
  const { t } = useI18n();
  const [yearGroup, setYearGroup] = useState<string | null>(null);
  const groups = YEAR_GROUPS.filter((yg) => learners.some((l) => l.detail === yg)).map((yg) => ({ value: yg, label: yearGroupLabel(t, yg) }));
  const shown = yearGroup ? learners.filter((l) => l.detail === yearGroup) : learners;
  const chooseGroup = (yg: string | null) => {
    setYearGroup(yg);
    if (yg) onSelect(new Set(learners.filter((l) => l.detail === yg).map((l) => l.ownerId)));
  };
  const toggle = (id: string, on: boolean) => onSelect(new Set([...selected].filter((x) => x !== id).concat(on ? [id] : [])));
  return (
    <>
      <Group align="flex-end">
        <Select label={t('profiles.transition.yearGroup')} data={groups} value={yearGroup} onChange={chooseGroup} clearable w={220} disabled={busy} />
        <Button variant="default" size="sm" onClick={() => onSelect(new Set(shown.map((l) => l.ownerId)))} disabled={busy}>
          {t('profiles.transition.all')}
        </Button>
        <Button variant="default" size="sm" onClick={() => onSelect(new Set())} disabled={busy}>
          {t('profiles.transition.none')}
        </Button>
      </Group>
      <ChoiceTable shown={shown} selected={selected} toggle={toggle} />
    </>
  );
}

export function TransitionModal({ learners, onClose }: { learners: ProfileSummary[]; onClose: () => void }) {
  const { t } = useI18n();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [jobId, setJobId] = useState<string | null>(null);
  const run = usePrintTransition();
  const cancel = useCancelPrint();
  const { progress, watch } = usePrintProgress();
  const start = () => {
    const id = crypto.randomUUID();
    watch(id);
    setJobId(id);
    run.mutate({ jobId: id, learnerIds: learners.filter((l) => selected.has(l.ownerId)).map((l) => l.ownerId) });
  };
  return (
    <Modal opened onClose={onClose} title={t('profiles.transition.title')} size="xl" closeButtonProps={{ 'aria-label': t('common.close') }}>
      <Stack gap="sm">
        <Text size="sm">{t('profiles.transition.intro')}</Text>
        <Chooser learners={learners} selected={selected} onSelect={setSelected} busy={run.isPending} />
        <RunState run={run} progress={progress} onCancel={() => jobId && cancel.mutate(jobId)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.close')}
          </Button>
          <Button onClick={start} disabled={selected.size === 0 || run.isPending}>
            {t('profiles.transition.print', { count: selected.size })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
