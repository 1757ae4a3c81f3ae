/**
 * Where backups go and how they went, in the settings store (readable while locked, no personal data): the folder,
 * how many to keep, automatic on or off, the last success and the last failure.
 */
import { z } from 'zod';
import { BACKUP_KEEP, BACKUP_STALE_DAYS, type BackupStatus } from '../../../shared/schemas/backup';
import type { SettingsStore } from '../settings';

const KEY = 'backup';
const DAY_MS = 24 * 60 * 60 * 1000;

const Stored = z.object({
  folder: z.string().nullable().catch(null),
  keep: z.number().int().min(BACKUP_KEEP.min).max(BACKUP_KEEP.max).catch(BACKUP_KEEP.default),
  /** On by default: choosing a folder is choosing to have backups. */
  automatic: z.boolean().catch(true),
  last: z.object({ at: z.string(), fileName: z.string(), bytes: z.number() }).nullable().catch(null),
  lastError: z.object({ at: z.string(), message: z.string() }).nullable().catch(null),
});
export type BackupSettings = z.infer<typeof Stored>;

/** The stored settings; a missing or hand-damaged value falls back to its default, field by field. */
export function readBackupSettings(store: SettingsStore): BackupSettings {
  const raw = store.get(KEY);
  return Stored.parse(raw !== null && typeof raw === 'object' ? raw : {});
}

export function writeBackupSettings(store: SettingsStore, patch: Partial<BackupSettings>): BackupSettings {
  const next = { ...readBackupSettings(store), ...patch };
  store.set(KEY, next);
  return next;
}

export function ageMs(last: BackupSettings['last'], now: Date): number {
  return last ? now.getTime() - Date.parse(last.at) : Number.POSITIVE_INFINITY;
}

/** An automatic backup is due when the last success is a day old or more (or there is none). */
export function isDue(settings: BackupSettings, now: Date): boolean {
  return settings.folder !== null && settings.automatic && ageMs(settings.last, now) >= DAY_MS;
}

export function backupStatus(settings: BackupSettings, now: Date): BackupStatus {
  return { ...settings, stale: ageMs(settings.last, now) > BACKUP_STALE_DAYS * DAY_MS };
}
