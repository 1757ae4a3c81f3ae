/**
 * The one entry point for every call from the renderer (Electron IPC) or from a test (the e2e harness, headless
 * scripts): validate the input with the channel's schema, refuse while locked, run the handler, and answer with
 * an envelope. Errors cross the boundary as { code, message }, never as stack traces.
 */
import type { Envelope } from '../../shared/errors';
import { contract, isChannel, type ChannelName, type Output, type ParsedInput } from '../../shared/ipc';
import { isAppError } from './app-error';
import { toAppError } from './db/errors';

export type Handlers = { [C in ChannelName]: (input: ParsedInput<C>) => Promise<Output<C>> };

export type Dispatch = (channel: unknown, input: unknown) => Promise<Envelope<unknown>>;

const invalid = (message: string): Envelope<never> => ({ ok: false, error: { code: 'INVALID', message } });

export function createDispatch(handlers: Handlers, isUnlocked: () => boolean, log: (line: string) => void): Dispatch {
  return async (channel, input) => {
    if (!isChannel(channel)) return invalid('Unknown request.');
    const def = contract[channel];
    const parsed = def.input.safeParse(input);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      // Name the field only when it is one of ours: the path can hold any key a (hostile) caller sent.
      const path = issue?.path.map(String) ?? [];
      const where = path.length && path.length <= 4 && path.every((p) => /^[A-Za-z0-9_]{1,40}$/.test(p)) ? ` (${path.join('.')})` : '';
      return invalid(`Some of the information sent was not valid${where}.`);
    }
    if (!('whileLocked' in def) && !isUnlocked()) {
      return { ok: false, error: { code: 'LOCKED', message: 'Caseload is locked. Unlock it with your passphrase.' } };
    }
    try {
      const handler = handlers[channel] as (i: unknown) => Promise<unknown>;
      return { ok: true, value: await handler(parsed.data) };
    } catch (raw) {
      const e = toAppError(raw);
      if (isAppError(e)) return { ok: false, error: { code: e.code, message: e.message } };
      // Log the kind of failure only: an error message can quote user data.
      log(`internal error on ${channel}: ${e instanceof Error ? e.name : typeof e}`);
      return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong and nothing was changed. Try again.' } };
    }
  };
}
