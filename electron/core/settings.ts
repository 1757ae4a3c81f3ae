/**
 * Settings that must be readable while locked (language, idle minutes). electron-store in the app and its
 * underlying `conf` package headless: both fit this interface. They hold no personal data and no secrets.
 */
import { DEFAULT_SETTINGS, Settings, type SettingsView } from '../../shared/schemas/settings';

export interface SettingsStore {
  get(key: string): unknown;
  set(key: string, value: unknown): void;
}

export function readSettings(store: SettingsStore): Settings {
  const raw = { language: store.get('language'), idleMinutes: store.get('idleMinutes') };
  const merged = Object.fromEntries(
    Object.entries(raw).map(([k, v]) => [k, v === undefined ? DEFAULT_SETTINGS[k as keyof Settings] : v]),
  );
  const parsed = Settings.safeParse(merged);
  // A hand-edited or damaged settings file falls back to the defaults rather than stopping the app.
  return parsed.success ? parsed.data : DEFAULT_SETTINGS;
}

export function updateSettings(store: SettingsStore, patch: Partial<Settings>): Settings {
  const next = { ...readSettings(store), ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
  const valid = Settings.parse(next);
  for (const [k, v] of Object.entries(valid)) store.set(k, v);
  return valid;
}

export function viewSettings(settings: Settings, idleMsOverride?: number): SettingsView {
  return { ...settings, idleMs: idleMsOverride ?? settings.idleMinutes * 60_000 };
}
