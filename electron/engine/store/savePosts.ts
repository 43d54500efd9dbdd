// Storing one feed's posts: find each post under any of its identity keys, link it to this
// feed and merge its words (planet vs blog), or store it as new. One transaction per call.
import type { DatabaseSync } from 'node:sqlite';
import type { Enclosure, EntryRow } from '../../../shared/model.ts';
import type { IncomingPost } from '../planet/incomingPost.ts';
import {
  incomingWins,
  mergePlanetEntry,
  sameStoredValues,
  type StoredPostValues,
} from '../planet/mergePlanetEntry.ts';
import { packHtml, unpackHtml } from './contentPacking.ts';
import { transaction } from './database.ts';
import type { ImageIndex } from './imageIndex.ts';
import { newPostImages } from './newPostImages.ts';
import { prunedKeyQueries } from './prunedKeys.ts';
import { unreadFlagSql } from './readState.ts';
import { searchIndexQueries } from './searchIndex.ts';
import type { SaveResult } from './types.ts';

interface StoredRow {
  title: string;
  author: string | null;
  url: string | null;
  published: string;
  from_blog: number;
  words_feed_id: number | null;
  content_html: unknown;
  summary: unknown;
  enclosures: string | null;
}

export function parseEnclosures(json: string | null): Enclosure[] {
  if (json === null) return [];
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? (value as Enclosure[]) : [];
  } catch {
    return [];
  }
}

