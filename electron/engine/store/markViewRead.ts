// Mark-all-read bounded to what the reader saw: the view (feed, folder, starred), the search on
// screen, and the newest post the list had when it was drawn (upToEntryId). Posts stored after
// that have higher ids and stay unread. Returns exactly the ids it changed, so an undo can set
// exactly those back to unread.
import type { DatabaseSync, SQLInputValue } from 'node:sqlite';
import { transaction } from './database.ts';
import { unreadFlagSql } from './readState.ts';
import { searchMatch } from './searchMatch.ts';
import { searchTermQueries } from './searchTerms.ts';

export interface ViewScope {
  readonly feedId?: number | undefined;
  readonly folderId?: number | undefined;
  readonly starred?: boolean | undefined;
  /** The search on screen: only its matches are marked. */
  readonly search?: string | undefined;
  /** The newest post the list had shown (EntryPage.upToEntryId); later ones are left alone. */
  readonly upToEntryId?: number | undefined;
}

export function markViewReadQueries(
  db: DatabaseSync,
  subtree: (folderId: number) => number[],
  setRead: (ids: readonly number[], read: boolean) => number,
) {
  const newest = db.prepare('SELECT ifnull(max(id), 0) AS id FROM entries');
  const terms = searchTermQueries(db);

  function unreadInView(scope: ViewScope): number[] | null {
    const where = [`${unreadFlagSql('s.entry_id')} = 1`];
    const params: SQLInputValue[] = [];
    if (scope.upToEntryId !== undefined) {
      where.push('s.entry_id <= ?');
      params.push(scope.upToEntryId);
    }
    if (scope.starred === true) where.push('s.starred = 1');
    if (scope.feedId !== undefined) {
      where.push('s.entry_id IN (SELECT entry_id FROM feed_entries WHERE feed_id = ?)');
      params.push(scope.feedId);
    }
    if (scope.folderId !== undefined) {
      where.push(`s.entry_id IN (SELECT entry_id FROM feed_entries WHERE feed_id IN
        (SELECT id FROM feeds WHERE folder_id IN (SELECT value FROM json_each(?))))`);
      params.push(JSON.stringify(subtree(scope.folderId)));
    }
    if (scope.search !== undefined && scope.search.trim() !== '') {
      // The same matches the list shows (searchMatch.ts), every one of them.
      const match = searchMatch(scope.search, terms.wordsStartingWith);
      // Nothing searchable matches nothing, as in the list: never the whole view.
      if (match === null) return null;
      where.push('s.entry_id IN (SELECT rowid FROM entry_search WHERE entry_search MATCH ?)');
      params.push(match);
    }
    const rows = db
      .prepare(`SELECT s.entry_id AS id FROM entry_state s WHERE ${where.join(' AND ')}`)
      .all(...params) as unknown as { id: number }[];
    return rows.map((row) => row.id);
  }

  return {
    /** Marks the view's unread posts read; returns the ids it changed (all were unread). */
    markViewRead(scope: ViewScope): number[] {
      return transaction(db, () => {
        const ids = unreadInView(scope) ?? [];
        if (ids.length > 0) setRead(ids, true);
        return ids;
      });
    },
    /** The newest stored post's id (0 when none): the boundary a list drawn now can mark up to. */
    newestEntryId(): number {
      return (newest.get() as { id: number }).id;
    },
  };
}
