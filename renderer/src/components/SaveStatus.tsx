import { Text } from '@mantine/core';
import { useI18n } from '../i18n';
import { SaveError } from './FormActions';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/** An editor that saves itself: "Saving…", "All changes saved", or what went wrong (a refused stale change in the editor's own words). */
export function SaveStatus({ state, error, conflict }: { state: SaveState; error: unknown; conflict: string }) {
  const { t } = useI18n();
  if (state === 'error') return <SaveError error={error} conflict={conflict} />;
  return (
    // The line keeps its height when empty, so "Saving…" appearing never moves what is being clicked.
    <Text size="sm" c="dimmed" role="status" aria-live="polite" mih="1.55em">
      {state === 'saving' ? t('learner.saving') : state === 'saved' ? t('learner.saved') : ''}
    </Text>
  );
}
