/**
 * The caseload page's transfer controls: the learners ticked in the table (kept while the filters change), the
 * "Transfer to another school…" button for them, and "Import a transfer file…" beside the MIS import.
 */
import { Button, Group, Text } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import type { LearnerRow } from '../../../../shared/schemas/learner';
import { useI18n } from '../../i18n';
import type { RowSelection } from '../caseload/LearnerTable';
import { TransferInModal } from './TransferInModal';
import { TransferOutModal, type ChosenLearner } from './TransferOutModal';

export function useChosenLearners(rows: LearnerRow[]) {
  const [chosen, setChosen] = useState<Map<string, ChosenLearner>>(new Map());
  const set = useCallback((some: LearnerRow[], on: boolean) => {
    setChosen((before) => {
      const next = new Map(before);
      for (const r of some) {
        if (on) next.set(r.id, { id: r.id, name: r.legalName, upn: r.upn });
        else next.delete(r.id);
      }
      return next;
    });
  }, []);
  const shownChosen = rows.filter((r) => chosen.has(r.id)).length;
  const selection = useMemo<RowSelection>(
    () => ({
      isChosen: (id) => chosen.has(id),
      toggle: (row, on) => set([row], on),
      shown: rows.length,
      allState: shownChosen === 0 ? 'none' : shownChosen === rows.length ? 'all' : 'some',
      toggleAll: (on) => set(rows, on),
    }),
    [chosen, rows, set, shownChosen],
  );
  return { selection, chosen: [...chosen.values()], clear: () => setChosen(new Map()) };
}

/** How many are ticked, and the way to send them. */
/** `onDone`: the file went; the ticks are cleared. */
export function TransferOutButton({ chosen, onDone }: { chosen: ChosenLearner[]; onDone: () => void }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <Group gap="sm">
      <Text size="sm" role="status">
        {chosen.length ? t('transfer.chosen', { count: chosen.length }) : t('transfer.chooseHint')}
      </Text>
      <Button variant="default" size="sm" onClick={() => setOpen(true)} disabled={chosen.length === 0}>
        {t('transfer.out.button')}
      </Button>
      {open && (
        <TransferOutModal
          learners={chosen}
          onClose={(sent) => {
            setOpen(false);
            if (sent) onDone();
          }}
        />
      )}
    </Group>
  );
}

export function ImportTransferButton() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" onClick={() => setOpen(true)}>
        {t('transfer.in.button')}
      </Button>
      {open && <TransferInModal onClose={() => setOpen(false)} />}
    </>
  );
}
