// The set-wise prune migration (issue 8's budget: 100k posts in under 5 s). The per-row
// counter triggers cost more than the rest of a prune put together (one UPDATE of feeds and
// one of counters per deleted row). Retention now counts what it removes once per step
// (store/pruneBatch.ts); the posts of that step sit in prune_batch, inside the step's own
// transaction, and the triggers leave exactly those rows alone. Every other delete (a feed
// removed, an orphan post) is still counted row by row, as before.
export const pruneBatchMigration = `
  CREATE TABLE prune_batch (entry_id INTEGER PRIMARY KEY);

  DROP TRIGGER entry_state_uncounted;
  CREATE TRIGGER entry_state_uncounted AFTER DELETE ON entry_state
  WHEN NOT EXISTS (SELECT 1 FROM prune_batch WHERE entry_id = OLD.entry_id) BEGIN
    UPDATE counters SET unread = unread - (OLD.read = 0), starred = starred - (OLD.starred = 1),
      total = total - 1;
  END;

  DROP TRIGGER feed_entries_uncounted;
  CREATE TRIGGER feed_entries_uncounted AFTER DELETE ON feed_entries
  WHEN NOT EXISTS (SELECT 1 FROM prune_batch WHERE entry_id = OLD.entry_id) BEGIN
    UPDATE feeds SET total_count = total_count - 1,
      unread_count = unread_count - ifnull((SELECT read = 0 FROM entry_state WHERE entry_id = OLD.entry_id), 0)
      WHERE id = OLD.feed_id;
  END;
`;
