import { z } from 'zod';

export const Language = z.enum(['en', 'cy']);
export type Language = z.infer<typeof Language>;

export const IDLE_MINUTES = { min: 1, max: 240, default: 10 } as const;

/** Settings readable while locked. They hold no personal data and no secrets. */
export const Settings = z.object({
  language: Language,
  idleMinutes: z.number().int().min(IDLE_MINUTES.min).max(IDLE_MINUTES.max),
});
export type Settings = z.infer<typeof Settings>;

export const DEFAULT_SETTINGS: Settings = { language: 'en', idleMinutes: IDLE_MINUTES.default };

export const SettingsUpdate = z.strictObject({
  language: Language.optional(),
  idleMinutes: z.number().int().min(IDLE_MINUTES.min).max(IDLE_MINUTES.max).optional(),
});

/** What the renderer needs to run the idle lock: the settings plus the effective idle time. */
export const SettingsView = Settings.extend({ idleMs: z.number().int().positive() });
export type SettingsView = z.infer<typeof SettingsView>;
