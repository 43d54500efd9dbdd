// Resolve first, store after: what is at an address a person typed or pasted, found without
// storing anything. A feed address is one candidate; a web page offers the feeds it links to
// (comments feeds last), or, when it links to none, the first common feed address that answers.
import type { FeedCandidate, FeedType, FoundFeeds } from '../../../shared/model.ts';
import { discoverAllFeeds } from '../discover/discoverFeeds.ts';
import { guessFeedUrls } from '../discover/guessFeedUrls.ts';
import { describeOutcome } from '../fetch/describeOutcome.ts';
import type { FetchOutcome } from '../fetch/types.ts';
import type { ParsedFeed } from '../parse/types.ts';
import type { ParseFn } from '../poll/parseWorkerPool.ts';
import { addressesToTry } from './addressesToTry.ts';

export type OkOutcome = Extract<FetchOutcome, { kind: 'ok' }>;

export interface ResolveContext {
  /** One plain GET (no validators). */
  readonly fetch: (url: string, signal: AbortSignal) => Promise<FetchOutcome>;
  readonly parse: ParseFn;
  /** The subscription that has this address, if any. */
  readonly subscribedFeedId: (url: string) => number | null;
}

/** A candidate already fetched and parsed as a feed: storing it needs no second fetch. */
export interface FetchedFeed {
  readonly outcome: OkOutcome;
  readonly feed: ParsedFeed;
}

export interface Resolution extends FoundFeeds {
  readonly fetched: ReadonlyMap<string, FetchedFeed>;
}

export class CancelledError extends Error {
  override name = 'CancelledError';
  constructor() {
    super('Cancelled.');
  }
}

export async function findFeeds(
  input: string,
  ctx: ResolveContext,
  signal: AbortSignal,
): Promise<Resolution> {
  const { address, outcome } = await fetchFirstReachable(addressesToTry(input), ctx, signal);
  const parsed = await ctx.parse({
    url: outcome.finalUrl,
    bytes: outcome.body,
    contentType: outcome.contentType,
  });
  if (parsed.kind === 'error') throw new Error(`${address} is not a feed: ${parsed.message}`);
  if (parsed.kind === 'feed') {
    const url = outcome.permanentUrl ?? address;
    const fetched = new Map([[url, { outcome, feed: parsed.feed }]]);
    return { address, candidates: [candidateOf(url, parsed.feed, ctx)], fetched };
  }
  const links = discoverAllFeeds(parsed.html, outcome.finalUrl);
  if (links.length > 0) {
    const candidates = links.map((link) => ({
      url: link.url,
      title: link.title ?? `${typeLabel(typeOfMime(link.type))} feed of ${new URL(link.url).host}`,
      type: typeOfMime(link.type),
      comments: link.comments,
      subscribedFeedId: ctx.subscribedFeedId(link.url),
    }));
    return { address, candidates, fetched: new Map() };
  }
  const guessed = await firstGuessThatIsAFeed(outcome.finalUrl, ctx, signal);
  if (guessed) {
    const { url, fetched } = guessed;
    return {
      address,
      candidates: [candidateOf(url, fetched.feed, ctx)],
      fetched: new Map([[url, fetched]]),
    };
  }
  throw new Error(`${address} is a web page, not a feed, and the page links to no feed.`);
}

/** Fetches and parses one candidate a page linked to; throws a sentence when it is not a feed. */
export async function fetchFeed(
  url: string,
  ctx: ResolveContext,
  signal: AbortSignal,
): Promise<FetchedFeed> {
  const outcome = await ctx.fetch(url, signal);
  throwIfCancelled(signal);
  if (outcome.kind !== 'ok') {
    throw new Error(`Could not fetch ${url}: ${describeOutcome(outcome) ?? 'no answer.'}`);
  }
  const parsed = await ctx.parse({
    url: outcome.finalUrl,
    bytes: outcome.body,
    contentType: outcome.contentType,
  });
  if (parsed.kind !== 'feed') throw new Error(`${url} is not a feed.`);
  return { outcome, feed: parsed.feed };
}

/** https first; http only when https could not even connect (no server there, no TLS). */
async function fetchFirstReachable(
  addresses: readonly string[],
  ctx: ResolveContext,
  signal: AbortSignal,
): Promise<{ address: string; outcome: OkOutcome }> {
  let last: FetchOutcome | null = null;
  let lastAddress = addresses[0]!;
  for (const address of addresses) {
    last = await ctx.fetch(address, signal);
    lastAddress = address;
    throwIfCancelled(signal);
    if (last.kind === 'ok') return { address, outcome: last };
    if (last.kind !== 'network-error' || !couldNotConnect(last.code)) break;
  }
  throw new Error(`Could not reach ${lastAddress}: ${last ? describeOutcome(last) : 'no answer.'}`);
}

function couldNotConnect(code: string): boolean {
  return ['refused', 'connect-timeout', 'tls', 'other'].includes(code);
}

async function firstGuessThatIsAFeed(
  pageUrl: string,
  ctx: ResolveContext,
  signal: AbortSignal,
): Promise<{ url: string; fetched: FetchedFeed } | null> {
  for (const url of guessFeedUrls(pageUrl)) {
    try {
      return { url, fetched: await fetchFeed(url, ctx, signal) };
    } catch (error) {
      if (error instanceof CancelledError) throw error;
    }
  }
  return null;
}

function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new CancelledError();
}

function candidateOf(url: string, feed: ParsedFeed, ctx: ResolveContext): FeedCandidate {
  return {
    url,
    title: feed.title || new URL(url).host,
    type: feed.format === 'rdf' ? 'rss' : feed.format,
    comments: false,
    subscribedFeedId: ctx.subscribedFeedId(url),
  };
}

function typeOfMime(mime: string): FeedType {
  if (mime.includes('atom')) return 'atom';
  if (mime.includes('json')) return 'json';
  return 'rss';
}

function typeLabel(type: FeedType): string {
  return type === 'json' ? 'JSON' : type === 'atom' ? 'Atom' : 'RSS';
}
