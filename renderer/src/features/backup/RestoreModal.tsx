import { Alert, Button, Group, Modal, PasswordInput, Stack, Table, Text } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { BackupSummary } from '../../../../shared/schemas/backup';
import { backupKeys, useChooseBackupFile, useInspectBackup, useRestoreBackup } from '../../api/backup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatBytes, formatWhen } from './backup-words';

type Choice = { token: string; fileName: string; bytes: number; madeAt: string };

interface Props {
  /** 'replace': the data in Caseload now is backed up first, then replaced. 'new': a new computer, before setup. */
  mode: 'replace' | 'new';
  onClose: () => void;
}

/** What a checked backup holds, as a two-column table a screen reader reads row by row. */
function Summary({ summary }: { summary: BackupSummary }) {
  const { t, language } = useI18n();
  const rows: [string, string][] = [
    [t('backup.restore.counts.learners'), String(summary.learners)],
    [t('backup.restore.counts.profiles'), String(summary.profiles)],
    [t('backup.restore.counts.oppPlusPlans'), String(summary.oppPlusPlans)],
    [t('backup.restore.counts.idps'), String(summary.idps)],
    [t('backup.restore.counts.reviews'), String(summary.reviews)],
    [t('backup.restore.counts.lastChange'), summary.lastChange ? formatWhen(summary.lastChange, language) : t('backup.restore.counts.never')],
  ];
  return (
    <Stack gap="xs" role="status">
      <Text fw={600} c="teal.9">
        {t('backup.restore.intact')}
      </Text>
      <Table withTableBorder aria-label={t('backup.restore.holds')} maw={420}>
        <Table.Tbody>
          {rows.map(([label, value]) => (
            <Table.Tr key={label}>
              <Table.Th scope="row" fw={500}>
                {label}
              </Table.Th>
              <Table.Td>{value}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

/** The chosen file: its name, when it was made and its size. */
function ChosenFile({ choice }: { choice: Choice }) {
  const { t, language } = useI18n();
  return (
    <Stack gap={4} role="status">
      <Text fw={600} style={{ overflowWrap: 'anywhere' }}>
        {choice.fileName}
      </Text>
      <Text size="sm" c="dimmed">
        {t('backup.restore.madeAt', { when: formatWhen(choice.madeAt, language), size: formatBytes(choice.bytes, language) })}
      </Text>
    </Stack>
  );
}

/** The passphrase or recovery key, cleared after each try (right or wrong). */
function CheckForm({ inspect, choice, busy }: { inspect: ReturnType<typeof useInspectBackup>; choice: Choice; busy: boolean }) {
  const { t } = useI18n();
  const [secret, setSecret] = useState('');
  const check = (e: FormEvent) => {
    e.preventDefault();
    if (secret) inspect.mutate({ token: choice.token, secret }, { onSettled: () => setSecret('') });
  };
  return (
    <form onSubmit={check}>
      <Stack>
        <PasswordInput
          label={t('backup.restore.secret')}
          description={t('backup.restore.secretHelp')}
          value={secret}
          onChange={(e) => setSecret(e.currentTarget.value)}
          autoComplete="off"
          autoFocus
          visibilityToggleButtonProps={{ 'aria-label': `${t('app.showHide')}: ${t('backup.restore.secret')}` }}
        />
        <ErrorAlert error={inspect.error} />
        <Group justify="flex-end">
          <Button type="submit" loading={inspect.isPending} disabled={!secret || busy}>
            {inspect.isPending ? t('backup.restore.checking') : t('backup.restore.check')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** What replacing means, said plainly, then Cancel or Restore. */
function Confirm({ mode, restore, onRestore, onCancel }: { mode: Props['mode']; restore: ReturnType<typeof useRestoreBackup>; onRestore: () => void; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <>
      <Alert color="yellow" variant="light" role="note">
        <Text size="sm" fw={700} c="dark.9">
          {t(mode === 'new' ? 'backup.restore.warningTitleNew' : 'backup.restore.warningTitle')}
        </Text>
        <Text size="sm" c="dark.9">
          {t(mode === 'new' ? 'backup.restore.warningNew' : 'backup.restore.warning')}
        </Text>
      </Alert>
      <ErrorAlert error={restore.error} />
      <Group justify="flex-end">
        <Button variant="default" onClick={onCancel} disabled={restore.isPending}>
          {t('common.cancel')}
        </Button>
        <Button color="red.9" onClick={onRestore} loading={restore.isPending}>
          {restore.isPending ? t('backup.restore.restoring') : t('backup.restore.restore')}
        </Button>
      </Group>
    </>
  );
}

function Done({ safetyCopy, onClose }: { safetyCopy: string | null; onClose: () => void }) {
  const { t } = useI18n();
  return (
    <Stack>
      <Text role="status">{safetyCopy ? t('backup.restore.doneWithCopy', { file: safetyCopy }) : t('backup.restore.done')}</Text>
      <Group justify="flex-end">
        <Button onClick={onClose} data-autofocus>
          {t('common.close')}
        </Button>
      </Group>
    </Stack>
  );
}

/** Choose → check with the passphrase or recovery key → summary → restore → done. */
export function RestoreModal({ mode, onClose }: Props) {
  const { t } = useI18n();
  const qc = useQueryClient();
  const choose = useChooseBackupFile();
  const inspect = useInspectBackup();
  const restore = useRestoreBackup();
  const [choice, setChoice] = useState<Choice | null>(null);
  const summary = inspect.data?.token === choice?.token ? inspect.data : undefined;
  const busy = choose.isPending || inspect.isPending || restore.isPending;
  const pick = () => {
    inspect.reset();
    choose.mutate(undefined, { onSuccess: (c) => c && setChoice(c) });
  };
  const run = () => choice && restore.mutate(choice.token, { onSuccess: () => void qc.invalidateQueries({ queryKey: backupKeys.status }) });

  return (
    <Modal opened onClose={busy ? () => {} : onClose} title={t('backup.restore.title')} size="lg" centered closeButtonProps={{ 'aria-label': t('common.close') }}>
      {restore.data ? (
        <Done safetyCopy={restore.data.safetyCopy} onClose={onClose} />
      ) : (
        <Stack>
          <Text size="sm">{t(mode === 'new' ? 'backup.restore.introNew' : 'backup.restore.intro')}</Text>
          <Group>
            <Button variant={choice ? 'default' : 'filled'} onClick={pick} loading={choose.isPending} disabled={busy} data-autofocus>
              {choice ? t('backup.restore.chooseAnother') : t('backup.restore.choose')}
            </Button>
          </Group>
          <ErrorAlert error={choose.error} />
          {choice && <ChosenFile choice={choice} />}
          {choice && !summary && <CheckForm key={choice.token} inspect={inspect} choice={choice} busy={busy} />}
          {summary && <Summary summary={summary} />}
          {summary && <Confirm mode={mode} restore={restore} onRestore={run} onCancel={onClose} />}
        </Stack>
      )}
    </Modal>
  );
}
