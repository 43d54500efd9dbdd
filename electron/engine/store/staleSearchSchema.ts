// Retention leaves the search-index rows of the posts it removes for later (store/staleSearchRows.ts).
// Deleting a row from FTS5 (contentless_delete) rewrites a tombstone page per row: about 2.5 s
// of the 6 s that pruning 100k posts took. A prune step now only notes the ids in search_stale,
// and once the posts are gone the index is cleaned in paced steps, or, when most of it went,
// cleared and refilled with the survivors. Searches are not affected meanwhile: every search
// joins entries, so a stale row matches no post (a reused id is cleaned before it is indexed).
// Every other delete (a feed removed, an orphan) still unindexed its rows at once (until 11).
export const staleSearchMigration = `
  CREATE TABLE search_stale (entry_id INTEGER PRIMARY KEY);

  DROP TRIGGER entries_unindexed;
  CREATE TRIGGER entries_unindexed AFTER DELETE ON entries
  WHEN NOT EXISTS (SELECT 1 FROM prune_batch WHERE entry_id = OLD.id) BEGIN
    DELETE FROM entry_search WHERE rowid = OLD.id;
  END;
`;

// Migration 11: every removed post's index row is noted, not deleted. The trigger of migration 9
// still cost 9 µs a row when it did nothing: its body writes to the FTS5 table, and SQLite opens
// that table's transaction and savepoint for each row the trigger runs for. A note in
// search_stale is a plain insert; a feed or account removed leaves its rows to the next
// retention run's cleanup too (searches join entries, so the rows match nothing meanwhile).
export const staleSearchNoteMigration = `
  DROP TRIGGER entries_unindexed;
  CREATE TRIGGER entries_unindexed AFTER DELETE ON entries BEGIN
    INSERT OR IGNORE INTO search_stale (entry_id) VALUES (OLD.id);
  END;
`;
