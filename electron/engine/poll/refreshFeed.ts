// One poll of one feed: fetch -> (unchanged? stop) -> decode + parse -> identity + planet merge ->
// store, then the feed's new state and next check. Nothing stored is lost when a poll fails.
import type { EntryRow, FeedRefreshResult, FeedStatus } from '../../../shared/model.ts';
import { conditionalGet, fetchDefaults } from '../fetch/conditionalGet.ts';
import type { ConcurrencyLimiter, FetchOptions, FetchOutcome } from '../fetch/types.ts';
import { discoverFeeds } from '../discover/discoverFeeds.ts';
import { planetContext, toIncomingPost } from '../planet/index.ts';
import type { ParseFn } from './parseWorkerPool.ts';
import type { FeedRecord, FeedPatch, Store } from '../store/index.ts';
import type { Unreached } from './offline.ts';
import { maxRetryAfterMinutes, nextCheckAt } from './schedule.ts';
import { pipelineHost } from './pipeline.ts';
import { storeInChunks } from './storeInChunks.ts';
import { runBodyJob, type BodyJob, type BodyParseFn } from './bodyJob.ts';

export interface RefreshContext {
  readonly store: Store;
  readonly fetchOptions: FetchOptions;
  readonly limiter: ConcurrencyLimiter;
  readonly now: () => Date;
  readonly random: () => number;
  readonly defaultIntervalMinutes: number;
  /** Bytes -> parsed feed: on the parse worker, or in-thread (parseFeed). */
  readonly parse: ParseFn;
  /** A fetched body (maybe compressed) -> unchanged or parsed, on the worker; default in-thread. */
  readonly parseBody?: BodyParseFn;
  /** Back-pressure (pipeline.ts): a slot from before the fetch until the posts are stored. */
  readonly pipeline?: ConcurrencyLimiter;
  /** Time one feed's posts may take to store before the rest is cut (storeInChunks.ts). */
  readonly maxStoreMs?: number;
}

export interface FeedRefreshOutcome extends FeedRefreshResult {
  /** Posts new to the database, as list rows. */
  readonly added: readonly EntryRow[];
  /** This was the feed's first successful fetch (its back catalogue). */
  readonly firstFetch: boolean;
  /** The request reached no server; nothing was recorded yet (offline.ts decides). */
  readonly unreached?: Unreached;
  /** No request was made (the server asked us to wait). */
  readonly notTried?: boolean;
}

export async function refreshFeed(
  ctx: RefreshContext,
  feed: FeedRecord,
  signal?: AbortSignal,
): Promise<FeedRefreshOutcome> {
  // A server that asked us to wait (429/503 Retry-After) is left alone, manual refresh or not.
  if (feed.retryAfter && Date.parse(feed.retryAfter) > ctx.now().getTime()) {
    return {
      ...result(feed, 'error', null, 0, waitSentence(feed.retryAfter), [], false),
      notTried: true,
    };
  }
  let release: () => void = () => {};
  try {
    if (ctx.pipeline) release = await ctx.pipeline.acquire(pipelineHost(feed.url), signal);
  } catch {
    return {
      ...result(feed, 'error', null, 0, 'The fetch was cancelled.', [], false),
      notTried: true,
    };
  }
  try {
    return await fetchAndStore(ctx, feed, signal);
  } finally {
    release();
  }
}

async function fetchAndStore(
  ctx: RefreshContext,
  feed: FeedRecord,
  signal?: AbortSignal,
): Promise<FeedRefreshOutcome> {
  const now = ctx.now();
  const outcome = await conditionalGet(
    {
      url: feed.url,
      etag: feed.etag,
      lastModified: feed.lastModified,
      userGiven: feed.privateOk,
      ...(signal ? { signal } : {}),
    },
    // The body stays compressed: the worker unpacks and hashes it (bodyJob.ts).
    { ...ctx.fetchOptions, limiter: ctx.limiter, keepEncoded: true },
  );
  return applyOutcome(ctx, feed, outcome, now, false, signal);
}

/** Stores what a resolution already fetched (a new subscription): no second request. */
export function storeFetchedFeed(
  ctx: RefreshContext,
  feed: FeedRecord,
  outcome: FetchOutcome,
): Promise<FeedRefreshOutcome> {
  return applyOutcome(ctx, feed, outcome, ctx.now(), true);
}

