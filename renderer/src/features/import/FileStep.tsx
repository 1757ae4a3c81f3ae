import { Alert, FileInput, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { isApiError } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useI18n } from '../../i18n';
import { readCsvFile } from './read-file';

interface Props {
  busy: boolean;
  error: unknown;
  onRead: (csv: string) => void;
}

/** Step 1: choose the CSV file. Too big a file is refused before it is read. */
export function FileStep({ busy, error, onRead }: Props) {
  const { t } = useI18n();
  const [file, setFile] = useState<File | null>(null);
  const [tooBig, setTooBig] = useState(false);

  const choose = async (chosen: File | null) => {
    setFile(chosen);
    setTooBig(false);
    if (!chosen) return;
    const read = await readCsvFile(chosen);
    if (read.ok) onRead(read.text);
    else setTooBig(true);
  };

  return (
    <Stack maw={640}>
      <Title order={2} size="h3">
        {t('import.file.heading')}
      </Title>
      <FileInput
        label={t('import.file.label')}
        description={t('import.file.help')}
        placeholder={t('import.file.placeholder')}
        accept=".csv,text/csv"
        value={file}
        onChange={(f) => void choose(f)}
        disabled={busy}
      />
      {busy && <Text role="status">{t('import.file.reading')}</Text>}
      {tooBig && (
        <Alert color="red" role="alert" variant="light">
          {t('import.file.tooBig')}
        </Alert>
      )}
      <ErrorAlert error={error} />
      {isApiError(error) && error.code === 'BAD_FILE' && <Text size="sm">{t('import.file.badFile')}</Text>}
    </Stack>
  );
}
