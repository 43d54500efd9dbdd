// A new post's images are recorded as it is stored (store/newPostImages.ts), in the same
// transaction: the image cache's scan has nothing left to read back. Posts behind a backlog are
// left to the scan, which takes them in order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';
const photo = (n: number): string => `https://kerrie.example/img/${n}.png`;
const post = (n: number) =>
  entry({
    guid: `https://kerrie.example/?p=${n}`,
    title: `Post ${n}`,
    contentHtml: `<P>A garden.</P><IMG SRC="${photo(n)}">${'<p>words</p>'.repeat(60)}`,
  });

function scanAll(store: ReturnType<typeof freshStore>['store']): number[] {
  const scanned: number[] = [];
  store.images.scanNewPosts(100, (found) => {
    scanned.push(found.entryId);
    return found.contentHtml?.match(/https:\/\/\S+\.png/g) ?? [];
  });
  return scanned;
}

test("a new post's images are recorded as it is stored, and the scan finds nothing left", () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const { added } = store.savePosts(feed.id, postsFor(feed, [post(1), post(2)], false), now);
    for (const n of [1, 2]) assert.equal(store.images.imageByUrl(photo(n))?.status, 'pending');
    assert.equal(store.images.scannedThrough(), Math.max(...added.map((row) => row.id)));
    assert.deepEqual(scanAll(store), []);
  } finally {
    opened.dispose();
  }
});

test('behind a backlog, new posts are left to the scan, which records them in order', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const first = store.savePosts(feed.id, postsFor(feed, [post(1)], false), now).added;
    // As if post 1 had been stored before the image cache existed.
    store.images.setScannedThrough(0);
    const second = store.savePosts(feed.id, postsFor(feed, [post(2)], false), now).added;
    assert.equal(store.images.imageByUrl(photo(2)), null);
    assert.equal(store.images.scannedThrough(), 0);
    assert.deepEqual(
      scanAll(store),
      [...first, ...second].map((row) => row.id),
    );
    assert.equal(store.images.imageByUrl(photo(2))?.status, 'pending');
    // Caught up: the next new post is recorded as it is stored again.
    store.savePosts(feed.id, postsFor(feed, [post(3)], false), now);
    assert.equal(store.images.imageByUrl(photo(3))?.status, 'pending');
  } finally {
    opened.dispose();
  }
});
