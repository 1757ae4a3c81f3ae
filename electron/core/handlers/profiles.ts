import type { Handlers } from '../dispatch';
import * as profiles from '../services/profiles';
import * as views from '../services/record-views';
import type { VaultService } from '../services/vault';

export const profileHandlers = (vault: VaultService) =>
  ({
    'profiles.list': ({ ownerKind }) => profiles.listProfiles(vault.current(), ownerKind),
    'profiles.current': ({ ownerKind, ownerId }) => views.viewCurrentProfile(vault.current(), ownerKind, ownerId),
    'profiles.get': ({ id }) => views.viewProfile(vault.current(), id),
    'profiles.versions': ({ ownerKind, ownerId }) => profiles.listVersions(vault.current(), ownerKind, ownerId),
    'profiles.saveItems': ({ profileId, version, items }) => profiles.saveItems(vault.current(), profileId, version, items),
    'profiles.update': (input) => profiles.updateProfile(vault.current(), input),
    'profiles.newVersion': ({ profileId, version }) => profiles.startNewVersion(vault.current(), profileId, version),
    'profiles.photo': async ({ profileId }) => {
      const photo = await profiles.profilePhoto(vault.current(), profileId);
      return photo && { mime: 'image/jpeg' as const, base64: photo.bytes.toString('base64'), width: photo.width, height: photo.height };
    },
    'profiles.setPhoto': ({ profileId, version, imageBase64 }) => profiles.setProfilePhoto(vault.current(), profileId, version, imageBase64),
  }) satisfies Partial<Handlers>;
