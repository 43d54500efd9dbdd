// A feed's list rows side by side (issue 9: newest 100 of a feed at 1M posts). A feed's posts
// are spread over the whole file (ids follow arrival, interleaved across 5,000 feeds), so its
// newest page read ~100 scattered pages of entries, each a disk read when cold (8-26 ms at 1M).
// feed_list keeps, per feed in newest-first order, what a list row shows of the post: the page
// reads a few neighbouring pages instead. Kept by triggers on feed_entries (which feeds carry a
// post) and entries (a post's words changed). Columns are named as in entries, so the list
// query reads it under the same alias (store/listOrder.ts). Written to be run again on a store
// that has it (tests re-run earlier migrations by lowering user_version).
export const feedListMigration = `
  CREATE TABLE IF NOT EXISTS feed_list (
    feed_id INTEGER NOT NULL,
    published TEXT NOT NULL,
    -- The post (entries.id).
    id INTEGER NOT NULL,
    title TEXT NOT NULL,
    author TEXT,
    url TEXT,
    PRIMARY KEY (feed_id, published, id)
  ) WITHOUT ROWID;

  INSERT OR IGNORE INTO feed_list (feed_id, published, id, title, author, url)
    SELECT fe.feed_id, fe.published, fe.entry_id, e.title, e.author, e.url
    FROM entries e JOIN feed_entries fe ON fe.entry_id = e.id
    ORDER BY fe.feed_id, fe.published, fe.entry_id;

  CREATE TRIGGER IF NOT EXISTS feed_list_added AFTER INSERT ON feed_entries BEGIN
    INSERT INTO feed_list (feed_id, published, id, title, author, url)
      SELECT NEW.feed_id, NEW.published, e.id, e.title, e.author, e.url
      FROM entries e WHERE e.id = NEW.entry_id;
  END;
  CREATE TRIGGER IF NOT EXISTS feed_list_removed AFTER DELETE ON feed_entries BEGIN
    DELETE FROM feed_list
      WHERE feed_id = OLD.feed_id AND published = OLD.published AND id = OLD.entry_id;
  END;
  CREATE TRIGGER IF NOT EXISTS feed_list_moved AFTER UPDATE OF published ON feed_entries
  WHEN OLD.published <> NEW.published BEGIN
    UPDATE feed_list SET published = NEW.published
      WHERE feed_id = OLD.feed_id AND published = OLD.published AND id = OLD.entry_id;
  END;
  CREATE TRIGGER IF NOT EXISTS feed_list_words AFTER UPDATE OF title, author, url ON entries
  WHEN OLD.title IS NOT NEW.title OR OLD.author IS NOT NEW.author OR OLD.url IS NOT NEW.url BEGIN
    UPDATE feed_list SET title = NEW.title, author = NEW.author, url = NEW.url
      WHERE id = NEW.id AND (feed_id, published) IN
        (SELECT feed_id, published FROM feed_entries WHERE entry_id = NEW.id);
  END;
`;
