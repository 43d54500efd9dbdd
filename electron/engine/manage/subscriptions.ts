// Subscribing, resolve first and store after: the feed row is written only once the address is
// known to be a feed that is not already subscribed, so a refused address leaves nothing behind
// and no event ever names a feed that does not exist.
import type { AddedFeed } from '../../../shared/model.ts';
import { requestFetch, type RequestFetch } from '../fetch/requestFetch.ts';
import {
  storeFetchedFeed,
  type FeedRefreshOutcome,
  type RefreshContext,
} from '../poll/refreshFeed.ts';
import type { Store } from '../store/index.ts';
import { normalizeSubscriptionUrl } from '../subscriptionUrl.ts';
import {
  CancelledError,
  fetchFeed,
  findFeeds,
  type Resolution,
  type ResolveContext,
} from '../subscribe/findFeeds.ts';

export function resolveContext(
  ctx: RefreshContext,
  fetch = requestFetch({ ...ctx.fetchOptions, limiter: ctx.limiter }, true),
): ResolveContext {
  return {
    fetch,
    parse: ctx.parse,
    subscribedFeedId: (url) => ctx.store.findFeedByUrl(url)?.id ?? null,
  };
}

export async function resolve(
  ctx: RefreshContext,
  input: string,
  signal: AbortSignal,
  fetch?: RequestFetch,
): Promise<Resolution> {
  try {
    return await findFeeds(input, resolveContext(ctx, fetch), signal);
  } catch (error) {
    if (signal.aborted) throw new CancelledError();
    throw error;
  }
}

export interface Subscribed {
  readonly added: AddedFeed;
  /** The first poll's result, when a row was added. */
  readonly outcome: FeedRefreshOutcome | null;
}

/**
 * Resolves the address and subscribes to its first (non-comments) feed in the given folder.
 * An address already subscribed, as typed or as resolved, is reported as such, not added again.
 */
export async function subscribe(
  ctx: RefreshContext,
  input: string,
  folderId: () => number | null,
  signal: AbortSignal,
  userGiven = true,
): Promise<Subscribed> {
  const { store } = ctx;
  const typed = existing(store, input);
  if (typed) return { added: typed, outcome: null };
  // Addresses found from a public one are the internet's, not the user's (fetch/requestFetch.ts).
  const fetch = requestFetch({ ...ctx.fetchOptions, limiter: ctx.limiter }, userGiven);
  const resolution = await resolve(ctx, input, signal, fetch);
  const chosen = resolution.candidates[0]!;
  if (chosen.subscribedFeedId !== null) {
    return { added: alreadySubscribed(store, chosen.subscribedFeedId), outcome: null };
  }
  const fetched =
    resolution.fetched.get(chosen.url) ??
    (await fetchFeed(chosen.url, resolveContext(ctx, fetch), signal).catch((error: unknown) => {
      if (signal.aborted) throw new CancelledError();
      throw error;
    }));
  if (signal.aborted) throw new CancelledError();
  // Another request may have subscribed to it meanwhile.
  const raced = store.findFeedByUrl(chosen.url);
  if (raced) return { added: alreadySubscribed(store, raced.id), outcome: null };
  const { feed } = store.addFeed({
    url: chosen.url,
    title: fetched.feed.title || new URL(chosen.url).host,
    siteUrl: fetched.feed.siteUrl,
    folderId: folderId(),
    privateOk: fetch.privateOk,
  });
  const outcome = await storeFetchedFeed(ctx, feed, fetched.outcome);
  store.commit();
  const stored = store.getFeed(feed.id) ?? feed;
  return {
    added: { id: stored.id, url: stored.url, title: stored.title, alreadySubscribed: false },
    outcome,
  };
}

function existing(store: Store, input: string): AddedFeed | null {
  let url: string;
  try {
    url = normalizeSubscriptionUrl(input.trim());
  } catch {
    return null; // resolve() says what is wrong with it
  }
  const feed = store.findFeedByUrl(url);
  return feed ? alreadySubscribed(store, feed.id) : null;
}

function alreadySubscribed(store: Store, feedId: number): AddedFeed {
  const feed = store.getFeed(feedId)!;
  return { id: feed.id, url: feed.url, title: feed.title, alreadySubscribed: true };
}