export function savePostsQueries(db: DatabaseSync, images: ImageIndex) {
  const lookupKey = db.prepare('SELECT entry_id FROM entry_keys WHERE key = ?');
  const carried = db.prepare(
    'SELECT feed_guid FROM feed_entries WHERE feed_id = ? AND entry_id = ?',
  );
  const registerKey = db.prepare('INSERT OR IGNORE INTO entry_keys (key, entry_id) VALUES (?, ?)');
  const link = db.prepare(
    `INSERT INTO feed_entries (feed_id, entry_id, feed_guid, first_seen, published)
     SELECT ?, id, ?, ?, published FROM entries WHERE id = ?`,
  );
  const insertEntry = db.prepare(
    `INSERT INTO entries (title, author, url, published, first_seen, from_blog, words_feed_id)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  );
  const insertContent = db.prepare(
    'INSERT INTO entry_content (entry_id, content_html, summary, enclosures) VALUES (?, ?, ?, ?)',
  );
  const load = db.prepare(
    `SELECT e.title, e.author, e.url, e.published, e.from_blog, e.words_feed_id, c.content_html, c.summary, c.enclosures
     FROM entries e LEFT JOIN entry_content c ON c.entry_id = e.id WHERE e.id = ?`,
  );
  const updateEntry = db.prepare(
    'UPDATE entries SET title = ?, author = ?, url = ?, published = ?, from_blog = ?, words_feed_id = ? WHERE id = ?',
  );
  const upsertContent = db.prepare(
    `INSERT INTO entry_content (entry_id, content_html, summary, enclosures) VALUES (?, ?, ?, ?)
     ON CONFLICT (entry_id) DO UPDATE SET content_html = excluded.content_html,
       summary = excluded.summary, enclosures = excluded.enclosures`,
  );
  const search = searchIndexQueries(db);
  const tombstones = prunedKeyQueries(db);
  const postImages = newPostImages(images);
  const isUnread = db.prepare(`SELECT ${unreadFlagSql('?1')} AS unread`);
  const countFeed = db.prepare(
    'UPDATE feeds SET total_count = total_count + ?, unread_count = unread_count + ? WHERE id = ?',
  );
  const countAll = db.prepare(
    'UPDATE counters SET total = total + ?, unread = unread + ? WHERE id = 1',
  );
  // What one savePosts call adds to the counters, written once at its end (set-wise: per-row
  // counter triggers made storing a post about 40% slower). New posts are always unread.
  const tally = { newPosts: 0, linked: 0, linkedUnread: 0 };

  const otherGuidFromBlog = db.prepare(
    `SELECT 1 FROM entry_keys k JOIN entries e ON e.id = k.entry_id
     WHERE k.entry_id = ? AND k.key >= 'guid:' AND k.key < 'guid;' AND k.key <> ? AND e.from_blog = 1
     LIMIT 1`,
  );

  /** The stored post this one is, or null: the first key match not already a different item of this feed. */
  function findExisting(feedId: number, post: IncomingPost): number | null {
    const seen = new Set<number>();
    const guidKey = post.keys.find((key) => key.startsWith('guid:'));
    for (const key of post.keys) {
      const row = lookupKey.get(key) as { entry_id: number } | undefined;
      if (!row || seen.has(row.entry_id)) continue;
      seen.add(row.entry_id);
      const here = carried.get(feedId, row.entry_id) as { feed_guid: string } | undefined;
      // This feed already carries that post under another name: a different item that shares
      // a key (e.g. every item links to the same page).
      if (here && here.feed_guid !== post.feedGuid) continue;
      // Two original publishers (not a planet copy) with their own ids that link the same page
      // are two posts, e.g. two link blogs pointing at one article.
      if (
        key.startsWith('link:') &&
        guidKey !== undefined &&
        !post.isSyndicatedCopy &&
        otherGuidFromBlog.get(row.entry_id, guidKey)
      ) {
        continue;
      }
      return row.entry_id;
    }
    return null;
  }

  function storeNew(feedId: number, post: IncomingPost, nowIso: string): EntryRow {
    const published = post.published ?? nowIso;
    const fromBlog = !post.isSyndicatedCopy;
    const id = Number(
      insertEntry.run(
        post.title,
        post.author,
        post.url,
        published,
        nowIso,
        fromBlog ? 1 : 0,
        feedId,
      ).lastInsertRowid,
    );
    insertContent.run(
      id,
      packHtml(post.contentHtml),
      packHtml(post.summary),
      JSON.stringify(post.enclosures),
    );
    search.queueNew(id);
    postImages.stored(id, post.contentHtml, post.enclosures);
    for (const key of post.keys) registerKey.run(key, id);
    link.run(feedId, post.feedGuid, nowIso, id);
    tally.newPosts += 1;
    return {
      id,
      title: post.title,
      author: post.author,
      url: post.url,
      published,
      read: false,
      starred: false,
      feeds: [feedId],
    };
  }

  /** Returns whether anything about the stored post changed. */
  function mergeInto(id: number, feedId: number, post: IncomingPost, nowIso: string): boolean {
    let changed = false;
    if (!carried.get(feedId, id)) {
      link.run(feedId, post.feedGuid, nowIso, id);
      tally.linked += 1;
      if ((isUnread.get(id) as { unread: number } | undefined)?.unread) tally.linkedUnread += 1;
      changed = true;
    }
    for (const key of post.keys) registerKey.run(key, id);
    const row = load.get(id) as StoredRow | undefined;
    if (!row) return changed;
    const existing: StoredPostValues = {
      title: row.title,
      author: row.author,
      url: row.url,
      published: row.published,
      contentHtml: unpackHtml(row.content_html),
      summary: unpackHtml(row.summary),
      enclosures: parseEnclosures(row.enclosures),
      fromBlog: row.from_blog === 1,
    };
    const fromSameFeed = row.words_feed_id === feedId;
    const wordsFeedId = incomingWins(existing, post, fromSameFeed) ? feedId : row.words_feed_id;
    const merged = mergePlanetEntry(existing, post, fromSameFeed);
    if (sameStoredValues(existing, merged)) return changed;
    updateEntry.run(
      merged.title,
      merged.author,
      merged.url,
      merged.published,
      merged.fromBlog ? 1 : 0,
      wordsFeedId,
      id,
    );
    upsertContent.run(
      id,
      packHtml(merged.contentHtml),
      packHtml(merged.summary),
      JSON.stringify(merged.enclosures),
    );
    search.queueChanged(id);
    return true;
  }

  function savePosts(feedId: number, posts: readonly IncomingPost[], nowIso: string): SaveResult {
    return transaction(db, () => {
      const added: EntryRow[] = [];
      let updated = 0;
      tally.newPosts = tally.linked = tally.linkedUnread = 0;
      tombstones.recheck();
      postImages.begin();
      for (const post of posts) {
        if (post.keys.length === 0) continue;
        const existing = findExisting(feedId, post);
        // A post retention pruned is known, not new (no unread resurrection).
        if (existing === null && tombstones.wasPruned(post.keys, nowIso)) continue;
        if (existing === null) added.push(storeNew(feedId, post, nowIso));
        else if (mergeInto(existing, feedId, post, nowIso)) updated += 1;
      }
      postImages.end();
      const { newPosts, linked, linkedUnread } = tally;
      if (newPosts + linked > 0) {
        countFeed.run(newPosts + linked, newPosts + linkedUnread, feedId);
        countAll.run(newPosts, newPosts);
      }
      added.sort((a, b) =>
        a.published === b.published ? b.id - a.id : a.published < b.published ? 1 : -1,
      );
      return { added, updated };
    });
  }

  return { savePosts };
}
