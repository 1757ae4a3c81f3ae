import type { Handlers } from '../dispatch';
import type { VaultService } from '../services/vault';

const done = { done: true } as const;

/** `sample`: this is the sample caseload's vault (reported by vault.status, for the banner). */
export const vaultHandlers = (vault: VaultService, sample: boolean) =>
  ({
    'vault.status': async () => ({ state: vault.state(), failedAttempts: vault.failedAttempts(), sample }),
    'vault.setup': (input) => vault.setup(input),
    'vault.unlock': async ({ passphrase }) => (await vault.unlock(passphrase), done),
    'vault.lock': async ({ reason }) => (await vault.lock(reason ?? 'user'), done),
    'vault.changePassphrase': async ({ current, next }) => (await vault.changePassphrase(current, next), done),
    'vault.recover': ({ recoveryKey, next }) => vault.recover(recoveryKey, next),
  }) satisfies Partial<Handlers>;
