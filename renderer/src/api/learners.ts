import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import type { LearnerDetail, ListLearnersInput } from '../../../shared/schemas/learner';
import { bridge, unwrap } from './client';

export const learnerKeys = {
  all: ['learners'] as const,
  list: (view: ListLearnersInput) => ['learners', 'list', view] as const,
  detail: (id: string) => ['learners', 'detail', id] as const,
  documents: (id: string) => ['learners', 'documents', id] as const,
  due: ['learners', 'due'] as const,
  view: ['learners', 'view'] as const,
  photo: (id: string) => ['photos', id] as const,
  contacts: (id: string) => ['contacts', id] as const,
  staff: ['staff'] as const,
  codes: ['codes'] as const,
};

/** After a learner changes: the list, the due panel and that learner's page are out of date. */
function refreshAfterChange(qc: QueryClient, detail?: LearnerDetail) {
  if (detail) qc.setQueryData(learnerKeys.detail(detail.id), detail);
  void qc.invalidateQueries({ queryKey: ['learners', 'list'] });
  void qc.invalidateQueries({ queryKey: learnerKeys.due });
}

export function useLearnerList(view: ListLearnersInput) {
  return useQuery({ queryKey: learnerKeys.list(view), queryFn: () => unwrap(bridge().learners.list(view)), placeholderData: keepPreviousData });
}

/** Opening a learner's page always asks the core again: each opening is logged as a view in the audit trail. */
export function useLearner(id: string) {
  return useQuery({ queryKey: learnerKeys.detail(id), queryFn: () => unwrap(bridge().learners.get({ id })), refetchOnMount: 'always' });
}

/** Which plans the learner has (not a view of them: nothing is opened, nothing logged). */
export function useLearnerDocuments(learnerId: string) {
  return useQuery({ queryKey: learnerKeys.documents(learnerId), queryFn: () => unwrap(bridge().learners.documents({ learnerId })), refetchOnMount: 'always' });
}

export function useDue(withinDays = 60) {
  return useQuery({ queryKey: [...learnerKeys.due, withinDays], queryFn: () => unwrap(bridge().learners.due({ withinDays })) });
}

export function useSavedView() {
  return useQuery({ queryKey: learnerKeys.view, queryFn: () => unwrap(bridge().learners.getView({})), staleTime: Infinity });
}

export function useSaveView() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (view: ListLearnersInput) => unwrap(bridge().learners.saveView(view)),
    onSuccess: (view) => qc.setQueryData(learnerKeys.view, view),
  });
}

export function useCreateLearner() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'learners.create'>) => unwrap(bridge().learners.create(input)),
    onSuccess: (detail) => refreshAfterChange(qc, detail),
  });
}

/** Field-by-field autosave. A stale write comes back as CONFLICT; the page then reloads the learner. */
export function useUpdateLearner(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Omit<Input<'learners.update'>, 'id'>) => unwrap(bridge().learners.update({ id, ...input })),
    onSuccess: (detail) => refreshAfterChange(qc, detail),
    onError: () => void qc.invalidateQueries({ queryKey: learnerKeys.detail(id) }),
  });
}

export function useArchive(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ version, archived }: { version: number; archived: boolean }) =>
      unwrap(archived ? bridge().learners.archive({ id, version }) : bridge().learners.restore({ id, version })),
    onSuccess: (detail) => refreshAfterChange(qc, detail),
  });
}

export function useDeleteLearner(id: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (confirmName: string) => unwrap(bridge().learners.delete({ id, confirmName })),
    onSuccess: () => {
      qc.removeQueries({ queryKey: learnerKeys.detail(id) });
      refreshAfterChange(qc);
    },
  });
}

export function usePhoto(learnerId: string, enabled: boolean) {
  return useQuery({ queryKey: learnerKeys.photo(learnerId), queryFn: () => unwrap(bridge().photos.get({ learnerId })), enabled });
}

export function useSetPhoto(learnerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (imageBase64: string | null) =>
      unwrap(imageBase64 ? bridge().photos.set({ learnerId, imageBase64 }) : bridge().photos.remove({ learnerId })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: learnerKeys.photo(learnerId) });
      void qc.invalidateQueries({ queryKey: learnerKeys.detail(learnerId) });
    },
  });
}

export function useStaff() {
  return useQuery({ queryKey: learnerKeys.staff, queryFn: () => unwrap(bridge().staff.list({})) });
}

export function useCreateStaff() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'staff.create'>) => unwrap(bridge().staff.create(input)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: learnerKeys.staff }),
  });
}

export function useCodes() {
  return useQuery({ queryKey: learnerKeys.codes, queryFn: () => unwrap(bridge().codes.list({})) });
}

export function useSaveCode() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'codes.save'> | { useList: Input<'codes.useList'>['listKey'] }) =>
      unwrap('useList' in input ? bridge().codes.useList({ listKey: input.useList }) : bridge().codes.save(input)),
    onSuccess: () => void qc.invalidateQueries({ queryKey: learnerKeys.codes }),
  });
}
