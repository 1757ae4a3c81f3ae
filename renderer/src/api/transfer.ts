/**
 * Transfer to another school: the encrypted file out (with the one-time passphrase shown once), and a file in
 * (chosen through the main process, which keeps its path; opened with the passphrase; imported as chosen).
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import { bridge, unwrap } from './client';

/** The transfer is recorded as a disclosure on each learner: their pages are out of date. */
export function useTransferExport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'transfer.export'>) => unwrap(bridge().transfer.export(input)),
    onSuccess: (result) => {
      if (result.saved) void qc.invalidateQueries({ queryKey: ['disclosures'] });
    },
  });
}

export function useTransferChoose() {
  return useMutation({ mutationFn: () => unwrap(bridge().transfer.choose({})) });
}

export function useTransferPreview() {
  return useMutation({ mutationFn: (input: Input<'transfer.preview'>) => unwrap(bridge().transfer.preview(input)) });
}

/** Learners arrive (and programmes, need codes): every list and page held may be out of date. */
export function useTransferImport() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: Input<'transfer.import'>) => unwrap(bridge().transfer.import(input)),
    onSuccess: () => void qc.invalidateQueries(),
  });
}
