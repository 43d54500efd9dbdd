// Removing one retention step's posts set-wise. Row by row (counter triggers, cascades, one
// FTS row at a time) 100k posts took minutes; set-wise, each table is walked once per step:
// - the step's ids go into prune_batch, which the counter triggers skip (pruneSchema.ts), and
//   the feeds' and the store's counters are lowered once per step, their read_state bits
//   cleared once (readStateSchema.ts);
// - identity keys move to pruned_keys in key order (B-tree pages are touched in order);
// - every table that references entries is cleared by its own set-wise DELETE, found from the
//   schema, so foreign-key cascades (a lookup per table per row) can be switched off for the step;
// - their search-index rows are only noted (by a trigger, staleSearchSchema.ts), and cleaned once
//   the prune is done (staleSearchRows.ts).
import type { DatabaseSync } from 'node:sqlite';
import { blockMasksSql, unreadFlagSql } from './readState.ts';

export interface FeedRemoval {
  readonly feedId: number;
  readonly removed: number;
}

const inBatch = 'IN (SELECT entry_id FROM prune_batch)';

const quoted = (name: string): string => `"${name.replaceAll('"', '""')}"`;

/** One DELETE (or SET NULL) per table whose foreign key points at entries. */
function childStatements(db: DatabaseSync): string[] {
  const references = db
    .prepare(
      `SELECT m.name AS tbl, f."from" AS col, f.on_delete AS onDelete
       FROM sqlite_schema m JOIN pragma_foreign_key_list(m.name) f
       WHERE m.type = 'table' AND f."table" = 'entries' ORDER BY m.name`,
    )
    .all() as { tbl: string; col: string; onDelete: string }[];
  return references.map(({ tbl, col, onDelete }) =>
    onDelete === 'SET NULL'
      ? `UPDATE ${quoted(tbl)} SET ${quoted(col)} = NULL WHERE ${quoted(col)} ${inBatch}`
      : `DELETE FROM ${quoted(tbl)} WHERE ${quoted(col)} ${inBatch}`,
  );
}

export function pruneBatchQueries(db: DatabaseSync) {
  const fill = db.prepare('INSERT INTO prune_batch (entry_id) SELECT value FROM json_each(?)');
  const perFeed = db.prepare(
    `SELECT fe.feed_id AS feedId, count(*) AS removed,
       ifnull(sum(${unreadFlagSql('fe.entry_id')}), 0) AS unread
     FROM feed_entries fe
     WHERE fe.entry_id ${inBatch} GROUP BY fe.feed_id`,
  );
  const uncountFeed = db.prepare(
    'UPDATE feeds SET total_count = total_count - ?, unread_count = unread_count - ? WHERE id = ?',
  );
  const uncountStore = db.prepare(
    `UPDATE counters SET unread = unread - c.gone_unread, starred = starred - c.gone_starred,
       total = total - c.gone
     FROM (SELECT count(*) AS gone, ifnull(sum(${unreadFlagSql('entry_id')}), 0) AS gone_unread,
             ifnull(sum(starred = 1), 0) AS gone_starred
           FROM entry_state WHERE entry_id ${inBatch}) AS c
     WHERE counters.id = 1`,
  );
  // Their read_state bits, as entries_out_of_read_state does for a post removed on its own.
  const unstate = db.prepare(
    `UPDATE read_state SET posts = posts & ~m.bits
     FROM (${blockMasksSql('SELECT entry_id AS id FROM prune_batch')}) AS m
     WHERE read_state.block = m.block`,
  );
  const dropEmptyBlocks = db.prepare(
    `DELETE FROM read_state WHERE posts = 0 AND block IN (SELECT entry_id >> 6 FROM prune_batch)`,
  );
  const keepKeys = db.prepare(
    `INSERT OR IGNORE INTO pruned_keys (key, pruned_at, seen_at)
     SELECT key, ?, ? FROM entry_keys WHERE entry_id ${inBatch} ORDER BY key`,
  );
  const removeEntries = db.prepare(`DELETE FROM entries WHERE id ${inBatch}`);
  const empty = db.prepare('DELETE FROM prune_batch');
  let children: ReturnType<DatabaseSync['prepare']>[] | null = null;

  /**
   * Removes these posts, inside the caller's transaction: counters lowered, identity keys kept
   * as tombstones, every row that refers to them gone. Returns how many left each feed.
   */
  function removeSetwise(
    ids: readonly number[],
    nowIso: string,
    beforeDelete?: () => void,
  ): FeedRemoval[] {
    if (!ids.length) return [];
    // Prepared on first use: by then every migration (and any table added later) exists.
    children ??= childStatements(db).map((sql) => db.prepare(sql));
    fill.run(JSON.stringify(ids));
    const feeds = perFeed.all() as { feedId: number; removed: number; unread: number }[];
    for (const feed of feeds) uncountFeed.run(feed.removed, feed.unread, feed.feedId);
    uncountStore.run();
    unstate.run();
    dropEmptyBlocks.run();
    keepKeys.run(nowIso, nowIso);
    beforeDelete?.();
    for (const statement of children) statement.run();
    removeEntries.run();
    empty.run();
    return feeds.map(({ feedId, removed }) => ({ feedId, removed }));
  }

  return { removeSetwise };
}

/**
 * Runs fn with foreign-key enforcement off when no transaction is open (the pragma is a no-op
 * inside one, where fn simply runs with it on). Only for work that clears every referencing
 * row itself, like removeSetwise.
 */
export function withoutCascades<T>(db: DatabaseSync, fn: () => T): T {
  const on = (db.prepare('PRAGMA foreign_keys').get() as { foreign_keys: number }).foreign_keys;
  if (!on || db.isTransaction) return fn();
  db.exec('PRAGMA foreign_keys = OFF');
  try {
    return fn();
  } finally {
    db.exec('PRAGMA foreign_keys = ON');
  }
}

/**
 * Raises the connection's page cache to `mib` MiB until the returned function is called: a
 * step's dirty pages stay in memory until it commits, and the next step finds the B-trees'
 * upper pages still there (the default cache is 2 MiB).
 */
export function raisePageCache(db: DatabaseSync, mib: number): () => void {
  const before = (db.prepare('PRAGMA cache_size').get() as { cache_size: number }).cache_size;
  db.exec(`PRAGMA cache_size = ${-Math.floor(mib * 1024)}`);
  let restored = false;
  return () => {
    if (restored) return;
    restored = true;
    db.exec(`PRAGMA cache_size = ${before}`);
  };
}
