import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useDeleteLearner } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor, navigate } from '../shell/use-hash-route';

/** Deleting is for a learner added by mistake: the person types the legal name, and the core checks it too. */
export function DeleteLearnerModal({ id, legalName, opened, onClose }: { id: string; legalName: string; opened: boolean; onClose: () => void }) {
  const { t } = useI18n();
  const [typed, setTyped] = useState('');
  const remove = useDeleteLearner(id);
  const matches = typed.trim().replace(/\s+/g, ' ').toLocaleLowerCase() === legalName.toLocaleLowerCase();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (matches) remove.mutate(typed, { onSuccess: () => navigate(hrefFor.section('caseload')) });
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('learner.deleteTitle')} centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      <form onSubmit={submit}>
        <Stack>
          <Alert color="red" variant="light">
            {t('learner.deleteWarning')}
          </Alert>
          <TextInput label={t('learner.deleteConfirmLabel', { name: legalName })} value={typed} onChange={(e) => setTyped(e.currentTarget.value)} autoComplete="off" data-autofocus />
          <ErrorAlert error={remove.error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" color="red.9" disabled={!matches} loading={remove.isPending}>
              {t('learner.deleteConfirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