async function applyOutcome(
  ctx: RefreshContext,
  feed: FeedRecord,
  outcome: FetchOutcome,
  now: Date,
  discovered: boolean,
  signal?: AbortSignal,
): Promise<FeedRefreshOutcome> {
  const { store } = ctx;
  // The feed row cannot vanish mid-poll except by the user removing it; then report on the old values.
  // Polled data is written in batches that commit within milliseconds (store/batch.ts).
  const update = (patch: FeedPatch): FeedRecord =>
    store.batched(() => store.updateFeed(feed.id, patch)) ?? feed;
  const moved = {
    ...('permanentUrl' in outcome ? movedUrl(store, feed, outcome.permanentUrl) : {}),
    ...trustAfter(feed, outcome),
  };
  const schedule = (errorCount: number, retryAfter: string | null, ttlMinutes = feed.ttlMinutes) =>
    nextCheckAt({
      now,
      intervalMinutes: feed.intervalMinutes ?? ctx.defaultIntervalMinutes,
      ttlMinutes,
      cache: 'cache' in outcome ? outcome.cache : null,
      errorCount,
      retryAfter,
      random: ctx.random,
    });
  const fail = (
    message: string,
    httpStatus: number | null,
    askedRetryAfter: string | null = null,
  ) => {
    const errorCount = feed.errorCount + 1;
    const retryAfter = capRetryAfter(askedRetryAfter, now);
    // Never fetched and the network is not there (offline first run): still new, will retry.
    const status: FeedStatus = !feed.firstFetchDone && looksOffline(outcome) ? 'new' : 'error';
    const updated = update({
      ...moved,
      status,
      error: message,
      errorCount,
      retryAfter,
      lastCheckedAt: now.toISOString(),
      nextCheckAt: schedule(errorCount, retryAfter),
    });
    return result(updated, status, httpStatus, 0, message, [], false);
  };
  const unchanged = (httpStatus: number) => {
    const updated = update({
      ...moved,
      ...healthy(now),
      nextCheckAt: schedule(0, null),
    });
    return result(updated, 'ok', httpStatus, 0, null, [], false);
  };

  switch (outcome.kind) {
    case 'not-modified':
      return unchanged(304);
    case 'gone': {
      const message =
        'The server says this feed is gone for good (HTTP 410); Orrery stopped polling it.';
      const updated = update({
        ...moved,
        status: 'gone',
        error: message,
        lastCheckedAt: now.toISOString(),
        nextCheckAt: null,
      });
      return result(updated, 'gone', 410, 0, message, [], false);
    }
    case 'throttled': {
      const until = capRetryAfter(outcome.retryAfter, now);
      const message = until
        ? `The server is busy (HTTP ${outcome.status}) and asked Orrery to wait until ${clock(until)} before polling again.`
        : `The server is busy (HTTP ${outcome.status}); Orrery will try again later.`;
      return fail(message, outcome.status, until);
    }
    case 'http-error':
      return fail(outcome.message, outcome.status);
    case 'network-error':
      if (outcome.unreached) {
        // Recorded later, or never if the whole refresh was offline (offline.ts).
        const failLater = () => fail(outcome.message, null);
        const unreached = {
          scope: outcome.unreached,
          host: hostOf(outcome.finalUrl),
          fail: failLater,
        };
        return { ...result(feed, feed.status, null, 0, null, [], false), unreached };
      }
      return fail(outcome.message, null);
    case 'ok':
      break;
  }

  const feedUrl = moved.url ?? feed.url;
  const parseBody = ctx.parseBody ?? ((job: BodyJob) => runBodyJob(job, ctx.parse));
  const parsed = await parseBody({
    task: 'body',
    url: outcome.finalUrl,
    bytes: outcome.body,
    coding: outcome.coding ?? 'identity',
    contentType: outcome.contentType,
    maxBytes: ctx.fetchOptions.maxBytes ?? fetchDefaults.maxBytes,
    knownBodyHash: feed.firstFetchDone ? feed.bodyHash : null,
  });
  // Same bytes as last time: nothing was parsed (NetNewsWire's "avoid feed parsing").
  if (parsed.kind === 'unchanged') {
    update(validators(outcome));
    return unchanged(outcome.status);
  }
  if (parsed.kind === 'undecodable') return fail(parsed.message, null);
  const bodyHash = parsed.bodyHash ?? null;
  if (parsed.kind === 'html') {
    // A web page: on a subscription that never worked, follow its <link rel="alternate">.
    const found =
      !discovered && !feed.firstFetchDone ? discoverFeeds(parsed.html, outcome.finalUrl) : [];
    const target = found.find((link) => !store.findFeedByUrl(link.url));
    if (target) {
      // A link found on a public page is the internet's address, not the user's.
      const privateOk = feed.privateOk && !outcome.reachedPublic;
      const movedFeed = update({
        url: target.url,
        etag: null,
        lastModified: null,
        privateOk,
      });
      const next = await conditionalGet(
        { url: target.url, userGiven: privateOk, ...(signal ? { signal } : {}) },
        { ...ctx.fetchOptions, limiter: ctx.limiter },
      );
      return applyOutcome(ctx, movedFeed, next, now, true, signal);
    }
    return fail(
      found.length
        ? 'This web page links to a feed you are already subscribed to.'
        : 'This address is a web page, not a feed, and the page links to no feed.',
      outcome.status,
    );
  }
  if (parsed.kind === 'error') return fail(parsed.message, outcome.status);
  // Removed while it was being fetched or parsed: nothing to store it under.
  if (!store.getFeed(feed.id)) {
    return result(feed, 'error', outcome.status, 0, 'The subscription was removed.', [], false);
  }

  // Identity and planet merge on this thread: the worker's core is the busier one (parsing).
  const { feed: parsedFeed } = parsed;
  const planetOf = planetContext(parsedFeed, feedUrl);
  const { planet } = planetOf;
  const postContext = { feedId: feed.id, feedUrl, siteUrl: parsedFeed.siteUrl, ...planetOf };
  const posts = parsedFeed.entries.map((entry) => toIncomingPost(entry, postContext));
  const firstFetch = !feed.firstFetchDone;
  // Posts and the validators that describe them are stored as one unit: both or neither (a
  // large feed in chunks, the last with the validators; see storeInChunks.ts).
  const stored = await storeInChunks(
    store,
    feed.id,
    posts,
    now.toISOString(),
    (storeCut) =>
      update({
        ...moved,
        ...healthy(now),
        // A bound that cut the feed short is said on its status line.
        error: parsedFeed.truncation ?? storeCut,
        ...validators(outcome),
        bodyHash,
        ...(parsedFeed.title ? { feedTitle: parsedFeed.title } : {}),
        isPlanet: planet,
        siteUrl: parsedFeed.siteUrl ?? feed.siteUrl,
        ttlMinutes: parsedFeed.ttlMinutes,
        firstFetchDone: true,
        nextCheckAt: schedule(0, null, parsedFeed.ttlMinutes),
      }),
    ctx.maxStoreMs,
  );
  const { added, updated } = stored;
  // The icon the feed names for itself: the image cache looks for it after the refresh.
  store.batched(() => store.images.noteDeclaredIcon(feed.id, parsedFeed.iconUrl));
  return result(updated, 'ok', outcome.status, added.length, updated.error, added, firstFetch);
}

