// Generates a large store straight into SQLite (not through savePosts, which would take many
// minutes at a million posts). The schema comes from openStore's migrations; the rows are those
// savePosts + the search index's flush would write for the same posts (support/millionCheck.ts
// compares the two on a small store). Fast because: one transaction per chunk of posts, prepared
// statements, and the chunk's search-index rows written one after another after its other rows
// (FTS5 writes a new segment whenever another statement writes between two of its inserts).
import { DatabaseSync } from 'node:sqlite';
import { packHtml } from '../../../electron/engine/store/contentPacking.ts';
import { openStore } from '../../../electron/engine/store/index.ts';
import { firstSeen, millionPosts, postKeys, type MillionOptions } from './millionPosts.ts';

export type { MillionOptions } from './millionPosts.ts';

export interface Generated {
  readonly posts: number;
  readonly links: number;
  /** Bytes of text stored: titles, authors, addresses, content HTML (UTF-8). */
  readonly textBytes: number;
  readonly ms: number;
}

/** Posts per transaction: their search text is held in memory until the chunk's index pass. */
const CHUNK = 20_000;

/** The feeds' rows: status ok, fetched once, added at the start of the year. */
export function insertFeeds(db: DatabaseSync, feeds: number): void {
  const addFeed = db.prepare(
    `INSERT INTO feeds (id, url, title, site_url, status, first_fetch_done, added_at)
     VALUES (?, ?, ?, ?, 'ok', 1, '2026-01-01T00:00:00.000Z')`,
  );
  for (let f = 1; f <= feeds; f += 1) {
    addFeed.run(f, `https://blog${f}.example/feed`, `Blog ${f}`, `https://blog${f}.example/`);
  }
}

function statements(db: DatabaseSync) {
  return {
    entry: db.prepare(
      `INSERT INTO entries (id, title, author, url, published, first_seen, from_blog, words_feed_id)
       VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
    ),
    content: db.prepare(
      `INSERT INTO entry_content (entry_id, content_html, summary, enclosures) VALUES (?, ?, NULL, '[]')`,
    ),
    key: db.prepare('INSERT INTO entry_keys (key, entry_id) VALUES (?, ?)'),
    link: db.prepare(
      `INSERT INTO feed_entries (feed_id, entry_id, feed_guid, first_seen, published) VALUES (?, ?, ?, ?, ?)`,
    ),
    index: db.prepare('INSERT INTO entry_search (rowid, title, author, body) VALUES (?, ?, ?, ?)'),
  };
}

export function generateMillion(file: string, options: MillionOptions): Generated {
  const started = performance.now();
  openStore(file).close(); // the schema, exactly as the app creates it
  const db = new DatabaseSync(file, { defensive: false });
  db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144');
  const put = statements(db);
  // FTS5 writes a segment each time its pending terms pass 'hashsize' (1 MB by default), then
  // merges them: a large one for the build makes it ~5x faster; the setting is removed after.
  db.exec("INSERT INTO entry_search (entry_search, rank) VALUES ('hashsize', 268435456)");
  let textBytes = 0;
  let links = 0;
  let posts = 0;
  let pending: { id: number; title: string; author: string; text: string }[] = [];
  const indexChunk = (): void => {
    for (const p of pending) put.index.run(p.id, p.title, p.author, p.text);
    pending = [];
    db.exec('COMMIT; BEGIN');
  };
  db.exec('BEGIN');
  insertFeeds(db, options.feeds);
  for (const post of millionPosts(options)) {
    put.entry.run(
      post.id,
      post.title,
      post.author,
      post.url,
      post.published,
      firstSeen,
      post.feedId,
    );
    put.content.run(post.id, packHtml(post.html));
    for (const key of postKeys(post)) put.key.run(key, post.id);
    put.link.run(post.feedId, post.id, post.guid, firstSeen, post.published);
    links += 1;
    if (post.onPlanet) {
      put.link.run(1, post.id, post.guid, firstSeen, post.published);
      links += 1;
    }
    pending.push({ id: post.id, title: post.title, author: post.author, text: post.text });
    textBytes +=
      Buffer.byteLength(post.title) +
      post.author.length +
      post.url.length +
      Buffer.byteLength(post.html);
    posts += 1;
    if (pending.length === CHUNK) indexChunk();
  }
  indexChunk();
  // Every indexed word, as the search index's flush files them (store/searchTerms.ts).
  db.exec(`CREATE VIRTUAL TABLE temp.words USING fts5vocab(main, entry_search, 'row');
    INSERT INTO search_terms (term) SELECT term FROM temp.words;`);
  // The counters savePosts keeps (every post unread).
  db.exec(`UPDATE feeds SET
      total_count = (SELECT count(*) FROM feed_entries WHERE feed_id = feeds.id),
      unread_count = (SELECT count(*) FROM feed_entries WHERE feed_id = feeds.id);
    UPDATE counters SET unread = ${posts}, total = ${posts}, starred = 0 WHERE id = 1;
    INSERT OR REPLACE INTO meta (key, value) VALUES ('firstRunDone', '${firstSeen}');
    -- Each post's images are recorded as it is stored (none here): the scan mark follows.
    INSERT OR REPLACE INTO meta (key, value)
      SELECT 'imagesScannedThrough', CAST(ifnull(max(id), 0) AS TEXT) FROM entries;
    DELETE FROM entry_search_config WHERE k = 'hashsize';
    COMMIT;`);
  // FTS5's merges left free pages: given back to the file system, as the store's retention pass
  // does after each run (retention/prune.ts, compactAndShrink).
  db.exec('PRAGMA incremental_vacuum');
  db.exec('PRAGMA journal_mode = WAL');
  db.close();
  return { posts, links, textBytes, ms: performance.now() - started };
}
