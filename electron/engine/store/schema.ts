// The database's shape, one migration per version (PRAGMA user_version). A migration is only
// ever appended: a released one is never edited.
import type { DatabaseSync } from 'node:sqlite';
import { accountsMigration } from './accountSchema.ts';
import { packContentMigration } from './contentPacking.ts';
import { pruneBatchMigration } from './pruneSchema.ts';
import { searchTermsMigration } from './searchTerms.ts';
import { staleSearchMigration, staleSearchNoteMigration } from './staleSearchSchema.ts';
import { prunedKeysSeenIndexMigration } from './prunedKeysSchema.ts';
import { imageCacheMigration } from './imageSchema.ts';
import { dropFeedEntriesNewestMigration, feedListMigration } from './feedListSchema.ts';
import { readStateMigration } from './readStateSchema.ts';

/** SQL to run, or a function for a migration that must look at the store first. */
export type Migration = string | ((db: DatabaseSync) => void);

export const migrations: readonly Migration[] = [
  // 1: folders, feeds, posts and which feeds carried them, content, search, counters.
  `
  CREATE TABLE folders (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    parent_id INTEGER REFERENCES folders(id) ON DELETE CASCADE
  );
  -- Unique name per parent, the root (NULL) included.
  CREATE UNIQUE INDEX folders_unique_name ON folders(ifnull(parent_id, 0), name);

  CREATE TABLE feeds (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL DEFAULT '',
    title_from_user INTEGER NOT NULL DEFAULT 0,
    site_url TEXT,
    folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    etag TEXT,
    last_modified TEXT,
    body_hash TEXT,
    status TEXT NOT NULL DEFAULT 'new' CHECK (status IN ('ok', 'error', 'gone', 'new')),
    error TEXT,
    error_count INTEGER NOT NULL DEFAULT 0,
    last_checked_at TEXT,
    next_check_at TEXT,
    retry_after TEXT,
    interval_minutes INTEGER,
    ttl_minutes INTEGER,
    first_fetch_done INTEGER NOT NULL DEFAULT 0,
    is_planet INTEGER NOT NULL DEFAULT 0,
    added_at TEXT NOT NULL,
    -- Maintained by triggers so that unread counts for every feed are one small scan.
    unread_count INTEGER NOT NULL DEFAULT 0,
    total_count INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX feeds_folder ON feeds(folder_id);

  -- One row per post, wherever it was carried.
  CREATE TABLE entries (
    id INTEGER PRIMARY KEY,
    title TEXT NOT NULL,
    author TEXT,
    url TEXT,
    published TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    from_blog INTEGER NOT NULL DEFAULT 0,
    -- The feed whose copy supplied title, author and content (it may update them later).
    words_feed_id INTEGER
  );
  CREATE INDEX entries_newest ON entries(published DESC, id DESC);

  -- Read and starred, per post, in a narrow table of their own: marking 10k posts read
  -- rewrites a few hundred small pages instead of every page of entries.
  CREATE TABLE entry_state (
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    read INTEGER NOT NULL DEFAULT 0,
    starred INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX entry_state_starred ON entry_state(entry_id) WHERE starred = 1;

  CREATE TABLE entry_keys (
    key TEXT PRIMARY KEY,
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE
  ) WITHOUT ROWID;
  CREATE INDEX entry_keys_entry ON entry_keys(entry_id);

  CREATE TABLE feed_entries (
    feed_id INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    -- The feed's own name for the item (guid, else link): two items of one feed with
    -- different names are two posts even when they share a link.
    feed_guid TEXT NOT NULL,
    first_seen TEXT NOT NULL,
    -- A copy of entries.published, so a feed's newest-first page reads one index.
    published TEXT NOT NULL,
    PRIMARY KEY (feed_id, entry_id)
  ) WITHOUT ROWID;
  CREATE INDEX feed_entries_newest ON feed_entries(feed_id, published DESC, entry_id DESC);
  CREATE INDEX feed_entries_entry ON feed_entries(entry_id, feed_id);

  -- Kept apart so that list queries never page through HTML.
  CREATE TABLE entry_content (
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    content_html TEXT,
    summary TEXT,
    enclosures TEXT NOT NULL DEFAULT '[]'
  );

  CREATE VIRTUAL TABLE entry_search USING fts5(
    title, author, body,
    content = '', contentless_delete = 1,
    tokenize = 'unicode61 remove_diacritics 2'
  );

  -- Small named values the engine keeps across runs (e.g. first run done).
  CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL) WITHOUT ROWID;

  CREATE TABLE counters (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    unread INTEGER NOT NULL,
    starred INTEGER NOT NULL,
    total INTEGER NOT NULL
  );
  INSERT INTO counters (id, unread, starred, total) VALUES (1, 0, 0, 0);

  CREATE TRIGGER entries_get_state AFTER INSERT ON entries BEGIN
    INSERT INTO entry_state (entry_id) VALUES (NEW.id);
  END;
  CREATE TRIGGER entries_unindexed AFTER DELETE ON entries BEGIN
    DELETE FROM entry_search WHERE rowid = OLD.id;
  END;
  CREATE TRIGGER entry_state_counted AFTER INSERT ON entry_state BEGIN
    UPDATE counters SET unread = unread + (NEW.read = 0), starred = starred + (NEW.starred = 1),
      total = total + 1;
  END;
  CREATE TRIGGER entry_state_uncounted AFTER DELETE ON entry_state BEGIN
    UPDATE counters SET unread = unread - (OLD.read = 0), starred = starred - (OLD.starred = 1),
      total = total - 1;
  END;
  -- Changes of read are counted by the store's one setRead path (setReadWhere), set-wise:
  -- a per-row trigger made marking 10k posts read several times slower.
  CREATE TRIGGER entry_state_starred_changed AFTER UPDATE OF starred ON entry_state
  WHEN OLD.starred <> NEW.starred BEGIN
    UPDATE counters SET starred = starred + (CASE WHEN NEW.starred = 1 THEN 1 ELSE -1 END);
  END;
  CREATE TRIGGER entries_published_changed AFTER UPDATE OF published ON entries
  WHEN OLD.published <> NEW.published BEGIN
    UPDATE feed_entries SET published = NEW.published WHERE entry_id = NEW.id;
  END;
  -- The store removes feed_entries rows before the entries they point to, so the entry's
  -- read flag is still there to count.
  CREATE TRIGGER feed_entries_counted AFTER INSERT ON feed_entries BEGIN
    UPDATE feeds SET total_count = total_count + 1,
      unread_count = unread_count + ifnull((SELECT read = 0 FROM entry_state WHERE entry_id = NEW.entry_id), 0)
      WHERE id = NEW.feed_id;
  END;
  CREATE TRIGGER feed_entries_uncounted AFTER DELETE ON feed_entries BEGIN
    UPDATE feeds SET total_count = total_count - 1,
      unread_count = unread_count - ifnull((SELECT read = 0 FROM entry_state WHERE entry_id = OLD.entry_id), 0)
      WHERE id = OLD.feed_id;
  END;
  `,

  // 2: posts waiting for the full-text index (filled in batches: see searchIndex.ts).
  `
  CREATE TABLE search_pending (
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE
  );
  `,

  // 3: savePosts counts what it adds once per call (savePosts.ts); the per-row insert triggers
  // made storing a post about 40% slower. Deletes and read/star changes are counted as before.
  `
  DROP TRIGGER entry_state_counted;
  DROP TRIGGER feed_entries_counted;
  `,

  // 4: ids of removed feeds and folders are never given out again: an open view of feed 12 must
  // not silently show another feed that got 12 later (store/feeds.ts, folders.ts insert above it).
  `
  CREATE TABLE id_high_water (name TEXT PRIMARY KEY, id INTEGER NOT NULL) WITHOUT ROWID;
  CREATE TRIGGER feeds_id_high_water AFTER DELETE ON feeds BEGIN
    INSERT OR REPLACE INTO id_high_water (name, id) VALUES ('feeds',
      max(OLD.id, ifnull((SELECT id FROM id_high_water WHERE name = 'feeds'), 0)));
  END;
  CREATE TRIGGER folders_id_high_water AFTER DELETE ON folders BEGIN
    INSERT OR REPLACE INTO id_high_water (name, id) VALUES ('folders',
      max(OLD.id, ifnull((SELECT id FROM id_high_water WHERE name = 'folders'), 0)));
  END;
  `,

  // 5 (issue 8): retention keeps a pruned post's identity keys, so a post still in its feed is
  // known rather than new (no unread resurrection); full articles fetched from a post's page,
  // kept beside the feed's version; per-feed full-article setting.
  `
  CREATE TABLE pruned_keys (
    key TEXT PRIMARY KEY,
    pruned_at TEXT NOT NULL,
    -- Last time a feed still carried it: tombstones unseen for a long time are forgotten.
    seen_at TEXT NOT NULL
  ) WITHOUT ROWID;
  CREATE INDEX pruned_keys_seen ON pruned_keys(seen_at);

  CREATE TABLE entry_article (
    entry_id INTEGER PRIMARY KEY REFERENCES entries(id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    fetched_at TEXT NOT NULL,
    -- Null with a problem sentence when the page yielded no article.
    html TEXT,
    title TEXT,
    byline TEXT,
    problem TEXT
  );

  CREATE TABLE feed_options (
    feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    full_article INTEGER NOT NULL DEFAULT 0
  );
  `,

  // 6: accounts (issue 10): see store/accountSchema.ts.
  accountsMigration,

  // 7: whether a subscription's address came from the user (typed, imported from a file): only
  // then may it be on this computer or a private network (fetch/addressGuard.ts). Subscriptions
  // from before were all typed or imported, so they keep working.
  `
  ALTER TABLE feeds ADD COLUMN private_ok INTEGER NOT NULL DEFAULT 1;
  `,

  // 8: retention counts the posts it removes set-wise: see store/pruneSchema.ts.
  pruneBatchMigration,

  // 9: retention cleans the search index after removing posts: see store/staleSearchSchema.ts.
  staleSearchMigration,

  // 10: tombstones are forgotten without an index on seen_at: see store/prunedKeysSchema.ts.
  prunedKeysSeenIndexMigration,

  // 11: a removed post's search-index row is noted for the cleanup: see store/staleSearchSchema.ts.
  staleSearchNoteMigration,

  // 12: the offline image cache and feed icons: see store/imageSchema.ts.
  imageCacheMigration,

  // 13 (issue 9): the search index's words, for a search's last word: see store/searchTerms.ts.
  searchTermsMigration,

  // 14 (issue 9): post HTML stored deflated: see store/contentPacking.ts.
  packContentMigration,

  // 15 (issue 9): a feed's list rows side by side: see store/feedListSchema.ts.
  feedListMigration,

  // 16 (issue 9): feed_list replaces the index feed_entries_newest: see store/feedListSchema.ts.
  dropFeedEntriesNewestMigration,

  // 17 (issue 9): read flags as bits, 64 posts to a row: see store/readStateSchema.ts.
  readStateMigration,
];
