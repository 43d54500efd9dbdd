// The accounts migration (issue 10): where subscriptions come from (the local account polls them
// itself; a Tiny Tiny RSS account's server polls them), which server article each stored post
// is, and the durable outbox of read/star marks waiting to be pushed.
/** The local account's id: feeds Orrery polls itself. */
export const localAccountId = 1;

export const accountsMigration = `
  CREATE TABLE accounts (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('local', 'ttrss')),
    url TEXT,
    user TEXT,
    -- The folder the account's categories and feeds live under (named after the account).
    folder_id INTEGER REFERENCES folders(id) ON DELETE SET NULL,
    -- The newest server article id pulled so far: the next sync asks only for newer ones.
    entry_cursor INTEGER NOT NULL DEFAULT 0,
    last_sync_at TEXT,
    last_full_marks_at TEXT,
    error TEXT,
    added_at TEXT NOT NULL
  );
  INSERT INTO accounts (id, kind, added_at) VALUES (1, 'local', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'));

  -- NULL account_id: the local account (id 1).
  ALTER TABLE feeds ADD COLUMN account_id INTEGER REFERENCES accounts(id);
  ALTER TABLE feeds ADD COLUMN remote_id INTEGER;
  CREATE UNIQUE INDEX feeds_remote ON feeds(account_id, remote_id) WHERE account_id IS NOT NULL;
  ALTER TABLE folders ADD COLUMN account_id INTEGER REFERENCES accounts(id);
  ALTER TABLE folders ADD COLUMN remote_id INTEGER;

  -- Which server article a stored post is (a planet and a member blog: two articles, one post).
  CREATE TABLE remote_entries (
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    feed_id INTEGER NOT NULL,
    PRIMARY KEY (account_id, remote_id)
  ) WITHOUT ROWID;
  CREATE INDEX remote_entries_entry ON remote_entries(entry_id);
  CREATE INDEX remote_entries_feed ON remote_entries(feed_id);

  -- Marks waiting for the server, written by the triggers below in the same transaction as the
  -- local change. One row per article and field: a newer mark replaces the older (new seq), so
  -- a push deletes only the rows it sent, and a value is always absolute (never a toggle).
  CREATE TABLE sync_outbox (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    account_id INTEGER NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
    remote_id INTEGER NOT NULL,
    field TEXT NOT NULL CHECK (field IN ('read', 'starred')),
    value INTEGER NOT NULL,
    made_at TEXT NOT NULL,
    UNIQUE (account_id, remote_id, field)
  );

  -- 1 while a sync applies the server's marks (inside that transaction): those are not queued.
  CREATE TABLE sync_applying (id INTEGER PRIMARY KEY CHECK (id = 1), applying INTEGER NOT NULL);
  INSERT INTO sync_applying (id, applying) VALUES (1, 0);

  CREATE TRIGGER entry_state_read_queued AFTER UPDATE OF read ON entry_state
  WHEN OLD.read <> NEW.read AND EXISTS (SELECT 1 FROM remote_entries WHERE entry_id = NEW.entry_id)
    AND (SELECT applying FROM sync_applying WHERE id = 1) = 0 BEGIN
    INSERT OR REPLACE INTO sync_outbox (account_id, remote_id, field, value, made_at)
      SELECT account_id, remote_id, 'read', NEW.read, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      FROM remote_entries WHERE entry_id = NEW.entry_id;
  END;
  CREATE TRIGGER entry_state_starred_queued AFTER UPDATE OF starred ON entry_state
  WHEN OLD.starred <> NEW.starred AND EXISTS (SELECT 1 FROM remote_entries WHERE entry_id = NEW.entry_id)
    AND (SELECT applying FROM sync_applying WHERE id = 1) = 0 BEGIN
    INSERT OR REPLACE INTO sync_outbox (account_id, remote_id, field, value, made_at)
      SELECT account_id, remote_id, 'starred', NEW.starred, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')
      FROM remote_entries WHERE entry_id = NEW.entry_id;
  END;
`;
