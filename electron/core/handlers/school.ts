import type { Handlers } from '../dispatch';
import { getSchoolProfile } from '../services/school';
import type { VaultService } from '../services/vault';

export const schoolHandlers = (vault: VaultService) =>
  ({
    'school.get': () => getSchoolProfile(vault.current().db),
  }) satisfies Partial<Handlers>;
