import type { Handlers } from '../dispatch';
import { listAudit, verifyAudit } from '../services/audit';
import type { VaultService } from '../services/vault';

export const auditHandlers = (vault: VaultService) =>
  ({
    'audit.list': (query) => listAudit(vault.current(), query),
    'audit.verify': () => verifyAudit(vault.current()),
  }) satisfies Partial<Handlers>;
