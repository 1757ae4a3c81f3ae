/** Importing learners from an MIS export: the preview, the commit, and the commit's progress events. */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import { bridge, unwrap } from './client';
import { useEventWhile } from './hooks';

export function useImportPreview() {
  return useMutation({ mutationFn: (input: Input<'import.preview'>) => unwrap(bridge().import.preview(input)) });
}

export function useImportCommit() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'import.commit'>) => unwrap(bridge().import.commit(input)),
    // Learners were added or changed: every list, panel and learner page held is out of date.
    onSuccess: () => void qc.invalidateQueries({ queryKey: ['learners'] }),
  });
}

/** The latest progress of a commit, while `active`; null before the first event. */
export const useImportProgress = (active: boolean) => useEventWhile('import.progress', active);
