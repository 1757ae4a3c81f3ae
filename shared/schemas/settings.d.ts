import { z } from 'zod';
export declare const Language: z.ZodEnum<{
    en: "en";
    cy: "cy";
}>;
export type Language = z.infer<typeof Language>;
export declare const IDLE_MINUTES: {
    readonly min: 1;
    readonly max: 240;
    readonly default: 10;
};
/** Settings readable while locked. They hold no personal data and no secrets. */
export declare const Settings: z.ZodObject<{
    language: z.ZodEnum<{
        en: "en";
        cy: "cy";
    }>;
    idleMinutes: z.ZodNumber;
}, z.core.$strip>;
export type Settings = z.infer<typeof Settings>;
export declare const DEFAULT_SETTINGS: Settings;
export declare const SettingsUpdate: z.ZodObject<{
    language: z.ZodOptional<z.ZodEnum<{
        en: "en";
        cy: "cy";
    }>>;
    idleMinutes: z.ZodOptional<z.ZodNumber>;
}, z.core.$strict>;
/** What the renderer needs to run the idle lock: the settings plus the effective idle time. */
export declare const SettingsView: z.ZodObject<{
    language: z.ZodEnum<{
        en: "en";
        cy: "cy";
    }>;
    idleMinutes: z.ZodNumber;
    idleMs: z.ZodNumber;
}, z.core.$strip>;
export type SettingsView = z.infer<typeof SettingsView>;
