// Where a list's rows come from and in which order: a feed's list is driven by its own
// newest-first rows (feed_list: cheap however large the database). A search's list: searchList.ts.
import type { SQLInputValue } from 'node:sqlite';
import type { EntryQuery } from '../../../shared/model.ts';

export interface ListSource {
  /** FROM clause with aliases e (entries, or for a feed its feed_list rows) and s (entry_state). */
  readonly from: string;
  readonly order: string;
  /** Parameters of the FROM clause. */
  readonly fromParams: SQLInputValue[];
}

export function listOrder(feedId: number | undefined, sort: EntryQuery['sort']): ListSource {
  const dir = sort === 'oldest' ? 'ASC' : 'DESC';
  const state = 'JOIN entry_state s ON s.entry_id = e.id';
  if (feedId !== undefined) {
    // The feed's rows side by side (feedListSchema.ts), named as in entries.
    return {
      from: `feed_list e ${state}`,
      order: `e.published ${dir}, e.id ${dir}`,
      fromParams: [],
    };
  }
  return { from: `entries e ${state}`, order: `e.published ${dir}, e.id ${dir}`, fromParams: [] };
}
