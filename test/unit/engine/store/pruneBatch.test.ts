// Set-wise pruning (store/pruneBatch.ts) on a real SQLite file: with cascades switched off for
// the steps, every row that refers to a pruned post must still go (tables found from the schema,
// a later table included), the counters must equal a recount, and the connection must be
// handed back as it was (foreign keys on, the default page cache).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { prune } from '../../../../electron/engine/retention/prune.ts';
import type { FeedRecord, Store } from '../../../../electron/engine/store/index.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';
import { unreadFlagSql } from '../../../../electron/engine/store/readState.ts';
import { assertReadStateMatchesPosts } from './readStateCheck.ts';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

const items = (feed: FeedRecord, count: number) =>
  Array.from({ length: count }, (_, i) =>
    entry({
      guid: `${feed.url}#${i}`,
      link: `${feed.url.replace('/feed', '')}/post-${i}`,
      title: `Post ${i} about planets`,
      published: daysAgo(200 + i),
      contentHtml: `<p>${'planets orbit quietly '.repeat(20)}</p>`,
    }),
  );

function seed(store: Store, feed: FeedRecord, count: number): number[] {
  const posts = postsFor(feed, items(feed, count), false);
  return store.savePosts(feed.id, posts, daysAgo(200)).added.map((row) => row.id);
}

const count = (db: DatabaseSync, sql: string): number => (db.prepare(sql).get() as { n: number }).n;

test('pruning clears every referencing row, keeps counters exact, and restores the connection', async () => {
  const opened = freshStore();
  try {
    const { store, file } = opened;
    const a = store.addFeed({ url: 'https://a.example/feed', title: 'A' }).feed;
    const b = store.addFeed({ url: 'https://b.example/feed', title: 'B' }).feed;
    const planet = store.addFeed({ url: 'https://planet.example/feed', title: 'Planet' }).feed;
    const idsA = seed(store, a, 60);
    const idsB = seed(store, b, 40);
    // The planet carries ten of A's posts too: a pruned post leaves both feeds' counts.
    const copies = postsFor(planet, items(a, 10), true);
    assert.equal(store.savePosts(planet.id, copies, daysAgo(200)).added.length, 0);
    assert.equal(store.feedSummary(planet.id)?.total, 10);
    store.flushSearchIndex();
    store.setRead([...idsA, ...idsB.slice(0, 30)], true);
    store.setStarred([idsA[0]!], true);
    store.setStarred([idsB[35]!], true); // unread and starred

    // A table added later (as the image cache adds entry_images) that refers to posts.
    const side = new DatabaseSync(file);
    side.exec(`CREATE TABLE later_refs (
      entry_id INTEGER NOT NULL REFERENCES entries(id) ON DELETE CASCADE, note TEXT)`);
    side.exec(`INSERT INTO later_refs (entry_id, note) SELECT id, 'x' FROM entries`);
    side.close();
    const reopened = opened.reopen();

    const report = await prune(reopened, {
      rules: { keepReadDays: 90, maxPerFeed: 1000 },
      now,
      stepBudgetMs: 1, // many small steps
    });
    assert.equal(report.removed, 59 + 30);

    const db = new DatabaseSync(file, { readOnly: true });
    try {
      assert.deepEqual(db.prepare('PRAGMA foreign_key_check').all(), []);
      assert.equal(count(db, 'SELECT count(*) AS n FROM later_refs'), 100 - 89);
      assert.equal(count(db, 'SELECT count(*) AS n FROM prune_batch'), 0);
      assert.equal(
        count(db, "SELECT count(*) AS n FROM entry_search WHERE entry_search MATCH 'planets'"),
        100 - 89,
      );
      const recount = db
        .prepare(
          `SELECT count(*) AS total, sum(${unreadFlagSql('entry_id')}) AS unread,
             sum(starred = 1) AS starred
           FROM entry_state`,
        )
        .get() as { total: number; unread: number; starred: number };
      const kept = db.prepare('SELECT total, unread, starred FROM counters').get() as object;
      assert.deepEqual({ ...kept }, { ...recount });
      const feeds = db
        .prepare(
          `SELECT f.id, f.total_count AS total, f.unread_count AS unread,
             (SELECT count(*) FROM feed_entries fe WHERE fe.feed_id = f.id) AS rows,
             (SELECT count(*) FROM feed_entries fe
              WHERE fe.feed_id = f.id AND ${unreadFlagSql('fe.entry_id')} = 1) AS unreadRows
           FROM feeds f`,
        )
        .all() as { total: number; unread: number; rows: number; unreadRows: number }[];
      for (const feed of feeds) {
        assert.equal(feed.total, feed.rows);
        assert.equal(feed.unread, feed.unreadRows);
      }
      // Every pruned post's keys are kept (guid and link of each).
      assert.ok(count(db, 'SELECT count(*) AS n FROM pruned_keys') >= 89 * 2);
    } finally {
      db.close();
    }
    // The pruned posts' read_state bits went with them.
    assertReadStateMatchesPosts(file);

    // The store's own connection has cascades on again: removing a feed takes its links along.
    assert.equal(reopened.feedSummary(planet.id)?.total, 1); // A's starred post
    reopened.removeFeed(b.id);
    const after = new DatabaseSync(file, { readOnly: true });
    try {
      assert.deepEqual(after.prepare('PRAGMA foreign_key_check').all(), []);
      assert.equal(
        count(after, `SELECT count(*) AS n FROM feed_entries WHERE feed_id = ${b.id}`),
        0,
      );
    } finally {
      after.close();
    }
  } finally {
    opened.dispose();
  }
});
