// The full-text index is filled in batches, off the refresh's path: savePosts only queues a post
// (search_pending), and flush() indexes the queue in a few large transactions, before any search
// and when the app is idle. Two reasons, both measured on the 300-feed refresh bench:
// - FTS5 flushes its pending terms into a new segment at every later write statement of the same
//   transaction, so indexing interleaved with the other inserts cost about 4x the rest of savePosts;
// - batching many feeds' posts into one transaction writes and merges far fewer segments.
// The queue is a table, so a crash between saving and indexing loses nothing: the next flush does it.
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';
import { htmlToText } from './htmlText.ts';
import { staleSearchQueries } from './staleSearchRows.ts';

/** Posts indexed per transaction: bounds memory (content is read back in) and lock time. */
const batchSize = 2_000;

interface PendingRow {
  id: number;
  title: string;
  author: string | null;
  content_html: string | null;
  summary: string | null;
}

export function searchIndexQueries(db: DatabaseSync) {
  const queue = db.prepare('INSERT OR IGNORE INTO search_pending (entry_id) VALUES (?)');
  const isQueued = db.prepare('SELECT 1 AS queued FROM search_pending WHERE entry_id = ?');
  const unindex = db.prepare('DELETE FROM entry_search WHERE rowid = ?');
  const anyQueued = db.prepare('SELECT EXISTS (SELECT 1 FROM search_pending) AS queued');
  const nextBatch = db.prepare(
    `SELECT e.id, e.title, e.author, c.content_html, c.summary
     FROM search_pending p JOIN entries e ON e.id = p.entry_id
     LEFT JOIN entry_content c ON c.entry_id = e.id
     ORDER BY p.entry_id LIMIT ?`,
  );
  const insert = db.prepare(
    'INSERT INTO entry_search (rowid, title, author, body) VALUES (?, ?, ?, ?)',
  );
  const dequeueThrough = db.prepare('DELETE FROM search_pending WHERE entry_id <= ?');
  const stale = staleSearchQueries(db);

  /** Indexes the next `size` queued posts in one transaction; returns how many. */
  function indexBatch(size: number): number {
    const limit = Math.max(1, Math.floor(size));
    return transaction(db, () => {
      // An id handed out again after a prune: the pruned post's row goes before the new one.
      stale.purgeReused(limit);
      const rows = nextBatch.all(limit) as unknown as PendingRow[];
      for (const row of rows) {
        insert.run(
          row.id,
          row.title,
          row.author ?? '',
          htmlToText(row.content_html ?? row.summary),
        );
      }
      // One write after all the FTS inserts (see above), then the transaction ends.
      const last = rows.at(-1);
      if (last) dequeueThrough.run(last.id);
      return rows.length;
    });
  }

  return {
    /** A new post: indexed with the next flush. */
    queueNew(id: number): void {
      queue.run(id);
    },
    /** A stored post whose words changed: its old row goes now, the new one with the next flush. */
    queueChanged(id: number): void {
      if (!isQueued.get(id)) unindex.run(id);
      queue.run(id);
    },
    /** Indexes every queued post; returns how many. */
    flush(): number {
      let indexed = 0;
      while ((anyQueued.get() as { queued: number }).queued) indexed += indexBatch(batchSize);
      return indexed;
    },
    /** Indexes up to `size` queued posts (one short transaction, for paced work); returns how many. */
    indexStep: indexBatch,
  };
}
