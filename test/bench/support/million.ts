// Generates a large store straight into SQLite (not through savePosts, which would take many
// minutes at a million posts): the schema comes from openStore's migrations, then posts, their
// state, keys, feed links, content and search index are written with prepared statements in
// large transactions, and the counters the store keeps are set once at the end, as savePosts
// would have left them. Deterministic: the same arguments give the same database.
import { DatabaseSync } from 'node:sqlite';
import { openStore } from '../../../electron/engine/store/index.ts';

export interface MillionOptions {
  readonly feeds: number;
  readonly postsPerFeed: number;
  /** Share of posts also carried by feed 1 (the planet). */
  readonly planetShare: number;
}

export interface Generated {
  readonly posts: number;
  readonly links: number;
  /** Bytes of text stored: titles, authors, addresses, content HTML (UTF-8). */
  readonly textBytes: number;
  readonly ms: number;
}

const SYLLABLES = ['de', 'bi', 'an', 'lin', 'ux', 'sys', 'te', 'md', 'kern', 'el', 'pla', 'net'];
const COMMON = [
  'the',
  'a',
  'and',
  'of',
  'to',
  'in',
  'is',
  'for',
  'on',
  'with',
  'linux',
  'debian',
  'release',
  'kernel',
  'package',
  'conference',
  'talk',
  'notes',
  'week',
  'server',
];

/** A vocabulary of common words and a long tail of rarer made-up ones, as real text has. */
function vocabulary(size: number): string[] {
  const words = [...COMMON];
  for (let i = 0; words.length < size; i += 1) {
    let word = '';
    for (let n = i + 7; n > 0; n = Math.floor(n / SYLLABLES.length))
      word += SYLLABLES[n % SYLLABLES.length];
    words.push(word);
  }
  return words;
}

/** Small deterministic generator (LCG): the same seed gives the same text. */
function random(seed: number): () => number {
  let state = seed >>> 0 || 1;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

function sentence(words: readonly string[], next: () => number, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i += 1) {
    // Zipf-like: common words often, the tail rarely.
    const index = Math.floor(words.length * next() ** 3);
    out.push(words[index] ?? 'linux');
  }
  return out.join(' ');
}

export function generateMillion(file: string, options: MillionOptions): Generated {
  const started = performance.now();
  openStore(file).close(); // the schema, exactly as the app creates it
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = OFF; PRAGMA cache_size = -65536');
  const words = vocabulary(20_000);
  const next = random(42);
  const addFeed = db.prepare(
    `INSERT INTO feeds (id, url, title, site_url, status, first_fetch_done, added_at)
     VALUES (?, ?, ?, ?, 'ok', 1, '2026-01-01T00:00:00.000Z')`,
  );
  const addEntry = db.prepare(
    `INSERT INTO entries (id, title, author, url, published, first_seen, from_blog, words_feed_id)
     VALUES (?, ?, ?, ?, ?, ?, 1, ?)`,
  );
  const addContent = db.prepare(
    `INSERT INTO entry_content (entry_id, content_html, summary, enclosures) VALUES (?, ?, NULL, '[]')`,
  );
  const addKey = db.prepare('INSERT INTO entry_keys (key, entry_id) VALUES (?, ?)');
  const link = db.prepare(
    `INSERT INTO feed_entries (feed_id, entry_id, feed_guid, first_seen, published) VALUES (?, ?, ?, ?, ?)`,
  );
  const index = db.prepare(
    'INSERT INTO entry_search (rowid, title, author, body) VALUES (?, ?, ?, ?)',
  );
  const firstSeen = '2026-01-01T00:00:00.000Z';
  let textBytes = 0;
  let links = 0;
  db.exec('BEGIN');
  for (let f = 1; f <= options.feeds; f += 1) {
    addFeed.run(f, `https://blog${f}.example/feed`, `Blog ${f}`, `https://blog${f}.example/`);
  }
  const total = options.feeds * options.postsPerFeed;
  for (let id = 1; id <= total; id += 1) {
    // Posts of all feeds interleave in time, as on a reader that follows them all.
    const feed = 1 + ((id - 1) % options.feeds);
    const title = `Post ${id}: ${sentence(words, next, 4 + Math.floor(next() * 6))}`;
    const author = `Author ${feed}`;
    const url = `https://blog${feed}.example/${2015 + (id % 10)}/post-${id}/`;
    const published = new Date(Date.UTC(2015, 0, 1) + id * 60_000).toISOString();
    const paragraphs: string[] = [];
    const bytes = 2000 + Math.floor(next() * 2000); // 2-4 KB, like the refresh bench's posts
    for (let size = 0; size < bytes;) {
      const text = sentence(words, next, 40);
      paragraphs.push(`<p>${text}</p>`);
      size += text.length + 8;
    }
    const html = paragraphs.join('\n');
    addEntry.run(id, title, author, url, published, firstSeen, feed);
    addContent.run(id, html);
    addKey.run(`guid:https://blog${feed}.example/?p=${id}`, id);
    addKey.run(`link:${url}`, id);
    link.run(feed, id, `https://blog${feed}.example/?p=${id}`, firstSeen, published);
    links += 1;
    if (feed !== 1 && next() < options.planetShare) {
      link.run(1, id, `https://blog${feed}.example/?p=${id}`, firstSeen, published);
      links += 1;
    }
    index.run(id, title, author, html.replace(/<\/?p>/g, ' '));
    textBytes += Buffer.byteLength(title) + author.length + url.length + Buffer.byteLength(html);
    if (id % 20_000 === 0) db.exec('COMMIT; BEGIN');
  }
  // The counters savePosts keeps (every post unread).
  db.exec(`UPDATE feeds SET
      total_count = (SELECT count(*) FROM feed_entries WHERE feed_id = feeds.id),
      unread_count = (SELECT count(*) FROM feed_entries WHERE feed_id = feeds.id);
    UPDATE counters SET unread = ${total}, total = ${total}, starred = 0 WHERE id = 1;
    INSERT OR REPLACE INTO meta (key, value) VALUES ('firstRunDone', '${firstSeen}');
    COMMIT;`);
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
  return { posts: total, links, textBytes, ms: performance.now() - started };
}
