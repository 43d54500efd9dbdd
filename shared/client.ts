// The one client factory: window.orrery in the desktop app (over IPC, built by the preload) and the
// browser preview's client (over HTTP and Server-Sent Events, built by the renderer) are the same
// object made from the contract's name lists over a different transport. Free of zod and of
// Electron, so the sandboxed preload bundle stays tiny (it imports only channels.ts; api.ts is
// imported for types, which are erased).
import {
  eventChannel,
  hostChannel,
  hostEventNames,
  hostMethodNames,
  readerChannel,
  readerEventNames,
  readerMethodNames,
} from './channels.ts';
import type { ClientEventName, OrreryClient } from './api.ts';

/** How calls and events travel. Channels are the contract's names: `reader:listFeeds`,
 * `host:getPreferences`, `event:countsChanged`. */
export interface Transport {
  invoke(channel: string, arg: unknown): Promise<unknown>;
  /** Listens on an event channel; returns the function that stops listening. */
  subscribe(channel: string, listener: (payload: unknown) => void): () => void;
}

const eventNames: readonly string[] = [...readerEventNames, ...hostEventNames];

export function createClient(transport: Transport): OrreryClient {
  const client: Record<string, unknown> = {};
  for (const name of readerMethodNames) {
    const channel = readerChannel(name);
    client[name] = (args: unknown) => transport.invoke(channel, args);
  }
  for (const name of hostMethodNames) {
    const channel = hostChannel(name);
    client[name] = (args: unknown) => transport.invoke(channel, args);
  }
  client.on = (event: ClientEventName, listener: (payload: unknown) => void) => {
    // Only the contract's event channels: the page cannot listen in on anything else.
    if (!eventNames.includes(event)) throw new TypeError(`Unknown event: ${String(event)}`);
    if (typeof listener !== 'function') throw new TypeError('listener must be a function');
    return transport.subscribe(eventChannel(event), listener);
  };
  return client as unknown as OrreryClient;
}
