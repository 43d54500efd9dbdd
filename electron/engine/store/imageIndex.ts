// The image cache's index: address -> content hash, type, size, validators, last use, and which
// posts show it (entry_images). The bytes live in files named by their hash (images/contentStore).
import type { DatabaseSync } from 'node:sqlite';
import { transaction } from './database.ts';
import { unpackHtml } from './contentPacking.ts';
import { unreadFlagSql } from './readState.ts';

export type ImageStatus = 'pending' | 'ok' | 'failed' | 'evicted';

export interface ImageRecord {
  readonly id: number;
  readonly url: string;
  readonly status: ImageStatus;
  readonly hash: string | null;
  readonly type: string | null;
  readonly size: number | null;
  readonly etag: string | null;
  readonly lastModified: string | null;
  readonly attempts: number;
}

export interface IconToFind {
  readonly feedId: number;
  readonly feedUrl: string;
  readonly siteUrl: string | null;
  readonly declaredUrl: string | null;
}

export interface PostToScan {
  readonly entryId: number;
  readonly contentHtml: string | null;
  readonly enclosures: string | null;
}

interface ImageRow {
  id: number;
  url: string;
  status: ImageStatus;
  hash: string | null;
  type: string | null;
  size: number | null;
  etag: string | null;
  last_modified: string | null;
  attempts: number;
}

const toRecord = (row: ImageRow): ImageRecord => ({
  id: row.id,
  url: row.url,
  status: row.status,
  hash: row.hash,
  type: row.type,
  size: row.size,
  etag: row.etag,
  lastModified: row.last_modified,
  attempts: row.attempts,
});

const columns = 'id, url, status, hash, type, size, etag, last_modified, attempts';

/** Images no post, feed or site uses any more. */
const unreferenced = `NOT EXISTS (SELECT 1 FROM entry_images r WHERE r.image_id = images.id)
  AND NOT EXISTS (SELECT 1 FROM feed_icons f WHERE f.image_id = images.id)
  AND NOT EXISTS (SELECT 1 FROM site_icons s WHERE s.image_id = images.id)`;

