// What unsubscribing a feed does to its posts, counted before it happens (for the confirmation)
// with the same rule removeFeed applies: posts another feed carries stay, starred posts stay.
import type { DatabaseSync } from 'node:sqlite';
import type { FeedRemoval } from '../../../shared/model.ts';

export function feedRemovalQueries(db: DatabaseSync) {
  const count = db.prepare(
    `SELECT
       sum(shared = 0 AND starred = 0) AS deleted,
       sum(shared = 1) AS shared,
       sum(shared = 0 AND starred = 1) AS starred
     FROM (SELECT s.starred AS starred,
             EXISTS (SELECT 1 FROM feed_entries other
                     WHERE other.entry_id = fe.entry_id AND other.feed_id <> fe.feed_id) AS shared
           FROM feed_entries fe JOIN entry_state s ON s.entry_id = fe.entry_id
           WHERE fe.feed_id = ?)`,
  );

  function removalOf(feedId: number): FeedRemoval {
    const row = count.get(feedId) as
      { deleted: number | null; shared: number | null; starred: number | null } | undefined;
    return {
      deletedPosts: row?.deleted ?? 0,
      keptShared: row?.shared ?? 0,
      keptStarred: row?.starred ?? 0,
    };
  }

  return { removalOf };
}
