import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import type { LearnerDetail, LearnerFields } from '../../../../shared/schemas/learner';
import { learnerKeys, useUpdateLearner } from '../../api/learners';

export type SaveState = 'idle' | 'saving' | 'saved' | 'error';

/**
 * Saves one field at a time. Saves run one after another, each with the version the previous one returned, so two
 * quick edits never conflict with each other; a change made elsewhere meanwhile still comes back as CONFLICT.
 */
export function useAutosave(id: string) {
  const qc = useQueryClient();
  const update = useUpdateLearner(id);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [state, setState] = useState<SaveState>('idle');

  const save = useCallback(
    (patch: Partial<LearnerFields>) => {
      setState('saving');
      const run = async () => {
        const current = qc.getQueryData<LearnerDetail>(learnerKeys.detail(id));
        if (!current) return;
        await update.mutateAsync({ version: current.version, patch });
      };
      queue.current = queue.current.then(run, run).then(
        () => setState('saved'),
        () => setState('error'),
      );
    },
    [id, qc, update],
  );

  return { save, state, error: update.error };
}
