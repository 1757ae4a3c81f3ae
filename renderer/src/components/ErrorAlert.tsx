import { Alert } from '@mantine/core';
import { isApiError } from '../api/client';
import { useI18n } from '../i18n';

/** Shows an error in plain words, in the interface language: never a stack trace. */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t } = useI18n();
  if (!error) return null;
  const text = isApiError(error) ? t(`errors.${error.code}`) : t('errors.unknown');
  return (
    <Alert color="red" role="alert" variant="light">
      {text}
    </Alert>
  );
}
