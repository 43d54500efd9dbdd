// The engine's client as the page gets it: window.orrery from the Electron preload, or the shared
// client over the preview's HTTP transport. Free of zod (the contract's schemas), so the page's
// first request (askFirstPage.ts) can go out before they are built; client.ts adds the rest.
import type { OrreryClient } from '../../shared/api.ts';
import { createClient } from '../../shared/client.ts';
import { httpTransport } from './httpTransport.ts';

declare global {
  interface Window {
    orrery?: OrreryClient;
  }
}

let base: OrreryClient | null = null;

/** One per page: the preview's transport holds the page's one event stream. */
export function baseClient(): OrreryClient {
  if (base) return base;
  if (window.orrery) return (base = window.orrery);
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  return (base = createClient(httpTransport(token)));
}
