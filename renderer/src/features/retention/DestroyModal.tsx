import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import type { Input } from '../../../../shared/ipc';
import { useDestroy } from '../../api/retention';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n, type Translate } from '../../i18n';

type Items = Input<'retention.destroy'>['items'];
export interface DestroyOutcome {
  destroyed: number;
  held: number;
  notDue: number;
}

/**
 * Destruction cannot be undone, so it is said plainly and the person types how many items they chose (a number
 * they have to read, not a button they can click through). The core checks every item again.
 */
export function DestroyModal({ items, onClose, onDone }: { items: Items; onClose: () => void; onDone: (result: DestroyOutcome) => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const destroy = useDestroy();
  const matches = typed.trim() === String(items.length);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (matches) destroy.mutate(items, { onSuccess: onDone });
  };
  return (
    <Modal opened onClose={onClose} title={t('retention.modalTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit}>
        <Stack>
          <Alert color="red" variant="light">
            <Text size="sm" c="red.9">
              {t('retention.warning')}
            </Text>
          </Alert>
          <Text fw={600}>{t('retention.modalSummary', { count: items.length })}</Text>
          <TextInput label={t('retention.confirmLabel', { count: items.length })} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} inputMode="numeric" autoComplete="off" data-autofocus />
          <ErrorAlert error={destroy.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!matches} loading={destroy.isPending}>
              {t('retention.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** "3 destroyed; 1 held back by a legal hold": the parts that are not zero, destroyed always said. */
export function outcomeText(t: Translate, r: DestroyOutcome): string {
  return [t('retention.result', { destroyed: r.destroyed }), ...(r.held ? [t('retention.resultHeld', { count: r.held })] : []), ...(r.notDue ? [t('retention.resultNotDue', { count: r.notDue })] : [])].join('; ');
}
