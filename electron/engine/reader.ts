// The one object every face talks to: it implements ReaderApi (shared/api.ts) over the store,
// the fetcher and the poller, and emits ReaderEvents. Plain Node: never imports electron.
import { join } from 'node:path';
import type { ArgsOf, ReaderApi, ResultOf, ReaderEventSource } from '../../shared/api.ts';
import type { FeedRefreshResult } from '../../shared/model.ts';
import { ReaderEmitter } from './events.ts';
import { systemAddressGuard } from './fetch/addressGuard.ts';
import { requestFetch } from './fetch/requestFetch.ts';
import { createConcurrencyLimiter } from './fetch/limiter.ts';
import type { ConcurrencyLimiter, FetchOptions } from './fetch/types.ts';
import { readOpml, readOpmlText } from './opml/readOpml.ts';
import type { OpmlDocument } from './opml/types.ts';
import { describeOutcome } from './fetch/describeOutcome.ts';
import { writeOpml } from './opml/writeOpml.ts';
import { databaseFileName } from './paths.ts';
import { ensurePrivateDir } from './privateFiles.ts';
import { createParseWorkerPool, type ParseWorkerPool } from './poll/parseWorkerPool.ts';
import { createRefreshPipeline, defaultMaxFeedsInFlight, pipelineHost } from './poll/pipeline.ts';
import { runInLanes } from './poll/refreshLanes.ts';
import { parseInThread } from './poll/parseInThread.ts';
import { refreshFeed, type FeedRefreshOutcome, type RefreshContext } from './poll/refreshFeed.ts';
import { openStore, type FeedRecord, type FeedToRefresh, type Store } from './store/index.ts';
import { normalizeSubscriptionUrl } from './subscriptionUrl.ts';
import { ImageCache } from './images/imageCache.ts';
import { megabytes, type RemoteImages } from './images/remoteImages.ts';
import { AccountService } from './accounts/accountService.ts';
import { fileCredentialStore, type CredentialStore } from './accounts/credentials.ts';
import { resumeWhenOnline } from './accounts/resumeOnNetwork.ts';
import { localAccountId } from './store/accountSchema.ts';
import { PendingRequests } from './manage/pendingRequests.ts';
import { resolve, subscribe } from './manage/subscriptions.ts';
import { planetMembers, subscribeMembers } from './manage/members.ts';
import { openPreferencesFile, type PreferencesFile } from './preferences/preferencesFile.ts';
import type { Preferences } from '../../shared/api.ts';
import { watchExternalChanges } from './watch/externalChanges.ts';
import {
  fetchFullArticle,
  NoSuchEntryError,
  type ArticleContext,
} from './article/fetchFullArticle.ts';
import { extractArticle } from './article/extractArticle.ts';
import { OfflineMonitor } from './poll/offline.ts';
import { RetentionSchedule } from './retention/schedule.ts';
import type { PruneReport } from './retention/prune.ts';
import type { RetentionRules } from './store/retention.ts';

const defaultParseWorkerUrl = new URL('./poll/parseWorkerFromSource.mjs', import.meta.url);

export const planetLinuxAustralia = 'https://planet.linux.org.au/';

export interface ReaderOptions {
  /** Directory holding orrery.sqlite (created when missing). */
  readonly dataDir: string;
  /** Subscribed to on first run when the data directory has no subscriptions. Default: Planet Linux Australia. */
  readonly firstRunFeeds?: readonly string[];
  /** Default poll interval for feeds without their own, overriding the preferences file (tests). */
  readonly pollIntervalMinutes?: number;
  /** Fetch limits and User-Agent; concurrency via `concurrency`. */
  readonly fetch?: FetchOptions;
  /** Global and per-host fetch concurrency. Default 8 and 2. */
  readonly concurrency?: { readonly global?: number; readonly perHost?: number };
  /** Feeds fetched but not yet stored, at most (back-pressure: poll/pipeline.ts). Default 12. */
  readonly maxFeedsInFlight?: number;
  /** Worker script that parses feeds on another core; null parses in-thread. Default: poll/parseWorker.ts. */
  readonly parseWorkerUrl?: URL | null;
  /** The "Remote images" setting and the image cache's size limit. Default: keep, 2 GB. */
  readonly images?: { readonly remoteImages?: RemoteImages; readonly limitBytes?: number };
  /** Injectable clock, for tests of scheduling. */
  readonly now?: () => Date;
  /** Where account passwords are kept. Default: a 0600 file in the data directory. */
  readonly credentials?: CredentialStore;
  /** Read, unstarred posts kept N days, at most M per feed. Default 90 days, 1,000. */
  readonly retention?: RetentionRules;
  /** How often the poller looks for due feeds. Default 30 s. */
  readonly pollTickMs?: number;
}

