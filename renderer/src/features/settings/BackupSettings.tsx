import { Alert, Button, Group, NumberInput, Stack, Switch, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { BACKUP_KEEP, type BackupStatus } from '../../../../shared/schemas/backup';
import { useBackupNow, useBackupStatus, useChooseBackupFolder, useConfigureBackup } from '../../api/backup';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { formatBytes, formatWhen } from '../backup/backup-words';
import { RestoreModal } from '../backup/RestoreModal';
import { SettingsSection } from './SettingsSection';

const b = (key: string) => `backup.settings.${key}`;

/** The last backup, a warning when there is none or it is over a week old, and the last failure. */
function LastBackup({ status }: { status: BackupStatus }) {
  const { t, language } = useI18n();
  return (
    <Stack gap="xs">
      <Text size="sm" role="status" fw={500}>
        {status.last
          ? t(b('last'), { when: formatWhen(status.last.at, language), size: formatBytes(status.last.bytes, language) })
          : t(b('noneYet'))}
      </Text>
      {status.stale && (
        // Titles are Text, not the Alert's title: Mantine's yellow title colour fails WCAG AA contrast (2.7:1).
        <Alert color="yellow" variant="light" role="note">
          <Text size="sm" fw={700} c="dark.9">
            {t(status.last ? b('staleTitle') : b('neverTitle'))}
          </Text>
          <Text size="sm" c="dark.9">
            {t(status.folder ? b('staleHelp') : b('chooseFirst'))}
          </Text>
        </Alert>
      )}
      {status.lastError && (
        <Alert color="red" variant="light" role="alert">
          <Text size="sm" fw={700} c="red.9">
            {t(b('failed'), { when: formatWhen(status.lastError.at, language) })}
          </Text>
          <Text size="sm" c="red.9">
            {status.lastError.message}
          </Text>
        </Alert>
      )}
    </Stack>
  );
}

/** How many to keep and whether to back up automatically: saved as soon as they change. */
function Options({ status }: { status: BackupStatus }) {
  const { t } = useI18n();
  const configure = useConfigureBackup();
  const [keep, setKeep] = useState<number | string>(status.keep);
  useEffect(() => setKeep(status.keep), [status.keep]);
  const saveKeep = () => {
    const n = Number(keep);
    if (Number.isInteger(n) && n >= BACKUP_KEEP.min && n <= BACKUP_KEEP.max && n !== status.keep) configure.mutate({ keep: n, automatic: status.automatic });
    else setKeep(status.keep);
  };
  return (
    <Stack gap="sm">
      <NumberInput
        label={t(b('keep'))}
        description={t(b('keepHelp'), { min: BACKUP_KEEP.min, max: BACKUP_KEEP.max })}
        min={BACKUP_KEEP.min}
        max={BACKUP_KEEP.max}
        allowDecimal={false}
        value={keep}
        onChange={setKeep}
        onBlur={saveKeep}
        onKeyDown={(e) => e.key === 'Enter' && saveKeep()}
        w={420}
      />
      <Switch
        label={t(b('automatic'))}
        description={t(b('automaticHelp'))}
        checked={status.automatic}
        onChange={(e) => configure.mutate({ keep: status.keep, automatic: e.currentTarget.checked })}
      />
      <ErrorAlert error={configure.error} />
    </Stack>
  );
}

export function BackupSettings() {
  const { t } = useI18n();
  const status = useBackupStatus();
  const chooseFolder = useChooseBackupFolder();
  const now = useBackupNow();
  const [restoring, setRestoring] = useState(false);
  const s = status.data;

  return (
    <SettingsSection id="settings-backup" title={t(b('title'))}>
      <Text size="sm" c="dimmed">
        {t(b('intro'))}
      </Text>
      <ErrorAlert error={status.error} />
      {s && (
        <>
          <Group align="flex-end" wrap="nowrap">
            <Stack gap={2} style={{ minWidth: 0, flex: 1 }}>
              <Text size="sm" fw={500}>
                {t(b('folder'))}
              </Text>
              <Text size="sm" c={s.folder ? undefined : 'dimmed'} style={{ overflowWrap: 'anywhere' }}>
                {s.folder ?? t(b('noFolder'))}
              </Text>
            </Stack>
            <Button variant="default" onClick={() => chooseFolder.mutate(undefined)} loading={chooseFolder.isPending}>
              {t(b('chooseFolder'))}
            </Button>
          </Group>
          <ErrorAlert error={chooseFolder.error} />
          <Options status={s} />
          <Group>
            <Button onClick={() => now.mutate()} loading={now.isPending} disabled={!s.folder}>
              {now.isPending ? t(b('backingUp')) : t(b('now'))}
            </Button>
            <Button variant="default" onClick={() => setRestoring(true)}>
              {t(b('restore'))}
            </Button>
          </Group>
          <LastBackup status={s} />
        </>
      )}
      {restoring && <RestoreModal mode="replace" onClose={() => setRestoring(false)} />}
    </SettingsSection>
  );
}
