import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import { bridge, unwrap } from './client';
import { learnerKeys } from './learners';

export function useContacts(learnerId: string) {
  return useQuery({ queryKey: learnerKeys.contacts(learnerId), queryFn: () => unwrap(bridge().contacts.list({ learnerId })) });
}

export function useSaveContact(learnerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: { create: Omit<Input<'contacts.create'>, 'learnerId'> } | { update: Input<'contacts.update'> }) =>
      unwrap('create' in input ? bridge().contacts.create({ learnerId, ...input.create }) : bridge().contacts.update(input.update)),
    onSettled: () => void qc.invalidateQueries({ queryKey: learnerKeys.contacts(learnerId) }),
  });
}

export function useDeleteContact(learnerId: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(bridge().contacts.delete({ id })),
    onSettled: () => void qc.invalidateQueries({ queryKey: learnerKeys.contacts(learnerId) }),
  });
}