export async function openReader(options: ReaderOptions): Promise<Reader> {
  ensurePrivateDir(options.dataDir);
  const store = openStore(join(options.dataDir, databaseFileName));
  const reader = new Reader(store, options, openPreferencesFile(options.dataDir));
  reader.runFirstRun(options.firstRunFeeds ?? [planetLinuxAustralia]);
  return reader;
}

/** How often the poller looks for due feeds. */
const defaultPollTickMs = 30_000;

export class Reader implements ReaderApi, ReaderEventSource {
  readonly #store: Store;
  readonly #events = new ReaderEmitter();
  #context: RefreshContext;
  readonly #inFlight = new Map<number, Promise<FeedRefreshOutcome>>();
  /** Refreshes under way (their lanes pass feeds on, so #inFlight can be empty for a moment). */
  #refreshing = 0;
  /** Feeds of a refresh under way at once (poll/refreshLanes.ts): twice the pipeline's slots. */
  readonly #refreshLanes: number;
  readonly #abort = new AbortController();
  readonly #parsePool: ParseWorkerPool | null;
  #pollTimer: NodeJS.Timeout | null = null;
  #stopResume: () => void = () => {};
  #indexTimer: NodeJS.Timeout | null = null;
  #progress = { done: 0, total: 0 };
  /** Images of posts, fetched after the posts are stored; the faces serve the article's from it. */
  readonly images: ImageCache;
  #closed = false;
  readonly #accounts: AccountService;
  readonly #requests = new PendingRequests();
  readonly #preferences: PreferencesFile;
  #stopWatching: (() => void) | null = null;
  readonly #pollTickMs: number;
  readonly #network = new OfflineMonitor();
  readonly #articleJobs = new Set<Promise<unknown>>();
  readonly #articles: ArticleContext;
  readonly #retention: RetentionSchedule;

