// The store: one SQLite file holding subscriptions, posts and their state.
import type { FeedSummary } from '../../../shared/model.ts';
import { articleQueries } from './articles.ts';
import { backupDatabase } from './backup.ts';
import { openDatabase, transaction } from './database.ts';
import { entryQueries } from './entryQueries.ts';
import { feedQueries, summaryOf } from './feeds.ts';
import { folderQueries } from './folders.ts';
import { folderEditQueries } from './folderEdits.ts';
import { importFeedQueries } from './importFeeds.ts';
import { feedRemovalQueries } from './feedRemoval.ts';
import { scheduleQueries } from './reschedule.ts';
import { markViewReadQueries } from './markViewRead.ts';
import { rowTextQueries } from './rowText.ts';
import { savePostsQueries } from './savePosts.ts';
import { searchIndexQueries } from './searchIndex.ts';
import { createBatcher } from './batch.ts';
import { imageIndexQueries } from './imageIndex.ts';
import { accountQueries } from './accounts.ts';
import { retentionQueries } from './retention.ts';
import { vacuumQueries } from './vacuum.ts';
import { searchCompactionQueries } from './searchCompaction.ts';
import { staleSearchQueries } from './staleSearchRows.ts';
import { startBackgroundCheckpoints } from './walCheckpointer.ts';
import { besideWhenLarge, checkpointBeside } from './checkpointBeside.ts';
import type { Store } from './types.ts';
import type { ViewScope } from './markViewRead.ts';

export function openStore(file: string): Store {
  const db = openDatabase(file);
  const folders = folderQueries(db);
  const feeds = feedQueries(db);
  const images = imageIndexQueries(db);
  const posts = savePostsQueries(db, images);
  const entries = entryQueries(db, folders.subtree);
  const search = searchIndexQueries(db);
  const view = markViewReadQueries(db, folders.subtree, entries.setRead);
  const withRowText = rowTextQueries(db);
  const batch = createBatcher(db);
  const folderEdits = folderEditQueries(db, folders.subtree, folders.listFolders);
  const removal = feedRemovalQueries(db);
  const schedule = scheduleQueries(db);
  const retention = retentionQueries(db);
  const vacuum = vacuumQueries(db);
  const compaction = searchCompactionQueries(db);
  const staleSearch = staleSearchQueries(db);
  const articles = articleQueries(db);
  const imports = importFeedQueries(db, folders.ensureFolder);
  const beside = checkpointBeside(db, file);
  /** A change a person asked for: committed on its own, never left waiting in a batch. */
  const durable =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      batch.commit();
      return fn(...args);
    };
  const getMeta = db.prepare('SELECT value FROM meta WHERE key = ?');
  const setMeta = db.prepare(
    'INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value',
  );

  function folderPaths(): Map<number, string> {
    return new Map(folders.listFolders().map((folder) => [folder.id, folder.path]));
  }

  return {
    ensureFolder: durable(folders.ensureFolder),
    listFolders: folders.listFolders,
    getFolder: folderEdits.folder,
    renameFolder: durable(folderEdits.renameFolder),
    moveFolder: durable(folderEdits.moveFolder),
    removeFolder: durable(folderEdits.removeFolder),
    feedsUnder: folderEdits.feedsUnder,
    removalOf: removal.removalOf,
    reschedule: durable(schedule.reschedule),
    dataVersion: schedule.dataVersion,
    addFeed: durable(feeds.addFeed),
    importFeeds: durable(imports.importFeeds),
    getFeed: feeds.getFeed,
    findFeedByUrl: feeds.findFeedByUrl,
    listFeedRecords: feeds.listFeedRecords,
    localFeedsToRefresh: feeds.localFeedsToRefresh,
    feedSummaries(): FeedSummary[] {
      const paths = folderPaths();
      const withIcons = images.feedsWithIcons();
      return feeds
        .listFeedRecords()
        .map((feed) =>
          summaryOf(
            feed,
            feed.folderId === null ? null : (paths.get(feed.folderId) ?? null),
            withIcons.has(feed.id),
          ),
        );
    },
    feedSummary(id: number): FeedSummary | null {
      const feed = feeds.getFeed(id);
      if (!feed) return null;
      return summaryOf(
        feed,
        feed.folderId === null ? null : (folderPaths().get(feed.folderId) ?? null),
        images.feedIconImage(id)?.status === 'ok',
      );
    },
    updateFeed: feeds.updateFeed,
    removeFeed: durable(feeds.removeFeed),
    dueFeeds: feeds.dueFeeds,
    hasFeeds: feeds.hasFeeds,
    savePosts: posts.savePosts,
    listEntries(query) {
      // A search sees every stored post: index what is still queued first.
      if (query.search?.trim()) search.flush();
      const upToEntryId = view.newestEntryId();
      const page = entries.listEntries(query);
      return { ...page, entries: withRowText([...page.entries], query.search), upToEntryId };
    },
    flushSearchIndex: search.flush,
    getEntry(id) {
      const entry = entries.getEntry(id);
      return entry && { ...entry, fullArticle: articles.getArticle(id) };
    },
    setRead: durable(besideWhenLarge(beside, entries.setRead)),
    setStarred: durable(besideWhenLarge(beside, entries.setStarred)),
    markViewRead: durable((scope: ViewScope) =>
      beside.run(
        () => {
          if (scope.search?.trim()) search.flush();
          return view.markViewRead(scope);
        },
        (ids) => ids.length,
      ),
    ),
    unreadCounts: entries.unreadCounts,
    getMeta(key: string): string | null {
      const row = getMeta.get(key) as { value: string } | undefined;
      return row ? row.value : null;
    },
    setMeta: durable((key: string, value: string): void => {
      setMeta.run(key, value);
    }),
    transaction: durable(<T>(fn: () => T): T => transaction(db, fn)),
    images,
    batched: batch.batched,
    // Issue 8: retention, vacuum, backup, full articles.
    createPruner: (rules, now, onPruned) => {
      batch.commit();
      const pruner = retention.createPruner(rules, now, onPruned);
      // Each step commits on its own: a refresh's open batch is committed before it.
      return { tally: pruner.tally, step: durable(pruner.step), close: pruner.close };
    },
    rolledBack<T>(fn: () => T): T {
      batch.commit();
      db.exec('BEGIN IMMEDIATE');
      try {
        return fn();
      } finally {
        db.exec('ROLLBACK');
      }
    },
    holdSearchMerges: durable(compaction.holdSearchMerges),
    releaseSearchMerges: durable(compaction.releaseSearchMerges),
    searchMergeStep: durable(compaction.searchMergeStep),
    planSearchCleanup: durable(staleSearch.planSearchCleanup),
    clearSearchIndex: durable(staleSearch.clearSearchIndex),
    unindexStaleStep: durable(staleSearch.unindexStaleStep),
    indexSearchStep: durable(search.indexStep),
    backgroundCheckpoints: () => startBackgroundCheckpoints(db, file),
    vacuumStep: vacuum.vacuumStep,
    enableIncrementalVacuum: durable(vacuum.enableIncrementalVacuum),
    backup: durable((file: string) => backupDatabase(db, file)),
    saveArticle: durable(articles.saveArticle),
    getArticle: articles.getArticle,
    fullArticleFeeds: articles.fullArticleFeeds,
    setFullArticleFeed: durable(articles.setFullArticleFeed),
    commit: batch.commit,
    accounts: accountQueries(db, entries),
    close() {
      batch.commit();
      beside.close();
      db.close();
    },
  };
}
