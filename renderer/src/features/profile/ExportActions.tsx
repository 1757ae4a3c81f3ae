import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useExportProfileDocx, usePrintProfile, usePrintProfileOnPaper } from '../../api/profiles';
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

/** Print (a one-page PDF), print on paper (the system dialog) and Export to Word, with where each went. */
export function ExportActions({ profileId, before }: Props) {
  const { t } = useI18n();
  const print = usePrintProfile();
  const docx = useExportProfileDocx();
  const paper = usePrintProfileOnPaper();
  const [saved, setSaved] = useState<string | null>(null);
  const run = async (action: typeof print | typeof docx) => {
    setSaved(null);
    await before?.();
    action.mutate(profileId, { onSuccess: (r) => setSaved(r.saved) });
  };
  const toPrinter = async () => {
    setSaved(null);
    await before?.();
    paper.mutate(profileId);
  };
  const busy = print.isPending || docx.isPending || paper.isPending;
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Button onClick={() => void run(print)} loading={print.isPending} disabled={busy}>
          {t('print.print')}
        </Button>
        <Button variant="default" onClick={() => void toPrinter()} loading={paper.isPending} disabled={busy}>
          {t('print.onPaper')}
        </Button>
        <Button variant="default" onClick={() => void run(docx)} loading={docx.isPending} disabled={busy}>
          {t('print.exportDocx')}
        </Button>
      </Group>
      <SavedTo path={saved} />
      {paper.data?.sent && (
        <Text size="sm" role="status">
          {t('print.sentToPrinter')}
        </Text>
      )}
      <ErrorAlert error={print.error ?? docx.error ?? paper.error} />
    </Stack>
  );
}
