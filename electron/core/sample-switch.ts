/**
 * "Explore with a sample caseload": a second vault in its own folder, holding only the generated, fictional
 * caseload (electron/core/sample). Its passphrase is written here and is not a secret, because nothing real is
 * meant to be in it; the banner on every screen says so. Only one vault is open at a time: opening the sample
 * locks the school's own first, and when the sample locks (the person leaves it, the idle timer, sleep) the
 * switch goes back to the school's own, still locked. While the sample is being opened, nothing but the vault's
 * state and the settings answers (BUSY), so the own vault cannot be unlocked behind it; a lock from the host
 * (sleep, screen lock, quitting) stops the opening. The two share only the person's preferences (language, idle
 * minutes); nothing moves between them (see TAKES_IN_OR_SENDS_OUT).
 */
import Conf from 'conf';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '../../shared/rules/dates';
import type { LockReason, SampleProgress } from '../../shared/schemas/vault';
import { AppError } from './app-error';
import { countLearners } from './repositories/learners';
import { serialQueue } from './serial';
import { generateSample } from './sample/generate';
import { seedSample } from './sample/seed';
import type { SettingsStore } from './settings';
import type { Store, StoreHandlers } from './store';

export const SAMPLE_VAULT = {
  identity: { schoolName: 'Ysgol Enghraifft – Sample School', userName: 'Alys Enghraifft', role: 'ALNCo' },
  passphrase: 'fictional caseload for practice only',
  learners: 60,
  seed: 2026,
} as const;

/**
 * What the sample refuses: every way records come in (a backup, a transfer file, an MIS export: real records would
 * then sit behind a passphrase written in the source) or go out to be taken in elsewhere (backups, which share the
 * backup folder's rotation, and transfer files), and changing its passphrase, which would lock the sample for good.
 */
const TAKES_IN_OR_SENDS_OUT = [
  'vault.chooseBackup',
  'vault.inspectBackup',
  'vault.restoreBackup',
  'vault.changePassphrase',
  'vault.recover',
  'backup.chooseFolder',
  'backup.configure',
  'backup.now',
  'transfer.export',
  'transfer.choose',
  'transfer.preview',
  'transfer.import',
  'import.preview',
  'import.commit',
] as const satisfies readonly (keyof StoreHandlers)[];

export function sampleOnly(store: Store): Store {
  const refuse = async (): Promise<never> => {
    throw new AppError('SAMPLE_ONLY', 'This is the sample caseload: backups, transfer files, MIS imports and passphrase changes work only in your own caseload.');
  };
  const handlers = { ...store.handlers, ...Object.fromEntries(TAKES_IN_OR_SENDS_OUT.map((c) => [c, refuse])) };
  return { ...store, handlers };
}

/** While the sample is being opened, only these answer (the rest answer BUSY). */
const ANSWERED_WHILE_OPENING: ReadonlySet<string> = new Set(['vault.status', 'settings.get', 'settings.update']);

const busy = async (): Promise<never> => {
  throw new AppError('BUSY', 'Caseload is opening the sample caseload. Try again when it is ready.');
};

/** Written once the whole sample is in: a sample folder without it was interrupted and is built again. */
const BUILT_MARKER = 'sample-built.json';
const SHARED_PREFERENCES = new Set(['language', 'idleMinutes']);

/** The sample's settings: the person's preferences from the real store, anything about data in its own file. */
export function sampleSettings(real: SettingsStore, sampleDir: string): SettingsStore {
  const own = new Conf({ cwd: sampleDir, configName: 'settings', projectName: 'caseload-sample' });
  const pick = (key: string) => (SHARED_PREFERENCES.has(key) ? real : own);
  return { get: (key) => pick(key).get(key), set: (key, value) => pick(key).set(key, value) };
}

export class SampleSwitch {
  private sample: Store | null = null;
  private active: Store;
  private opening = false;
  /** Moves on every lock from the host and on close: an opening that started before one stops. */
  private epoch = 0;
  private readonly serial = serialQueue();

  constructor(
    private readonly real: Store,
    private readonly sampleDir: string,
    private readonly openSampleStore: () => Store,
    /** Events of the store in use go out here, and so does the build's progress. */
    private readonly emit: (event: 'vault.changed' | 'vault.sampleProgress', payload: unknown) => void,
  ) {
    this.active = real;
  }

