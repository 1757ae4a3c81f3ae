/**
 * openCore: the whole app behind the contract, in plain Node. Electron's main process, the e2e harness, unit
 * tests and benchmarks all drive it through `invoke`, which is the same `dispatch` the IPC transport uses.
 * It holds two stores (store.ts): the school's own vault and the sample caseload, and routes every call to the
 * one in use (sample-switch.ts).
 */
import Conf from 'conf';
import { EventEmitter } from 'node:events';
import { resolve } from 'node:path';
import type { Envelope } from '../../shared/errors';
import { EVENT_NAMES, type ChannelName, type EventName, type EventPayload, type Input, type Output } from '../../shared/ipc';
import type { LockReason } from '../../shared/schemas/vault';
import type { Migration } from './db/migrations';
import { createDispatch, type Dispatch, type Handlers } from './dispatch';
import type { Platform } from './platform';
import type { BackupClock } from './services/backup-schedule';
import type { StorePaths } from './services/session';
import type { FailureDelay } from './services/vault';
import { SampleSwitch, sampleOnly, sampleSettings } from './sample-switch';
import type { SettingsStore } from './settings';
import { openStore, type Store, type StoreHandlers } from './store';
import type { ScryptParams } from './vault/crypto';

export { DEFAULT_FAILURE_DELAY, storePaths } from './store';

export interface CoreOptions {
  dataDir: string;
  /** The sample caseload's own folder (default: beside the data folder, `<dataDir>-sample`). */
  sampleDir?: string;
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
  /** The school's own vault's files (the sample's are in `sampleDir`). */
  paths: StorePaths;
}

export function openCore(options: CoreOptions): Core {
  const settings = options.settings ?? new Conf({ cwd: options.dataDir, configName: 'settings', projectName: 'caseload' });
  const sampleDir = options.sampleDir ?? `${resolve(options.dataDir)}-sample`;
  const bus = new EventEmitter();
  const real = openStore(options, options.dataDir, settings, false);
  const board = new SampleSwitch(real, sampleDir, () => forward(sampleOnly(openStore(options, sampleDir, sampleSettings(settings, sampleDir), true)), true), (e, p) => bus.emit(e, p));
  // A store's events reach the renderer only while it is the one in use.
  function forward(store: Store, isSample: boolean): Store {
    for (const name of EVENT_NAMES) {
      store.vault.events.on(name, (payload) => (isSample ? board.onSampleEvent(name, payload) : board.isActive(store) && bus.emit(name, payload)));
    }
    return store;
  }
  forward(real, false);
  // Every store channel goes to the store in use at the moment of the call.
  const routed = Object.fromEntries(
    (Object.keys(real.handlers) as (keyof StoreHandlers)[]).map((c) => [c, (input: never) => (board.handler(c) as (i: never) => Promise<unknown>)(input)]),
  ) as StoreHandlers;
  const handlers: Handlers = {
    ...routed,
    'vault.openSample': () => board.open(),
    'vault.leaveSample': async () => (await board.leave(), { done: true as const }),
  };
  const log = options.log ?? ((line: string) => console.error(`[caseload] ${line}`));
  const dispatch = createDispatch(handlers, () => board.current().vault.state() === 'unlocked', log);
  return {
    dispatch,
    invoke: (channel, input) => dispatch(channel, input) as never,
    on(event, listener) {
      bus.on(event, listener);
      return () => bus.off(event, listener);
    },
    lock: (reason) => board.lock(reason),
    close: () => board.close(),
    paths: real.paths,
  };
}
