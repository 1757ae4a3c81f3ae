import { Alert, List, Modal, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTransferExport } from '../../api/transfer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormActions } from '../../components/FormActions';
import { useI18n } from '../../i18n';
import { PassphrasePanel } from './PassphrasePanel';

export interface ChosenLearner {
  id: string;
  name: string;
  upn: string | null;
}

/** Who goes, by name and UPN (the coordinator checks the list before saving). */
function Going({ learners }: { learners: ChosenLearner[] }) {
  const { t } = useI18n();
  return (
    <div>
      <Text size="sm" fw={600} id="transfer-out-learners">
        {t('transfer.out.learners', { count: learners.length })}
      </Text>
      <ScrollArea.Autosize mah={180}>
        <List size="sm" aria-labelledby="transfer-out-learners">
          {learners.map((l) => (
            <List.Item key={l.id}>{l.upn ? `${l.name} (${l.upn})` : l.name}</List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
    </div>
  );
}

/** The receiving school, who goes and how it works; Save asks the core (which asks where to save). */
function OutForm({ learners, send, onCancel }: { learners: ChosenLearner[]; send: ReturnType<typeof useTransferExport>; onCancel: () => void }) {
  const { t } = useI18n();
  const [recipient, setRecipient] = useState('');
  const [tried, setTried] = useState(false);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (recipient.trim()) send.mutate({ learnerIds: learners.map((l) => l.id), recipient: recipient.trim() });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('transfer.out.recipient')}
          description={t('transfer.out.recipientHint')}
          value={recipient}
          onChange={(e) => setRecipient(e.currentTarget.value)}
          maxLength={200}
          required
          error={tried && !recipient.trim() ? t('learner.invalid.required') : undefined}
          data-autofocus
        />
        <Going learners={learners} />
        <Alert variant="light" color="blue" title={t('transfer.out.howTitle')}>
          <Text size="sm">{t('transfer.out.how')}</Text>
        </Alert>
        <Text size="sm" role="status">
          {send.data && !send.data.saved ? t('transfer.out.notSaved') : ''}
        </Text>
        <ErrorAlert error={send.error} />
        <FormActions submitLabel={t('transfer.out.save')} pending={send.isPending} onCancel={onCancel} />
      </Stack>
    </form>
  );
}

/**
 * "Transfer to another school…": the receiving school's name, who goes, and what happens (one encrypted file, a
 * passphrase shown once to be sent another way, a disclosure recorded on each learner); then the passphrase.
 * `onClose(sent)`: sent once the file is saved and the passphrase noted.
 */
export function TransferOutModal({ learners, onClose }: { learners: ChosenLearner[]; onClose: (sent: boolean) => void }) {
  const { t } = useI18n();
  const send = useTransferExport();
  const done = send.data?.saved && send.data.passphrase ? send.data : null;
  return (
    <Modal
      opened
      onClose={() => onClose(false)}
      title={t('transfer.out.title')}
      size="lg"
      // While the passphrase is on screen, only "I have noted it" closes: it cannot be shown again.
      withCloseButton={!done}
      closeOnEscape={!done}
      closeOnClickOutside={!done}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {done ? (
        <PassphrasePanel passphrase={done.passphrase!} saved={done.saved!} learners={done.learners} onDone={() => onClose(true)} />
      ) : (
        <OutForm learners={learners} send={send} onCancel={() => onClose(false)} />
      )}
    </Modal>
  );
}
