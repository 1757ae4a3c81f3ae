import { Button, FileButton, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { Profile } from '../../../../shared/schemas/profile';
import { MAX_PHOTO_BYTES } from '../../../../shared/schemas/photo';
import { useSetProfilePhoto } from '../../api/profiles';
import { ErrorAlert } from '../../components/ErrorAlert';
import { readBase64 } from '../../components/read-file';
import { useI18n } from '../../i18n';
import { AutoSwitch } from '../learner/AutoFields';

interface Props {
  profile: Profile;
  hasPhoto: boolean | null;
  onShowPhoto: (usePhoto: boolean) => void;
}

/** The profile's picture: the learner's register photo unless another is chosen here (a self-portrait, say). */
export function ProfilePhotoControls({ profile, hasPhoto, onShowPhoto }: Props) {
  const { t } = useI18n();
  const setPhoto = useSetProfilePhoto();
  const [tooLarge, setTooLarge] = useState(false);
  const learner = profile.ownerKind === 'learner';

  const choose = async (file: File | null) => {
    if (!file) return;
    setTooLarge(file.size > MAX_PHOTO_BYTES);
    if (file.size <= MAX_PHOTO_BYTES) setPhoto.mutate({ profileId: profile.id, version: profile.version, imageBase64: await readBase64(file) });
  };

  return (
    <Stack gap={6} maw={420}>
      <AutoSwitch label={t('profiles.showPhoto')} value={profile.usePhoto} onSave={onShowPhoto} />
      <Text size="sm" c="dimmed">{learner ? t('profiles.photoHint') : t('profiles.staffPhotoHint')}</Text>
      <Group gap="xs">
        <FileButton onChange={(f) => void choose(f)} accept="image/jpeg,image/png,image/webp">
          {(props) => (
            <Button {...props} size="xs" variant="default" loading={setPhoto.isPending}>
              {learner ? t('profiles.choosePhoto') : t('profiles.chooseStaffPhoto')}
            </Button>
          )}
        </FileButton>
        {profile.ownPhoto && (
          <Button size="xs" variant="subtle" onClick={() => setPhoto.mutate({ profileId: profile.id, version: profile.version, imageBase64: null })}>
            {learner ? t('profiles.useRegisterPhoto') : t('profiles.removePhoto')}
          </Button>
        )}
      </Group>
      {profile.usePhoto && hasPhoto === false && <Text size="sm" c="dimmed">{t('profiles.noPhoto')}</Text>}
      {tooLarge && <Text size="sm" c="red.9" role="alert">{t('photo.tooLarge')}</Text>}
      <ErrorAlert error={setPhoto.error} />
    </Stack>
  );
}
