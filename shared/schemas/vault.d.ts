import { z } from 'zod';
/** Free text a person types: trimmed, non-empty, bounded so a hostile caller cannot send megabytes. */
export declare const shortText: (max?: number) => z.ZodString;
export declare const VaultState: z.ZodEnum<{
    new: "new";
    locked: "locked";
    unlocked: "unlocked";
}>;
export type VaultState = z.infer<typeof VaultState>;
export declare const VaultStatus: z.ZodObject<{
    state: z.ZodEnum<{
        new: "new";
        locked: "locked";
        unlocked: "unlocked";
    }>;
    failedAttempts: z.ZodNumber;
}, z.core.$strip>;
export type VaultStatus = z.infer<typeof VaultStatus>;
export declare const SetupInput: z.ZodObject<{
    schoolName: z.ZodString;
    userName: z.ZodString;
    role: z.ZodString;
    passphrase: z.ZodString;
}, z.core.$strict>;
export type SetupInput = z.infer<typeof SetupInput>;
export declare const RecoveryKeyOutput: z.ZodObject<{
    recoveryKey: z.ZodString;
}, z.core.$strip>;
export declare const UnlockInput: z.ZodObject<{
    passphrase: z.ZodString;
}, z.core.$strict>;
export declare const ChangePassphraseInput: z.ZodObject<{
    current: z.ZodString;
    next: z.ZodString;
}, z.core.$strict>;
export declare const RecoverInput: z.ZodObject<{
    recoveryKey: z.ZodString;
    next: z.ZodString;
}, z.core.$strict>;
export declare const LockReason: z.ZodEnum<{
    user: "user";
    idle: "idle";
    sleep: "sleep";
    "screen-lock": "screen-lock";
    shutdown: "shutdown";
}>;
export type LockReason = z.infer<typeof LockReason>;
export declare const LockInput: z.ZodObject<{
    reason: z.ZodOptional<z.ZodEnum<{
        user: "user";
        idle: "idle";
        sleep: "sleep";
        "screen-lock": "screen-lock";
        shutdown: "shutdown";
    }>>;
}, z.core.$strict>;
export declare const Empty: z.ZodObject<{}, z.core.$strict>;
export declare const Done: z.ZodObject<{
    done: z.ZodLiteral<true>;
}, z.core.$strip>;
