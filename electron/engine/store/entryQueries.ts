// Reading posts back (lists, one post, counts) and changing their read/starred state.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type {
  EntryDetail,
  EntryPage,
  EntryQuery,
  EntryRow,
  UnreadCounts,
} from '../../../shared/model.ts';
import { transaction } from './database.ts';
import { toFtsQuery } from './ftsQuery.ts';
import { listOrder } from './listOrder.ts';
import { parseEnclosures } from './savePosts.ts';
import { unknownEntriesCheck } from './unknownEntries.ts';

const DEFAULT_LIMIT = 200;
const MAX_LIMIT = 10_000;

interface ListRow {
  id: number;
  title: string;
  author: string | null;
  url: string | null;
  published: string;
  read: number;
  starred: number;
  feeds: string | null;
}

// The author's own blog before the planets that carried the post, then by feed id.
const ROW_COLUMNS = `e.id, e.title, e.author, e.url, e.published, s.read, s.starred,
  (SELECT group_concat(feed_id) FROM (SELECT fc.feed_id FROM feed_entries fc
     JOIN feeds fp ON fp.id = fc.feed_id WHERE fc.entry_id = e.id
     ORDER BY fp.is_planet, fc.feed_id)) AS feeds`;

function toEntryRow(row: ListRow): EntryRow {
  return {
    id: row.id,
    title: row.title,
    author: row.author,
    url: row.url,
    published: row.published,
    read: row.read === 1,
    starred: row.starred === 1,
    feeds: row.feeds === null ? [] : row.feeds.split(',').map(Number),
  };
}

function idsJson(ids: readonly number[]): string {
  return JSON.stringify(ids.filter((id) => Number.isSafeInteger(id) && id > 0));
}

