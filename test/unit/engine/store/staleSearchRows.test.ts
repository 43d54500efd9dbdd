// The search index after a prune (store/staleSearchRows.ts, retention/searchCleanup.ts): the
// prune steps only note their posts' index rows, and the index is cleaned afterwards, cleared
// and refilled when most of it went. Searches must find exactly the surviving posts at every
// point: before the cleanup, in the middle of it, and after it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { count, found } from '../../../support/searchChecks.ts';
import { prune } from '../../../../electron/engine/retention/prune.ts';
import { openDatabase } from '../../../../electron/engine/store/database.ts';
import { staleSearchQueries } from '../../../../electron/engine/store/staleSearchRows.ts';
import type { FeedRecord, Store } from '../../../../electron/engine/store/index.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = new Date('2026-12-01T12:00:00Z');
const rules = { keepReadDays: 90, maxPerFeed: 1000 };
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();
/** A word only post n carries (no other tag is a prefix of it). */
const tag = (n: number) => `tag${n}z`;

function seed(store: Store, feed: FeedRecord, from: number, count: number): number[] {
  const items = Array.from({ length: count }, (_, i) =>
    entry({
      guid: `${feed.url}#${from + i}`,
      title: `Post ${from + i} about planets`,
      published: daysAgo(200 + i),
      contentHtml: `<p>${tag(from + i)} ${'planets orbit quietly '.repeat(10)}</p>`,
    }),
  );
  return store
    .savePosts(feed.id, postsFor(feed, items, false), daysAgo(200))
    .added.map((row) => row.id);
}

/** Prunes the read posts without cleaning the index (as a prune killed before its cleanup). */
function pruneSteps(store: Store): void {
  const pruner = store.createPruner(rules, now);
  while (pruner.step(1000));
}

/** A store of `total` old posts, all read but `keep`; returns the ids and their tag numbers. */
function prepared(total: number, keep: (i: number) => boolean) {
  const opened = freshStore();
  const { feed } = opened.store.addFeed({ url: 'https://a.example/feed', title: 'A' });
  const ids = seed(opened.store, feed, 0, total);
  opened.store.flushSearchIndex();
  opened.store.setRead(
    ids.filter((_, i) => !keep(i)),
    true,
  );
  const survivors = ids.filter((_, i) => keep(i));
  return { opened, feed, ids, survivors };
}

test('when most of the index goes it is cleared and refilled; searches find exactly the survivors', () => {
  const { opened, ids, survivors } = prepared(100, (i) => i % 10 === 3);
  try {
    const { store, file } = opened;
    pruneSteps(store);
    // Before the cleanup the pruned posts' rows are still there, and match no post.
    assert.equal(count(file, 'search_stale'), 90);
    assert.deepEqual(found(store, 'planets'), survivors);
    assert.deepEqual(found(store, tag(0)), []);

    assert.equal(store.planSearchCleanup(), 'reindex');
    assert.equal(count(file, 'search_stale'), 90, 'a plan changes nothing');
    store.clearSearchIndex();
    assert.equal(count(file, 'search_stale'), 0);
    assert.equal(count(file, 'search_pending'), 10, 'every survivor queued again');
    assert.equal(store.indexSearchStep(3), 3);
    // Mid-rebuild: a search indexes the rest first.
    assert.deepEqual(found(store, 'planets'), survivors);
    assert.deepEqual(found(store, tag(13)), [ids[13]!]);
    assert.deepEqual(found(store, tag(12)), []);
    assert.equal(count(file, 'search_pending'), 0);
    assert.equal(count(file, 'entry_search_docsize'), 10, 'the index holds the survivors only');
  } finally {
    opened.dispose();
  }
});

