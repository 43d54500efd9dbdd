// Per-host and global concurrency limits with FIFO fairness: waiters are served in arrival
// order, but a waiter whose host is busy does not hold up waiters for other hosts.
// A refresh queues every feed at once (5,000 waiters, often on a few hosts), so each release
// stops looking as soon as every host with waiters is full (it went through the whole queue:
// quadratic in the feed count), and a signal shared by the waiters gets one abort listener, not
// one each (an EventTarget checks every listener it has on each add and remove).
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
  readonly signal: AbortSignal | undefined;
  readonly grant: (release: () => void) => void;
  readonly fail: (reason: unknown) => void;
}

/** One abort listener per signal, for as long as waiters hold it. */
interface SignalWatch {
  waiters: number;
  readonly onAbort: () => void;
}

export function createConcurrencyLimiter({
  perHost = 2,
  global = 8,
}: ConcurrencyLimiterOptions = {}): InspectableLimiter {
  requirePositiveInteger('perHost', perHost);
  requirePositiveInteger('global', global);
  const activeByHost = new Map<string, number>();
  const queue: Waiter[] = [];
  /** Waiters per host: a pass over the queue ends when all these hosts are full. */
  const waitingByHost = new Map<string, number>();
  const watches = new Map<AbortSignal, SignalWatch>();
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
    const fullHosts = new Set<string>();
    for (let index = 0; index < queue.length && active < global;) {
      const waiter = queue[index]!;
      if (hasRoom(waiter.host)) {
        dequeue(index);
        waiter.grant(take(waiter.host));
      } else {
        fullHosts.add(waiter.host);
        // No slot is released during a pass: nobody further down can start.
        if (fullHosts.size === waitingByHost.size) return;
        index += 1;
      }
    }
  };

  const enqueue = (waiter: Waiter): void => {
    queue.push(waiter);
    waitingByHost.set(waiter.host, (waitingByHost.get(waiter.host) ?? 0) + 1);
    if (waiter.signal) watch(waiter.signal);
  };

  const dequeue = (index: number): Waiter => {
    const [waiter] = queue.splice(index, 1) as [Waiter];
    const left = waitingByHost.get(waiter.host)! - 1;
    if (left === 0) waitingByHost.delete(waiter.host);
    else waitingByHost.set(waiter.host, left);
    if (waiter.signal) unwatch(waiter.signal);
    return waiter;
  };

  const watch = (signal: AbortSignal): void => {
    const known = watches.get(signal);
    if (known) {
      known.waiters += 1;
      return;
    }
    const onAbort = (): void => {
      for (let index = queue.length - 1; index >= 0; index -= 1) {
        if (queue[index]!.signal === signal) dequeue(index).fail(abortReason(signal));
      }
    };
    watches.set(signal, { waiters: 1, onAbort });
    signal.addEventListener('abort', onAbort, { once: true });
  };

  const unwatch = (signal: AbortSignal): void => {
    const known = watches.get(signal)!;
    known.waiters -= 1;
    if (known.waiters > 0) return;
    watches.delete(signal);
    signal.removeEventListener('abort', known.onAbort);
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
        enqueue({ host, signal, grant: resolve, fail: reject });
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
