import { AppError } from '../app-error';
import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import type { VaultService } from '../services/vault';
import type { SettingsStore } from '../settings';

const todo = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'Backups are being built.');
};

export const backupHandlers = (_vault: VaultService, _platform: Platform, _settings: SettingsStore) =>
  ({
    'vault.chooseBackup': todo,
    'vault.inspectBackup': todo,
    'vault.restoreBackup': todo,
    'backup.status': todo,
    'backup.chooseFolder': todo,
    'backup.configure': todo,
    'backup.now': todo,
  }) satisfies Partial<Handlers>;
