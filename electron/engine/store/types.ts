// What the store hands back and takes in, beyond the shared model shapes.
import type {
  EntryDetail,
  EntryPage,
  EntryQuery,
  EntryRow,
  FeedRemoval,
  FeedStatus,
  FullArticle,
  FeedSummary,
  Folder,
  UnreadCounts,
} from '../../../shared/model.ts';
import type { IncomingPost } from '../planet/incomingPost.ts';
import type { ImageIndex } from './imageIndex.ts';
import type { AccountStore } from './accounts.ts';
import type { PrunedHook, Pruner, RetentionRules } from './retention.ts';
import type { ViewScope } from './markViewRead.ts';
import type { BackgroundCheckpoints } from './walCheckpointer.ts';
import type { SearchCleanup } from './staleSearchRows.ts';
import type { ImportedFeed, ImportOutcome } from './importFeeds.ts';

/** A subscription with everything the poller keeps about it. */
export interface FeedRecord {
  readonly id: number;
  readonly url: string;
  readonly title: string;
  /** The user named it: titles from the feed document no longer replace it. */
  readonly titleFromUser: boolean;
  readonly siteUrl: string | null;
  readonly folderId: number | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly bodyHash: string | null;
  readonly status: FeedStatus;
  readonly error: string | null;
  readonly errorCount: number;
  readonly lastCheckedAt: string | null;
  readonly nextCheckAt: string | null;
  readonly retryAfter: string | null;
  readonly intervalMinutes: number | null;
  readonly ttlMinutes: number | null;
  readonly firstFetchDone: boolean;
  /** The last fetch found an aggregator (isPlanetFeed). */
  readonly isPlanet: boolean;
  /** The user gave this address: it may be on a private network (fetch/addressGuard.ts). */
  readonly privateOk: boolean;
  readonly addedAt: string;
  readonly unread: number;
  readonly total: number;
  /** The account the subscription belongs to (localAccountId: Orrery polls it itself). */
  readonly accountId: number;
}

/** A feed a refresh will poll: its record is read when its turn comes (poll/refreshLanes.ts). */
export interface FeedToRefresh {
  readonly id: number;
  readonly url: string;
  /** False until the feed was fetched once: a refresh with such a feed warms the parse worker. */
  readonly firstFetchDone: boolean;
}

export interface NewFeed {
  readonly url: string;
  readonly title: string;
  readonly siteUrl?: string | null;
  readonly folderId?: number | null;
  readonly titleFromUser?: boolean;
  /** Default true; false for addresses that came from a feed, a page or the internet. */
  readonly privateOk?: boolean;
}

/** Any subset; undefined fields are left alone, null clears. */
export interface FeedPatch {
  /** A new address (a 301/308 move). Throws FeedUrlTakenError if another feed has it. */
  readonly url?: string;
  /** The user's name for the feed: sets titleFromUser. */
  readonly title?: string;
  /** The feed document's own title: ignored once the user has named the feed. */
  readonly feedTitle?: string;
  readonly titleFromUser?: boolean;
  readonly privateOk?: boolean;
  readonly siteUrl?: string | null;
  readonly folderId?: number | null;
  readonly etag?: string | null;
  readonly lastModified?: string | null;
  readonly bodyHash?: string | null;
  readonly status?: FeedStatus;
  readonly error?: string | null;
  readonly errorCount?: number;
  readonly lastCheckedAt?: string | null;
  readonly nextCheckAt?: string | null;
  readonly retryAfter?: string | null;
  readonly intervalMinutes?: number | null;
  readonly ttlMinutes?: number | null;
  readonly firstFetchDone?: boolean;
  readonly isPlanet?: boolean;
}

export interface SaveResult {
  /** Posts new to the database, newest first. A post already stored via another feed is not new. */
  readonly added: EntryRow[];
  /** Known posts whose stored words changed or that this feed now carries too. */
  readonly updated: number;
}

export interface Store {
  /** "Planets/Linux Australia" creates both levels; null or blank is the top level (null). */
  ensureFolder(path: string | null): number | null;
  listFolders(): Folder[];
  /** Throws FolderError (a sentence) for an unknown id. */
  getFolder(id: number): Folder;
  renameFolder(id: number, name: string): Folder;
  /** Nests a folder in another, or at the top level (null); never into itself. */
  moveFolder(id: number, parentId: number | null): Folder;
  /** Removes a folder and its subfolders; feeds still in them move up to its parent. */
  removeFolder(id: number): { removedFolders: number; movedFeeds: number };
  /** Feeds in a folder and its subfolders. */
  feedsUnder(folderId: number): number[];

