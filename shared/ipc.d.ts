/**
 * The contract between renderer and main, declared once. Handler types (electron/core), the preload bridge and
 * the renderer client are all derived from it, so a channel without a handler does not compile.
 *
 * Channel names are `domain.verb`; every channel takes one object argument.
 * `whileLocked` channels are the only ones answered while the vault is locked.
 */
import { z } from 'zod';
import type { Envelope } from './errors';
export declare const contract: {
    readonly 'vault.status': {
        readonly input: z.ZodObject<{}, z.core.$strict>;
        readonly output: z.ZodObject<{
            state: z.ZodEnum<{
                new: "new";
                locked: "locked";
                unlocked: "unlocked";
            }>;
            failedAttempts: z.ZodNumber;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'vault.setup': {
        readonly input: z.ZodObject<{
            schoolName: z.ZodString;
            userName: z.ZodString;
            role: z.ZodString;
            passphrase: z.ZodString;
        }, z.core.$strict>;
        readonly output: z.ZodObject<{
            recoveryKey: z.ZodString;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'vault.unlock': {
        readonly input: z.ZodObject<{
            passphrase: z.ZodString;
        }, z.core.$strict>;
        readonly output: z.ZodObject<{
            done: z.ZodLiteral<true>;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'vault.lock': {
        readonly input: z.ZodObject<{
            reason: z.ZodOptional<z.ZodEnum<{
                user: "user";
                idle: "idle";
                sleep: "sleep";
                "screen-lock": "screen-lock";
                shutdown: "shutdown";
            }>>;
        }, z.core.$strict>;
        readonly output: z.ZodObject<{
            done: z.ZodLiteral<true>;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'vault.changePassphrase': {
        readonly input: z.ZodObject<{
            current: z.ZodString;
            next: z.ZodString;
        }, z.core.$strict>;
        readonly output: z.ZodObject<{
            done: z.ZodLiteral<true>;
        }, z.core.$strip>;
    };
    readonly 'vault.recover': {
        readonly input: z.ZodObject<{
            recoveryKey: z.ZodString;
            next: z.ZodString;
        }, z.core.$strict>;
        readonly output: z.ZodObject<{
            recoveryKey: z.ZodString;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'settings.get': {
        readonly input: z.ZodObject<{}, z.core.$strict>;
        readonly output: z.ZodObject<{
            language: z.ZodEnum<{
                en: "en";
                cy: "cy";
            }>;
            idleMinutes: z.ZodNumber;
            idleMs: z.ZodNumber;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'settings.update': {
        readonly input: z.ZodObject<{
            language: z.ZodOptional<z.ZodEnum<{
                en: "en";
                cy: "cy";
            }>>;
            idleMinutes: z.ZodOptional<z.ZodNumber>;
        }, z.core.$strict>;
        readonly output: z.ZodObject<{
            language: z.ZodEnum<{
                en: "en";
                cy: "cy";
            }>;
            idleMinutes: z.ZodNumber;
            idleMs: z.ZodNumber;
        }, z.core.$strip>;
        readonly whileLocked: true;
    };
    readonly 'school.get': {
        readonly input: z.ZodObject<{}, z.core.$strict>;
        readonly output: z.ZodObject<{
            schoolName: z.ZodString;
            userName: z.ZodString;
            role: z.ZodString;
        }, z.core.$strip>;
    };
};
export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export type Input<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Contract[C]['input']>;
export type Output<C extends ChannelName> = z.output<Contract[C]['output']>;
export declare const CHANNELS: ChannelName[];
export declare function isChannel(name: unknown): name is ChannelName;
/** Events pushed from main to the renderer. */
export declare const events: {
    readonly 'vault.changed': z.ZodObject<{
        state: z.ZodEnum<{
            new: "new";
            locked: "locked";
            unlocked: "unlocked";
        }>;
        reason: z.ZodOptional<z.ZodEnum<{
            user: "user";
            idle: "idle";
            sleep: "sleep";
            "screen-lock": "screen-lock";
            shutdown: "shutdown";
        }>>;
    }, z.core.$strip>;
};
export type EventName = keyof typeof events;
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>;
export declare const EVENT_NAMES: EventName[];
/** The IPC channel name that carries pushed events (one channel, the event name inside). */
export declare const EVENT_CHANNEL = "caseload:event";
type Domain<K> = K extends `${infer D}.${string}` ? D : never;
type Verb<K, D extends string> = K extends `${D}.${infer V}` ? V : never;
/** The shape of `window.caseload`, derived from the contract. */
export type Bridge = {
    [D in Domain<ChannelName>]: {
        [V in Verb<ChannelName, D>]: `${D}.${V}` extends ChannelName ? (input: Input<`${D}.${V}`>) => Promise<Envelope<Output<`${D}.${V}`>>> : never;
    };
} & {
    on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};
export type Invoke = (channel: string, input: unknown) => Promise<unknown>;
export type Subscribe = (listener: (event: string, payload: unknown) => void) => () => void;
/**
 * Builds the frozen bridge object from the channel list. It must stay self-contained (no imports, no closures
 * over module scope): the e2e harness injects its source text into the page, so the harness and the preload
 * run the very same function.
 */
export declare function buildBridge(channels: readonly string[], invoke: Invoke, subscribe: Subscribe): unknown;
export {};