test('when few posts go their rows are deleted in steps, searches right between the steps', () => {
  const { opened, ids, survivors } = prepared(100, (i) => i % 10 !== 3);
  try {
    const { store, file } = opened;
    pruneSteps(store);
    assert.equal(store.planSearchCleanup(), 'unindex');
    assert.equal(store.unindexStaleStep(4), 4);
    assert.equal(count(file, 'search_stale'), 6);
    assert.deepEqual(found(store, 'planets'), survivors);
    assert.deepEqual(found(store, tag(93)), []);
    assert.deepEqual(found(store, tag(94)), [ids[94]!]);
    while (store.unindexStaleStep(4) > 0);
    assert.equal(count(file, 'search_stale'), 0);
    assert.equal(count(file, 'entry_search_docsize'), 90);
  } finally {
    opened.dispose();
  }
});

test('a prune cleans the index of what it removed (both ways) and leaves nothing noted', async () => {
  for (const keep of [(i: number) => i % 10 === 3, (i: number) => i % 10 !== 3]) {
    const { opened, survivors } = prepared(100, keep);
    try {
      const { store, file } = opened;
      const report = await prune(store, { rules, now });
      assert.equal(report.removed, 100 - survivors.length);
      assert.deepEqual(found(store, 'planets'), survivors);
      assert.equal(count(file, 'search_stale'), 0);
      assert.equal(count(file, 'search_pending'), 0);
      assert.equal(count(file, 'entry_search_docsize'), survivors.length);
    } finally {
      opened.dispose();
    }
  }
});

test("an id handed out again after a prune never matches the pruned post's words", () => {
  // The newest ids are pruned: SQLite gives the next post max(id) + 1, a pruned post's id.
  const { opened, feed, ids } = prepared(20, (i) => i < 15);
  try {
    const { store, file } = opened;
    pruneSteps(store);
    assert.equal(count(file, 'search_stale'), 5);
    const [fresh] = seed(store, feed, 100, 1);
    assert.equal(fresh, ids[15], 'the new post got a pruned post id');
    assert.deepEqual(found(store, tag(15)), [], 'the pruned words match nothing');
    assert.deepEqual(found(store, tag(100)), [fresh]);
    assert.equal(count(file, 'search_stale'), 4);
    assert.equal(store.planSearchCleanup(), 'unindex');
    while (store.unindexStaleStep(10) > 0);
    assert.deepEqual(found(store, tag(100)), [fresh]);
    assert.equal(count(file, 'entry_search_docsize'), 16);
  } finally {
    opened.dispose();
  }
});

test('an index too large, or too many survivors, to clear in one short task is cleaned in steps', () => {
  const { opened } = prepared(100, (i) => i % 10 === 3);
  try {
    pruneSteps(opened.store);
    const db = openDatabase(opened.file);
    try {
      const plan = (clearMaxPages: number, requeueMaxPosts: number) =>
        staleSearchQueries(db, { clearMaxPages, requeueMaxPosts }).planSearchCleanup();
      assert.equal(plan(8192, 20_000), 'reindex');
      assert.equal(plan(8192, 9), 'unindex', '10 survivors to queue again');
      assert.equal(plan(0, 20_000), 'unindex', 'index pages over the limit');
    } finally {
      db.close();
    }
  } finally {
    opened.dispose();
  }
});

test("a removed feed's posts match no search, and the next prune cleans their index rows", async () => {
  const { opened, survivors } = prepared(30, () => true);
  try {
    const { store, file } = opened;
    const { feed: other } = store.addFeed({ url: 'https://b.example/feed', title: 'B' });
    seed(store, other, 500, 20);
    store.flushSearchIndex();
    assert.ok(store.removeFeed(other.id));
    assert.equal(count(file, 'search_stale'), 20, 'noted for the cleanup');
    assert.deepEqual(found(store, 'planets'), survivors);
    assert.deepEqual(found(store, tag(505)), []);
    await prune(store, { rules, now }); // nothing to prune: only unread posts are left
    assert.equal(count(file, 'search_stale'), 0);
    assert.equal(count(file, 'entry_search_docsize'), 30);
    assert.deepEqual(found(store, 'planets'), survivors);
  } finally {
    opened.dispose();
  }
});
