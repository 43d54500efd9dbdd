// The one object every face talks to: it implements ReaderApi (shared/api.ts) over the store,
// the fetcher and the poller, and emits ReaderEvents. Plain Node: never imports electron.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ArgsOf, ReaderApi, ResultOf, ReaderEventSource } from '../../shared/api.ts';
import type { FeedRefreshResult } from '../../shared/model.ts';
import { ReaderEmitter } from './events.ts';
import { conditionalGet } from './fetch/conditionalGet.ts';
import { createConcurrencyLimiter } from './fetch/limiter.ts';
import type { ConcurrencyLimiter, FetchOptions } from './fetch/types.ts';
import { readOpml, readOpmlText } from './opml/readOpml.ts';
import type { OpmlDocument } from './opml/types.ts';
import { describeOutcome } from './fetch/describeOutcome.ts';
import { writeOpml } from './opml/writeOpml.ts';
import { databaseFileName } from './paths.ts';
import { parseFeed } from './parse/parseFeed.ts';
import { createParseWorkerPool, type ParseWorkerPool } from './poll/parseWorkerPool.ts';
import { refreshFeed, type FeedRefreshOutcome, type RefreshContext } from './poll/refreshFeed.ts';
import { openStore, type FeedRecord, type Store } from './store/index.ts';
import { normalizeSubscriptionUrl } from './subscriptionUrl.ts';
import { ImageCache } from './images/imageCache.ts';
import type { RemoteImages } from './images/remoteImages.ts';

const defaultParseWorkerUrl = new URL('./poll/parseWorkerFromSource.mjs', import.meta.url);

export const planetLinuxAustralia = 'https://planet.linux.org.au/';

export interface ReaderOptions {
  /** Directory holding orrery.sqlite (created when missing). */
  readonly dataDir: string;
  /** Subscribed to on first run when the data directory has no subscriptions. Default: Planet Linux Australia. */
  readonly firstRunFeeds?: readonly string[];
  /** Default poll interval for feeds without their own. Default 60. */
  readonly pollIntervalMinutes?: number;
  /** Fetch limits and User-Agent; concurrency via `concurrency`. */
  readonly fetch?: FetchOptions;
  /** Global and per-host fetch concurrency. Default 8 and 2. */
  readonly concurrency?: { readonly global?: number; readonly perHost?: number };
  /** Worker script that parses feeds on another core; null parses in-thread. Default: poll/parseWorker.ts. */
  readonly parseWorkerUrl?: URL | null;
  /** The "Remote images" setting and the image cache's size limit. Default: keep, 2 GB. */
  readonly images?: { readonly remoteImages?: RemoteImages; readonly limitBytes?: number };
  /** Injectable clock, for tests of scheduling. */
  readonly now?: () => Date;
}

export async function openReader(options: ReaderOptions): Promise<Reader> {
  mkdirSync(options.dataDir, { recursive: true });
  const store = openStore(join(options.dataDir, databaseFileName));
  const reader = new Reader(store, options);
  reader.runFirstRun(options.firstRunFeeds ?? [planetLinuxAustralia]);
  return reader;
}

/** How often the poller looks for due feeds. */
const pollTickMs = 30_000;

export class Reader implements ReaderApi, ReaderEventSource {
  readonly #store: Store;
  readonly #events = new ReaderEmitter();
  #context: RefreshContext;
  readonly #inFlight = new Map<number, Promise<FeedRefreshOutcome>>();
  readonly #abort = new AbortController();
  readonly #parsePool: ParseWorkerPool | null;
  #pollTimer: NodeJS.Timeout | null = null;
  #indexTimer: NodeJS.Timeout | null = null;
  #progress = { done: 0, total: 0 };
  /** Images of posts, fetched after the posts are stored; the faces serve the article's from it. */
  readonly images: ImageCache;
  #closed = false;

