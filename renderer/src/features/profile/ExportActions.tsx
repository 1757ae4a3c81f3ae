import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useExportProfileDocx, usePrintProfile } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';

/** "Saved to <path>" after a print or an export; nothing when the person cancelled the save dialog. */
export function SavedTo({ path }: { path: string | null | undefined }) {
  const { t } = useI18n();
  return (
    <Text size="sm" role="status" style={{ overflowWrap: 'anywhere' }}>
      {path ? t('print.savedTo', { path }) : ''}
    </Text>
  );
}

interface Props {
  profileId: string;
  /** Runs first (the editor finishes saving, so what prints is what is on screen). */
  before?: () => Promise<unknown>;
}

/** Print (a one-page PDF) and Export to Word, with where each was saved. */
export function ExportActions({ profileId, before }: Props) {
  const { t } = useI18n();
  const print = usePrintProfile();
  const docx = useExportProfileDocx();
  const [saved, setSaved] = useState<string | null>(null);
  const run = async (action: typeof print | typeof docx) => {
    setSaved(null);
    await before?.();
    action.mutate(profileId, { onSuccess: (r) => setSaved(r.saved) });
  };
  const busy = print.isPending || docx.isPending;
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Button onClick={() => void run(print)} loading={print.isPending} disabled={busy}>
          {t('print.print')}
        </Button>
        <Button variant="default" onClick={() => void run(docx)} loading={docx.isPending} disabled={busy}>
          {t('print.exportDocx')}
        </Button>
      </Group>
      <SavedTo path={saved} />
      <ErrorAlert error={print.error ?? docx.error} />
    </Stack>
  );
}
