/**
 * openCore: the whole app behind the contract, in plain Node. Electron's main process, the e2e harness, unit
 * tests and benchmarks all drive it through `invoke`, which is the same `dispatch` the IPC transport uses.
 */
import Conf from 'conf';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Envelope } from '../../shared/errors';
import type { ChannelName, EventName, EventPayload, Input, Output } from '../../shared/ipc';
import type { LockReason } from '../../shared/schemas/vault';
import { MIGRATIONS, type Migration } from './db/migrations';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import type { Emit } from './events';
import { auditHandlers } from './handlers/audit';
import { backupHandlers } from './handlers/backup';
import { contactHandlers } from './handlers/contacts';
import { importHandlers } from './handlers/import';
import { idpHandlers } from './handlers/idp';
import { learnerHandlers } from './handlers/learners';
import { retentionHandlers } from './handlers/retention';
import { reviewHandlers } from './handlers/reviews';
import { reviewExportHandlers } from './handlers/review-export';
import { oppPlusHandlers } from './handlers/opp-plus';
import { printHandlers } from './handlers/print';
import { profileHandlers } from './handlers/profiles';
import { NO_PLATFORM, type Platform } from './platform';
import { schoolHandlers } from './handlers/school';
import { settingsHandlers } from './handlers/settings';
import { transferHandlers } from './handlers/transfer';
import { vaultHandlers } from './handlers/vault';
import { BackupService } from './services/backup';
import { SYSTEM_CLOCK, scheduleBackups, type BackupClock } from './services/backup-schedule';
import { RestoreService } from './services/restore';
import type { StorePaths } from './services/session';
import { VaultService, type FailureDelay } from './services/vault';
import type { SettingsStore } from './settings';
import type { ScryptParams } from './vault/crypto';

export interface CoreOptions {
  dataDir: string;
  /** electron-store in the app; a `conf` store in the data folder when omitted. */
  settings?: SettingsStore;
  nativeBinding?: string;
  /** Printing to PDF and save dialogs (Electron's shell, or the e2e harness); without it those actions refuse. */
  platform?: Platform;
  /** Tests only: cheaper KDF, shorter waits, a short idle time, injected migrations. */
  scrypt?: ScryptParams;
  failureDelay?: FailureDelay;
  idleMs?: number;
  migrations?: readonly Migration[];
  /** Tests only: a cheaper KDF for transfer files (no lower than the least a file may ask for). */
  transferScrypt?: ScryptParams;
  /** Tests only: the clock and timer of automatic backups. */
  backupClock?: BackupClock;
  log?: (line: string) => void;
}

export interface Core {
  /** Untyped entry (what crosses a process boundary): validated by dispatch. */
  dispatch: Dispatch;
  /** Typed convenience for scripts and tests. */
  invoke<C extends ChannelName>(channel: C, input: Input<C>): Promise<Envelope<Output<C>>>;
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
  /** Lock from the host (sleep, screen lock, quitting). */
  lock(reason: LockReason): Promise<void>;
  close(): Promise<void>;
  paths: StorePaths;
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

export function openCore(options: CoreOptions): Core {
  mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
  const paths = storePaths(options.dataDir);
  const settings = options.settings ?? new Conf({ cwd: options.dataDir, configName: 'settings', projectName: 'caseload' });
  const migrations = options.migrations ?? MIGRATIONS;
  const vault = new VaultService(paths, {
    nativeBinding: options.nativeBinding,
    migrations,
    scrypt: options.scrypt,
    failureDelay: options.failureDelay ?? DEFAULT_FAILURE_DELAY,
  });
  // One emitter for every pushed event: the vault's state changes and an import's progress.
  const emit: Emit = (event, payload) => void vault.events.emit(event, payload);
  const platform = options.platform ?? NO_PLATFORM;
  const clock = options.backupClock ?? SYSTEM_CLOCK;
  const backups = new BackupService(vault, platform, settings, { clock, nativeBinding: options.nativeBinding });
  const restores = new RestoreService(vault, platform, backups, { paths, nativeBinding: options.nativeBinding, migrations });
  const stopBackups = scheduleBackups(vault.events, clock, () => backups.runIfDue());
  const handlers: Handlers = {
    ...vaultHandlers(vault),
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
  const log = options.log ?? ((line: string) => console.error(`[caseload] ${line}`));
  const dispatch = createDispatch(handlers, () => vault.state() === 'unlocked', log);
  return {
    dispatch,
    invoke: (channel, input) => dispatch(channel, input) as never,
    on(event, listener) {
      vault.events.on(event, listener);
      return () => vault.events.off(event, listener);
    },
    lock: (reason) => vault.lock(reason),
    close: () => (stopBackups(), vault.lock('shutdown')),
    paths,
  };
}
