// A search's list without counting every match. A common word matches most of a million posts:
// counting them, or sorting them all by date, read every one (1-2 s at 100k posts). Instead the
// list holds the newest `searchCap` matches that pass the view's filters, walked newest-first
// through the index (post ids grow as posts are stored, so the index's order is arrival order),
// then ordered as asked (date or relevance); the page says `capped` when more matches exist.
// A small feed's view walks the feed's own posts instead and asks the index about each.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import type { EntryQuery } from '../../../shared/model.ts';

/** Most matches a search lists; beyond it the page says "capped". */
export const searchCap = 1000;
/** Feeds up to this many posts are walked post by post (each asked of the index). */
const smallFeed = 2000;

interface Candidate {
  id: number;
  published: string;
  rank: number | null;
}

export interface SearchPage {
  /** The page's post ids, in list order. */
  readonly ids: number[];
  readonly total: number;
  readonly capped: boolean;
}

export interface ViewFilter {
  /** Conditions over e (entries) and s (entry_state), ANDed. */
  readonly sql: string[];
  readonly params: SQLInputValue[];
}

function byDate(dir: 1 | -1) {
  return (a: Candidate, b: Candidate): number =>
    a.published === b.published ? dir * (a.id - b.id) : a.published < b.published ? -dir : dir;
}

const newestFirst = byDate(-1);

function byRank(a: Candidate, b: Candidate): number {
  return (a.rank ?? 0) - (b.rank ?? 0) || newestFirst(a, b);
}

export function searchListQueries(db: DatabaseSync) {
  const feedSize = db.prepare('SELECT total_count AS n FROM feeds WHERE id = ?');

  /** The newest matches (by arrival) over the whole index, filtered as they are walked. */
  function walkIndex(query: EntryQuery, match: string, filter: ViewFilter, ranked: boolean) {
    const feed = query.feedId !== undefined;
    const where = ['entry_search MATCH ?', ...(feed ? ['fe.feed_id = ?'] : []), ...filter.sql];
    // CROSS JOIN keeps the index as the outer loop: its rowid order is what stops the walk early.
    const sql = `SELECT e.id, e.published${ranked ? ', m.rank' : ', NULL'} AS rank
      FROM entry_search m CROSS JOIN entries e ON e.id = m.rowid
      CROSS JOIN entry_state s ON s.entry_id = e.id
      ${feed ? 'CROSS JOIN feed_entries fe ON fe.entry_id = e.id' : ''}
      WHERE ${where.join(' AND ')}
      ORDER BY m.rowid ${query.sort === 'oldest' ? 'ASC' : 'DESC'} LIMIT ${searchCap + 1}`;
    const params = [match, ...(feed ? [query.feedId as number] : []), ...filter.params];
    return db.prepare(sql).all(...params) as unknown as Candidate[];
  }

  /** A small feed's posts, newest (or oldest) first, each asked of the index. */
  function walkFeed(query: EntryQuery, match: string, filter: ViewFilter, ranked: boolean) {
    const probe = 'SELECT rank FROM entry_search WHERE entry_search MATCH ? AND rowid = fe.id';
    const dir = query.sort === 'oldest' ? 'ASC' : 'DESC';
    const sql = `SELECT e.id, e.published, ${ranked ? `(${probe})` : 'NULL'} AS rank
      FROM feed_list fe CROSS JOIN entries e ON e.id = fe.id
      CROSS JOIN entry_state s ON s.entry_id = e.id
      WHERE fe.feed_id = ? AND EXISTS (${probe}) ${filter.sql.map((c) => `AND ${c}`).join(' ')}
      ORDER BY fe.published ${dir}, fe.id ${dir} LIMIT ${searchCap + 1}`;
    const params = [...(ranked ? [match] : []), query.feedId as number, match, ...filter.params];
    return db.prepare(sql).all(...params) as unknown as Candidate[];
  }

  function isSmallFeed(feedId: number | undefined): boolean {
    if (feedId === undefined) return false;
    const row = feedSize.get(feedId) as { n: number } | undefined;
    return (row?.n ?? 0) <= smallFeed;
  }

  /** One page of a search's list, the list's length and whether matches were left out. */
  return function searchPage(
    query: EntryQuery,
    match: string,
    filter: ViewFilter,
    offset: number,
    limit: number,
  ): SearchPage {
    const ranked = query.sort === 'relevance';
    const found = isSmallFeed(query.feedId)
      ? walkFeed(query, match, filter, ranked)
      : walkIndex(query, match, filter, ranked);
    const capped = found.length > searchCap;
    const listed = found.slice(0, searchCap);
    listed.sort(ranked ? byRank : query.sort === 'oldest' ? byDate(1) : newestFirst);
    return {
      ids: listed.slice(offset, offset + limit).map((c) => c.id),
      total: listed.length,
      capped,
    };
  };
}
