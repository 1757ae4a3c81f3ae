import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportCalls } from '../api/client';
import { useI18n } from '../i18n';
import { ErrorAlert } from './ErrorAlert';

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
  /** What to print or export: a profile, an OPP+ (see api/profiles.ts and api/opp-plus.ts). */
  calls: ExportCalls;
  /** Runs first (an editor finishes saving, so what prints is what is on screen). */
  before?: () => Promise<unknown>;
}

/** Print (a PDF), print on paper (the system dialog) and Export to Word, with where each went. */
export function ExportActions({ calls, before }: Props) {
  const { t } = useI18n();
  const print = useMutation({ mutationFn: calls.print });
  const docx = useMutation({ mutationFn: calls.docx });
  const paper = useMutation({ mutationFn: calls.onPaper });
  const [saved, setSaved] = useState<string | null>(null);
  const run = async (go: () => void) => {
    setSaved(null);
    await before?.();
    go();
  };
  const showSaved = { onSuccess: (r: { saved: string | null }) => setSaved(r.saved) };
  const busy = print.isPending || docx.isPending || paper.isPending;
  return (
    <Stack gap={6}>
      <Group gap="xs">
        <Button onClick={() => void run(() => print.mutate(undefined, showSaved))} loading={print.isPending} disabled={busy}>
          {t('print.print')}
        </Button>
        <Button variant="default" onClick={() => void run(() => paper.mutate())} loading={paper.isPending} disabled={busy}>
          {t('print.onPaper')}
        </Button>
        <Button variant="default" onClick={() => void run(() => docx.mutate(undefined, showSaved))} loading={docx.isPending} disabled={busy}>
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
