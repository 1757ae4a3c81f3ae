import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { EventName, EventPayload, Input } from '../../../shared/ipc';
import type { LockReason } from '../../../shared/schemas/vault';
import { bridge, unwrap } from './client';

export const keys = {
  vault: ['vault.status'] as const,
  settings: ['settings'] as const,
  school: ['school'] as const,
};

export function useVaultStatus() {
  return useQuery({ queryKey: keys.vault, queryFn: () => unwrap(bridge().vault.status({})) });
}

export function useSettings() {
  return useQuery({ queryKey: keys.settings, queryFn: () => unwrap(bridge().settings.get({})) });
}

export function useSchool(enabled: boolean) {
  return useQuery({ queryKey: keys.school, queryFn: () => unwrap(bridge().school.get({})), enabled });
}

export function useUpdateSettings() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (patch: Input<'settings.update'>) => unwrap(bridge().settings.update(patch)),
    onSuccess: (settings) => qc.setQueryData(keys.settings, settings),
  });
}

const KEPT_WHILE_LOCKED: readonly unknown[] = [keys.vault[0], keys.settings[0]];

/** After any change of vault state: forget everything held about the data, then ask for the state again. */
export async function onVaultChanged(qc: QueryClient): Promise<void> {
  qc.removeQueries({ predicate: (q) => !KEPT_WHILE_LOCKED.includes(q.queryKey[0]) });
  await qc.invalidateQueries({ queryKey: keys.vault });
}

function useVaultChanged() {
  const qc = useQueryClient();
  return () => onVaultChanged(qc);
}

export function useSetup() {
  return useMutation({ mutationFn: (input: Input<'vault.setup'>) => unwrap(bridge().vault.setup(input)) });
}

export function useUnlock() {
  const changed = useVaultChanged();
  return useMutation({
    mutationFn: (passphrase: string) => unwrap(bridge().vault.unlock({ passphrase })),
    onSuccess: changed,
    onError: changed,
  });
}

export function useLock() {
  const changed = useVaultChanged();
  return useMutation({
    mutationFn: (reason: LockReason = 'user') => unwrap(bridge().vault.lock({ reason })),
    onSettled: changed,
  });
}

export function useRecover() {
  return useMutation({ mutationFn: (input: Input<'vault.recover'>) => unwrap(bridge().vault.recover(input)) });
}

export function useChangePassphrase() {
  return useMutation({ mutationFn: (input: Input<'vault.changePassphrase'>) => unwrap(bridge().vault.changePassphrase(input)) });
}

/** The latest payload of a pushed progress event while `active`; null before the first one. */
export function useEventWhile<E extends EventName>(event: E, active: boolean): EventPayload<E> | null {
  const [latest, setLatest] = useState<EventPayload<E> | null>(null);
  useEffect(() => {
    setLatest(null);
    if (!active) return;
    return bridge().on(event, setLatest);
  }, [event, active]);
  return latest;
}
