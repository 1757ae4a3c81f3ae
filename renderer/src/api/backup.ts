/**
 * Backups and restore: the Backups section's status, folder, settings and "Back up now"; the restore steps (choose
 * a file, check it with its passphrase or recovery key, restore). The file path never reaches the renderer: main
 * keeps it behind a token.
 */
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Input } from '../../../shared/ipc';
import type { BackupStatus } from '../../../shared/schemas/backup';
import { bridge, unwrap } from './client';

export const backupKeys = { status: ['backup.status'] as const };

export function useBackupStatus() {
  return useQuery({ queryKey: backupKeys.status, queryFn: () => unwrap(bridge().backup.status({})) });
}

function useStatusMutation<I>(call: (input: I) => Promise<BackupStatus>) {
  const qc = useQueryClient();
  return useMutation({ mutationFn: call, onSuccess: (status) => qc.setQueryData(backupKeys.status, status) });
}

export const useChooseBackupFolder = () => useStatusMutation(() => unwrap(bridge().backup.chooseFolder({})));
export const useConfigureBackup = () => useStatusMutation((input: Input<'backup.configure'>) => unwrap(bridge().backup.configure(input)));

/** A failed backup is recorded in the status too (its last error), so the status is read again either way. */
export function useBackupNow() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => unwrap(bridge().backup.now({})),
    onSuccess: (status) => qc.setQueryData(backupKeys.status, status),
    onError: () => void qc.invalidateQueries({ queryKey: backupKeys.status }),
  });
}

export const useChooseBackupFile = () => useMutation({ mutationFn: () => unwrap(bridge().vault.chooseBackup({})) });
export const useInspectBackup = () => useMutation({ mutationFn: (input: Input<'vault.inspectBackup'>) => unwrap(bridge().vault.inspectBackup(input)) });
/** The data is replaced: main announces it (vault.changed) and the app drops and reloads everything it held. */
export const useRestoreBackup = () => useMutation({ mutationFn: (token: string) => unwrap(bridge().vault.restoreBackup({ token })) });
