// Where a list's rows come from and in which order: a feed's list is driven by its own
// newest-first index (cheap however large the database). A search's list: searchList.ts.
import type { SQLInputValue } from 'node:sqlite';
import type { EntryQuery } from '../../../shared/model.ts';

export interface ListSource {
  /** FROM clause with aliases e (entries), s (entry_state) and, for a feed, fe (feed_entries). */
  readonly from: string;
  readonly order: string;
  /** Parameters of the FROM clause. */
  readonly fromParams: SQLInputValue[];
}

export function listOrder(feedId: number | undefined, sort: EntryQuery['sort']): ListSource {
  const dir = sort === 'oldest' ? 'ASC' : 'DESC';
  const state = 'JOIN entry_state s ON s.entry_id = e.id';
  if (feedId !== undefined) {
    return {
      from: `feed_entries fe JOIN entries e ON e.id = fe.entry_id ${state}`,
      order: `fe.published ${dir}, fe.entry_id ${dir}`,
      fromParams: [],
    };
  }
  return { from: `entries e ${state}`, order: `e.published ${dir}, e.id ${dir}`, fromParams: [] };
}
