// The one way read flags change (issue 9: marking 10k posts read at 1M posts). The ids are
// looked up in read_state (readState.ts: 64 posts to a row, ~100 pages at 1M posts) once, to
// learn both whether each post exists (its `posts` bit: the issue-2 rule, nothing changes when
// one is unknown) and whether its flag changes; only the changing posts are then counted per
// feed, and their bits written, a row per 64 posts.
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';
import { blockMasksSql } from './readState.ts';

export function setReadStateQueries(
  db: DatabaseSync,
  refuseUnknownEntries: (json: string) => void,
) {
  const bit = (column: string): string => `(((${column}) >> (j.value & 63)) & 1)`;
  const scan = db.prepare(
    `SELECT count(*) FILTER (WHERE ifnull(${bit('r.posts')}, 0) = 0) AS unknown,
       count(*) FILTER (WHERE ${bit('r.posts & r.read')} <> ?1) AS n,
       json_group_array(j.value) FILTER (WHERE ${bit('r.posts & r.read')} <> ?1) AS changing
     FROM json_each(?2) AS j LEFT JOIN read_state r ON r.block = j.value >> 6`,
  );
  // Counted before the change, as one grouped join (a per-row trigger was several times slower).
  const countFeeds = db.prepare(
    `UPDATE feeds SET unread_count = unread_count + d.n * ?
     FROM (SELECT fe.feed_id, count(*) AS n FROM json_each(?) AS j
           JOIN feed_entries fe ON fe.entry_id = j.value GROUP BY fe.feed_id) AS d
     WHERE feeds.id = d.feed_id`,
  );
  const change = db.prepare(
    `UPDATE read_state SET read = CASE WHEN ? THEN read | m.bits ELSE read & ~m.bits END
     FROM (${blockMasksSql('SELECT value AS id FROM json_each(?)')}) AS m
     WHERE read_state.block = m.block`,
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
      const found = scan.get(flag, idsJson) as { unknown: number; n: number; changing: string };
      if (found.unknown > 0) {
        refuseUnknownEntries(idsJson);
        throw new Error('A post without its read state: nothing was changed.');
      }
      if (found.n === 0) return 0;
      countFeeds.run(sign, found.changing);
      change.run(flag, found.changing);
      countAll.run(sign * found.n);
      return found.n;
    });
  };
}