  current(): Store {
    return this.active;
  }

  isActive(store: Store): boolean {
    return this.active === store;
  }

  /** The handler that answers a channel now: the store in use's, or BUSY while the sample is being opened. */
  handler<C extends keyof StoreHandlers>(channel: C): StoreHandlers[C] {
    return this.opening && !ANSWERED_WHILE_OPENING.has(channel) ? (busy as StoreHandlers[C]) : this.active.handlers[channel];
  }

  open(): Promise<{ learners: number; built: boolean }> {
    const epoch = this.epoch;
    return this.serial(async () => {
      this.opening = true;
      try {
        return await this.switchToSample(epoch);
      } catch (e) {
        await this.sample?.vault.lock('user');
        throw e;
      } finally {
        this.opening = false;
      }
    });
  }

  /** Locking the sample is leaving it: see `onSampleEvent`. */
  leave(): Promise<void> {
    return this.serial(async () => {
      await this.sample?.vault.lock('user');
    });
  }

  /** A lock from the host locks both, and stops an opening in progress. */
  async lock(reason: LockReason): Promise<void> {
    this.epoch += 1;
    await Promise.all([this.real.vault.lock(reason), this.sample?.vault.lock(reason)]);
  }

  /** The sample store's events: forwarded while it is in use; when it locks, the real vault is in use again. */
  onSampleEvent(event: string, payload: { state?: string; reason?: string }): void {
    if (this.active !== this.sample) return;
    if (event === 'vault.changed' && payload.state !== 'unlocked') {
      this.active = this.real;
      this.emit('vault.changed', { state: this.real.vault.state(), reason: payload.reason });
      return;
    }
    this.emit(event as 'vault.changed', payload);
  }

  close(): Promise<void> {
    this.epoch += 1;
    return this.serial(async () => {
      await this.sample?.close();
      await this.real.close();
    });
  }

  private async switchToSample(epoch: number): Promise<{ learners: number; built: boolean }> {
    await this.real.vault.lock('user');
    let built = !existsSync(join(this.sampleDir, BUILT_MARKER));
    if (built) await this.build(epoch);
    if (!(await this.unlocks())) {
      // A sample that will not open (a damaged file) is only made-up data: it is built again, once.
      built = true;
      await this.build(epoch);
      await this.store().vault.unlock(SAMPLE_VAULT.passphrase);
    }
    const store = this.store();
    const learners = await store.vault.exclusive((s) => countLearners(s.db));
    this.requireNoLockSince(epoch);
    await this.real.vault.lock('user'); // still locked: nothing could unlock it meanwhile (BUSY); kept as the rule
    this.active = store;
    this.emit('vault.changed', { state: 'unlocked' });
    return { learners, built };
  }

  private async unlocks(): Promise<boolean> {
    try {
      await this.store().vault.unlock(SAMPLE_VAULT.passphrase);
      return true;
    } catch {
      return false;
    }
  }

  private requireNoLockSince(epoch: number): void {
    if (this.epoch !== epoch) throw new AppError('LOCKED', 'Caseload was locked before the sample caseload was ready.');
  }

  private store(): Store {
    this.sample ??= this.openSampleStore();
    return this.sample;
  }

  /** From nothing: any half-built folder goes, then setup, then the generated caseload through the services. */
  private async build(epoch: number): Promise<void> {
    if (this.sample) await this.sample.close();
    this.sample = null;
    rmSync(this.sampleDir, { recursive: true, force: true });
    const store = this.store();
    await store.vault.setup({ ...SAMPLE_VAULT.identity, passphrase: SAMPLE_VAULT.passphrase });
    const sample = generateSample({ count: SAMPLE_VAULT.learners, seed: SAMPLE_VAULT.seed });
    const progress = (p: SampleProgress) => {
      this.requireNoLockSince(epoch);
      this.emit('vault.sampleProgress', p);
    };
    await store.vault.exclusive((s) => seedSample(s, sample, progress));
    await store.vault.lock('user');
    // The date is for a person looking at the folder: the sample's dates are relative to it.
    writeFileSync(join(this.sampleDir, BUILT_MARKER), JSON.stringify({ seed: SAMPLE_VAULT.seed, learners: SAMPLE_VAULT.learners, builtOn: todayIso() }));
  }
}
