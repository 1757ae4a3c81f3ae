import type { Profile } from '../../../../shared/schemas/profile';
import { useSchool } from '../../api/hooks';
import { useProfilePhoto } from '../../api/profiles';

/**
 * What a printed page shows besides the profile: its picture (the profile's own, else the learner's register
 * photo, as the core decides) and the school's name (learners' profiles only). `hasPhoto` is null while unknown.
 */
export function useSheetExtras(profile: Profile | undefined) {
  const learner = profile?.ownerKind === 'learner';
  const photo = useProfilePhoto(profile);
  const school = useSchool(learner);
  return {
    photo: photo.data ? `data:${photo.data.mime};base64,${photo.data.base64}` : null,
    schoolName: learner ? (school.data?.schoolName ?? null) : null,
    hasPhoto: photo.isSuccess ? photo.data !== null : null,
  };
}
