import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { Input } from '../../../../shared/ipc';
import type { Profile } from '../../../../shared/schemas/profile';
import { isApiError } from '../../api/client';
import { storeProfile, useSaveProfileItems, useUpdateProfile } from '../../api/profiles';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';
type Items = Input<'profiles.saveItems'>['items'];
type Patch = Input<'profiles.update'>['patch'];

/**
 * Saves a profile's items (as one list) and its details, one save after another, each with the version the
 * previous one returned, so quick edits never conflict with each other. A change made elsewhere meanwhile comes
 * back as CONFLICT: `onConflict` then reloads what is stored.
 */
export function useProfileSaver(profile: Profile, onConflict: () => Promise<number | null>) {
  const qc = useQueryClient();
  const { mutateAsync: saveItemsAsync } = useSaveProfileItems();
  const { mutateAsync: updateAsync } = useUpdateProfile();
  const version = useRef(profile.version);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const latest = useRef(0);
  const [state, setState] = useState<SaveState>('idle');
  const [error, setError] = useState<unknown>(null);
  const profileId = profile.id;

  const enqueue = useCallback(
    (call: (version: number) => Promise<Profile>) => {
      const ticket = ++latest.current;
      setState('saving');
      const run = async () => {
        const saved = await call(version.current);
        version.current = saved.version;
        storeProfile(qc, saved);
      };
      const failed = async (e: unknown) => {
        setError(e);
        setState('error');
        if (isApiError(e) && e.code === 'CONFLICT') {
          const fresh = await onConflict();
          if (fresh !== null) version.current = fresh;
        }
      };
      queue.current = queue.current.then(run).then(() => {
        if (ticket === latest.current) (setError(null), setState('saved'));
      }, failed);
      return queue.current;
    },
    [qc, onConflict],
  );

  const saveItems = useCallback(
    (items: Items) => enqueue((v) => saveItemsAsync({ profileId, version: v, items })),
    [enqueue, saveItemsAsync, profileId],
  );
  const update = useCallback(
    (patch: Patch) => enqueue((v) => updateAsync({ profileId, version: v, patch })),
    [enqueue, updateAsync, profileId],
  );
  /** Resolves when every save asked for so far has finished. */
  const settled = useCallback(() => queue.current, []);
  return { saveItems, update, settled, state, error, version };
}
