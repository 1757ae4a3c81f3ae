import { AppError } from '../app-error';
import type { Handlers } from '../dispatch';
import type { VaultService } from '../services/vault';

const todo = async (): Promise<never> => {
  throw new AppError('INTERNAL', 'The audit screen is being built.');
};

export const auditHandlers = (_vault: VaultService) =>
  ({
    'audit.list': todo,
    'audit.verify': todo,
  }) satisfies Partial<Handlers>;
