// Keeps the bench's generator honest: a small store generated straight into SQLite
// (support/million.ts) must hold exactly what the real store path writes for the same posts
// (openStore, savePosts per feed as a refresh does, the search index's flush): the same schema,
// the same rows in every table, and the same search index contents (every term of every post
// in every column at every position, read through fts5vocab; only how FTS5 cut its segments
// may differ).
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { IncomingPost } from '../../../electron/engine/planet/incomingPost.ts';
import { openStore } from '../../../electron/engine/store/index.ts';
import { generateMillion, insertFeeds } from './million.ts';
import {
  firstSeen,
  millionPosts,
  postKeys,
  type MillionOptions,
  type MillionPost,
} from './millionPosts.ts';

/** FTS5's own b-trees: their layout depends on how the rows were batched, not on what they hold. */
const layoutTables = new Set(['entry_search_data', 'entry_search_idx']);
/** Columns about when or in which batch a row was written, not about the posts: the time the
 * database was created, and the FTS5 segment generation a post was indexed in. */
const creationTimes: Record<string, string> = {
  accounts: 'added_at',
  entry_search_docsize: 'origin',
};

function incoming(post: MillionPost, onPlanet: boolean): IncomingPost {
  return {
    keys: postKeys(post),
    feedGuid: post.guid,
    title: post.title,
    author: post.author,
    url: post.url,
    published: post.published,
    contentHtml: post.html,
    summary: null,
    enclosures: [],
    isSyndicatedCopy: onPlanet,
  };
}

function fillThroughStore(file: string, options: MillionOptions): void {
  openStore(file).close();
  const raw = new DatabaseSync(file);
  insertFeeds(raw, options.feeds);
  raw.close();
  const store = openStore(file);
  try {
    for (const post of millionPosts(options)) {
      store.savePosts(post.feedId, [incoming(post, false)], firstSeen);
      if (post.onPlanet) store.savePosts(1, [incoming(post, true)], firstSeen);
    }
    store.flushSearchIndex();
    store.setMeta('firstRunDone', firstSeen);
  } finally {
    store.close();
  }
}

const bytesAsText = (_key: string, value: unknown): unknown =>
  value instanceof Uint8Array ? Buffer.from(value).toString('base64') : value;

/** Every table's rows, the schema, and the search index's (term, post, column, offset) list. */
function contents(file: string): Map<string, unknown[]> {
  const db = new DatabaseSync(file);
  try {
    const out = new Map<string, unknown[]>();
    out.set('schema', db.prepare('SELECT type, name, sql FROM sqlite_schema ORDER BY name').all());
    const tables = db
      .prepare(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )
      .all() as { name: string }[];
    for (const { name } of tables) {
      if (layoutTables.has(name)) continue;
      const rows = db.prepare(`SELECT * FROM "${name}"`).all();
      const volatile = creationTimes[name];
      if (volatile) for (const row of rows) delete row[volatile];
      out.set(name, rows.map((row) => JSON.stringify(row, bytesAsText)).sort());
    }
    db.exec('CREATE VIRTUAL TABLE temp.search_terms USING fts5vocab(main, entry_search, instance)');
    out.set(
      'search index',
      db.prepare('SELECT * FROM temp.search_terms ORDER BY term, doc, col, offset').all(),
    );
    return out;
  } finally {
    db.close();
  }
}

/** Throws, naming the tables that differ, unless both paths store the same thing. */
export function checkGeneratorAgainstStore(dir: string, options: MillionOptions): void {
  const generated = join(dir, 'generated.sqlite');
  const real = join(dir, 'real.sqlite');
  generateMillion(generated, options);
  fillThroughStore(real, options);
  const a = contents(generated);
  const b = contents(real);
  const differ = [...new Set([...a.keys(), ...b.keys()])].filter(
    (name) => !isDeepStrictEqual(a.get(name), b.get(name)),
  );
  if (differ.length > 0) {
    throw new Error(`the bench's generator and the store path differ in: ${differ.join(', ')}`);
  }
}
