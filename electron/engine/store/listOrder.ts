// Where a list's rows come from and in which order: a feed's list is driven by its own
// newest-first index (cheap however large the database); relevance reads the search's matches
// with their FTS5 rank first.
import type { SQLInputValue } from 'node:sqlite';
import type { EntryQuery } from '../../../shared/model.ts';

export interface ListSource {
  /** FROM clause with aliases e (entries), s (entry_state) and, for a feed, fe (feed_entries). */
  readonly from: string;
  readonly order: string;
  /** Parameters of the FROM clause (the search of a relevance order). */
  readonly fromParams: SQLInputValue[];
}

export function listOrder(
  feedId: number | undefined,
  sort: EntryQuery['sort'],
  rankedMatch: string | null,
): ListSource {
  const dir = sort === 'oldest' ? 'ASC' : 'DESC';
  const state = 'JOIN entry_state s ON s.entry_id = e.id';
  const feedJoin = feedId !== undefined ? 'JOIN feed_entries fe ON fe.entry_id = e.id' : '';
  if (rankedMatch !== null) {
    return {
      from: `(SELECT rowid AS id, rank FROM entry_search WHERE entry_search MATCH ?) m
        JOIN entries e ON e.id = m.id ${state} ${feedJoin}`,
      order: 'm.rank, e.published DESC, e.id DESC',
      fromParams: [rankedMatch],
    };
  }
  if (feedId !== undefined) {
    return {
      from: `feed_entries fe JOIN entries e ON e.id = fe.entry_id ${state}`,
      order: `fe.published ${dir}, fe.entry_id ${dir}`,
      fromParams: [],
    };
  }
  return { from: `entries e ${state}`, order: `e.published ${dir}, e.id ${dir}`, fromParams: [] };
}
