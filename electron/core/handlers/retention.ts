import { AppError } from '../app-error';
import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import type { VaultService } from '../services/vault';

const todo = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'Retention is being built.');
};

export const retentionHandlers = (_vault: VaultService, _platform: Platform) =>
  ({
    'subjectAccess.export': todo,
    'retention.getPolicy': todo,
    'retention.setPolicy': todo,
    'retention.due': todo,
    'retention.setHold': todo,
    'retention.destroy': todo,
  }) satisfies Partial<Handlers>;
