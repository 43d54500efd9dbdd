// The one way the renderer reaches the engine: window.orrery from the Electron preload, or the
// preview bridge in a plain browser. Nothing else in the renderer knows which one it got.
import type { OrreryClient } from '../../shared/api.ts';
import { createPreviewBridge } from './previewBridge.ts';

declare global {
  interface Window {
    orrery?: OrreryClient;
  }
}

let client: OrreryClient | null = null;

export function getClient(): OrreryClient {
  if (client) return client;
  if (window.orrery) {
    client = window.orrery;
  } else {
    const token = new URLSearchParams(window.location.search).get('token') ?? '';
    client = createPreviewBridge(token);
  }
  return client;
}
