// One HTTP GET exchange up to the response headers: connect timeout, abort, and a single retry
// when a pooled keep-alive socket turns out to have been closed by the server meanwhile.
import {
  request as httpRequest,
  type ClientRequest,
  type IncomingMessage,
  type OutgoingHttpHeaders,
} from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { anyAddressAgents, type Agents } from './agents.ts';

export class ConnectTimeout extends Error {
  constructor() {
    super('connect timeout');
  }
}

export interface OpenExchange {
  readonly response: IncomingMessage;
  /** Destroys the exchange unless the body was read to the end; removes our listeners. */
  close(): void;
}

/**
 * Resolves at the response headers. Rejects with ConnectTimeout, the socket's error, or
 * `signal.reason` when aborted. The abort signal stays wired until close(), so aborting
 * while the body is read destroys the connection too.
 */
export async function openExchange(
  url: URL,
  headers: OutgoingHttpHeaders,
  signal: AbortSignal,
  connectTimeoutMs: number,
  agents: Agents = anyAddressAgents,
  lookup?: LookupFunction,
): Promise<OpenExchange> {
  try {
    return await attempt(url, headers, signal, connectTimeoutMs, agents, lookup);
  } catch (error) {
    if (error instanceof StaleSocket && !signal.aborted) {
      return attempt(url, headers, signal, connectTimeoutMs, agents, lookup);
    }
    throw error instanceof StaleSocket ? error.cause : error;
  }
}

class StaleSocket extends Error {}

function attempt(
  url: URL,
  headers: OutgoingHttpHeaders,
  signal: AbortSignal,
  connectTimeoutMs: number,
  agents: Agents,
  lookup: LookupFunction | undefined,
): Promise<OpenExchange> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(signal.reason);
      return;
    }
    const secure = url.protocol === 'https:';
    const send = secure ? httpsRequest : httpRequest;
    const request: ClientRequest = send(url, {
      method: 'GET',
      headers,
      agent: secure ? agents.https : agents.http,
      ...(lookup ? { lookup } : {}),
    });
    let connectTimer: NodeJS.Timeout | undefined;
    let settled = false;

    const onAbort = (): void => {
      request.destroy(new Error('aborted'));
    };
    const unwire = (): void => {
      clearTimeout(connectTimer);
      signal.removeEventListener('abort', onAbort);
    };
    signal.addEventListener('abort', onAbort, { once: true });

    request.on('socket', (socket) => {
      if (!socket.connecting) return; // a reused keep-alive socket
      connectTimer = setTimeout(() => request.destroy(new ConnectTimeout()), connectTimeoutMs);
      socket.once('connect', () => clearTimeout(connectTimer));
    });
    request.on('response', (response) => {
      settled = true;
      clearTimeout(connectTimer);
      resolve({
        response,
        close: () => {
          unwire();
          if (!response.complete) {
            response.destroy();
            request.destroy();
          }
        },
      });
    });
    // Errors after the response are reported through the response; this keeps them handled.
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (settled) return;
      settled = true;
      unwire();
      if (signal.aborted) reject(signal.reason);
      else if (request.reusedSocket && error.code === 'ECONNRESET')
        reject(new StaleSocket('stale', { cause: error }));
      else reject(error);
    });
    request.end();
  });
}