export function entryQueries(db: DatabaseSync, subtree: (folderId: number) => number[]) {
  const countersRow = db.prepare('SELECT unread, starred, total FROM counters WHERE id = 1');
  const feedCounts = db.prepare('SELECT id, unread_count FROM feeds');
  const detail = db.prepare(
    `SELECT ${ROW_COLUMNS}, c.content_html, c.summary, c.enclosures
     FROM entries e JOIN entry_state s ON s.entry_id = e.id
     LEFT JOIN entry_content c ON c.entry_id = e.id WHERE e.id = ?`,
  );
  const countAllChanges = db.prepare('UPDATE counters SET unread = unread + ? WHERE id = 1');
  const feedTotals = db.prepare('SELECT unread_count, total_count FROM feeds WHERE id = ?');
  const setStarredStmt = db.prepare(
    'UPDATE entry_state SET starred = ? WHERE starred <> ? AND entry_id IN (SELECT value FROM json_each(?))',
  );
  const refuseUnknownEntries = unknownEntriesCheck(db);

  function folderFeedsClause(folderId: number): { sql: string; params: SQLInputValue[] } {
    const folders = subtree(folderId);
    return {
      sql: `e.id IN (SELECT entry_id FROM feed_entries WHERE feed_id IN
              (SELECT id FROM feeds WHERE folder_id IN (SELECT value FROM json_each(?))))`,
      params: [JSON.stringify(folders)],
    };
  }

  /** Totals the maintained counters already know, without counting rows. */
  function knownTotal(query: EntryQuery): number | null {
    const searching = query.search !== undefined && query.search.trim() !== '';
    if (searching || query.starred === true || query.folderId !== undefined) return null;
    if (query.feedId !== undefined) {
      const row = feedTotals.get(query.feedId) as
        { unread_count: number; total_count: number } | undefined;
      if (!row) return 0;
      return query.unread === true ? row.unread_count : row.total_count;
    }
    const totals = countersRow.get() as { unread: number; total: number };
    return query.unread === true ? totals.unread : totals.total;
  }

  function listEntries(query: EntryQuery): Omit<EntryPage, 'upToEntryId'> {
    const offset = Math.max(0, Math.floor(query.offset ?? 0));
    const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(query.limit ?? DEFAULT_LIMIT)));
    const where: string[] = [];
    const params: SQLInputValue[] = [];
    if (query.unread === true) where.push('s.read = 0');
    if (query.starred === true) where.push('s.starred = 1');
    let match: string | null = null;
    if (query.search !== undefined && query.search.trim() !== '') {
      match = toFtsQuery(query.search);
      if (match === null) return { total: 0, offset, entries: [] };
    }
    const ranked = match !== null && query.sort === 'relevance';
    if (match !== null && !ranked) {
      where.push('e.id IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ?)');
      params.push(match);
    }
    if (query.folderId !== undefined) {
      const clause = folderFeedsClause(query.folderId);
      where.push(clause.sql);
      params.push(...clause.params);
    }

    const { from, order, fromParams } = listOrder(query.feedId, query.sort, ranked ? match : null);
    if (query.feedId !== undefined) {
      where.unshift('fe.feed_id = ?');
      params.unshift(query.feedId);
    }
    params.unshift(...fromParams);
    const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
    const total =
      knownTotal(query) ??
      (db.prepare(`SELECT count(*) AS n FROM ${from} ${whereSql}`).get(...params) as { n: number })
        .n;
    const rows = db
      .prepare(`SELECT ${ROW_COLUMNS} FROM ${from} ${whereSql} ORDER BY ${order} LIMIT ? OFFSET ?`)
      .all(...params, limit, offset) as unknown as ListRow[];
    return { total, offset, entries: rows.map(toEntryRow) };
  }

  function getEntry(id: number): EntryDetail | null {
    const row = detail.get(id) as
      | (ListRow & {
          content_html: string | null;
          summary: string | null;
          enclosures: string | null;
        })
      | undefined;
    if (!row) return null;
    return {
      ...toEntryRow(row),
      contentHtml: row.content_html,
      summary: row.summary,
      enclosures: parseEnclosures(row.enclosures),
    };
  }

  /**
   * The one way read flags change: the posts matching `where` (over entry_state, unaliased) that
   * are not already so, with every carrying feed's counter and the total adjusted set-wise.
   */
  function setReadWhere(filter: string, params: SQLInputValue[], read: boolean): number {
    const flag = read ? 1 : 0;
    const sign = read ? -1 : 1;
    // Counted before the change, as one grouped join (a per-row trigger was several times slower).
    const countFeeds = `UPDATE feeds SET unread_count = unread_count + d.n * ?
      FROM (SELECT fe.feed_id, count(*) AS n FROM entry_state s
            JOIN feed_entries fe ON fe.entry_id = s.entry_id
            WHERE s.read <> ? AND ${filter} GROUP BY fe.feed_id) AS d
      WHERE feeds.id = d.feed_id`;
    const change = `UPDATE entry_state AS s SET read = ? WHERE s.read <> ? AND ${filter}`;
    return transaction(db, () => {
      db.prepare(countFeeds).run(sign, flag, ...params);
      const changed = Number(db.prepare(change).run(flag, flag, ...params).changes);
      if (changed > 0) countAllChanges.run(sign * changed);
      return changed;
    });
  }

  function setRead(ids: readonly number[], read: boolean): number {
    if (ids.length === 0) return 0;
    const json = idsJson(ids);
    return transaction(db, () => {
      refuseUnknownEntries(json);
      return setReadWhere('s.entry_id IN (SELECT value FROM json_each(?))', [json], read);
    });
  }

  function setStarred(ids: readonly number[], starred: boolean): number {
    if (ids.length === 0) return 0;
    const flag = starred ? 1 : 0;
    const json = idsJson(ids);
    return transaction(db, () => {
      refuseUnknownEntries(json);
      return Number(setStarredStmt.run(flag, flag, json).changes);
    });
  }

  function unreadCounts(): UnreadCounts {
    const feeds: Record<number, number> = {};
    for (const row of feedCounts.all() as unknown as { id: number; unread_count: number }[]) {
      feeds[row.id] = row.unread_count;
    }
    const totals = countersRow.get() as { unread: number; starred: number };
    return { feeds, allUnread: totals.unread, starred: totals.starred };
  }

  return { listEntries, getEntry, setRead, setStarred, unreadCounts };
}
