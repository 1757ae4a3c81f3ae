import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import { exportTransfer, TransferInbox } from '../services/transfer';
import type { VaultService } from '../services/vault';
import type { ScryptParams } from '../vault/crypto';

/** `scrypt`: tests only (a cheaper KDF for the files they make); the app seals with SCRYPT_DEFAULTS. */
export const transferHandlers = (vault: VaultService, platform: Platform, scrypt?: ScryptParams) => {
  const inbox = new TransferInbox(vault);
  return {
    'transfer.export': (input) => exportTransfer(vault.current(), platform, input, scrypt),
    'transfer.choose': () => inbox.choose(platform),
    'transfer.preview': (input) => inbox.preview(vault.current(), input),
    'transfer.import': (input) => inbox.import(vault.current(), input),
  } satisfies Partial<Handlers>;
};
