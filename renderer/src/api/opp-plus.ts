/** OPP+ action plans and the school's intervention catalogue: plans, their rows and measures, impact, printing. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import type { OppPlusPlan } from '../../../shared/schemas/interventions';
import { bridge, unwrap, type ExportCalls } from './client';
import { learnerKeys } from './learners';

export const oppPlusKeys = {
  all: ['oppPlus'] as const,
  list: ['oppPlus', 'list'] as const,
  plan: (learnerId: string) => ['oppPlus', 'plan', learnerId] as const,
  impact: ['oppPlus', 'impact'] as const,
  catalogue: ['catalogue'] as const,
};

/** The learner's status, clocks and timeline move with the plan: their page, the list and the due panel. */
function refreshLearner(qc: QueryClient, learnerId: string): void {
  void qc.invalidateQueries({ queryKey: learnerKeys.detail(learnerId) });
  void qc.invalidateQueries({ queryKey: ['learners', 'list'] });
  void qc.invalidateQueries({ queryKey: learnerKeys.due });
}

/** After a change to a plan: the plan as stored now, and the list and impact figures that count it. */
function storePlan(qc: QueryClient, plan: OppPlusPlan): void {
  qc.setQueryData(oppPlusKeys.plan(plan.learnerId), plan);
  void qc.invalidateQueries({ queryKey: oppPlusKeys.list });
  void qc.invalidateQueries({ queryKey: oppPlusKeys.impact });
}

export function useOppPlusList() {
  return useQuery({ queryKey: oppPlusKeys.list, queryFn: () => unwrap(bridge().oppPlus.list({})), staleTime: 0 });
}

/** The learner's plan, or null before one is started. */
export function useOppPlus(learnerId: string) {
  return useQuery({ queryKey: oppPlusKeys.plan(learnerId), queryFn: () => unwrap(bridge().oppPlus.get({ learnerId })), refetchOnMount: 'always' });
}

export function useOppPlusImpact() {
  return useQuery({ queryKey: oppPlusKeys.impact, queryFn: () => unwrap(bridge().oppPlus.impact({})), staleTime: 0 });
}

export function useStartOppPlus() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (learnerId: string) => unwrap(bridge().oppPlus.start({ learnerId })),
    onSuccess: (plan) => {
      storePlan(qc, plan);
      refreshLearner(qc, plan.learnerId);
    },
  });
}

/** A mutation whose answer is the plan as stored now. */
function usePlanMutation<I>(call: (input: I) => Promise<OppPlusPlan>) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: (plan) => {
      storePlan(qc, plan);
      // Starting or ending an intervention is on the learner's timeline.
      void qc.invalidateQueries({ queryKey: learnerKeys.detail(plan.learnerId) });
    },
    // A refused stale change: show what is stored now.
    onError: () => void qc.invalidateQueries({ queryKey: ['oppPlus', 'plan'] }),
  });
}

export const useUpdateOppPlus = () => usePlanMutation((input: Input<'oppPlus.update'>) => unwrap(bridge().oppPlus.update(input)));

export const useSaveIntervention = () =>
  usePlanMutation((input: { add: Input<'oppPlus.addIntervention'> } | { update: Input<'oppPlus.updateIntervention'> }) =>
    unwrap('add' in input ? bridge().oppPlus.addIntervention(input.add) : bridge().oppPlus.updateIntervention(input.update)),
  );

export const useRemoveIntervention = () => usePlanMutation((input: Input<'oppPlus.removeIntervention'>) => unwrap(bridge().oppPlus.removeIntervention(input)));

export const useSaveMeasure = () =>
  usePlanMutation((input: { add: Input<'oppPlus.addMeasure'> } | { update: Input<'oppPlus.updateMeasure'> }) =>
    unwrap('add' in input ? bridge().oppPlus.addMeasure(input.add) : bridge().oppPlus.updateMeasure(input.update)),
  );

export const useRemoveMeasure = () => usePlanMutation((measureId: string) => unwrap(bridge().oppPlus.removeMeasure({ measureId })));

/** "Consider ALN" can start the learner's duty to decide: their status and clocks change too. */
export function useSetNextStep() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'oppPlus.setNextStep'>) => unwrap(bridge().oppPlus.setNextStep(input)),
    onSuccess: ({ plan }) => {
      storePlan(qc, plan);
      refreshLearner(qc, plan.learnerId);
    },
    onError: () => void qc.invalidateQueries({ queryKey: ['oppPlus', 'plan'] }),
  });
}

export const oppPlusExports = (learnerId: string): ExportCalls => ({
  print: () => unwrap(bridge().print.oppPlus({ learnerId })),
  onPaper: () => unwrap(bridge().print.oppPlusToPrinter({ learnerId })),
  docx: () => unwrap(bridge().oppPlus.exportDocx({ learnerId })),
});

export function useCatalogue() {
  return useQuery({ queryKey: oppPlusKeys.catalogue, queryFn: () => unwrap(bridge().catalogue.list({})) });
}

export function useSaveProgramme() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { create: Input<'catalogue.create'> } | { update: Input<'catalogue.update'> }) =>
      unwrap('create' in input ? bridge().catalogue.create(input.create) : bridge().catalogue.update(input.update)),
    onSettled: () => {
      void qc.invalidateQueries({ queryKey: oppPlusKeys.catalogue });
      // A renamed programme is renamed on every plan that uses it.
      void qc.invalidateQueries({ queryKey: oppPlusKeys.all });
    },
  });
}
