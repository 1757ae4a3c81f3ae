import { Alert } from '@mantine/core';
import { isApiError } from '../api/client';
import { useI18n } from '../i18n';

/**
 * Shows an error in plain words, never a stack trace. The core writes its messages in English for people (they
 * name the row, the field, what to do), so in English they are shown as they are; in Welsh the code's translation.
 */
export function ErrorAlert({ error }: { error: unknown }) {
  const { t, language } = useI18n();
  if (!error) return null;
  const text = !isApiError(error) ? t('errors.unknown') : language === 'en' ? error.message : t(`errors.${error.code}`);
  return (
    <Alert color="red" role="alert" variant="light">
      {text}
    </Alert>
  );
}
