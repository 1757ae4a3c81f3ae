import { Anchor, Button, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { normalizeTransferPassphrase } from '../../../../shared/rules/transfer-passphrase';
import type { TransferPreview } from '../../../../shared/schemas/transfer';
import { useTransferChoose, useTransferImport, useTransferPreview } from '../../api/transfer';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatDate } from '../learner/labels';
import { hrefFor } from '../shell/use-hash-route';
import { defaultAction, PreviewTable, type Action } from './PreviewTable';

/** Step 1 and 2: the file (chosen in the main process, which keeps its path) and its passphrase. */
function OpenStep({ onOpened }: { onOpened: (p: TransferPreview) => void }) {
  const { t } = useI18n();
  const choose = useTransferChoose();
  const open = useTransferPreview();
  const [passphrase, setPassphrase] = useState('');
  const [tried, setTried] = useState(false);
  const file = choose.data ?? null;
  const wellFormed = normalizeTransferPassphrase(passphrase) !== null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (file && wellFormed) open.mutate({ token: file.token, passphrase }, { onSuccess: onOpened });
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <Text size="sm">{t('transfer.in.intro')}</Text>
        <Group>
          <Button variant="default" onClick={() => choose.mutate()} loading={choose.isPending}>
            {file ? t('transfer.in.chooseAnother') : t('transfer.in.choose')}
          </Button>
          <Text size="sm" role="status" style={{ overflowWrap: 'anywhere' }}>
            {file ? t('transfer.in.chosen', { name: file.fileName, kb: Math.max(1, Math.round(file.bytes / 1024)) }) : ''}
          </Text>
        </Group>
        <ErrorAlert error={choose.error} />
        {file && (
          <TextInput
            label={t('transfer.in.passphrase')}
            description={t('transfer.in.passphraseHint')}
            value={passphrase}
            onChange={(e) => setPassphrase(e.currentTarget.value)}
            autoComplete="off"
            spellCheck={false}
            styles={{ input: { fontFamily: 'monospace', letterSpacing: '0.05em' } }}
            maxLength={60}
            error={tried && !wellFormed ? t('transfer.in.passphraseFormat') : undefined}
            data-autofocus
          />
        )}
        <ErrorAlert error={open.error} />
        {file && (
          <Group justify="flex-end">
            <Button type="submit" loading={open.isPending}>
              {t('transfer.in.open')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}

interface Arrived {
  ref: string;
  learnerId: string;
  name: string;
}

/** Step 3: who is in the file, who they match here, and what to do with each; then the import, all or nothing. */
function ChooseStep({ preview, onImported, onCancel }: { preview: TransferPreview; onImported: (r: { added: number; replaced: number; skipped: number }, arrived: Arrived[]) => void; onCancel: () => void }) {
  const { t } = useI18n();
  const run = useTransferImport();
  const [actions, setActions] = useState<Record<string, Action>>(() => Object.fromEntries(preview.learners.map((l) => [l.ref, defaultAction(l)])));
  const chosen = preview.learners.filter((l) => actions[l.ref] !== 'skip');
  const start = () =>
    run.mutate(
      { token: preview.token, choices: preview.learners.map((l) => ({ ref: l.ref, action: actions[l.ref]! })) },
      { onSuccess: (r) => onImported(r, chosen.map((l) => ({ ref: l.ref, learnerId: actions[l.ref] === 'replace' && l.match ? l.match.learnerId : l.ref, name: l.name }))) },
    );
  return (
    <Stack gap="md">
      <Text size="sm">{t('transfer.in.from', { school: preview.fromSchool, date: formatDate(preview.madeAt) })}</Text>
      <PreviewTable learners={preview.learners} actions={actions} onChange={(ref, a) => setActions({ ...actions, [ref]: a })} />
      <Text size="sm">{t('transfer.in.noOverwrite')}</Text>
      <ErrorAlert error={run.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
        <Button onClick={start} loading={run.isPending} disabled={chosen.length === 0}>
          {t('transfer.in.import', { count: chosen.length })}
        </Button>
      </Group>
    </Stack>
  );
}

function Summary({ result, arrived, onClose }: { result: { added: number; replaced: number; skipped: number }; arrived: Arrived[]; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Stack gap="md">
      <Text role="status" fw={600}>
        {t('transfer.in.done', { added: result.added, replaced: result.replaced, skipped: result.skipped })}
      </Text>
      <List size="sm" aria-label={t('transfer.in.arrivedLabel')}>
        {arrived.map((a) => (
          <List.Item key={a.ref}>
            <Anchor href={hrefFor.learner(a.learnerId)} onClick={onClose}>
              {t('transfer.in.openRecord', { name: a.name })}
            </Anchor>
          </List.Item>
        ))}
      </List>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/** "Import a transfer file…": choose the file, type its passphrase, check who is in it, choose, import. */
export function TransferInModal({ onClose }: { onClose: () => void }) {
  const { t } = useI18n();
  const [preview, setPreview] = useState<TransferPreview | null>(null);
  const [done, setDone] = useState<{ result: { added: number; replaced: number; skipped: number }; arrived: Arrived[] } | null>(null);
  return (
    <Modal opened onClose={onClose} title={t('transfer.in.title')} size={preview && !done ? 'min(1100px, 95vw)' : 'lg'} closeButtonProps={{ 'aria-label': t('common.close') }}>
      {done ? (
        <Summary result={done.result} arrived={done.arrived} onClose={onClose} />
      ) : preview ? (
        <ChooseStep preview={preview} onImported={(result, arrived) => setDone({ result, arrived })} onCancel={onClose} />
      ) : (
        <OpenStep onOpened={setPreview} />
      )}
    </Modal>
  );
}
