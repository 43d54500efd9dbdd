// The browser preview's transport for the shared client: one POST per call (`reader:listFeeds` is
// POST /api/reader/listFeeds), Server-Sent Events for events, the page's token on every request.
import { previewTokenHeader } from '../../shared/channels.ts';
import type { Transport } from '../../shared/client.ts';

/** `reader:listFeeds` -> `listFeeds`; `event:countsChanged` -> `countsChanged`. */
const nameOf = (channel: string): string => channel.slice(channel.indexOf(':') + 1);

async function post(path: string, token: string, args: unknown): Promise<unknown> {
  const response = await fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', [previewTokenHeader]: token },
    body: JSON.stringify(args ?? {}),
    credentials: 'omit',
    cache: 'no-store',
  });
  const text = await response.text();
  const body: unknown = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const message =
      body && typeof body === 'object' && 'error' in body
        ? String(body.error)
        : response.statusText;
    throw new Error(message);
  }
  return body;
}

export function httpTransport(token: string): Transport {
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const listenOnce = (event: string): void => {
    source ??= new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    source.addEventListener(event, (message) => {
      const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
      for (const listener of listeners.get(event) ?? []) listener(payload);
    });
  };
  return {
    invoke: (channel, arg) => post(`/api/${channel.replace(':', '/')}`, token, arg),
    subscribe(channel, listener) {
      const event = nameOf(channel);
      let set = listeners.get(event);
      if (!set) {
        set = new Set();
        listeners.set(event, set);
        listenOnce(event);
      }
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}
