import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { profileExports, useProfile } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { PagePreview } from '../print/PagePreview';
import { useSheetExtras } from '../print/use-sheet-extras';
import { hrefFor } from '../shell/use-hash-route';
import { ExportActions } from '../../components/ExportActions';
import { formatStamp } from './labels';

/** An earlier version of a profile, as it was: read-only, printable. */
export function ProfileVersionPage({ id }: { id: string }) {
  const { t } = useI18n();
  const query = useProfile(id);
  const p = query.data;
  const extras = useSheetExtras(p);
  if (query.isPending) return <Loader aria-label={t('app.loading')} />;
  if (query.isError || !p) return <ErrorAlert error={query.error} />;
  return (
    <Stack>
      <Anchor href={hrefFor.profile(p.ownerKind, p.ownerId)} size="sm">
        ← {t('profiles.backToCurrent')}
      </Anchor>
      <div>
        <Title order={1} size="h2">
          {t('profiles.versionTitle', { name: p.ownerName, n: p.versionNumber })}
        </Title>
        <Text size="sm">{t('profiles.versions.dates', { n: p.versionNumber, from: formatStamp(p.createdAt), to: formatStamp(p.supersededAt ?? p.updatedAt) })}</Text>
      </div>
      {p.status === 'earlier' && <Alert color="gray">{t('profiles.readOnly')}</Alert>}
      <ExportActions calls={profileExports(p.id)} />
      <PagePreview scale={0.8} profile={p} photo={extras.photo} schoolName={extras.schoolName} />
    </Stack>
  );
}
