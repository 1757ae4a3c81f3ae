import type { Handlers } from '../dispatch';
import { readSettings, updateSettings, viewSettings, type SettingsStore } from '../settings';

export const settingsHandlers = (store: SettingsStore, idleMsOverride?: number) =>
  ({
    'settings.get': async () => viewSettings(readSettings(store), idleMsOverride),
    'settings.update': async (patch) => viewSettings(updateSettings(store, patch), idleMsOverride),
  }) satisfies Partial<Handlers>;
