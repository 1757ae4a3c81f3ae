import type { Handlers } from '../dispatch';
import type { Platform } from '../platform';
import * as retention from '../services/retention';
import { exportSubjectAccess } from '../services/subject-access';
import type { VaultService } from '../services/vault';
import { readSettings, type SettingsStore } from '../settings';

/** Subject access exports (documents in the interface language) and retention: policy, due list, hold, destruction. */
export const retentionHandlers = (vault: VaultService, platform: Platform, settings: SettingsStore) =>
  ({
    'subjectAccess.export': ({ learnerId }) => exportSubjectAccess(vault.current(), platform, learnerId, readSettings(settings).language),
    'retention.getPolicy': () => retention.getPolicy(vault.current()),
    'retention.setPolicy': (policy) => retention.setPolicy(vault.current(), policy),
    'retention.due': () => retention.listDue(vault.current()),
    'retention.setHold': async ({ learnerId, hold, reason }) => (await retention.setHold(vault.current(), learnerId, hold, reason), { done: true as const }),
    'retention.destroy': ({ items }) => retention.destroy(vault.current(), items),
  }) satisfies Partial<Handlers>;
