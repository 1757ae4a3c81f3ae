/**
 * "Explore with a sample caseload": a second vault in its own folder, holding only the generated, fictional
 * caseload (electron/core/sample). Its passphrase is written here and is not a secret, because nothing real is
 * meant to be in it; the banner on every screen says so. Only one vault is open at a time: opening the sample
 * locks the school's own first, and when the sample locks (the person leaves it, the idle timer, sleep) the
 * switch goes back to the school's own, still locked. The two share only the person's preferences (language,
 * idle minutes): backups, the audit log and everything else belong to each vault alone.
 */
import Conf from 'conf';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { todayIso } from '../../shared/rules/dates';
import type { SampleProgress } from '../../shared/schemas/vault';
import { AppError } from './app-error';
import { summarise } from './db/copy-check';
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
 * What the sample refuses: every way real records come in (a backup, a transfer file, an MIS export), since they
 * would then sit behind a passphrase written in the source.
 */
const TAKES_IN_REAL_RECORDS = [
  'vault.chooseBackup',
  'vault.inspectBackup',
  'vault.restoreBackup',
  'transfer.choose',
  'transfer.preview',
  'transfer.import',
  'import.preview',
  'import.commit',
] as const satisfies readonly (keyof StoreHandlers)[];

export function sampleOnly(store: Store): Store {
  const refuse = async (): Promise<never> => {
    throw new AppError('SAMPLE_ONLY', 'This is the sample caseload, so it cannot take in real records. Leave the sample first.');
  };
  const handlers = { ...store.handlers, ...Object.fromEntries(TAKES_IN_REAL_RECORDS.map((c) => [c, refuse])) };
  return { ...store, handlers };
}

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
  private queue: Promise<unknown> = Promise.resolve();

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

  open(): Promise<{ learners: number; built: boolean }> {
    return this.serial(async () => {
      await this.real.vault.lock('user');
      const built = !existsSync(join(this.sampleDir, BUILT_MARKER));
      if (built) await this.build();
      const store = this.store();
      await store.vault.unlock(SAMPLE_VAULT.passphrase);
      const { learners } = await store.vault.exclusive(async (s) => summarise(s.sqlite));
      this.active = store;
      this.emit('vault.changed', { state: 'unlocked' });
      return { learners, built };
    });
  }

  /** Locking the sample is leaving it: see `onSampleEvent`. */
  leave(): Promise<void> {
    return this.serial(async () => {
      await this.sample?.vault.lock('user');
    });
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

  async close(): Promise<void> {
    await this.sample?.close();
    await this.real.close();
  }

  private store(): Store {
    this.sample ??= this.openSampleStore();
    return this.sample;
  }

  /** From nothing: any half-built folder goes, then setup, then the generated caseload through the services. */
  private async build(): Promise<void> {
    if (this.sample) await this.sample.close();
    this.sample = null;
    rmSync(this.sampleDir, { recursive: true, force: true });
    const store = this.store();
    await store.vault.setup({ ...SAMPLE_VAULT.identity, passphrase: SAMPLE_VAULT.passphrase });
    const sample = generateSample({ count: SAMPLE_VAULT.learners, seed: SAMPLE_VAULT.seed });
    const progress = (p: SampleProgress) => this.emit('vault.sampleProgress', p);
    await store.vault.exclusive((s) => seedSample(s, sample, progress));
    await store.vault.lock('user');
    writeFileSync(join(this.sampleDir, BUILT_MARKER), JSON.stringify({ seed: SAMPLE_VAULT.seed, learners: SAMPLE_VAULT.learners, builtOn: todayIso() }));
  }

  private serial<T>(op: () => Promise<T>): Promise<T> {
    const next = this.queue.then(op, op);
    this.queue = next.catch(() => undefined);
    return next;
  }
}
