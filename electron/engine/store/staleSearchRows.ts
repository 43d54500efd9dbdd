// Search-index rows of pruned posts, cleaned after the prune (see staleSearchSchema.ts):
// - a removed post's row is noted in search_stale (a trigger) instead of deleted from FTS5 one
//   by one (a tombstone page rewritten per row);
// - afterwards, when most of the index is stale and it is small enough to clear in one short
//   transaction, it is cleared and every surviving post is queued for indexing again
//   (search_pending, the queue every search and the idle flush empty first), all in one
//   transaction: a kill -9 leaves either the stale rows or the queue, both complete;
// - otherwise the stale rows are deleted in small steps;
// - an id SQLite hands out again (max(id) + 1 after the newest posts were pruned) has its stale
//   row deleted before the new post is indexed (purgeReused, called by the index flush).
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';

/** Bounds of the clear-and-requeue transaction, so it stays a short task. */
export interface ClearLimits {
  /** Largest index (FTS5 data rows, about a 4 KiB page each): 3,700 took 10 ms of CPU here. */
  readonly clearMaxPages: number;
  /** Most surviving posts queued again (about 1 µs each). */
  readonly requeueMaxPosts: number;
}

const clearLimits: ClearLimits = { clearMaxPages: 8192, requeueMaxPosts: 20_000 };

/** What the cleanup after a prune does: nothing, delete stale rows in steps, or reindex in steps. */
export type SearchCleanup = 'none' | 'unindex' | 'reindex';

export function staleSearchQueries(db: DatabaseSync, limits: ClearLimits = clearLimits) {
  const staleCount = db.prepare('SELECT count(*) AS n FROM search_stale');
  const indexedCount = db.prepare(
    `SELECT (SELECT total FROM counters WHERE id = 1) - (SELECT count(*) FROM search_pending) AS n`,
  );
  const indexPagesUpToLimit = db.prepare(
    `SELECT count(*) AS n FROM (SELECT 1 FROM entry_search_data LIMIT ${limits.clearMaxPages + 1})`,
  );
  const clearIndex = db.prepare("INSERT INTO entry_search (entry_search) VALUES ('delete-all')");
  const queueEveryPost = db.prepare(
    'INSERT OR IGNORE INTO search_pending (entry_id) SELECT id FROM entries',
  );
  const forgetAll = db.prepare('DELETE FROM search_stale');
  const nextStale = db.prepare('SELECT entry_id AS id FROM search_stale ORDER BY entry_id LIMIT ?');
  const unindex = db.prepare('DELETE FROM entry_search WHERE rowid = ?');
  const forgetThrough = db.prepare('DELETE FROM search_stale WHERE entry_id <= ?');
  const forgetOne = db.prepare('DELETE FROM search_stale WHERE entry_id = ?');
  const reusedInNextBatch = db.prepare(
    `SELECT entry_id AS id FROM search_stale WHERE entry_id IN
       (SELECT entry_id FROM search_pending ORDER BY entry_id LIMIT ?)`,
  );
  const count = (statement: ReturnType<DatabaseSync['prepare']>) =>
    (statement.get() as { n: number }).n;

  return {
    /** Chooses the cleanup after a prune: 'reindex' when clearSearchIndex() is the cheaper way. */
    planSearchCleanup(): SearchCleanup {
      const stale = count(staleCount);
      if (stale === 0) return 'none';
      const indexed = count(indexedCount);
      if (stale <= indexed || indexed > limits.requeueMaxPosts) return 'unindex';
      return count(indexPagesUpToLimit) > limits.clearMaxPages ? 'unindex' : 'reindex';
    },
    /** Clears the index and queues every stored post for indexing again, in one transaction. */
    clearSearchIndex(): void {
      transaction(db, () => {
        clearIndex.run();
        queueEveryPost.run();
        forgetAll.run();
      });
    },
    /** Deletes up to `size` stale rows (one transaction); returns how many. */
    unindexStaleStep(size: number): number {
      return transaction(db, () => {
        const ids = (nextStale.all(Math.max(1, Math.floor(size))) as { id: number }[]).map(
          (row) => row.id,
        );
        for (const id of ids) unindex.run(id);
        const last = ids.at(-1);
        if (last !== undefined) forgetThrough.run(last);
        return ids.length;
      });
    },
    /** Inside the flush's transaction: stale rows under the ids of its next `size` posts go first. */
    purgeReused(size: number): void {
      for (const { id } of reusedInNextBatch.all(size) as { id: number }[]) {
        unindex.run(id);
        forgetOne.run(id);
      }
    },
  };
}
