// A feed's site address is kept only when it is http(s): a javascript: one from a feed's <link>
// reached the exported OPML. Checked when stored, and when read back (rows from older versions).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { freshStore } from './storeHelpers.ts';

test('adding or updating a feed keeps an http(s) site address and drops any other', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const bad = store.addFeed({
      url: 'https://a.example/feed',
      title: 'A',
      siteUrl: 'javascript:alert(1)',
    });
    assert.equal(bad.feed.siteUrl, null);
    const good = store.addFeed({
      url: 'https://b.example/feed',
      title: 'B',
      siteUrl: 'https://b.example/',
    });
    store.updateFeed(good.feed.id, { siteUrl: 'javascript:alert(document.domain)' });
    assert.equal(
      store.getFeed(good.feed.id)?.siteUrl,
      'https://b.example/',
      'a bad one is no change',
    );
    store.updateFeed(bad.feed.id, { siteUrl: 'http://a.example/' });
    assert.equal(store.getFeed(bad.feed.id)?.siteUrl, 'http://a.example/');
  } finally {
    opened.dispose();
  }
});

test('a javascript: site address stored by an older version is not handed out', () => {
  const opened = freshStore();
  try {
    const { feed } = opened.store.addFeed({ url: 'https://a.example/feed', title: 'A' });
    const db = new DatabaseSync(opened.file);
    db.prepare('UPDATE feeds SET site_url = ? WHERE id = ?').run('javascript:alert(1)', feed.id);
    db.close();
    const store = opened.reopen();
    assert.equal(store.getFeed(feed.id)?.siteUrl, null);
    assert.equal(store.feedSummaries()[0]?.siteUrl, null);
  } finally {
    opened.dispose();
  }
});
