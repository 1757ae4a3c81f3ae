import { Alert, Button, Group } from '@mantine/core';
import { isApiError } from '../api/client';
import { useI18n } from '../i18n';
import { ErrorAlert } from './ErrorAlert';

/** Cancel and the submit button, at the foot of a form. */
export function FormActions({ submitLabel, pending, onCancel }: { submitLabel: string; pending: boolean; onCancel: () => void }) {
  const { t } = useI18n();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('common.cancel')}
      </Button>
      <Button type="submit" loading={pending}>
        {submitLabel}
      </Button>
    </Group>
  );
}

/** A failed save: a refused stale (or clashing) change in the form's own words, anything else as ErrorAlert does. */
export function SaveError({ error, conflict }: { error: unknown; conflict: string }) {
  if (isApiError(error) && error.code === 'CONFLICT') {
    return (
      <Alert color="orange" role="alert">
        {conflict}
      </Alert>
    );
  }
  return <ErrorAlert error={error} />;
}