export function imageIndexQueries(db: DatabaseSync) {
  const insertImage = db.prepare('INSERT OR IGNORE INTO images (url) VALUES (?)');
  const imageId = db.prepare('SELECT id FROM images WHERE url = ?');
  const linkPost = db.prepare(
    'INSERT OR IGNORE INTO entry_images (entry_id, image_id) VALUES (?, ?)',
  );
  const byUrl = db.prepare(`SELECT ${columns} FROM images WHERE url = ?`);
  const byId = db.prepare(`SELECT ${columns} FROM images WHERE id = ?`);
  const pending = db.prepare(
    `SELECT ${columns} FROM images WHERE status = 'pending' AND id > ? ORDER BY id LIMIT ?`,
  );
  const postsAfter = db.prepare(
    `SELECT entry_id AS entryId, content_html AS contentHtml, enclosures FROM entry_content
     WHERE entry_id > ? ORDER BY entry_id LIMIT ?`,
  );
  const fetched = db.prepare(
    `UPDATE images SET status = 'ok', hash = ?, type = ?, size = ?, etag = ?, last_modified = ?,
       error = NULL, fetched_at = ?, last_used = ifnull(last_used, ?), attempts = attempts + 1
     WHERE id = ?`,
  );
  const failed = db.prepare(
    `UPDATE images SET status = 'failed', error = ?, fetched_at = ?, attempts = attempts + 1
     WHERE id = ?`,
  );
  const used = db.prepare('UPDATE images SET last_used = ? WHERE id = ?');
  const hashInUse = db.prepare("SELECT 1 FROM images WHERE hash = ? AND status = 'ok' LIMIT 1");
  const unlinkPosts = db.prepare(
    `DELETE FROM entry_images WHERE entry_id IN (SELECT value FROM json_each(?))
     RETURNING image_id`,
  );
  const dropUnused = db.prepare(
    `DELETE FROM images WHERE id IN (SELECT value FROM json_each(?)) AND ${unreferenced}
     RETURNING hash`,
  );
  const cacheBytes = db.prepare(
    `SELECT ifnull(sum(size), 0) AS bytes FROM
       (SELECT max(size) AS size FROM images WHERE status = 'ok' GROUP BY hash)`,
  );
  // Images shown only by read, unstarred posts (never an icon), oldest post first.
  const evictable = db.prepare(
    `SELECT i.id, i.hash FROM images i
     JOIN entry_images r ON r.image_id = i.id
     JOIN entries e ON e.id = r.entry_id
     WHERE i.status = 'ok'
       AND NOT EXISTS (SELECT 1 FROM entry_images r2 JOIN entry_state s ON s.entry_id = r2.entry_id
                       WHERE r2.image_id = i.id AND (s.starred = 1 OR ${unreadFlagSql('r2.entry_id')} = 1))
       AND NOT EXISTS (SELECT 1 FROM feed_icons f WHERE f.image_id = i.id)
       AND NOT EXISTS (SELECT 1 FROM site_icons s WHERE s.image_id = i.id)
     GROUP BY i.id ORDER BY max(e.published), i.id LIMIT ?`,
  );
  const scanMark = db.prepare("SELECT value FROM meta WHERE key = 'imagesScannedThrough'");
  const setScanMark = db.prepare(
    `INSERT INTO meta (key, value) VALUES ('imagesScannedThrough', ?)
     ON CONFLICT (key) DO UPDATE SET value = excluded.value`,
  );
  const noteIcon = db.prepare(
    `INSERT INTO feed_icons (feed_id, declared_url) SELECT id, ? FROM feeds WHERE id = ?
     ON CONFLICT (feed_id) DO UPDATE SET declared_url = excluded.declared_url,
       checked_at = CASE WHEN declared_url IS excluded.declared_url THEN checked_at END`,
  );
  const iconsDue = db.prepare(
    `SELECT f.id AS feedId, f.url AS feedUrl, f.site_url AS siteUrl, i.declared_url AS declaredUrl
     FROM feeds f LEFT JOIN feed_icons i ON i.feed_id = f.id
     WHERE f.first_fetch_done = 1 AND (i.checked_at IS NULL OR i.checked_at < ?)
     ORDER BY f.id LIMIT ?`,
  );
  const setIcon = db.prepare(
    `INSERT INTO feed_icons (feed_id, image_id, checked_at) SELECT id, ?, ? FROM feeds WHERE id = ?
     ON CONFLICT (feed_id) DO UPDATE SET image_id = excluded.image_id, checked_at = excluded.checked_at`,
  );
  const iconOf = db.prepare('SELECT image_id AS imageId FROM feed_icons WHERE feed_id = ?');
  const withIcons = db.prepare(
    `SELECT f.feed_id AS feedId FROM feed_icons f JOIN images i ON i.id = f.image_id
     WHERE i.status = 'ok'`,
  );
  const evict = db.prepare(
    "UPDATE images SET status = 'evicted', hash = NULL, type = NULL, size = NULL, etag = NULL, last_modified = NULL WHERE id = ?",
  );

  /** Hashes among `hashes` that no cached image uses any more: their files can go. */
  function orphaned(hashes: Iterable<string | null>): string[] {
    const out = new Set<string>();
    for (const hash of hashes) if (hash && !hashInUse.get(hash)) out.add(hash);
    return [...out];
  }

  const userGivenFeeds = db.prepare('SELECT url FROM feeds WHERE private_ok = 1');
  const siteIconRow = db.prepare(
    'SELECT image_id AS imageId, checked_at AS checkedAt FROM site_icons WHERE site = ?',
  );
  const setSiteIconRow = db.prepare(
    `INSERT INTO site_icons (site, image_id, checked_at) VALUES (?, ?, ?)
     ON CONFLICT (site) DO UPDATE SET image_id = excluded.image_id, checked_at = excluded.checked_at`,
  );

  return {
    /** A site's (origin's) icon and when it was last looked for; null if never. */
    siteIcon(site: string): { imageId: number | null; checkedAt: string | null } | null {
      return (
        (siteIconRow.get(site) as { imageId: number | null; checkedAt: string | null }) ?? null
      );
    },
    setSiteIcon(site: string, imageId: number | null, nowIso: string): void {
      setSiteIconRow.run(site, imageId, nowIso);
    },
    /** Addresses of the feeds the user typed or imported (images/privateImageHosts.ts). */
    userGivenFeedUrls(): string[] {
      return (userGivenFeeds.all() as { url: string }[]).map((row) => row.url);
    },
    /** Reads up to `limit` posts stored since the last scan, records the images `extract` finds
     * in each, and moves the scan mark past them, as one unit. Returns how many were scanned. */
    scanNewPosts(limit: number, extract: (post: PostToScan) => readonly string[]): number {
      return transaction(db, () => {
        const mark = scannedThrough();
        // Stored HTML may be packed (contentPacking.ts).
        const rows = postsAfter.all(mark, limit) as unknown as (PostToScan & {
          contentHtml: unknown;
        })[];
        const posts = rows.map((row) => ({ ...row, contentHtml: unpackHtml(row.contentHtml) }));
        for (const post of posts) recordPostImages(post.entryId, extract(post));
        const last = posts.at(-1);
        if (last) setScanMark.run(String(last.entryId));
        return posts.length;
      });
    },
    /** Remembers which images a post shows (new addresses start as pending). */
    recordPostImages,
    /** Every post up to this id has its images recorded (the scan's mark). */
    scannedThrough,
    setScannedThrough(entryId: number): void {
      setScanMark.run(String(entryId));
    },
    /** Ensures an address is in the index (an on-demand or icon fetch); returns its record. */
    ensureImage(url: string): ImageRecord {
      insertImage.run(url);
      return toRecord(byUrl.get(url) as unknown as ImageRow);
    },
    imageByUrl(url: string): ImageRecord | null {
      const row = byUrl.get(url) as ImageRow | undefined;
      return row ? toRecord(row) : null;
    },
    imageById(id: number): ImageRecord | null {
      const row = byId.get(id) as ImageRow | undefined;
      return row ? toRecord(row) : null;
    },
    pendingImages(afterId: number, limit: number): ImageRecord[] {
      return (pending.all(afterId, limit) as unknown as ImageRow[]).map(toRecord);
    },
    markFetched(
      id: number,
      file: { hash: string; type: string; size: number },
      validators: { etag: string | null; lastModified: string | null },
      nowIso: string,
    ): void {
      fetched.run(
        file.hash,
        file.type,
        file.size,
        validators.etag,
        validators.lastModified,
        nowIso,
        nowIso,
        id,
      );
    },
    markFailed(id: number, error: string, nowIso: string): void {
      failed.run(error.slice(0, 500), nowIso, id);
    },
    markUsed(id: number, nowIso: string): void {
      used.run(nowIso, id);
    },
    /** Forgets which images these posts show and drops images nothing uses any more; returns the
     * content hashes whose files can be deleted. */
    releaseImagesOf(entryIds: readonly number[]): string[] {
      return transaction(db, () => {
        const imageIds = (unlinkPosts.all(JSON.stringify(entryIds)) as { image_id: number }[]).map(
          (row) => row.image_id,
        );
        return dropUnusedImages(imageIds);
      });
    },
    cacheBytes(): number {
      return (cacheBytes.get() as { bytes: number }).bytes;
    },
    /** Marks up to `limit` images of the oldest read, unstarred posts evicted; returns the hashes
     * whose files can be deleted (none when nothing may be evicted). */
    evictOldest(limit: number): { evicted: number; hashes: string[] } {
      return transaction(db, () => {
        const rows = evictable.all(limit) as { id: number; hash: string | null }[];
        for (const row of rows) evict.run(row.id);
        return { evicted: rows.length, hashes: orphaned(rows.map((row) => row.hash)) };
      });
    },
    orphaned,
    /** The icon the feed document names (from each successful parse); a new one is checked anew. */
    noteDeclaredIcon(feedId: number, url: string | null): void {
      noteIcon.run(url, feedId);
    },
    /** Feeds whose icon was never looked for, or not since `beforeIso`. */
    iconsDue(beforeIso: string, limit: number): IconToFind[] {
      return iconsDue.all(beforeIso, limit) as unknown as IconToFind[];
    },
    setFeedIcon(feedId: number, imageId: number | null, nowIso: string): void {
      setIcon.run(imageId, nowIso, feedId);
    },
    /** Feeds whose icon is in the cache: the faces ask for no other (FeedSummary.hasIcon). */
    feedsWithIcons(): Set<number> {
      return new Set((withIcons.all() as { feedId: number }[]).map((row) => row.feedId));
    },
    feedIconImage(feedId: number): ImageRecord | null {
      const row = iconOf.get(feedId) as { imageId: number | null } | undefined;
      return row?.imageId ? this.imageById(row.imageId) : null;
    },
  };

  function scannedThrough(): number {
    return Number((scanMark.get() as { value: string } | undefined)?.value ?? 0);
  }

  function recordPostImages(entryId: number, urls: readonly string[]): void {
    for (const url of urls) {
      insertImage.run(url);
      const row = imageId.get(url) as { id: number } | undefined;
      if (row) linkPost.run(entryId, row.id);
    }
  }

  function dropUnusedImages(imageIds: readonly number[]): string[] {
    if (imageIds.length === 0) return [];
    const dropped = dropUnused.all(JSON.stringify([...new Set(imageIds)])) as {
      hash: string | null;
    }[];
    return orphaned(dropped.map((row) => row.hash));
  }
}

export type ImageIndex = ReturnType<typeof imageIndexQueries>;
