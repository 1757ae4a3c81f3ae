import type { Handlers } from '../dispatch';
import type { Emit } from '../events';
import { commitImport, previewImport } from '../services/import';
import type { VaultService } from '../services/vault';

export const importHandlers = (vault: VaultService, emit: Emit) =>
  ({
    'import.preview': (input) => previewImport(vault.current(), input),
    'import.commit': (input) => commitImport(vault.current(), input, (progress) => emit('import.progress', progress)),
  }) satisfies Partial<Handlers>;
