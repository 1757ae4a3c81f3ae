import { Group, Stack } from '@mantine/core';
import { isIsoDate } from '../../../../shared/rules/dates';
import type { Input } from '../../../../shared/ipc';
import type { ContributionMethod, Profile } from '../../../../shared/schemas/profile';
import { useI18n } from '../../i18n';
import { AutoMultiSelect, AutoText } from '../learner/AutoFields';
import { ProfilePhotoControls } from './ProfilePhotoControls';
import { methodOptions } from './labels';

interface Props {
  profile: Profile;
  /** Whether the profile has a picture to show (null while unknown). */
  hasPhoto: boolean | null;
  save: (patch: Input<'profiles.update'>['patch']) => unknown;
}

/** How the person took part, the photo, and when the profile is next due for an update: each saves on its own. */
export function ProfileDetails({ profile, hasPhoto, save }: Props) {
  const { t } = useI18n();
  return (
    <Stack gap="sm">
      <AutoMultiSelect
        label={t('profiles.methodsLabel', { name: profile.ownerName })}
        description={t('profiles.methodsHint')}
        data={methodOptions(t)}
        value={profile.methods}
        onSave={(methods) => save({ methods: methods as ContributionMethod[] })}
      />
      <Group align="flex-start" gap="xl">
        <AutoText
          label={t('profiles.nextUpdateDue')}
          type="date"
          value={profile.nextUpdateDue}
          revision={profile.version}
          validate={(d) => (isIsoDate(d) ? null : t('learner.invalid.date'))}
          onSave={(nextUpdateDue) => save({ nextUpdateDue })}
        />
        <ProfilePhotoControls profile={profile} hasPhoto={hasPhoto} onShowPhoto={(usePhoto) => save({ usePhoto })} />
      </Group>
    </Stack>
  );
}
