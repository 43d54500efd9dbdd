// window.orrery, built from the same name lists as the IPC handler table. Kept free of Electron
// so that preload.ts only wires it to ipcRenderer, and a test can wire it straight to the handlers.
// The name lists come from channels.ts, not api.ts, so the preload bundle carries no zod.
import {
  eventChannel,
  hostChannel,
  hostMethodNames,
  readerChannel,
  readerEventNames,
  readerMethodNames,
  type ReaderEventName,
} from '../../shared/channels.ts';
import type { OrreryClient } from '../../shared/api.ts';

export type Invoke = (channel: string, arg: unknown) => Promise<unknown>;
/** Subscribes to an IPC channel; returns the unsubscribe function. */
export type Subscribe = (channel: string, listener: (payload: unknown) => void) => () => void;

export function createClient(invoke: Invoke, subscribe: Subscribe): OrreryClient {
  const client: Record<string, unknown> = {};
  for (const name of readerMethodNames) {
    const channel = readerChannel(name);
    client[name] = (args: unknown) => invoke(channel, args);
  }
  for (const name of hostMethodNames) {
    const channel = hostChannel(name);
    client[name] = (args: unknown) => invoke(channel, args);
  }
  client.on = (event: ReaderEventName, listener: (payload: unknown) => void) => {
    // Only the engine's event channels: the page cannot listen in on anything else.
    if (!(readerEventNames as readonly string[]).includes(event)) {
      throw new TypeError(`Unknown event: ${String(event)}`);
    }
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return subscribe(eventChannel(event), listener);
  };
  return client as unknown as OrreryClient;
}
