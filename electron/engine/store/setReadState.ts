// The one way read flags change (issue 9: marking 10k posts read at 1M posts). Each id's
// entry_state row is visited once to learn both whether the post exists (every post has one:
// entries_get_state inserts it, deleting the post deletes it) and whether its flag changes; only
// the changing posts are then counted per feed and written. Before, the ids went through
// entries (a big table: one page per id), then entry_state twice.
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';

export function setReadStateQueries(
  db: DatabaseSync,
  refuseUnknownEntries: (json: string) => void,
) {
  const scan = db.prepare(
    `SELECT count(*) FILTER (WHERE s.entry_id IS NULL) AS unknown,
       json_group_array(s.entry_id) FILTER (WHERE s.read <> ?) AS changing
     FROM json_each(?) AS j LEFT JOIN entry_state s ON s.entry_id = j.value`,
  );
  // Counted before the change, as one grouped join (a per-row trigger was several times slower).
  const countFeeds = db.prepare(
    `UPDATE feeds SET unread_count = unread_count + d.n * ?
     FROM (SELECT fe.feed_id, count(*) AS n FROM json_each(?) AS j
           JOIN feed_entries fe ON fe.entry_id = j.value GROUP BY fe.feed_id) AS d
     WHERE feeds.id = d.feed_id`,
  );
  const change = db.prepare(
    'UPDATE entry_state SET read = ? WHERE entry_id IN (SELECT value FROM json_each(?))',
  );
  const countAll = db.prepare('UPDATE counters SET unread = unread + ? WHERE id = 1');

  /**
   * Sets these posts' read flag (ids: a JSON array of distinct positive integers); all or
   * nothing: an id that names no post changes nothing (refuseUnknownEntries throws). Returns
   * how many posts changed.
   */
  return function setReadOf(idsJson: string, read: boolean): number {
    const flag = read ? 1 : 0;
    const sign = read ? -1 : 1;
    return transaction(db, () => {
      const found = scan.get(flag, idsJson) as { unknown: number; changing: string };
      if (found.unknown > 0) {
        refuseUnknownEntries(idsJson);
        throw new Error('A post without its read state: nothing was changed.');
      }
      if (found.changing === '[]') return 0;
      countFeeds.run(sign, found.changing);
      const changed = Number(change.run(flag, found.changing).changes);
      countAll.run(sign * changed);
      return changed;
    });
  };
}
