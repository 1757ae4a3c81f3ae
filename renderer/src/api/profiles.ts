/** One-page profiles: the lists, a person's current profile and its versions, saving, printing and exporting. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { EventPayload, Input } from '../../../shared/ipc';
import type { OwnerKind, Profile } from '../../../shared/schemas/profile';
import { bridge, unwrap, type ExportCalls } from './client';

export const profileKeys = {
  all: ['profiles'] as const,
  list: (kind: OwnerKind) => ['profiles', 'list', kind] as const,
  current: (kind: OwnerKind, ownerId: string) => ['profiles', 'current', kind, ownerId] as const,
  versions: (kind: OwnerKind, ownerId: string) => ['profiles', 'versions', kind, ownerId] as const,
  one: (id: string) => ['profiles', 'one', id] as const,
};

export function useProfileList(kind: OwnerKind) {
  return useQuery({ queryKey: profileKeys.list(kind), queryFn: () => unwrap(bridge().profiles.list({ ownerKind: kind })), staleTime: 0 });
}

/** The person's current profile; the core starts an empty one the first time it is opened. */
export function useCurrentProfile(kind: OwnerKind, ownerId: string) {
  return useQuery({
    queryKey: profileKeys.current(kind, ownerId),
    queryFn: () => unwrap(bridge().profiles.current({ ownerKind: kind, ownerId })),
    refetchOnMount: 'always',
  });
}

/** One version of a profile, as stored now (an open editor may have changed it since it was last read). */
export function useProfile(id: string) {
  return useQuery({ queryKey: profileKeys.one(id), queryFn: () => unwrap(bridge().profiles.get({ id })), refetchOnMount: 'always' });
}

export function useProfileVersions(kind: OwnerKind, ownerId: string) {
  return useQuery({ queryKey: profileKeys.versions(kind, ownerId), queryFn: () => unwrap(bridge().profiles.versions({ ownerKind: kind, ownerId })), staleTime: 0 });
}

/** After a save: this profile as stored now, and the lists that show its date and version. */
export function storeProfile(qc: QueryClient, profile: Profile): void {
  qc.setQueryData(profileKeys.current(profile.ownerKind, profile.ownerId), profile);
  qc.setQueryData(profileKeys.one(profile.id), profile);
  void qc.invalidateQueries({ queryKey: ['profiles', 'list'] });
}

export function useSaveProfileItems() {
  return useMutation({ mutationFn: (input: Input<'profiles.saveItems'>) => unwrap(bridge().profiles.saveItems(input)) });
}

export function useUpdateProfile() {
  return useMutation({ mutationFn: (input: Input<'profiles.update'>) => unwrap(bridge().profiles.update(input)) });
}

export function useNewProfileVersion() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'profiles.newVersion'>) => unwrap(bridge().profiles.newVersion(input)),
    onSuccess: (profile) => {
      storeProfile(qc, profile);
      // The version it replaced is now an earlier one.
      void qc.invalidateQueries({ queryKey: ['profiles', 'one'] });
      void qc.invalidateQueries({ queryKey: profileKeys.versions(profile.ownerKind, profile.ownerId) });
    },
  });
}

export function usePrintProfile() {
  return useMutation({ mutationFn: (profileId: string) => unwrap(bridge().print.profile({ profileId })) });
}

export const profileExports = (profileId: string): ExportCalls => ({
  print: () => unwrap(bridge().print.profile({ profileId })),
  onPaper: () => unwrap(bridge().print.profileToPrinter({ profileId })),
  docx: () => unwrap(bridge().profiles.exportDocx({ profileId })),
});

export function usePrintTransition() {
  return useMutation({ mutationFn: (input: Input<'print.transition'>) => unwrap(bridge().print.transition(input)) });
}

export function useCancelPrint() {
  return useMutation({ mutationFn: (jobId: string) => unwrap(bridge().print.cancel({ jobId })) });
}

export type PrintProgress = EventPayload<'print.progress'>;

/**
 * The latest progress of the print job being watched. It listens from the start, and `watch` names the job before
 * it is started, so not even its first event is missed.
 */
export function usePrintProgress() {
  const [progress, setProgress] = useState<PrintProgress | null>(null);
  const watched = useRef<string | null>(null);
  useEffect(
    () =>
      bridge().on('print.progress', (p) => {
        if (p.jobId === watched.current) setProgress(p);
      }),
    [],
  );
  const watch = useCallback((jobId: string | null) => {
    watched.current = jobId;
    setProgress(null);
  }, []);
  return { progress, watch };
}

/** The picture the profile shows (its own, else the register photo), keyed by the profile's version so a change shows. */
export function useProfilePhoto(profile: Profile | undefined) {
  return useQuery({
    queryKey: ['profiles', 'photo', profile?.id, profile?.version, profile?.usePhoto],
    queryFn: () => unwrap(bridge().profiles.photo({ profileId: profile!.id })),
    enabled: !!profile,
  });
}

export function useSetProfilePhoto() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'profiles.setPhoto'>) => unwrap(bridge().profiles.setPhoto(input)),
    onSuccess: (profile) => storeProfile(qc, profile),
  });
}
