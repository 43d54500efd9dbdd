// The one way the renderer reaches the engine: window.orrery from the Electron preload, or the same
// client over the preview's HTTP transport in a plain browser. Nothing else in the renderer knows
// which one it got.
import type { OrreryClient } from '../../shared/api.ts';
import { createClient } from '../../shared/client.ts';
import { checkedExternalUrl } from './externalUrl.ts';
import { httpTransport } from './httpTransport.ts';
import { previewToken } from './previewToken.ts';

declare global {
  interface Window {
    orrery?: OrreryClient;
  }
}

let client: OrreryClient | null = null;

/** The preview server cannot open the user's browser; the page can, after the same scheme check. */
function openingTabs(base: OrreryClient): OrreryClient {
  const openExternal: OrreryClient['openExternal'] = async (args) => {
    const result = await base.openExternal(args);
    if (result.opened) return result;
    const url = await checkedExternalUrl(args.url);
    if (url === null) return { opened: false };
    // With noopener, window.open returns null even when the tab opened.
    window.open(url, '_blank', 'noopener,noreferrer');
    return { opened: true };
  };
  return { ...base, openExternal };
}

export function getClient(): OrreryClient {
  if (client) return client;
  if (window.orrery) {
    client = window.orrery;
  } else {
    client = openingTabs(createClient(httpTransport(previewToken(window.location))));
  }
  return client;
}

/** The desktop app (its preload gave us window.orrery), as opposed to the browser preview. */
export const isDesktop = (): boolean => window.orrery !== undefined;
