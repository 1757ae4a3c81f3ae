/**
 * One vault and everything behind it: its data folder, key, services and handlers. openCore (index.ts) holds two
 * of these, the coordinator's own and the sample caseload, and routes every call to the one in use; nothing in a
 * store knows about the other, so the sample can never write into the real data or read from it.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Handlers } from './dispatch';
import type { Emit } from './events';
import { auditHandlers } from './handlers/audit';
import { backupHandlers } from './handlers/backup';
import { contactHandlers } from './handlers/contacts';
import { idpHandlers } from './handlers/idp';
import { importHandlers } from './handlers/import';
import { learnerHandlers } from './handlers/learners';
import { oppPlusHandlers } from './handlers/opp-plus';
import { printHandlers } from './handlers/print';
import { profileHandlers } from './handlers/profiles';
import { retentionHandlers } from './handlers/retention';
import { reviewExportHandlers } from './handlers/review-export';
import { reviewHandlers } from './handlers/reviews';
import { schoolHandlers } from './handlers/school';
import { settingsHandlers } from './handlers/settings';
import { transferHandlers } from './handlers/transfer';
import { vaultHandlers } from './handlers/vault';
import type { CoreOptions } from './index';
import { NO_PLATFORM } from './platform';
import { BackupService } from './services/backup';
import { SYSTEM_CLOCK, scheduleBackups } from './services/backup-schedule';
import { MIGRATIONS } from './db/migrations';
import { RestoreService } from './services/restore';
import type { StorePaths } from './services/session';
import { VaultService, type FailureDelay } from './services/vault';
import type { SettingsStore } from './settings';

/** The channels that choose between the stores are the core's own (index.ts), not a store's. */
export type SwitchChannel = 'vault.openSample' | 'vault.leaveSample';
export type StoreHandlers = Omit<Handlers, SwitchChannel>;

export interface Store {
  vault: VaultService;
  handlers: StoreHandlers;
  paths: StorePaths;
  /** Stops the backup timer and locks. */
  close(): Promise<void>;
}

export const DEFAULT_FAILURE_DELAY: FailureDelay = { baseMs: 500, capMs: 4000 };

export function storePaths(dataDir: string): StorePaths {
  return {
    dataDir,
    dbFile: join(dataDir, 'caseload.db'),
    vaultFile: join(dataDir, 'vault.json'),
    migrationBackup: join(dataDir, 'caseload.before-update.db'),
  };
}

/** `sample` only changes what vault.status reports, so the renderer can show the banner. */
export function openStore(options: CoreOptions, dataDir: string, settings: SettingsStore, sample: boolean): Store {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const paths = storePaths(dataDir);
  const migrations = options.migrations ?? MIGRATIONS;
  const vault = new VaultService(paths, {
    nativeBinding: options.nativeBinding,
    migrations,
    scrypt: options.scrypt,
    failureDelay: options.failureDelay ?? DEFAULT_FAILURE_DELAY,
  });
  // One emitter for every pushed event: the vault's state changes and an import's or a print's progress.
  const emit: Emit = (event, payload) => void vault.events.emit(event, payload);
  const platform = options.platform ?? NO_PLATFORM;
  const clock = options.backupClock ?? SYSTEM_CLOCK;
  const backups = new BackupService(vault, platform, settings, { clock, nativeBinding: options.nativeBinding });
  const restores = new RestoreService(vault, platform, backups, { paths, nativeBinding: options.nativeBinding, migrations });
  const stopBackups = scheduleBackups(vault.events, clock, () => backups.runIfDue());
  const handlers: StoreHandlers = {
    ...vaultHandlers(vault, sample),
    ...backupHandlers(backups, restores),
    ...auditHandlers(vault),
    ...transferHandlers(vault, platform, options.transferScrypt),
    ...retentionHandlers(vault, platform, settings),
    ...settingsHandlers(settings, options.idleMs),
    ...schoolHandlers(vault),
    ...learnerHandlers(vault),
    ...contactHandlers(vault),
    ...profileHandlers(vault),
    ...oppPlusHandlers(vault),
    ...idpHandlers(vault),
    ...reviewHandlers(vault),
    ...printHandlers(vault, platform, emit, settings),
    ...reviewExportHandlers(vault, platform, settings),
    ...importHandlers(vault, emit),
  };
  return { vault, handlers, paths, close: () => (stopBackups(), vault.lock('shutdown')) };
}