  addFeed(feed: NewFeed): { feed: FeedRecord; existed: boolean };
  /** Adds the feeds not subscribed yet (by address), in one transaction (importFeeds.ts). */
  importFeeds(feeds: readonly ImportedFeed[], privateOk: boolean): ImportOutcome;
  getFeed(id: number): FeedRecord | null;
  findFeedByUrl(url: string): FeedRecord | null;
  listFeedRecords(): FeedRecord[];
  /** Id and address of every feed Orrery polls itself (not gone), in listFeedRecords' order. */
  localFeedsToRefresh(): FeedToRefresh[];
  feedSummaries(): FeedSummary[];
  feedSummary(id: number): FeedSummary | null;
  updateFeed(id: number, patch: FeedPatch): FeedRecord | null;
  /** Removes the subscription and the posts only it carried, except starred ones. */
  removeFeed(id: number): boolean;
  /** What removeFeed would do to the feed's posts. */
  removalOf(feedId: number): FeedRemoval;
  /** Moves next checks to last check + interval: for feeds on the default (no feedId), or one feed. */
  reschedule(defaultIntervalMinutes: number, feedId?: number): void;
  /** SQLite's PRAGMA data_version: changes when another connection (process) commits. */
  dataVersion(): number;
  /** Feeds to poll now: not gone, next check due, not held back by Retry-After. */
  dueFeeds(nowIso: string): FeedRecord[];
  hasFeeds(): boolean;

  savePosts(feedId: number, posts: readonly IncomingPost[], nowIso: string): SaveResult;
  /** Searches first index the posts still queued for the full-text index. */
  listEntries(query: EntryQuery): EntryPage;
  /** Indexes every post queued for full-text search (done in batches, off the refresh path); returns how many. */
  flushSearchIndex(): number;
  getEntry(id: number): EntryDetail | null;
  setRead(ids: readonly number[], read: boolean): number;
  setStarred(ids: readonly number[], starred: boolean): number;
  /** Marks a view's unread posts read, bounded (markViewRead.ts); returns the ids it changed. */
  markViewRead(scope: ViewScope): number[];
  unreadCounts(): UnreadCounts;
  getMeta(key: string): string | null;
  setMeta(key: string, value: string): void;
  /** Runs fn in one transaction (store calls inside it join it); rolls back if fn throws. */
  transaction<T>(fn: () => T): T;
  /** Runs fn as one atomic unit in a batch that commits within 50 ms (polled data: see batch.ts). */
  batched<T>(fn: () => T): T;
  /** The image cache's index (images/imageCache.ts). */
  readonly images: ImageIndex;
  /** Commits the open batch, if any (before acknowledging a change a person made). */
  commit(): void;
  /** Accounts, server feeds, the outbox of marks (accounts.ts). */
  readonly accounts: AccountStore;
  /** Retention as of `now`: step() it until done, each step one short transaction (retention.ts). */
  createPruner(rules: RetentionRules, now: Date, onPruned?: PrunedHook): Pruner;
  /** Runs fn in a transaction that is always rolled back (a dry run of store changes). */
  rolledBack<T>(fn: () => T): T;
  /** Holds FTS5's tombstone-driven segment rewrites while retention deletes (searchCompaction.ts). */
  holdSearchMerges(): void;
  releaseSearchMerges(): void;
  /** Up to `pages` pages of search-index merging; whether there was any work. */
  searchMergeStep(pages: number): boolean;
  /** After a prune: how its search-index rows get cleaned (staleSearchRows.ts). */
  planSearchCleanup(): SearchCleanup;
  /** Clears the search index and queues every post for indexing again (one transaction). */
  clearSearchIndex(): void;
  /** Deletes up to `size` search-index rows of pruned posts; returns how many. */
  unindexStaleStep(size: number): number;
  /** Indexes up to `size` queued posts, one short transaction; returns how many. */
  indexSearchStep(size: number): number;
  /** WAL checkpoints on a worker thread until stop(), for long runs of steps (walCheckpointer.ts). */
  backgroundCheckpoints(): BackgroundCheckpoints;
  /** Frees up to `pages` free pages (incremental vacuum): how many it freed, how many remain. */
  vacuumStep(pages: number): { freed: number; remaining: number };
  /** Converts a database made without incremental vacuum (one full VACUUM); whether it did. */
  enableIncrementalVacuum(): boolean;
  /** A consistent copy of the database at `file`, while others write (backup.ts). */
  backup(file: string): Promise<void>;
  saveArticle(entryId: number, article: FullArticle): boolean;
  getArticle(entryId: number): FullArticle | null;
  fullArticleFeeds(): number[];
  setFullArticleFeed(feedId: number, enabled: boolean): boolean;
  close(): void;
}

export class FeedUrlTakenError extends Error {
  override name = 'FeedUrlTakenError';
  readonly existingFeedId: number;
  constructor(url: string, existingFeedId: number) {
    super(`Another subscription already uses ${url}.`);
    this.existingFeedId = existingFeedId;
  }
}
