// The full-text index is filled in batches after posts are saved (searchIndex.ts): these check
// that deferring it never makes a post unfindable or leaves stale words behind.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

test('posts saved and not yet indexed are found by the next search, even after a reopen (crash)', () => {
  const opened = freshStore();
  try {
    const feed = opened.store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    opened.store.savePosts(
      feed.id,
      postsFor(
        feed,
        [
          entry({
            guid: 'https://kerrie.example/?p=1',
            title: 'Jessie freeze notes',
            contentHtml: '<p>zram swap</p>',
          }),
        ],
        false,
      ),
      now,
    );
    // Closed before any flush, as a process killed right after a refresh would be.
    const store = opened.reopen();
    assert.equal(store.listEntries({ search: 'zram' }).total, 1);
    assert.equal(store.flushSearchIndex(), 0, 'the search flushed the queue');
  } finally {
    opened.dispose();
  }
});

test('words changed by a later copy replace the old words in the index', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const first = entry({
      guid: 'https://kerrie.example/?p=2',
      title: 'Draft title',
      contentHtml: '<p>oldword</p>',
    });
    store.savePosts(feed.id, postsFor(feed, [first], false), now);
    assert.equal(store.flushSearchIndex(), 1);
    const edited = entry({
      guid: 'https://kerrie.example/?p=2',
      title: 'Final title',
      contentHtml: '<p>newword</p>',
    });
    store.savePosts(feed.id, postsFor(feed, [edited], false), now);
    assert.equal(store.listEntries({ search: 'newword' }).total, 1);
    assert.equal(store.listEntries({ search: 'oldword' }).total, 0);
    assert.equal(store.listEntries({ search: 'Final' }).total, 1);
  } finally {
    opened.dispose();
  }
});

test('a queued post that is removed before indexing leaves nothing behind', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    store.savePosts(
      feed.id,
      postsFor(
        feed,
        [
          entry({
            guid: 'https://kerrie.example/?p=3',
            title: 'Gone soon',
            contentHtml: 'ephemeral',
          }),
        ],
        false,
      ),
      now,
    );
    store.removeFeed(feed.id);
    assert.equal(store.flushSearchIndex(), 0);
    assert.equal(store.listEntries({ search: 'ephemeral' }).total, 0);
  } finally {
    opened.dispose();
  }
});
