import { Button, Center, FileButton, Group, Image, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { MAX_PHOTO_BYTES } from '../../../../shared/schemas/photo';
import { usePhoto, useSetPhoto } from '../../api/learners';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readBase64 } from '../../components/read-file';
import { useI18n } from '../../i18n';

/** The learner's photo: chosen here, checked and re-encoded in the main process, kept in the encrypted store. */
export function PhotoPanel({ learnerId, name, hasPhoto }: { learnerId: string; name: string; hasPhoto: boolean }) {
  const { t } = useI18n();
  const photo = usePhoto(learnerId, hasPhoto);
  const setPhoto = useSetPhoto(learnerId);
  const [tooLarge, setTooLarge] = useState(false);

  const choose = async (file: File | null) => {
    if (!file) return;
    setTooLarge(file.size > MAX_PHOTO_BYTES);
    if (file.size > MAX_PHOTO_BYTES) return;
    setPhoto.mutate(await readBase64(file));
  };

  return (
    <Stack gap="xs" align="center" w={180}>
      {hasPhoto && photo.data ? (
        <Image src={`data:${photo.data.mime};base64,${photo.data.base64}`} alt={t('photo.alt', { name })} radius="md" w={160} h={160} fit="cover" />
      ) : (
        <Center w={160} h={160} bg="gray.1" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          <Text c="dimmed">{t('photo.none')}</Text>
        </Center>
      )}
      <Group gap="xs" justify="center">
        <FileButton onChange={(f) => void choose(f)} accept="image/jpeg,image/png,image/webp">
          {(props) => (
            <Button {...props} size="xs" variant="default" loading={setPhoto.isPending}>
              {hasPhoto ? t('photo.replace') : t('photo.choose')}
            </Button>
          )}
        </FileButton>
        {hasPhoto && (
          <Button size="xs" variant="subtle" color="red" c="red.9" onClick={() => setPhoto.mutate(null)}>
            {t('photo.remove')}
          </Button>
        )}
      </Group>
      <Text size="xs" c="dimmed" ta="center">
        {t('photo.hint')}
      </Text>
      {tooLarge && (
        <Text size="sm" c="red.9" role="alert">
          {t('photo.tooLarge')}
        </Text>
      )}
      <ErrorAlert error={setPhoto.error} />
    </Stack>
  );
}
