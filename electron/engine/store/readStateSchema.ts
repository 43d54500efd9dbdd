// The read-flag migration (issue 9): read flags move from entry_state (a row per post) into
// read_state (64 posts per row: see readState.ts). Kept by triggers: a new post gets its `posts`
// bit (and an unread `read` bit), a removed one loses its `posts` bit; retention's set-wise steps
// clear theirs themselves (pruneBatch.ts), as they count themselves. A removal leaves the `read`
// bit alone, so that the sync outbox's trigger (an UPDATE OF read) sees only marks.
// The triggers that counted unread posts from entry_state.read read the bits instead.
import type { DatabaseSync } from 'node:sqlite';
import { unreadFlagSql } from './readState.ts';

const now = "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')";
/** A's bits that differ from B's (SQLite has no XOR). */
const changedBits = (a: string, b: string): string => `((${a} | ${b}) & ~(${a} & ${b}))`;
const inBlock = (block: string): string => `BETWEEN ${block} * 64 AND ${block} * 64 + 63`;

const sql = `
  CREATE TABLE read_state (
    -- Post id >> 6.
    block INTEGER PRIMARY KEY,
    -- Bit (id & 63) set: that post is stored.
    posts INTEGER NOT NULL DEFAULT 0,
    -- Bit set: that post is read (where its posts bit is set).
    read INTEGER NOT NULL DEFAULT 0
  );
  INSERT INTO read_state (block, posts, read)
    SELECT entry_id >> 6, sum(1 << (entry_id & 63)),
      sum(CASE WHEN read = 1 THEN 1 << (entry_id & 63) ELSE 0 END)
    FROM entry_state GROUP BY entry_id >> 6;

  DROP TRIGGER entry_state_read_queued;
  DROP TRIGGER entry_state_uncounted;
  DROP TRIGGER feed_entries_uncounted;
  ALTER TABLE entry_state DROP COLUMN read;

  CREATE TRIGGER entries_in_read_state AFTER INSERT ON entries BEGIN
    INSERT INTO read_state (block, posts) VALUES (NEW.id >> 6, 1 << (NEW.id & 63))
    ON CONFLICT (block) DO UPDATE SET posts = posts | excluded.posts,
      read = read & ~excluded.posts;
  END;
  -- Feed links go before their post (the store removes them first; a cascade runs before this),
  -- so feed_entries_uncounted still finds the post's bit.
  CREATE TRIGGER entries_out_of_read_state AFTER DELETE ON entries
  WHEN NOT EXISTS (SELECT 1 FROM prune_batch WHERE entry_id = OLD.id) BEGIN
    UPDATE counters SET unread = unread - ${unreadFlagSql('OLD.id')} WHERE id = 1;
    UPDATE read_state SET posts = posts & ~(1 << (OLD.id & 63)) WHERE block = OLD.id >> 6;
    DELETE FROM read_state WHERE block = OLD.id >> 6 AND posts = 0;
  END;
  CREATE TRIGGER entry_state_uncounted AFTER DELETE ON entry_state
  WHEN NOT EXISTS (SELECT 1 FROM prune_batch WHERE entry_id = OLD.entry_id) BEGIN
    UPDATE counters SET starred = starred - (OLD.starred = 1), total = total - 1;
  END;
  CREATE TRIGGER feed_entries_uncounted AFTER DELETE ON feed_entries
  WHEN NOT EXISTS (SELECT 1 FROM prune_batch WHERE entry_id = OLD.entry_id) BEGIN
    UPDATE feeds SET total_count = total_count - 1,
      unread_count = unread_count - ${unreadFlagSql('OLD.entry_id')}
      WHERE id = OLD.feed_id;
  END;
  -- A mark queued for the accounts that know the post (accountSchema.ts): per block, for each
  -- of its posts whose bit changed.
  CREATE TRIGGER read_state_read_queued AFTER UPDATE OF read ON read_state
  WHEN OLD.read <> NEW.read
    AND EXISTS (SELECT 1 FROM remote_entries WHERE entry_id ${inBlock('NEW.block')})
    AND (SELECT applying FROM sync_applying WHERE id = 1) = 0 BEGIN
    INSERT OR REPLACE INTO sync_outbox (account_id, remote_id, field, value, made_at)
      SELECT account_id, remote_id, 'read', (NEW.read >> (entry_id & 63)) & 1, ${now}
      FROM remote_entries
      WHERE entry_id ${inBlock('NEW.block')}
        AND (${changedBits('OLD.read', 'NEW.read')} >> (entry_id & 63)) & 1 = 1;
  END;
`;

/** Converts a store; a store already converted (tests re-run later migrations) is left alone. */
export function readStateMigration(db: DatabaseSync): void {
  const hasReadColumn = db
    .prepare("SELECT 1 FROM pragma_table_info('entry_state') WHERE name = 'read'")
    .get();
  if (hasReadColumn) db.exec(sql);
}
