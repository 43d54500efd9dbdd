// Retention over a real SQLite store: which posts go, which always stay, exact dry runs,
// counters kept right, identity keys kept (no resurrection), space given back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { DatabaseSync } from 'node:sqlite';
import { prune } from '../../../../electron/engine/retention/prune.ts';
import type { Store, FeedRecord } from '../../../../electron/engine/store/index.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from '../store/storeHelpers.ts';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

/** `count` posts of `feed`, the i-th published i days ago, stored as they arrived then. */
function seed(store: Store, feed: FeedRecord, count: number, body = 'words ') {
  const ids: number[] = [];
  for (let i = 0; i < count; i++) {
    const posts = postsFor(
      feed,
      [
        entry({
          guid: `${feed.url}#${i}`,
          link: `${feed.url.replace('/feed', '')}/post-${i}`,
          title: `Post ${i}`,
          published: daysAgo(i),
          contentHtml: `<p>${body.repeat(50)}</p>`,
        }),
      ],
      false,
    );
    ids.push(store.savePosts(feed.id, posts, daysAgo(i)).added[0]!.id);
  }
  return ids;
}

function counted(store: Store, feedId: number) {
  const rows = store.listEntries({ feedId, limit: 10_000 }).entries;
  return { total: rows.length, unread: rows.filter((r) => !r.read).length };
}

test('read, unstarred posts older than N days go; unread, starred and recent ones stay', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://a.example/feed', title: 'A' });
    const ids = seed(store, feed, 200);
    store.setRead(ids, true);
    store.setRead([ids[150]!], false); // old but unread
    store.setStarred([ids[160]!], true); // old, read, starred
    const seen: number[] = [];
    const report = await prune(store, {
      rules: { keepReadDays: 90, maxPerFeed: 1000 },
      now,
      onPruned: (gone) => seen.push(...gone),
    });
    // Posts 91..199 are older than 90 days; 150 (unread) and 160 (starred) stay.
    assert.equal(report.removed, 107);
    assert.equal(report.olderThanLimit, 107);
    assert.deepEqual(report.feeds, [{ id: feed.id, title: 'A', removed: 107 }]);
    assert.equal(seen.length, 107, 'the image hook heard of every pruned post');
    const left = new Set(store.listEntries({ limit: 1000 }).entries.map((r) => r.id));
    assert.equal(left.size, 93);
    assert.ok(left.has(ids[150]!) && left.has(ids[160]!) && left.has(ids[90]!));
    assert.ok(!left.has(ids[91]!) && !left.has(ids[199]!));
    // The maintained counters agree with the rows.
    assert.deepEqual(
      { total: store.feedSummary(feed.id)!.total, unread: store.feedSummary(feed.id)!.unread },
      counted(store, feed.id),
    );
    assert.equal(store.unreadCounts().allUnread, 1);
    assert.equal(store.unreadCounts().starred, 1);
    assert.equal(store.getEntry(ids[199]!), null);
  } finally {
    opened.dispose();
  }
});

test('at most M per feed: read posts beyond the newest M go, unread ones beyond it stay', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://b.example/feed', title: 'B' });
    const { feed: other } = store.addFeed({ url: 'https://c.example/feed', title: 'C' });
    const ids = seed(store, feed, 30);
    seed(store, other, 5);
    store.setRead(ids, true);
    store.setRead([ids[25]!], false);
    const report = await prune(store, { rules: { keepReadDays: 365, maxPerFeed: 10 }, now });
    assert.equal(report.beyondFeedLimit, 19);
    assert.equal(report.olderThanLimit, 0);
    const left = store.listEntries({ feedId: feed.id, limit: 100 }).entries.map((r) => r.id);
    assert.deepEqual(
      left.sort((a, b) => a - b),
      [...ids.slice(0, 10), ids[25]!].sort((a, b) => a - b),
    );
    assert.equal(store.listEntries({ feedId: other.id }).entries.length, 5);
    assert.deepEqual(
      { total: store.feedSummary(feed.id)!.total, unread: store.feedSummary(feed.id)!.unread },
      counted(store, feed.id),
    );
  } finally {
    opened.dispose();
  }
});

test('a dry run counts exactly what a real run removes, and changes nothing', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://d.example/feed', title: 'D' });
    const ids = seed(store, feed, 120);
    store.setRead(ids, true);
    const rules = { keepReadDays: 60, maxPerFeed: 40 };
    const dry = await prune(store, { rules, now, dryRun: true });
    assert.equal(dry.dryRun, true);
    assert.equal(store.listEntries({ limit: 1000 }).entries.length, 120, 'nothing removed');
    const real = await prune(store, { rules, now });
    assert.equal(real.removed, dry.removed);
    assert.equal(real.olderThanLimit, dry.olderThanLimit);
    assert.equal(real.beyondFeedLimit, dry.beyondFeedLimit);
    assert.equal(store.listEntries({ limit: 1000 }).entries.length, 120 - real.removed);
    assert.equal(real.removed, 80, 'the newest 40 stay (all younger than 60 days)');
  } finally {
    opened.dispose();
  }
});

test('a pruned post its feed still carries is known, not stored again as new and unread', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://e.example/feed', title: 'E' });
    const ids = seed(store, feed, 5);
    store.setRead(ids, true);
    await prune(store, { rules: { keepReadDays: 1, maxPerFeed: 1000 }, now });
    assert.equal(store.listEntries({}).entries.length, 2, 'posts 2..4 pruned');
    // The feed still carries all five, one of them now also under a new link (a planet copy
    // would match on any key).
    const again = postsFor(
      feed,
      [0, 1, 2, 3, 4].map((i) =>
        entry({
          guid: `${feed.url}#${i}`,
          link: `https://e.example/post-${i}`,
          title: `Post ${i} (edited)`,
          published: daysAgo(i),
        }),
      ),
      false,
    );
    const result = store.savePosts(feed.id, again, now.toISOString());
    assert.deepEqual(result.added, []);
    assert.equal(store.unreadCounts().allUnread, 0);
    assert.equal(store.listEntries({}).entries.length, 2);
    // The same key found on another feed (a planet copy) is known too.
    const { feed: planet } = store.addFeed({ url: 'https://planet.example/rss', title: 'P' });
    const copy = postsFor(
      planet,
      [entry({ guid: 'planet-1', link: 'https://e.example/post-3', title: 'E: Post 3' })],
      true,
    );
    assert.deepEqual(store.savePosts(planet.id, copy, now.toISOString()).added, []);
  } finally {
    opened.dispose();
  }
});

test('pruned space goes back to the file system (incremental vacuum)', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://f.example/feed', title: 'F' });
    const ids = seed(store, feed, 400, 'a rather long sentence of words to take room ');
    store.setRead(ids, true);
    store.commit();
    const db = new DatabaseSync(opened.file);
    const mode = (db.prepare('PRAGMA auto_vacuum').get() as { auto_vacuum: number }).auto_vacuum;
    db.close();
    assert.equal(mode, 2, 'new databases use incremental auto-vacuum');
    const reopened = opened.reopen();
    const before = statSync(opened.file).size;
    const report = await prune(reopened, { rules: { keepReadDays: 1, maxPerFeed: 1000 }, now });
    assert.equal(report.removed, 398);
    assert.ok(report.freedPages > 100, `freed ${report.freedPages} pages`);
    const after = opened.reopen() && statSync(opened.file).size;
    assert.ok(after < before / 2, `file ${before} -> ${after} bytes`);
  } finally {
    opened.dispose();
  }
});
