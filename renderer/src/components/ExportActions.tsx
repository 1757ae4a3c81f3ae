import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
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
  /** More buttons for the same row (an IDP's case pack). */
  children?: ReactNode;
  /** The buttons' words, where "Print to PDF" and "Export to Word" would not say which document (a review's). */
  labels?: { print: string; docx: string };
}

/** Print (a PDF), print on paper (the system dialog, where offered) and Export to Word, with where each went. */
export function ExportActions({ calls, before, children, labels }: Props) {
  const { t } = useI18n();
  const print = useMutation({ mutationFn: calls.print });
  const docx = useMutation({ mutationFn: calls.docx });
  const paper = useMutation({ mutationFn: calls.onPaper ?? (async () => ({ sent: false })) });
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
          {labels?.print ?? t('print.print')}
        </Button>
        {calls.onPaper && (
          <Button variant="default" onClick={() => void run(() => paper.mutate())} loading={paper.isPending} disabled={busy}>
            {t('print.onPaper')}
          </Button>
        )}
        <Button variant="default" onClick={() => void run(() => docx.mutate(undefined, showSaved))} loading={docx.isPending} disabled={busy}>
          {labels?.docx ?? t('print.exportDocx')}
        </Button>
        {children}
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
