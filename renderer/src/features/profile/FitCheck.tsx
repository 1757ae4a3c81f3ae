import { Alert, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { PRINT_TYPE } from '../../../../shared/print';
import type { Profile } from '../../../../shared/schemas/profile';
import { profileExports } from '../../api/profiles';
import { useI18n } from '../../i18n';
import { PagePreview } from '../print/PagePreview';
import type { Fit } from '../print/use-fit-type';
import { ExportActions } from '../../components/ExportActions';

interface Props {
  /** The profile as it is on screen now (unsaved words included). */
  profile: Profile;
  photo: string | null;
  schoolName: string | null;
  /** Finishes saving before printing or exporting. */
  beforeExport: () => Promise<unknown>;
}

/** Whether the words fit one page at a readable size, shown as the printed type size or a warning. */
function FitLine({ fit }: { fit: Fit | null }) {
  const { t } = useI18n();
  if (!fit) return null;
  if (fit.pt < PRINT_TYPE.readablePt || fit.overflows) {
    return (
      <Alert color="orange" role="alert" variant="light">
        {fit.overflows ? t('profiles.fit.cutOff') : t('profiles.fit.tooLong')}
      </Alert>
    );
  }
  return <Text size="sm">{t('profiles.fit.size', { pt: fit.pt })}</Text>;
}

/** The live fit check: the printed page, drawn small, as it is being written; then print or export it. */
export function FitCheck({ profile, photo, schoolName, beforeExport }: Props) {
  const { t } = useI18n();
  const [fit, setFit] = useState<Fit | null>(null);
  return (
    <Paper component="section" aria-labelledby="fit-check-heading" withBorder radius="md" p="md">
      <Stack gap="sm">
        <Title order={2} size="h4" id="fit-check-heading">
          {t('profiles.fit.title')}
        </Title>
        <PagePreview scale={0.36} label={t('profiles.fit.previewLabel')} profile={profile} photo={photo} schoolName={schoolName} onFit={setFit} />
        <div aria-live="polite">
          <FitLine fit={fit} />
        </div>
        <ExportActions calls={profileExports(profile.id)} before={beforeExport} />
      </Stack>
    </Paper>
  );
}
