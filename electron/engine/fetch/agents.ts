// Keep-alive pools shared by every fetch: polling many feeds on one host reuses connections.
// Idle sockets are unref'd by Node's Agent, so they never keep the process alive.
// TLS verification stays at Node's default (on).
import { Agent as HttpAgent, type AgentOptions } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';

const poolOptions = {
  keepAlive: true,
  keepAliveMsecs: 1000,
  maxFreeSockets: 16,
  scheduling: 'lifo' as const,
  // Idle sockets are closed well before typical server keep-alive limits expire.
  timeout: 30_000,
};

export interface Agents {
  readonly http: HttpAgent;
  readonly https: HttpsAgent;
}

/** A pair of pools; `extra` adds socket options such as a checking `lookup` (addressGuard.ts). */
export function createAgents(extra: Pick<AgentOptions, 'lookup'> = {}): Agents {
  return {
    http: new HttpAgent({ ...poolOptions, ...extra }),
    https: new HttpsAgent({ ...poolOptions, ...extra }),
  };
}

/** The pools for addresses the user gave (any address may be reached). */
export const anyAddressAgents = createAgents();
