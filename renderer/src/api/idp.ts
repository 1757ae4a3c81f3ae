/** Individual Development Plans: the plans across the caseload, a learner's versions, the draft's sections, issuing. */
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import type { Idp } from '../../../shared/schemas/idp';
import { bridge, unwrap } from './client';
import { learnerKeys } from './learners';

export const idpKeys = {
  all: ['idp'] as const,
  overview: ['idp', 'overview'] as const,
  list: (learnerId: string) => ['idp', 'list', learnerId] as const,
  one: (id: string) => ['idp', 'one', id] as const,
  photo: (id: string) => ['idp', 'photo', id] as const,
};

/** After a change to one version: that version as stored now, in its own query and in the learner's list. */
export function storeIdp(qc: QueryClient, idp: Idp): void {
  qc.setQueryData(idpKeys.one(idp.id), idp);
  qc.setQueryData<Idp[]>(idpKeys.list(idp.learnerId), (list) => list?.map((v) => (v.id === idp.id ? idp : v)));
  void qc.invalidateQueries({ queryKey: idpKeys.overview });
}

/** Issuing, a new draft, discarding or ceasing: the versions change, and with them the learner's status and clocks. */
function refreshVersions(qc: QueryClient, learnerId: string): void {
  void qc.invalidateQueries({ queryKey: ['idp', 'list', learnerId] });
  void qc.invalidateQueries({ queryKey: ['idp', 'one'] });
  void qc.invalidateQueries({ queryKey: idpKeys.overview });
  void qc.invalidateQueries({ queryKey: learnerKeys.detail(learnerId) });
  void qc.invalidateQueries({ queryKey: ['learners', 'list'] });
  void qc.invalidateQueries({ queryKey: learnerKeys.due });
}

export function useIdpOverview() {
  return useQuery({ queryKey: idpKeys.overview, queryFn: () => unwrap(bridge().idp.overview({})), staleTime: 0 });
}

/** Every version of the learner's plan, newest first. */
export function useIdpList(learnerId: string) {
  return useQuery({ queryKey: idpKeys.list(learnerId), queryFn: () => unwrap(bridge().idp.list({ learnerId })), refetchOnMount: 'always' });
}

export function useIdp(id: string) {
  return useQuery({ queryKey: idpKeys.one(id), queryFn: () => unwrap(bridge().idp.get({ id })), refetchOnMount: 'always' });
}

/** Opens the learner's draft, or starts one (a copy of the plan in force, or a first draft). */
export function useStartIdpDraft() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (learnerId: string) => unwrap(bridge().idp.startDraft({ learnerId })),
    onSuccess: (idp) => {
      qc.setQueryData(idpKeys.one(idp.id), idp);
      refreshVersions(qc, idp.learnerId);
    },
  });
}

/** One whole section of the draft. The editor queues these and stores each answer itself (see use-idp-editor). */
export function useSaveIdpSection() {
  return useMutation({ mutationFn: (input: Input<'idp.saveSection'>) => unwrap(bridge().idp.saveSection(input)) });
}

export function useRefreshIdp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'idp.refresh'>) => unwrap(bridge().idp.refresh(input)),
    onSuccess: (idp, input) => {
      if (input.part === 'aboutMe') void qc.invalidateQueries({ queryKey: idpKeys.photo(idp.id) });
    },
  });
}

export function useSetIdpLanguage() {
  return useMutation({ mutationFn: (input: Input<'idp.setLanguage'>) => unwrap(bridge().idp.setLanguage(input)) });
}

export function useIssueIdp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'idp.issue'>) => unwrap(bridge().idp.issue(input)),
    onSuccess: (idp) => {
      storeIdp(qc, idp);
      refreshVersions(qc, idp.learnerId);
    },
  });
}

export function useDiscardIdpDraft(learnerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'idp.discardDraft'>) => unwrap(bridge().idp.discardDraft(input)),
    onSuccess: (_, input) => {
      qc.removeQueries({ queryKey: idpKeys.one(input.idpId) });
      refreshVersions(qc, learnerId);
    },
  });
}

export function useCeaseIdp() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'idp.cease'>) => unwrap(bridge().idp.cease(input)),
    onSuccess: (idp) => {
      storeIdp(qc, idp);
      refreshVersions(qc, idp.learnerId);
    },
  });
}

/** The picture in the plan's "About me" (pulled in with the profile; refreshing "About me" invalidates it). */
export function useIdpPhoto(idpId: string) {
  return useQuery({ queryKey: idpKeys.photo(idpId), queryFn: () => unwrap(bridge().idp.photo({ idpId })) });
}
