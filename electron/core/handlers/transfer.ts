import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import { exportTransfer, TransferInbox } from '../services/transfer';
import type { VaultService } from '../services/vault';

export const transferHandlers = (vault: VaultService, platform: Platform) => {
  const inbox = new TransferInbox(vault);
  return {
    'transfer.export': (input) => exportTransfer(vault.current(), platform, input),
    'transfer.choose': () => inbox.choose(platform),
    'transfer.preview': (input) => inbox.preview(vault.current(), input),
    'transfer.import': (input) => inbox.import(vault.current(), input),
  } satisfies Partial<Handlers>;
};