  constructor(store: Store, options: ReaderOptions, preferences: PreferencesFile) {
    this.#store = store;
    this.#preferences = preferences;
    const workerUrl =
      options.parseWorkerUrl === undefined ? defaultParseWorkerUrl : options.parseWorkerUrl;
    this.#parsePool = workerUrl ? createParseWorkerPool({ workerUrl }) : null;
    const limiter: ConcurrencyLimiter = createConcurrencyLimiter({
      global: options.concurrency?.global ?? 8,
      perHost: options.concurrency?.perHost ?? 2,
    });
    this.#context = {
      store,
      // Every engine fetch goes through the SSRF guard (fetch/addressGuard.ts); tests may swap it.
      fetchOptions: { addressGuard: systemAddressGuard, ...options.fetch },
      limiter,
      now: options.now ?? (() => new Date()),
      random: Math.random,
      defaultIntervalMinutes: options.pollIntervalMinutes ?? preferences.get().pollIntervalMinutes,
      parse: this.#parsePool?.parse ?? parseInThread,
      ...(this.#parsePool ? { parseBody: this.#parsePool.parseBody } : {}),
      pipeline: createRefreshPipeline({
        ...(options.maxFeedsInFlight ? { maxFeeds: options.maxFeedsInFlight } : {}),
        fetchPerHost: options.concurrency?.perHost ?? 2,
      }),
    };
    this.images = new ImageCache({
      dataDir: options.dataDir,
      index: store.images,
      fetch: this.#context.fetchOptions,
      limiter,
      now: this.#context.now,
      busy: () => this.#refreshing > 0 || this.#inFlight.size > 0,
      remoteImages: preferences.get().remoteImages,
      limitBytes: megabytes(preferences.get().imageCacheLimitMB),
      onIconsChecked: () => this.#events.emit('feedsChanged', {}),
      ...options.images,
    });
    this.#accounts = new AccountService({
      store,
      credentials: options.credentials ?? fileCredentialStore(options.dataDir),
      now: this.#context.now,
      userAgent: options.fetch?.userAgent,
    });
    this.#pollTickMs = options.pollTickMs ?? defaultPollTickMs;
    this.#refreshLanes = 2 * (options.maxFeedsInFlight ?? defaultMaxFeedsInFlight);
    this.#articles = {
      store,
      fetchOptions: this.#context.fetchOptions,
      limiter,
      extract: this.#parsePool?.extractArticle ?? extractArticle,
      now: this.#context.now,
    };
    this.#retention = new RetentionSchedule(store, {
      rules: options.retention ?? retentionRulesOf(preferences.get()),
      now: this.#context.now,
      images: this.images,
    });
  }

  on: ReaderEventSource['on'] = (event, listener) => this.#events.on(event, listener);

  /** The preferences in the data directory, shared with the other faces. */
  getPreferences(): Preferences {
    return this.#preferences.get();
  }

  /** Validates, stores and applies a preferences change (the poll interval at once). */
  setPreferences(patch: Partial<Preferences>): Preferences {
    const next = this.#preferences.set(patch);
    this.#applyPreferences(next);
    return next;
  }

  #applyPreferences(preferences: Preferences): void {
    if (preferences.pollIntervalMinutes !== this.#context.defaultIntervalMinutes) {
      this.setPollInterval(preferences.pollIntervalMinutes);
    }
    this.images.setPolicy(preferences.remoteImages, megabytes(preferences.imageCacheLimitMB));
    this.#retention.setRules(retentionRulesOf(preferences));
    this.#events.emit('preferencesChanged', { preferences });
  }

  /** Notices changes other processes make to this data directory (database and preferences). */
  watchOtherProcesses(): void {
    if (this.#stopWatching || this.#closed) return;
    this.#stopWatching = watchExternalChanges({
      dataVersion: () => this.#store.dataVersion(),
      onDatabaseChanged: () => {
        this.#events.emit('feedsChanged', {});
        this.#events.emit('entriesChanged', {});
        this.#emitCounts();
      },
      checkPreferences: () => {
        const changed = this.#preferences.reloadIfChanged();
        if (changed) this.#applyPreferences(changed);
      },
    });
  }

  /** Subscribes the first-run feeds once per data directory, unless it already has subscriptions. */
  runFirstRun(urls: readonly string[]): void {
    const store = this.#store;
    if (store.getMeta('firstRunDone')) return;
    if (!store.hasFeeds()) {
      // Orrery's own choice, like its code: once fetched from the internet it is held to public
      // addresses (poll/refreshFeed.ts trustAfter).
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

  async findFeeds(args: ArgsOf<'findFeeds'>): Promise<ResultOf<'findFeeds'>> {
    const { address, candidates } = await this.#requests.run(
      args.requestId,
      this.#abort.signal,
      (signal) => resolve(this.#context, args.url, signal),
    );
    return { address, candidates };
  }

  async cancelRequest(args: ArgsOf<'cancelRequest'>): Promise<ResultOf<'cancelRequest'>> {
    return { cancelled: this.#requests.cancel(args.requestId) };
  }

  async addFeed(args: ArgsOf<'addFeed'>): Promise<ResultOf<'addFeed'>> {
    if (args.account !== undefined && args.account !== localAccountId) {
      return this.#changedFeeds(
        this.#accounts
          .subscribe(args.account, args.url, args.folder ?? null)
          .then((feed) => ({ ...feed, alreadySubscribed: false })),
      );
    }
    return this.#addFeed(args, true);
  }

  /** userGiven: the user typed the address (false for a planet's members found on a public page). */
  async #addFeed(args: ArgsOf<'addFeed'>, userGiven: boolean): Promise<ResultOf<'addFeed'>> {
    const { added, outcome } = await this.#requests.run(
      args.requestId,
      this.#abort.signal,
      (signal) =>
        subscribe(
          this.#context,
          args.url,
          () => this.#store.ensureFolder(folderPath(args.folder)),
          signal,
          userGiven,
        ),
    );
    if (outcome) {
      // The row exists and holds its first posts: now the faces may hear of it.
      this.#events.emit('feedsChanged', {});
      if (outcome.added.length) {
        this.#events.emit('entriesAdded', {
          feedId: added.id,
          entries: [...outcome.added],
          firstFetch: outcome.firstFetch,
        });
      }
      this.#emitCounts();
      this.images.schedule();
    }
    return added;
  }

  async previewRemoveFeed(
    args: ArgsOf<'previewRemoveFeed'>,
  ): Promise<ResultOf<'previewRemoveFeed'>> {
    this.#feedOrThrow(args.feedId);
    return this.#store.removalOf(args.feedId);
  }

  async removeFeed(args: ArgsOf<'removeFeed'>): Promise<ResultOf<'removeFeed'>> {
    const feed = this.#store.getFeed(args.feedId);
    if (feed && feed.accountId !== localAccountId) {
      const removal = this.#store.removalOf(args.feedId);
      const removed = await this.#accounts.unsubscribe(feed.accountId, feed.id);
      return this.#changedFeeds(Promise.resolve({ ...removal, removed }));
    }
    const result = this.#store.transaction(() => ({
      ...this.#store.removalOf(args.feedId),
      removed: this.#store.removeFeed(args.feedId),
    }));
    if (result.removed) {
      this.#events.emit('feedsChanged', {});
      this.#emitCounts();
    }
    return result;
  }

  async updateFeed(args: ArgsOf<'updateFeed'>): Promise<ResultOf<'updateFeed'>> {
    if (this.#feedOrThrow(args.feedId).accountId !== localAccountId) this.#accounts.refuseEdit();
    const url = args.url === undefined ? undefined : normalizeSubscriptionUrl(args.url);
    if (args.folderId != null) this.#store.getFolder(args.folderId);
    const folderId =
      args.folderId !== undefined
        ? args.folderId
        : args.folder !== undefined
          ? this.#store.ensureFolder(folderPath(args.folder))
          : undefined;
    this.#store.transaction(() =>
      this.#store.updateFeed(args.feedId, {
        ...(args.title !== undefined ? { title: args.title, titleFromUser: true } : {}),
        ...(folderId !== undefined ? { folderId } : {}),
        // A new address is a new start: its validators and hash belong to the old one.
        ...(url !== undefined && url !== this.#store.getFeed(args.feedId)?.url
          ? { url, etag: null, lastModified: null, bodyHash: null, nextCheckAt: null }
          : {}),
        ...(args.pollIntervalMinutes !== undefined
          ? { intervalMinutes: args.pollIntervalMinutes }
          : {}),
      }),
    );
    if (args.pollIntervalMinutes !== undefined) {
      this.#store.reschedule(this.#context.defaultIntervalMinutes, args.feedId);
    }
    this.#store.commit();
    this.#events.emit('feedsChanged', {});
    return this.#store.feedSummary(args.feedId)!;
  }

  async getFeedProperties(
    args: ArgsOf<'getFeedProperties'>,
  ): Promise<ResultOf<'getFeedProperties'>> {
    const feed = this.#feedOrThrow(args.feedId);
    return {
      feed: this.#store.feedSummary(feed.id)!,
      pollIntervalMinutes: feed.intervalMinutes,
      defaultPollIntervalMinutes: this.#context.defaultIntervalMinutes,
      etag: feed.etag,
      lastModified: feed.lastModified,
      addedAt: feed.addedAt,
      isPlanet: feed.isPlanet,
      removal: this.#store.removalOf(feed.id),
    };
  }

  // --- Folders ---

  async addFolder(args: ArgsOf<'addFolder'>): Promise<ResultOf<'addFolder'>> {
    const id = this.#store.ensureFolder(folderPath(args.path));
    if (id === null) throw new Error('Give the folder a name.');
    this.#events.emit('feedsChanged', {});
    return this.#store.getFolder(id);
  }

  async renameFolder(args: ArgsOf<'renameFolder'>): Promise<ResultOf<'renameFolder'>> {
    this.#accounts.refuseFolderEdit(args.folderId);
    const folder = this.#store.renameFolder(args.folderId, args.name.replace(/\s+/g, ' '));
    this.#events.emit('feedsChanged', {});
    return folder;
  }

  async moveFolder(args: ArgsOf<'moveFolder'>): Promise<ResultOf<'moveFolder'>> {
    this.#accounts.refuseFolderEdit(args.folderId);
    const folder = this.#store.moveFolder(args.folderId, args.parentId);
    this.#events.emit('feedsChanged', {});
    return folder;
  }

  async removeFolder(args: ArgsOf<'removeFolder'>): Promise<ResultOf<'removeFolder'>> {
    this.#store.getFolder(args.folderId);
    this.#accounts.refuseFolderEdit(args.folderId);
    const result = this.#store.transaction(() => {
      const doomed = args.withFeeds ? this.#store.feedsUnder(args.folderId) : [];
      for (const feedId of doomed) this.#store.removeFeed(feedId);
      return { ...this.#store.removeFolder(args.folderId), removedFeeds: doomed.length };
    });
    this.#events.emit('feedsChanged', {});
    if (result.removedFeeds) this.#emitCounts();
    return result;
  }

  // --- Planets ---

  async planetMembers(args: ArgsOf<'planetMembers'>): Promise<ResultOf<'planetMembers'>> {
    return planetMembers(this.#context, this.#feedOrThrow(args.feedId), this.#abort.signal);
  }

  async subscribeMembers(args: ArgsOf<'subscribeMembers'>): Promise<ResultOf<'subscribeMembers'>> {
    const planet = this.#feedOrThrow(args.feedId);
    const folder = this.#store.feedSummary(planet.id)?.folder ?? null;
    return subscribeMembers(planet, folder, args.urls, (url, into) =>
      this.#addFeed({ url, folder: into }, planet.privateOk),
    );
  }

  async importOpml(args: ArgsOf<'importOpml'>): Promise<ResultOf<'importOpml'>> {
    const { document, privateOk } = await this.#readOpmlSource(args);
    if (args.account !== undefined && args.account !== localAccountId) {
      return this.#changedFeeds(this.#accounts.importInto(args.account, document.feeds)).then(
        (report) => ({ ...report, problems: [...document.problems, ...report.problems] }),
      );
    }
    // The same rules as a typed address (no credentials or fragment kept).
    const { added, existing } = this.#store.importFeeds(
      document.feeds.map((entry) => {
        const url = normalizeSubscriptionUrl(entry.url);
        const title = entry.title || new URL(url).hostname;
        return { url, title, siteUrl: entry.siteUrl, folder: entry.folder.join('/') || null };
      }),
      privateOk,
    );
    if (added.length) this.#events.emit('feedsChanged', {});
    return { added, existing, problems: document.problems };
  }

  /**
   * The file's feeds, and whether their addresses count as the user's own: yes from a file or
   * text; from an address, only when fetching it never reached the internet (an OPML on a public
   * server does not make the private addresses it lists fetchable as if typed).
   */
  async #readOpmlSource(
    args: ArgsOf<'importOpml'>,
  ): Promise<{ document: OpmlDocument; privateOk: boolean }> {
    if ('base64' in args) {
      return { document: readOpml(Buffer.from(args.base64, 'base64')), privateOk: true };
    }
    if ('text' in args) return { document: readOpmlText(args.text), privateOk: true };
    const fetch = requestFetch(
      { ...this.#context.fetchOptions, limiter: this.#context.limiter },
      true,
    );
    const outcome = await fetch(normalizeSubscriptionUrl(args.url));
    if (outcome.kind !== 'ok') {
      throw new Error(`Could not fetch the OPML file: ${describeOutcome(outcome) ?? 'no answer.'}`);
    }
    return { document: readOpml(outcome.body, outcome.contentType), privateOk: fetch.privateOk };
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
      : this.#store.localFeedsToRefresh();
    // A refresh of everything (r) syncs the server accounts too.
    const [{ results, offline }] = await Promise.all([
      this.#refreshMany(feeds),
      args.feedIds ? null : this.syncAccounts({}),
    ]);
    // A one-shot refresh (CLI) ends with the full articles of its new posts stored.
    await Promise.allSettled([...this.#articleJobs]);
    return { status: offline ? 'offline' : 'ok', feeds: results };
  }

  /** Starts background polling: due feeds now, then every 30 seconds; and watches other processes. */
  startPolling(): void {
    if (this.#pollTimer || this.#closed) return;
    this.watchOtherProcesses();
    const tick = () => {
      // Offline, a tick only probes a couple of due feeds; once one gets through, all due go.
      const wasOffline = this.#network.offline;
      const due = this.#network.pick(this.#store.dueFeeds(this.#context.now().toISOString()));
      const interval = this.#context.defaultIntervalMinutes;
      for (const accountId of this.#accounts.due(interval, this.#network.offline)) {
        void this.syncAccounts({ accountId });
      }
      if (due.length)
        void this.#refreshMany(due)
          .then(() => {
            if (wasOffline && !this.#network.offline && !this.#closed) tick();
          })
          .catch((error) => console.error('orrery: poll failed', error));
    };
    this.#stopResume = resumeWhenOnline(this, this.#accounts, (id) => this.#resumeSync(id));
    this.#pollTimer = setInterval(tick, this.#pollTickMs);
    tick();
    this.#retention.start();
    // Posts stored by an earlier run whose images were not all fetched yet.
    this.images.schedule();
  }

  /** The default interval for feeds without their own; reschedules those feeds at once. */
  setPollInterval(minutes: number): void {
    this.#context = { ...this.#context, defaultIntervalMinutes: minutes };
    this.#store.reschedule(minutes);
  }

  stopPolling(): void {
    if (this.#pollTimer) clearInterval(this.#pollTimer);
    this.#pollTimer = null;
    this.#stopResume();
    this.#retention.stop();
  }

  /** The network looked down at the last refresh (offline.ts). */
  get offline(): boolean {
    return this.#network.offline;
  }

  async #refreshMany(
    feeds: readonly FeedToRefresh[],
  ): Promise<{ results: FeedRefreshResult[]; offline: boolean }> {
    // A feed never fetched will be parsed: the worker loads while the first bodies come in.
    if (feeds.some((feed) => !feed.firstFetchDone)) void this.#parsePool?.warm();
    this.#progress.total += feeds.length;
    this.#emitProgress();
    this.#refreshing += 1;
    const polled = await runInLanes(
      feeds,
      (feed) => pipelineHost(feed.url),
      this.#refreshLanes,
      async (feed): Promise<FeedRefreshOutcome> => {
        try {
          // Read when its turn comes: current validators, and no record held while it waits.
          const record = this.#store.getFeed(feed.id);
          if (!record) throw new Error(`There is no feed ${feed.id}.`);
          // Kept until every feed is done, so the added rows go now (they were emitted).
          return { ...(await this.#refreshOne(record)), added: [] };
        } catch (error) {
          // One feed's failure (e.g. removed mid-poll) is that feed's result, never the batch's.
          const message = error instanceof Error ? error.message : String(error);
          const error_ = `Orrery could not store this feed: ${message}`;
          return { ...pollOf(feed), error: error_, added: [], firstFetch: false };
        } finally {
          this.#progress.done++;
          this.#emitProgress();
        }
      },
    ).finally(() => (this.#refreshing -= 1));
    if (this.#progress.done >= this.#progress.total) this.#progress = { done: 0, total: 0 };
    const { outcomes, offline, changed } = this.#network.settle(polled);
    if (changed) this.#events.emit('offlineChanged', { offline: this.#network.offline });
    this.#emitCounts();
    this.#indexWhenIdle();
    this.images.schedule();
    const results = outcomes.map(({ id, url, status, httpStatus, newEntries, error }) => ({
      id,
      url,
      status,
      httpStatus,
      newEntries,
      error,
    }));
    return { results, offline };
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
        if (outcome.added.length) this.#fetchArticlesOf(feed.id, outcome.added);
        return outcome;
      })
      .finally(() => this.#inFlight.delete(feed.id));
    this.#inFlight.set(feed.id, promise);
    return promise;
  }

  // --- Accounts (accounts/accountService.ts) ---

  #resumeSync(accountId: number): void {
    if (!this.#closed) void this.syncAccounts({ accountId });
  }

  async listAccounts(_args: ArgsOf<'listAccounts'>): Promise<ResultOf<'listAccounts'>> {
    return this.#accounts.list();
  }

  async addAccount(args: ArgsOf<'addAccount'>): Promise<ResultOf<'addAccount'>> {
    return this.#changedFeeds(this.#accounts.add(args));
  }

  async removeAccount(args: ArgsOf<'removeAccount'>): Promise<ResultOf<'removeAccount'>> {
    return this.#changedFeeds(
      this.#accounts.remove(args.accountId).then((removed) => ({ removed })),
    );
  }

  /** Progress shows like a refresh's: one step per account. */
  async syncAccounts(args: ArgsOf<'syncAccounts'>): Promise<ResultOf<'syncAccounts'>> {
    const count = args.accountId === undefined ? this.#accounts.serverAccounts().length : 1;
    if (count === 0) return { accounts: [] };
    this.#progress.total += count;
    this.#emitProgress();
    try {
      return { accounts: await this.#changedFeeds(this.#accounts.sync(args.accountId)) };
    } finally {
      this.#progress.done += count;
      this.#emitProgress();
      if (this.#progress.done >= this.#progress.total) this.#progress = { done: 0, total: 0 };
    }
  }

  /** Waits for a change of subscriptions or entries, then tells the faces. */
  async #changedFeeds<T>(change: Promise<T>): Promise<T> {
    const result = await change;
    this.#events.emit('feedsChanged', {});
    this.#emitCounts();
    return result;
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
    const entryIds = this.#store.markViewRead(args);
    if (entryIds.length) this.#emitCounts();
    return { changed: entryIds.length, entryIds };
  }

  // --- Full articles, retention, backup (issue 8) ---

  async fetchFullArticle(args: ArgsOf<'fetchFullArticle'>): Promise<ResultOf<'fetchFullArticle'>> {
    try {
      const article = await fetchFullArticle(this.#articles, args.entryId, this.#abort.signal);
      return { entryId: args.entryId, article };
    } catch (error) {
      throw error instanceof NoSuchEntryError ? new Error(error.message) : error;
    }
  }

  async setFullArticleFeed(
    args: ArgsOf<'setFullArticleFeed'>,
  ): Promise<ResultOf<'setFullArticleFeed'>> {
    if (!this.#store.setFullArticleFeed(args.feedId, args.enabled))
      throw new Error(`There is no feed ${args.feedId}.`);
    return { enabled: args.enabled };
  }

  async fullArticleFeeds(_args: ArgsOf<'fullArticleFeeds'>): Promise<ResultOf<'fullArticleFeeds'>> {
    return { feedIds: this.#store.fullArticleFeeds() };
  }

  /** New posts of a feed set to "Fetch the full article": their pages, in the background. */
  #fetchArticlesOf(feedId: number, added: readonly { id: number }[]): void {
    if (!this.#store.fullArticleFeeds().includes(feedId)) return;
    for (const { id } of added) {
      const job = fetchFullArticle(this.#articles, id, this.#abort.signal)
        .catch((error: unknown) => console.error('orrery: full article failed', error))
        .finally(() => this.#articleJobs.delete(job));
      this.#articleJobs.add(job);
    }
  }

  /** Prunes now by the retention rules (the CLI's prune); a dry run changes nothing. */
  prune(options: { dryRun?: boolean; enableVacuum?: boolean } = {}): Promise<PruneReport> {
    return this.#retention.runNow(options);
  }

  /** New retention rules; the next background run applies them. */
  setRetention(rules: RetentionRules): void {
    this.#retention.setRules(rules);
  }

  /** A consistent copy of the database at `file`, while polling goes on. */
  backup(file: string): Promise<void> {
    return this.#store.backup(file);
  }

  /** Stops polling, lets polls in flight end (aborted), and closes the database. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.stopPolling();
    this.#stopWatching?.();
    await this.#retention.close();
    if (this.#indexTimer) clearTimeout(this.#indexTimer);
    this.#abort.abort();
    // The pool first: a parse still running must not hold the close up.
    await this.#parsePool?.close();
    await Promise.allSettled([...this.#inFlight.values()]);
    await this.#accounts.idle();
    await Promise.allSettled([...this.#inFlight.values(), ...this.#articleJobs]);
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

  #feedOrThrow(feedId: number): FeedRecord {
    const feed = this.#store.getFeed(feedId);
    if (!feed) throw new Error(`There is no feed ${feedId}.`);
    return feed;
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

/** The retention preferences as the pruner's rules. */
function retentionRulesOf(preferences: Preferences): RetentionRules {
  return { keepReadDays: preferences.keepReadDays, maxPerFeed: preferences.maxPostsPerFeed };
}

/** A failed poll's result for a feed. */
function pollOf(feed: FeedToRefresh): Omit<FeedRefreshResult, 'error'> {
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
