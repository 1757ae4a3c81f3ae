import { AppError } from '../app-error';
import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import type { VaultService } from '../services/vault';

const todo = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'Transfers are being built.');
};

export const transferHandlers = (_vault: VaultService, _platform: Platform) =>
  ({
    'transfer.export': todo,
    'transfer.choose': todo,
    'transfer.preview': todo,
    'transfer.import': todo,
  }) satisfies Partial<Handlers>;
