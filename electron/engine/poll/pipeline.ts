// Back-pressure for a refresh: a feed takes a pipeline slot before it is fetched and gives it back
// only once its posts are stored (or it failed). Fetching is faster than parsing and storing, so
// without this every fetched body waited in memory in front of the parser: memory grew with the
// number of feeds. With it, at most `maxFeeds` bodies (and their parsed posts) are alive at once,
// whatever the feed count; fetching simply waits for parse and store to catch up.
//
// Slots are counted per host too (the fetch limiter's fairness: a waiter whose host is busy does
// not hold up feeds of other hosts), with room for a host's fetches plus a few being parsed.
import { createConcurrencyLimiter, type InspectableLimiter } from '../fetch/limiter.ts';

export interface PipelineOptions {
  /** Feeds between "fetch starts" and "stored", across all hosts. Default 12. */
  readonly maxFeeds?: number;
  /** Fetches allowed per host at once (the fetch limiter's perHost). Default 2. */
  readonly fetchPerHost?: number;
}

/** Feeds of one host that may wait for the parser besides those being fetched. */
const parsingPerHost = 2;

export const defaultMaxFeedsInFlight = 12;

export function createRefreshPipeline(options: PipelineOptions = {}): InspectableLimiter {
  const global = Math.max(1, Math.floor(options.maxFeeds ?? defaultMaxFeedsInFlight));
  const perHost = Math.min(global, (options.fetchPerHost ?? 2) + parsingPerHost);
  return createConcurrencyLimiter({ global, perHost });
}

/** The host a subscription's slot is counted under (its address as stored). */
export function pipelineHost(url: string): string {
  try {
    return new URL(url).host.toLowerCase() || url;
  } catch {
    return url;
  }
}
