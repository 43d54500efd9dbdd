// Per-host and global concurrency limits with FIFO fairness: waiters are served in arrival
// order, but a waiter whose host is busy does not hold up waiters for other hosts.
import type { ConcurrencyLimiter } from './types.ts';

export interface ConcurrencyLimiterOptions {
  readonly perHost?: number;
  readonly global?: number;
}

export interface InspectableLimiter extends ConcurrencyLimiter {
  /** Slots currently held, across all hosts. */
  readonly active: number;
  /** Callers waiting for a slot. */
  readonly waiting: number;
}

interface Waiter {
  readonly host: string;
  readonly grant: (release: () => void) => void;
}

export function createConcurrencyLimiter({
  perHost = 2,
  global = 8,
}: ConcurrencyLimiterOptions = {}): InspectableLimiter {
  requirePositiveInteger('perHost', perHost);
  requirePositiveInteger('global', global);
  const activeByHost = new Map<string, number>();
  const queue: Waiter[] = [];
  let active = 0;

  const hasRoom = (host: string): boolean =>
    active < global && (activeByHost.get(host) ?? 0) < perHost;

  const take = (host: string): (() => void) => {
    active += 1;
    activeByHost.set(host, (activeByHost.get(host) ?? 0) + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      active -= 1;
      const left = (activeByHost.get(host) ?? 1) - 1;
      if (left === 0) activeByHost.delete(host);
      else activeByHost.set(host, left);
      pump();
    };
  };

  const pump = (): void => {
    for (let index = 0; index < queue.length && active < global;) {
      const waiter = queue[index]!;
      if (hasRoom(waiter.host)) {
        queue.splice(index, 1);
        waiter.grant(take(waiter.host));
      } else {
        index += 1;
      }
    }
  };

  return {
    get active() {
      return active;
    },
    get waiting() {
      return queue.length;
    },
    acquire(rawHost: string, signal?: AbortSignal): Promise<() => void> {
      const host = rawHost.toLowerCase();
      if (signal?.aborted) return Promise.reject(abortReason(signal));
      if (queue.length === 0 && hasRoom(host)) return Promise.resolve(take(host));
      return new Promise((resolve, reject) => {
        const onAbort = (): void => {
          const index = queue.indexOf(waiter);
          if (index !== -1) queue.splice(index, 1);
          reject(abortReason(signal!));
        };
        const waiter: Waiter = {
          host,
          grant: (release) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(release);
          },
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        queue.push(waiter);
        pump();
      });
    },
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The wait for a fetch slot was aborted.', 'AbortError');
}

function requirePositiveInteger(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new RangeError(`${name} must be a positive integer, got ${value}`);
  }
}
