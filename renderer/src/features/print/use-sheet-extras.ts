import type { Profile } from '../../../../shared/schemas/profile';
import { useSchool } from '../../api/hooks';
import { usePhoto } from '../../api/learners';

/**
 * What a printed page shows besides the profile: the learner's register photo (when the profile uses it) and the
 * school's name (learners' profiles only). `hasPhoto` is null while unknown, and for staff.
 */
export function useSheetExtras(profile: Profile | undefined) {
  const learner = profile?.ownerKind === 'learner';
  const photo = usePhoto(profile?.ownerId ?? '', learner);
  const school = useSchool(learner);
  const src = learner && profile.usePhoto && photo.data ? `data:${photo.data.mime};base64,${photo.data.base64}` : null;
  return {
    photo: src,
    schoolName: learner ? (school.data?.schoolName ?? null) : null,
    hasPhoto: learner && photo.isSuccess ? photo.data !== null : null,
  };
}