/** No route, no name lookup, nobody answering the connection: the machine is likely offline. */
function looksOffline(outcome: FetchOutcome): boolean {
  return (
    outcome.kind === 'network-error' &&
    ['dns', 'refused', 'connect-timeout', 'other'].includes(outcome.code)
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}

function healthy(now: Date): FeedPatch {
  return {
    status: 'ok',
    error: null,
    errorCount: 0,
    retryAfter: null,
    lastCheckedAt: now.toISOString(),
  };
}

function validators(outcome: { etag: string | null; lastModified: string | null }): FeedPatch {
  return { etag: outcome.etag, lastModified: outcome.lastModified };
}

/** A 301/308 moves the subscription, unless that address is already another subscription. */
function movedUrl(store: Store, feed: FeedRecord, permanentUrl: string | null): { url?: string } {
  if (!permanentUrl || permanentUrl === feed.url || store.findFeedByUrl(permanentUrl)) return {};
  return { url: permanentUrl };
}

/**
 * An address the user gave that led to the internet is not their private network: from then on
 * it is held to public addresses too (a later DNS answer or redirect into the LAN is refused).
 */
function trustAfter(feed: FeedRecord, outcome: FetchOutcome): { privateOk?: false } {
  return feed.privateOk && outcome.reachedPublic ? { privateOk: false } : {};
}

/** A server may ask for a pause, not for a feed's death: at most a week (a header said ten years). */
function capRetryAfter(retryAfter: string | null, now: Date): string | null {
  if (!retryAfter) return null;
  const cap = now.getTime() + maxRetryAfterMinutes * 60_000;
  return new Date(Math.min(Date.parse(retryAfter), cap)).toISOString();
}

function waitSentence(retryAfter: string): string {
  return `The server asked Orrery to wait until ${clock(retryAfter)} before polling again.`;
}

/** "2026-11-25 17:40 UTC": the same in every face (CLI, app), whatever the locale. */
function clock(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

function result(
  feed: FeedRecord,
  status: FeedStatus,
  httpStatus: number | null,
  newEntries: number,
  error: string | null,
  added: readonly EntryRow[],
  firstFetch: boolean,
): FeedRefreshOutcome {
  return { id: feed.id, url: feed.url, status, httpStatus, newEntries, error, added, firstFetch };
}
