/**
 * Automatic backups, daily when the app is used: on unlock, then every hour while unlocked, a backup is made if a
 * folder is chosen, automatic backups are on and the last success is a day old or more (BackupService.runIfDue).
 * The timer does not keep the process alive and stops on lock and on close. The clock is injected for tests.
 */
import type { EventEmitter } from 'node:events';
import type { VaultState } from '../../../shared/schemas/vault';

export const HOUR_MS = 60 * 60 * 1000;

export interface BackupClock {
  now(): Date;
  /** Calls `run` every `ms` until the returned function is called. */
  every(ms: number, run: () => void): () => void;
}

export const SYSTEM_CLOCK: BackupClock = {
  now: () => new Date(),
  every(ms, run) {
    const timer = setInterval(run, ms);
    timer.unref();
    return () => clearInterval(timer);
  },
};

/** Starts the schedule; returns a function that stops it. */
export function scheduleBackups(events: EventEmitter, clock: BackupClock, runIfDue: () => Promise<unknown>): () => void {
  let stopTimer: (() => void) | null = null;
  const stop = () => {
    stopTimer?.();
    stopTimer = null;
  };
  const onChange = ({ state }: { state: VaultState }) => {
    if (state !== 'unlocked') return stop();
    stopTimer ??= clock.every(HOUR_MS, () => void runIfDue());
    void runIfDue();
  };
  events.on('vault.changed', onChange);
  return () => {
    events.off('vault.changed', onChange);
    stop();
  };
}
