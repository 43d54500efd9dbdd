// The browser preview's stand-in for window.orrery: one POST per method, Server-Sent Events for
// engine events, the page's token on every request. Built from the method lists in shared/api.ts.
import { previewTokenHeader } from '../../shared/channels.ts';
import {
  externalUrlSchema,
  hostMethodNames,
  readerEventNames,
  readerMethodNames,
  type Listener,
  type OrreryClient,
  type ReaderEventName,
} from '../../shared/api.ts';

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

export function createPreviewBridge(token: string): OrreryClient {
  const client: Record<string, unknown> = {};
  for (const name of readerMethodNames) {
    client[name] = (args: unknown) => post(`/api/reader/${name}`, token, args);
  }
  for (const name of hostMethodNames) {
    client[name] = (args: unknown) => post(`/api/host/${name}`, token, args);
  }
  // The preview server cannot open the user's browser; the page can, after the same scheme check.
  client.openExternal = async (args: { url: string }) => {
    const result = (await post('/api/host/openExternal', token, args)) as { opened: boolean };
    if (result.opened) return result;
    const url = externalUrlSchema.safeParse(args.url);
    if (!url.success) return { opened: false };
    // With noopener, window.open returns null even when the tab opened.
    window.open(url.data, '_blank', 'noopener,noreferrer');
    return { opened: true };
  };

  const listeners = new Map<ReaderEventName, Set<(payload: unknown) => void>>();
  let source: EventSource | null = null;
  const connect = (): void => {
    if (source) return;
    source = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const event of readerEventNames) {
      source.addEventListener(event, (message) => {
        const payload: unknown = JSON.parse((message as MessageEvent<string>).data);
        for (const listener of listeners.get(event) ?? []) listener(payload);
      });
    }
  };
  client.on = <E extends ReaderEventName>(event: E, listener: Listener<E>) => {
    connect();
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => void set.delete(wrapped);
  };
  return client as unknown as OrreryClient;
}
