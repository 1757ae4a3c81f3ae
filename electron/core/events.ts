/** Pushing an event to whoever listens through `Core.on` (the renderer, over IPC or the e2e harness). */
import type { EventName, EventPayload } from '../../shared/ipc';

export type Emit = <E extends EventName>(event: E, payload: EventPayload<E>) => void;
