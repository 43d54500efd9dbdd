// Offline mode. A poll whose request reached no server (DNS unanswered, no route) does not
// fail its feed at once: the batch decides. When every request of a refresh reached no server
// and that says "network" rather than "this host" (a network-level error, two hosts or more,
// or already offline), Orrery is offline: no feed is marked failed or backed off, the window
// says so once, and polling probes a feed or two per tick until one gets through.
import type { FeedRefreshOutcome } from './refreshFeed.ts';

export interface Unreached {
  readonly scope: 'network' | 'host';
  readonly host: string;
  /** Records the poll as an ordinary failure (backoff), when the batch was not offline after all. */
  readonly fail: () => FeedRefreshOutcome;
}

/** Whether a batch of polls says the network is down. */
export function batchIsOffline(
  results: readonly FeedRefreshOutcome[],
  wasOffline: boolean,
): boolean {
  const tried = results.filter((r) => !r.notTried);
  const unreached = tried.flatMap((r) => (r.unreached ? [r.unreached] : []));
  if (unreached.length === 0 || unreached.length < tried.length) return false;
  if (wasOffline || unreached.some((u) => u.scope === 'network')) return true;
  return new Set(unreached.map((u) => u.host)).size >= 2;
}

/** Whether any poll of the batch got through to a server (the network works). */
export function batchReachedAServer(results: readonly FeedRefreshOutcome[]): boolean {
  return results.some((r) => !r.notTried && !r.unreached);
}

/** While offline, each poll tick tries only this many due feeds, rotating through them. */
export const offlineProbeFeeds = 2;

export function probeFeeds<T>(due: readonly T[], turn: number): T[] {
  if (due.length <= offlineProbeFeeds) return [...due];
  const start = turn % due.length;
  return Array.from({ length: offlineProbeFeeds }, (_, i) => due[(start + i) % due.length]!);
}

/** The engine's belief about the network, updated by each batch of polls. */
export class OfflineMonitor {
  #offline = false;
  #turn = 0;

  get offline(): boolean {
    return this.#offline;
  }

  /** The feeds a poll tick should try: all of them online, a rotating couple offline. */
  pick<T>(due: readonly T[]): T[] {
    return this.#offline ? probeFeeds(due, this.#turn++) : [...due];
  }

  /**
   * Decides a finished batch: unless it was offline, the unreached polls are recorded as
   * ordinary failures now. Returns the batch's final outcomes and whether the state changed.
   */
  settle(outcomes: readonly FeedRefreshOutcome[]): {
    outcomes: FeedRefreshOutcome[];
    offline: boolean;
    changed: boolean;
  } {
    const offline = batchIsOffline(outcomes, this.#offline);
    const final = offline
      ? [...outcomes]
      : outcomes.map((o) => (o.unreached ? recordFailure(o) : o));
    const before = this.#offline;
    if (offline) this.#offline = true;
    else if (batchReachedAServer(outcomes)) this.#offline = false;
    return { outcomes: final, offline, changed: before !== this.#offline };
  }
}

function recordFailure(outcome: FeedRefreshOutcome): FeedRefreshOutcome {
  try {
    return outcome.unreached?.fail() ?? outcome;
  } catch {
    // The feed was removed meanwhile: nothing to record.
    const { unreached: _dropped, ...rest } = outcome;
    return rest;
  }
}
