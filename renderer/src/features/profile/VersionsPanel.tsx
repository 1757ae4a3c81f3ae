import { Anchor, Button, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Profile } from '../../../../shared/schemas/profile';
import { useNewProfileVersion, usePrintProfile, useProfileVersions } from '../../api/profiles';
import { ConfirmModal } from '../../components/ConfirmModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { hrefFor } from '../shell/use-hash-route';
import { SavedTo } from '../../components/ExportActions';
import { formatStamp } from './labels';

function EarlierVersion({ version }: { version: Profile }) {
  const { t } = useI18n();
  const print = usePrintProfile();
  const n = version.versionNumber;
  return (
    <List.Item>
      <Group gap="sm" wrap="wrap">
        <Text size="sm">{t('profiles.versions.dates', { n, from: formatStamp(version.createdAt), to: formatStamp(version.supersededAt) })}</Text>
        <Anchor size="sm" href={hrefFor.profileVersion(version.id)}>
          {t('profiles.versions.open', { n })}
        </Anchor>
        <Button size="compact-sm" variant="default" loading={print.isPending} onClick={() => print.mutate(version.id)}>
          {t('profiles.versions.print', { n })}
        </Button>
      </Group>
      <SavedTo path={print.data?.saved} />
      <ErrorAlert error={print.error} />
    </List.Item>
  );
}

/** This version's number and date, starting the next version, and the earlier versions (read-only, printable). */
export function VersionsPanel({ profile, beforeNewVersion }: { profile: Profile; beforeNewVersion: () => Promise<unknown> }) {
  const { t } = useI18n();
  const versions = useProfileVersions(profile.ownerKind, profile.ownerId);
  const newVersion = useNewProfileVersion();
  const [confirming, setConfirming] = useState(false);
  const earlier = (versions.data ?? []).filter((v) => v.status === 'earlier');
  const start = async () => {
    await beforeNewVersion();
    newVersion.mutate({ profileId: profile.id, version: profile.version });
  };
  return (
    <Paper component="section" aria-labelledby="versions-heading" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id="versions-heading">
          {t('profiles.versions.title')}
        </Title>
        <Button variant="default" w="fit-content" onClick={() => setConfirming(true)} loading={newVersion.isPending}>
          {t('profiles.versions.start')}
        </Button>
        <ErrorAlert error={newVersion.error} />
        {earlier.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('profiles.versions.none')}
          </Text>
        ) : (
          <List spacing="xs" aria-label={t('profiles.versions.earlier')}>
            {earlier.map((v) => (
              <EarlierVersion key={v.id} version={v} />
            ))}
          </List>
        )}
      </Stack>
      {confirming && (
        <ConfirmModal
          message={t('profiles.versions.confirm', { n: profile.versionNumber })}
          confirmLabel={t('profiles.versions.start')}
          onConfirm={() => void start()}
          onClose={() => setConfirming(false)}
        />
      )}
    </Paper>
  );
}