  constructor(store: Store, options: ReaderOptions) {
    this.#store = store;
    const workerUrl =
      options.parseWorkerUrl === undefined ? defaultParseWorkerUrl : options.parseWorkerUrl;
    this.#parsePool = workerUrl ? createParseWorkerPool({ workerUrl }) : null;
    const limiter: ConcurrencyLimiter = createConcurrencyLimiter({
      global: options.concurrency?.global ?? 8,
      perHost: options.concurrency?.perHost ?? 2,
    });
    this.#context = {
      store,
      fetchOptions: options.fetch ?? {},
      limiter,
      now: options.now ?? (() => new Date()),
      random: Math.random,
      defaultIntervalMinutes: options.pollIntervalMinutes ?? 60,
      parse: this.#parsePool?.parse ?? parseFeed,
    };
    this.images = new ImageCache({
      dataDir: options.dataDir,
      index: store.images,
      fetch: this.#context.fetchOptions,
      limiter,
      now: this.#context.now,
      busy: () => this.#inFlight.size > 0,
      ...options.images,
    });
  }

  on: ReaderEventSource['on'] = (event, listener) => this.#events.on(event, listener);

  /** Subscribes the first-run feeds once per data directory, unless it already has subscriptions. */
  runFirstRun(urls: readonly string[]): void {
    const store = this.#store;
    if (store.getMeta('firstRunDone')) return;
    if (!store.hasFeeds()) {
      for (const url of urls) store.addFeed({ url, title: new URL(url).hostname });
    }
    store.setMeta('firstRunDone', new Date().toISOString());
  }

  // --- Subscriptions ---

  async listFeeds(_args: ArgsOf<'listFeeds'>): Promise<ResultOf<'listFeeds'>> {
    return this.#store.feedSummaries();
  }

  async listFolders(_args: ArgsOf<'listFolders'>): Promise<ResultOf<'listFolders'>> {
    return this.#store.listFolders();
  }

  async unreadCounts(_args: ArgsOf<'unreadCounts'>): Promise<ResultOf<'unreadCounts'>> {
    return this.#store.unreadCounts();
  }

  async addFeed(args: ArgsOf<'addFeed'>): Promise<ResultOf<'addFeed'>> {
    const url = normalizeSubscriptionUrl(args.url);
    const existing = this.#store.findFeedByUrl(url);
    if (existing) return { id: existing.id, url: existing.url, title: existing.title };
    const folderId = this.#store.ensureFolder(folderPath(args.folder));
    const { feed } = this.#store.addFeed({ url, title: new URL(url).hostname, folderId });
    // Fetch it now: a web page is resolved to its feed, and a dead address is refused, not kept.
    const outcome = await this.#refreshOne(feed);
    if (outcome.status !== 'ok') {
      this.#store.removeFeed(feed.id);
      throw new Error(`Could not subscribe to ${url}: ${outcome.error ?? 'no feed there.'}`);
    }
    this.#events.emit('feedsChanged', {});
    this.#emitCounts();
    this.images.schedule();
    const stored = this.#store.getFeed(feed.id)!;
    return { id: stored.id, url: stored.url, title: stored.title };
  }

  async removeFeed(args: ArgsOf<'removeFeed'>): Promise<ResultOf<'removeFeed'>> {
    const removed = this.#store.removeFeed(args.feedId);
    if (removed) {
      this.#events.emit('feedsChanged', {});
      this.#emitCounts();
    }
    return { removed };
  }

  async updateFeed(args: ArgsOf<'updateFeed'>): Promise<ResultOf<'updateFeed'>> {
    if (!this.#store.getFeed(args.feedId)) throw new Error(`There is no feed ${args.feedId}.`);
    this.#store.updateFeed(args.feedId, {
      ...(args.title !== undefined ? { title: args.title, titleFromUser: true } : {}),
      ...(args.folder !== undefined
        ? { folderId: this.#store.ensureFolder(folderPath(args.folder)) }
        : {}),
    });
    this.#store.commit();
    this.#events.emit('feedsChanged', {});
    return this.#store.feedSummary(args.feedId)!;
  }

  async importOpml(args: ArgsOf<'importOpml'>): Promise<ResultOf<'importOpml'>> {
    const document = await this.#readOpmlSource(args);
    const added: { id: number; url: string; title: string }[] = [];
    let existing = 0;
    this.#store.transaction(() => {
      for (const entry of document.feeds) {
        // The same rules as a typed address (no credentials or fragment kept).
        const url = normalizeSubscriptionUrl(entry.url);
        if (this.#store.findFeedByUrl(url)) {
          existing++;
          continue;
        }
        const folderId = this.#store.ensureFolder(entry.folder.join('/') || null);
        const { feed } = this.#store.addFeed({
          url,
          title: entry.title || new URL(url).hostname,
          siteUrl: entry.siteUrl,
          folderId,
        });
        added.push({ id: feed.id, url: feed.url, title: feed.title });
      }
    });
    if (added.length) this.#events.emit('feedsChanged', {});
    return { added, existing, problems: document.problems };
  }

  async #readOpmlSource(args: ArgsOf<'importOpml'>): Promise<OpmlDocument> {
    if ('base64' in args) return readOpml(Buffer.from(args.base64, 'base64'));
    if ('text' in args) return readOpmlText(args.text);
    const outcome = await conditionalGet(
      { url: normalizeSubscriptionUrl(args.url) },
      { ...this.#context.fetchOptions, limiter: this.#context.limiter },
    );
    if (outcome.kind !== 'ok') {
      throw new Error(`Could not fetch the OPML file: ${describeOutcome(outcome) ?? 'no answer.'}`);
    }
    return readOpml(outcome.body, outcome.contentType);
  }

  async exportOpml(_args: ArgsOf<'exportOpml'>): Promise<ResultOf<'exportOpml'>> {
    const feeds = this.#store.feedSummaries().map((f) => ({
      url: f.url,
      title: f.title,
      siteUrl: f.siteUrl,
      folder: f.folder ? f.folder.split('/') : [],
    }));
    return {
      opml: writeOpml({ title: 'Orrery subscriptions', feeds, dateCreated: this.#context.now() }),
    };
  }

  // --- Polling ---

  async refresh(args: ArgsOf<'refresh'>): Promise<ResultOf<'refresh'>> {
    const feeds = args.feedIds
      ? args.feedIds.map((id) => {
          const feed = this.#store.getFeed(id);
          if (!feed) throw new Error(`There is no feed ${id}.`);
          return feed;
        })
      : this.#store.listFeedRecords().filter((feed) => feed.status !== 'gone');
    return { feeds: await this.#refreshMany(feeds) };
  }

  /** Starts background polling: due feeds now, then every 30 seconds. */
  startPolling(): void {
    if (this.#pollTimer || this.#closed) return;
    const tick = () => {
      const due = this.#store.dueFeeds(this.#context.now().toISOString());
      if (due.length)
        void this.#refreshMany(due).catch((error) => console.error('orrery: poll failed', error));
    };
    this.#pollTimer = setInterval(tick, pollTickMs);
    tick();
    // Posts stored by an earlier run whose images were not all fetched yet.
    this.images.schedule();
  }

  /** The default interval for feeds without their own; takes effect from each feed's next poll. */
  setPollInterval(minutes: number): void {
    this.#context = { ...this.#context, defaultIntervalMinutes: minutes };
  }

  stopPolling(): void {
    if (this.#pollTimer) clearInterval(this.#pollTimer);
    this.#pollTimer = null;
  }

  async #refreshMany(feeds: readonly FeedRecord[]): Promise<FeedRefreshResult[]> {
    this.#progress.total += feeds.length;
    this.#emitProgress();
    const outcomes = await Promise.all(
      feeds.map(async (feed): Promise<FeedRefreshResult> => {
        try {
          return await this.#refreshOne(feed);
        } catch (error) {
          // One feed's failure (e.g. removed mid-poll) is that feed's result, never the batch's.
          const message = error instanceof Error ? error.message : String(error);
          return { ...pollOf(feed), error: `Orrery could not store this feed: ${message}` };
        } finally {
          this.#progress.done++;
          this.#emitProgress();
        }
      }),
    );
    if (this.#progress.done >= this.#progress.total) this.#progress = { done: 0, total: 0 };
    this.#emitCounts();
    this.#indexWhenIdle();
    this.images.schedule();
    return outcomes.map(({ id, url, status, httpStatus, newEntries, error }) => ({
      id,
      url,
      status,
      httpStatus,
      newEntries,
      error,
    }));
  }

  /** One feed at a time: a second request for a feed already being polled joins the first. */
  #refreshOne(feed: FeedRecord): Promise<FeedRefreshOutcome> {
    const running = this.#inFlight.get(feed.id);
    if (running) return running;
    const promise = refreshFeed(this.#context, feed, this.#abort.signal)
      .then((outcome) => {
        if (outcome.added.length) {
          this.#events.emit('entriesAdded', {
            feedId: feed.id,
            entries: [...outcome.added],
            firstFetch: outcome.firstFetch,
          });
        }
        if (this.#events.hasListeners('feedChanged')) {
          const summary = this.#store.feedSummary(feed.id);
          if (summary) this.#events.emit('feedChanged', { feed: summary });
        }
        return outcome;
      })
      .finally(() => this.#inFlight.delete(feed.id));
    this.#inFlight.set(feed.id, promise);
    return promise;
  }

  // --- Reading ---

  async listEntries(args: ArgsOf<'listEntries'>): Promise<ResultOf<'listEntries'>> {
    return this.#store.listEntries(args);
  }

  async getEntry(args: ArgsOf<'getEntry'>): Promise<ResultOf<'getEntry'>> {
    return this.#store.getEntry(args.entryId);
  }

  async setRead(args: ArgsOf<'setRead'>): Promise<ResultOf<'setRead'>> {
    const changed = this.#store.setRead(args.entryIds, args.read);
    if (changed) this.#emitCounts();
    return { changed };
  }

  async setStarred(args: ArgsOf<'setStarred'>): Promise<ResultOf<'setStarred'>> {
    const changed = this.#store.setStarred(args.entryIds, args.starred);
    if (changed) this.#emitCounts();
    return { changed };
  }

  async markAllRead(args: ArgsOf<'markAllRead'>): Promise<ResultOf<'markAllRead'>> {
    const changed = this.#store.markAllRead(args);
    if (changed) this.#emitCounts();
    return { changed };
  }

  /** Stops polling, lets polls in flight end (aborted), and closes the database. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.stopPolling();
    if (this.#indexTimer) clearTimeout(this.#indexTimer);
    this.#abort.abort();
    // The pool first: a parse still running must not hold the close up.
    await this.#parsePool?.close();
    await Promise.allSettled([...this.#inFlight.values()]);
    await this.images.close();
    this.#store.close();
  }

  /** While polling (app, preview), fill the search index shortly after a refresh rather than on
   * the first search; a one-shot CLI refresh leaves it to the next search (see searchIndex.ts). */
  #indexWhenIdle(): void {
    if (!this.#pollTimer || this.#indexTimer) return;
    this.#indexTimer = setTimeout(() => {
      this.#indexTimer = null;
      if (!this.#closed && this.#inFlight.size === 0) this.#store.flushSearchIndex();
    }, 2_000);
    this.#indexTimer.unref();
  }

  #emitCounts(): void {
    if (this.#events.hasListeners('countsChanged'))
      this.#events.emit('countsChanged', this.#store.unreadCounts());
  }

  #emitProgress(): void {
    const { done, total } = this.#progress;
    this.#events.emit('refreshProgress', { running: done < total, done, total });
  }
}

/** A failed poll's result for a feed. */
function pollOf(feed: FeedRecord): Omit<FeedRefreshResult, 'error'> {
  return { id: feed.id, url: feed.url, status: 'error', httpStatus: null, newEntries: 0 };
}

/** "Planets / Linux Australia" -> "Planets/Linux Australia"; blank -> top level. */
function folderPath(folder: string | null | undefined): string | null {
  const names = (folder ?? '')
    .split('/')
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length ? names.join('/') : null;
}
