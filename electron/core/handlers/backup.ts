import type { Handlers } from '../dispatch';
import type { BackupService } from '../services/backup';
import type { RestoreService } from '../services/restore';

export const backupHandlers = (backups: BackupService, restores: RestoreService) =>
  ({
    'vault.chooseBackup': () => restores.choose(),
    'vault.inspectBackup': ({ token, secret }) => restores.inspect(token, secret),
    'vault.restoreBackup': ({ token }) => restores.restore(token),
    'backup.status': async () => backups.status(),
    'backup.chooseFolder': () => backups.chooseFolder(),
    'backup.configure': async (input) => backups.configure(input),
    'backup.now': () => backups.now(),
  }) satisfies Partial<Handlers>;
