// The offline image cache (issue 8): files under images/ named by the SHA-256 of their bytes
// (see images/contentStore.ts), which posts show each image, and feed and site icons.
// entry_images points at entries, so retention's set-wise prune (store/pruneBatch.ts, which
// reads pragma_foreign_key_list) clears it with the posts it removes.
export const imageCacheMigration = `
  CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    url TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending'
      CHECK (status IN ('pending', 'ok', 'failed', 'evicted')),
    hash TEXT,
    type TEXT,
    size INTEGER,
    etag TEXT,
    last_modified TEXT,
    error TEXT,
    fetched_at TEXT,
    last_used TEXT,
    attempts INTEGER NOT NULL DEFAULT 0
  );
  CREATE INDEX images_pending ON images(id) WHERE status = 'pending';
  CREATE INDEX images_hash ON images(hash) WHERE hash IS NOT NULL;

  CREATE TABLE entry_images (
    entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE,
    image_id INTEGER NOT NULL REFERENCES images(id) ON DELETE CASCADE,
    PRIMARY KEY (entry_id, image_id)
  ) WITHOUT ROWID;
  CREATE INDEX entry_images_image ON entry_images(image_id);

  -- The icon a feed declares (feed image/icon/logo) and the one found for it, checked weekly.
  CREATE TABLE feed_icons (
    feed_id INTEGER PRIMARY KEY REFERENCES feeds(id) ON DELETE CASCADE,
    declared_url TEXT,
    image_id INTEGER REFERENCES images(id) ON DELETE SET NULL,
    checked_at TEXT
  );
  -- A web site's own icon (planet members' sites without a subscription), by origin.
  CREATE TABLE site_icons (
    site TEXT PRIMARY KEY,
    image_id INTEGER REFERENCES images(id) ON DELETE SET NULL,
    checked_at TEXT
  ) WITHOUT ROWID;
  -- Posts stored before the cache existed are not scanned for images (those of new posts are).
  INSERT INTO meta (key, value)
    SELECT 'imagesScannedThrough', CAST(ifnull(max(id), 0) AS TEXT) FROM entries;
  `;
