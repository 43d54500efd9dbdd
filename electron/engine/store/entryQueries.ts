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
import { unpackHtml } from './contentPacking.ts';
import { listOrder } from './listOrder.ts';
import { readFlagSql, unreadFlagSql } from './readState.ts';
import { parseEnclosures } from './savePosts.ts';
import { searchListQueries } from './searchList.ts';
import { searchMatch } from './searchMatch.ts';
import { searchTermQueries } from './searchTerms.ts';
import { setReadStateQueries } from './setReadState.ts';
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
const ROW_COLUMNS = `e.id, e.title, e.author, e.url, e.published, ${readFlagSql('e.id')} AS read, s.starred,
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

/** The distinct valid ids as a JSON array (marking counts each post once). */
function idsJson(ids: readonly number[]): string {
  return JSON.stringify([...new Set(ids.filter((id) => Number.isSafeInteger(id) && id > 0))]);
}

export function entryQueries(db: DatabaseSync, subtree: (folderId: number) => number[]) {
  const countersRow = db.prepare('SELECT unread, starred, total FROM counters WHERE id = 1');
  // One JSON object from SQLite: a row object per feed cost ~8x more at 5,000 feeds.
  const feedCounts = db.prepare('SELECT json_group_object(id, unread_count) AS counts FROM feeds');
  const detail = db.prepare(
    `SELECT ${ROW_COLUMNS}, c.content_html, c.summary, c.enclosures
     FROM entries e JOIN entry_state s ON s.entry_id = e.id
     LEFT JOIN entry_content c ON c.entry_id = e.id WHERE e.id = ?`,
  );
  const feedTotals = db.prepare('SELECT unread_count, total_count FROM feeds WHERE id = ?');
  const setStarredStmt = db.prepare(
    'UPDATE entry_state SET starred = ? WHERE starred <> ? AND entry_id IN (SELECT value FROM json_each(?))',
  );
  const refuseUnknownEntries = unknownEntriesCheck(db);
  const setReadOf = setReadStateQueries(db, refuseUnknownEntries);
  const terms = searchTermQueries(db);
  const searchPage = searchListQueries(db);
  const rowsOf = db.prepare(
    `SELECT ${ROW_COLUMNS} FROM entries e JOIN entry_state s ON s.entry_id = e.id
     WHERE e.id IN (SELECT value FROM json_each(?))`,
  );

  /** The rows of these posts, in this order. */
  function rowsByIds(ids: readonly number[]): EntryRow[] {
    const rows = rowsOf.all(JSON.stringify(ids)) as unknown as ListRow[];
    const byId = new Map(rows.map((row) => [row.id, toEntryRow(row)]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }

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
    if (query.starred === true || query.folderId !== undefined) return null;
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
    if (query.unread === true) where.push(`${unreadFlagSql('e.id')} = 1`);
    if (query.starred === true) where.push('s.starred = 1');
    if (query.folderId !== undefined) {
      const clause = folderFeedsClause(query.folderId);
      where.push(clause.sql);
      params.push(...clause.params);
    }
    if (query.search !== undefined && query.search.trim() !== '') {
      const match = searchMatch(query.search, terms.wordsStartingWith);
      if (match === null) return { total: 0, offset, entries: [] };
      // The newest matches only, never a count of them all (searchList.ts).
      const page = searchPage(query, match, { sql: where, params }, offset, limit);
      return {
        total: page.total,
        ...(page.capped ? { capped: true } : {}),
        offset,
        entries: rowsByIds(page.ids),
      };
    }

    const { from, order, fromParams } = listOrder(query.feedId, query.sort);
    if (query.feedId !== undefined) {
      where.unshift('e.feed_id = ?');
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
          content_html: unknown;
          summary: unknown;
          enclosures: string | null;
        })
      | undefined;
    if (!row) return null;
    return {
      ...toEntryRow(row),
      contentHtml: unpackHtml(row.content_html),
      summary: unpackHtml(row.summary),
      enclosures: parseEnclosures(row.enclosures),
    };
  }

  function setRead(ids: readonly number[], read: boolean): number {
    if (ids.length === 0) return 0;
    return setReadOf(idsJson(ids), read);
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
    const feeds = JSON.parse((feedCounts.get() as { counts: string }).counts) as Record<
      number,
      number
    >;
    const totals = countersRow.get() as { unread: number; starred: number };
    return { feeds, allUnread: totals.unread, starred: totals.starred };
  }

  return { listEntries, getEntry, setRead, setStarred, unreadCounts };
}
