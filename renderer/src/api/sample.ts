/**
 * The sample caseload: open it (built the first time, with progress events), leave it. Either way the vault in
 * use changes, so everything held about the data is dropped and the state asked for again.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { bridge, unwrap } from './client';
import { onVaultChanged, useEventWhile } from './hooks';

export function useOpenSample() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => unwrap(bridge().vault.openSample({})), onSettled: () => onVaultChanged(qc) });
}

export function useLeaveSample() {
  const qc = useQueryClient();
  return useMutation({ mutationFn: () => unwrap(bridge().vault.leaveSample({})), onSettled: () => onVaultChanged(qc) });
}

/** The latest progress of a build, while `active`; null before the first event (or when the sample already exists). */
export const useSampleProgress = (active: boolean) => useEventWhile('vault.sampleProgress', active);
