/**
 * Retention (the policy, the records past their date, legal hold, destruction) and the subject access export.
 * A hold or a destruction changes what the learner's page, the caseload and the due list show, so they refresh.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import type { RetentionPolicy } from '../../../shared/schemas/retention';
import { bridge, unwrap } from './client';
import { idpExtraKeys } from './idp-extras';
import { learnerKeys } from './learners';

export const retentionKeys = {
  policy: ['retention', 'policy'] as const,
  due: ['retention', 'due'] as const,
};

export function useRetentionPolicy() {
  return useQuery({ queryKey: retentionKeys.policy, queryFn: () => unwrap(bridge().retention.getPolicy({})) });
}

/** A new policy moves every date: the list of records past their date is asked again. */
export function useSetRetentionPolicy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (policy: RetentionPolicy) => unwrap(bridge().retention.setPolicy(policy)),
    onSuccess: (saved) => {
      qc.setQueryData(retentionKeys.policy, saved);
      void qc.invalidateQueries({ queryKey: retentionKeys.due });
    },
  });
}

export function useRetentionDue() {
  return useQuery({ queryKey: retentionKeys.due, queryFn: () => unwrap(bridge().retention.due({})), staleTime: 0 });
}

export function useLegalHold(learnerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Input<'retention.setHold'>, 'learnerId'>) => unwrap(bridge().retention.setHold({ learnerId, ...input })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: learnerKeys.detail(learnerId) });
      void qc.invalidateQueries({ queryKey: retentionKeys.due });
    },
  });
}

export function useDestroy() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (items: Input<'retention.destroy'>['items']) => unwrap(bridge().retention.destroy({ items })),
    // Whatever was destroyed is gone from every list and page that showed it.
    onSettled: () => void qc.invalidateQueries(),
  });
}

export function useSubjectAccessExport(learnerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(bridge().subjectAccess.export({ learnerId })),
    // The export is recorded as a disclosure on the learner.
    onSuccess: () => void qc.invalidateQueries({ queryKey: idpExtraKeys.disclosures(learnerId) }),
  });
}
