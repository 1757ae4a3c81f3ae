import { z } from 'zod';
import { Id, IsoDate, Version } from './common';
import { MAX_PHOTO_BASE64 } from './photo';

/** Whose profile: a learner's, or a member of staff's (staff one-page profiles, domain.md §3). */
export const OwnerKind = z.enum(['learner', 'staff']);
export type OwnerKind = z.infer<typeof OwnerKind>;

export const ProfileSection = z.enum(['appreciation', 'importantTo', 'support']);
export type ProfileSection = z.infer<typeof ProfileSection>;

/** Who said it: the profile is written with the learner, and each item keeps its voice. */
export const Contributor = z.enum(['learner', 'parent', 'staff', 'professional', 'colleague']);
export type Contributor = z.infer<typeof Contributor>;

/** How the learner took part. */
export const ContributionMethod = z.enum(['spoken', 'written', 'symbols', 'drawing', 'aac', 'signing', 'observation', 'other']);
export type ContributionMethod = z.infer<typeof ContributionMethod>;

export const ProfileItem = z.object({
  id: z.string(),
  section: ProfileSection,
  text: z.string(),
  contributor: Contributor,
  firstPerson: z.boolean(),
  /** Support items only: this is important FOR the person (health, safety, learning), not just TO them. */
  importantFor: z.boolean(),
});
export type ProfileItem = z.infer<typeof ProfileItem>;

export const ProfileStatus = z.enum(['current', 'earlier']);

export const Profile = z.object({
  id: z.string(),
  ownerKind: OwnerKind,
  ownerId: z.string(),
  ownerName: z.string(),
  versionNumber: z.number(),
  version: z.number(),
  status: ProfileStatus,
  methods: z.array(ContributionMethod),
  /** Show a picture on the profile: its own one if chosen, otherwise the learner's register photo. */
  usePhoto: z.boolean(),
  /** A picture chosen for this profile (a self-portrait, a favourite photo) instead of the register photo. */
  ownPhoto: z.boolean(),
  nextUpdateDue: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** When an earlier version was replaced by a newer one. */
  supersededAt: z.string().nullable(),
  items: z.array(ProfileItem),
});
export type Profile = z.infer<typeof Profile>;

/** One row per learner on the caseload (or per member of staff): their current profile, if they have one yet. */
export const ProfileSummary = z.object({
  ownerKind: OwnerKind,
  ownerId: z.string(),
  ownerName: z.string(),
  /** Year group for learners, role for staff. */
  detail: z.string().nullable(),
  profileId: z.string().nullable(),
  versionNumber: z.number().nullable(),
  updatedAt: z.string().nullable(),
  nextUpdateDue: z.string().nullable(),
  itemCount: z.number(),
});
export type ProfileSummary = z.infer<typeof ProfileSummary>;

export const ProfileOwner = z.strictObject({ ownerKind: OwnerKind, ownerId: Id });
export const ListProfilesInput = z.strictObject({ ownerKind: OwnerKind });

const itemText = z.string().trim().min(1).max(1000);
export const ItemInput = z.strictObject({
  section: ProfileSection,
  text: itemText,
  contributor: Contributor,
  firstPerson: z.boolean(),
  importantFor: z.boolean(),
});

export const SaveItemsInput = z.strictObject({
  profileId: Id,
  version: Version,
  /** The whole list, in order: the editor saves it as one change. At most 60 items fit any page. */
  items: z.array(ItemInput).max(60),
});

export const UpdateProfileInput = z.strictObject({
  profileId: Id,
  version: Version,
  patch: z.strictObject({
    methods: z.array(ContributionMethod).max(8).optional(),
    usePhoto: z.boolean().optional(),
    nextUpdateDue: IsoDate.nullable().optional(),
  }),
});

export const NewVersionInput = z.strictObject({ profileId: Id, version: Version });

export const ProfilePhotoOf = z.strictObject({ profileId: Id });
/** A new picture for the profile (base64, checked and re-encoded in the core), or null to go back to the register photo. */
export const SetProfilePhotoInput = z.strictObject({ profileId: Id, version: Version, imageBase64: z.string().min(1).max(MAX_PHOTO_BASE64 + 4).nullable() });
