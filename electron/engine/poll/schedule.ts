// When to poll a feed next: pure arithmetic over what we know, so it can be tested exactly.
import type { CacheHints } from '../fetch/types.ts';

const minute = 60_000;
/** However much a server or a bad streak asks for, check again within a day… */
export const maxIntervalMinutes = 24 * 60;
/** …except when a server explicitly asks for a pause (Retry-After): honoured up to a week. */
export const maxRetryAfterMinutes = 7 * 24 * 60;

export interface ScheduleInput {
  readonly now: Date;
  /** The user's interval for this feed (default 60 minutes). */
  readonly intervalMinutes: number;
  /** RSS ttl or sy:updatePeriod from the last parse. */
  readonly ttlMinutes: number | null;
  readonly cache: CacheHints | null;
  /** Consecutive failures including this one; 0 after a success. */
  readonly errorCount: number;
  /** ISO time the server asked us not to come back before (429/503 Retry-After). */
  readonly retryAfter: string | null;
  /** In [0, 1): jitter source, injectable for tests. */
  readonly random: () => number;
}

/** The next check time as an ISO string. */
export function nextCheckAt(input: ScheduleInput): string {
  const { now, intervalMinutes } = input;
  let delayMinutes: number;
  if (input.errorCount > 0) {
    delayMinutes = backoffMinutes(input.errorCount, intervalMinutes, input.random);
  } else {
    // Polite: never sooner than the server's own hints say the content can change.
    const serverMinutes = Math.max(
      input.ttlMinutes ?? 0,
      (input.cache?.maxAgeSeconds ?? 0) / 60,
      expiresInMinutes(input.cache?.expires ?? null, now),
    );
    delayMinutes = Math.min(Math.max(intervalMinutes, serverMinutes), maxIntervalMinutes);
  }
  let next = now.getTime() + delayMinutes * minute;
  const retry = input.retryAfter ? Date.parse(input.retryAfter) : NaN;
  if (Number.isFinite(retry)) {
    next = Math.max(next, Math.min(retry, now.getTime() + maxRetryAfterMinutes * minute));
  }
  return new Date(next).toISOString();
}

/** Exponential backoff from the feed's own interval, capped at a day, with ±20% jitter so that
 * feeds that failed together (a host going down) do not all come back at the same second. */
export function backoffMinutes(
  errorCount: number,
  intervalMinutes: number,
  random: () => number,
): number {
  const exponent = Math.min(errorCount - 1, 16);
  const base = Math.min(intervalMinutes * 2 ** exponent, maxIntervalMinutes);
  const jitter = 0.8 + 0.4 * random();
  return Math.min(base * jitter, maxIntervalMinutes);
}

function expiresInMinutes(expires: string | null, now: Date): number {
  if (!expires) return 0;
  const at = Date.parse(expires);
  return Number.isFinite(at) ? Math.max(0, (at - now.getTime()) / minute) : 0;
}
