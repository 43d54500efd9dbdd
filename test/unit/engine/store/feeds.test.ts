import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FeedUrlTakenError } from '../../../../electron/engine/store/index.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

test('adding an address that is already subscribed returns the existing feed, flagged', () => {
  const opened = freshStore();
  try {
    const first = opened.store.addFeed({ url: 'https://example.com/feed', title: 'One' });
    const second = opened.store.addFeed({ url: 'https://example.com/feed', title: 'Two' });
    assert.equal(first.existed, false);
    assert.equal(second.existed, true);
    assert.equal(second.feed.id, first.feed.id);
    assert.equal(second.feed.title, 'One');
    assert.equal(second.feed.status, 'new');
  } finally {
    opened.dispose();
  }
});

test('feed summaries carry the folder path and counts', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const folderId = store.ensureFolder('Planets/Linux Australia');
    const { feed } = store.addFeed({
      url: 'http://planet.linux.org.au/rss',
      title: 'PLA',
      folderId,
    });
    store.savePosts(
      feed.id,
      postsFor(
        feed,
        [entry({ link: 'https://a.example/1' }), entry({ link: 'https://b.example/2' })],
        true,
      ),
      '2026-01-01T00:00:00.000Z',
    );
    const summary = store.feedSummary(feed.id);
    assert.equal(summary?.folder, 'Planets/Linux Australia');
    assert.equal(summary?.folderId, folderId);
    assert.equal(summary?.unread, 2);
    assert.equal(summary?.total, 2);
    assert.deepEqual(store.feedSummaries(), [summary]);
  } finally {
    opened.dispose();
  }
});

test("a user's title sticks; the feed document's title only fills in until then", () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://example.com/feed', title: 'example.com' });
    assert.equal(store.updateFeed(feed.id, { feedTitle: 'From the feed' })?.title, 'From the feed');
    assert.equal(store.updateFeed(feed.id, { title: 'Mine' })?.titleFromUser, true);
    assert.equal(store.updateFeed(feed.id, { feedTitle: 'From the feed again' })?.title, 'Mine');
  } finally {
    opened.dispose();
  }
});

test('a 301 move updates the address; onto another subscription it is refused', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const a = store.addFeed({ url: 'http://example.com/feed', title: 'A' }).feed;
    const b = store.addFeed({ url: 'https://other.example/feed', title: 'B' }).feed;
    assert.equal(
      store.updateFeed(a.id, { url: 'https://example.com/feed' })?.url,
      'https://example.com/feed',
    );
    assert.equal(store.findFeedByUrl('https://example.com/feed')?.id, a.id);
    assert.throws(() => store.updateFeed(a.id, { url: b.url }), FeedUrlTakenError);
  } finally {
    opened.dispose();
  }
});

test('fetch state round-trips', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://example.com/feed', title: 'A' });
    const updated = store.updateFeed(feed.id, {
      etag: '"abc"',
      lastModified: 'Tue, 13 Jan 2015 02:10:33 GMT',
      bodyHash: 'h',
      status: 'error',
      error: 'The server answered 500 Internal Server Error.',
      errorCount: 2,
      lastCheckedAt: '2026-01-01T00:00:00.000Z',
      nextCheckAt: '2026-01-01T01:00:00.000Z',
      retryAfter: '2026-01-01T00:30:00.000Z',
      intervalMinutes: 60,
      ttlMinutes: 30,
      firstFetchDone: true,
      isPlanet: true,
      siteUrl: 'https://example.com/',
    });
    assert.deepEqual(
      { ...updated, addedAt: '' },
      {
        ...feed,
        addedAt: '',
        etag: '"abc"',
        lastModified: 'Tue, 13 Jan 2015 02:10:33 GMT',
        bodyHash: 'h',
        status: 'error',
        error: 'The server answered 500 Internal Server Error.',
        errorCount: 2,
        lastCheckedAt: '2026-01-01T00:00:00.000Z',
        nextCheckAt: '2026-01-01T01:00:00.000Z',
        retryAfter: '2026-01-01T00:30:00.000Z',
        intervalMinutes: 60,
        ttlMinutes: 30,
        firstFetchDone: true,
        isPlanet: true,
        siteUrl: 'https://example.com/',
      },
    );
  } finally {
    opened.dispose();
  }
});

test('due feeds: never checked or due, not gone, not held back by Retry-After', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const now = '2026-01-01T12:00:00.000Z';
    const add = (url: string) => store.addFeed({ url, title: url }).feed.id;
    const fresh = add('https://a.example/feed');
    const due = add('https://b.example/feed');
    const later = add('https://c.example/feed');
    const gone = add('https://d.example/feed');
    const throttled = add('https://e.example/feed');
    store.updateFeed(due, { nextCheckAt: '2026-01-01T11:00:00.000Z' });
    store.updateFeed(later, { nextCheckAt: '2026-01-01T13:00:00.000Z' });
    store.updateFeed(gone, { status: 'gone', nextCheckAt: null });
    store.updateFeed(throttled, {
      nextCheckAt: '2026-01-01T11:00:00.000Z',
      retryAfter: '2026-01-01T12:30:00.000Z',
    });
    assert.deepEqual(
      store.dueFeeds(now).map((feed) => feed.id),
      [fresh, due],
    );
  } finally {
    opened.dispose();
  }
});

test('removing a feed removes the posts only it carried, keeps shared and starred ones, and fixes the counts', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const now = '2026-01-01T00:00:00.000Z';
    const blog = store.addFeed({
      url: 'https://blog.example/feed',
      title: 'Blog',
      siteUrl: 'https://blog.example/',
    }).feed;
    const planet = store.addFeed({ url: 'https://planet.example/rss', title: 'Planet' }).feed;
    const shared = entry({
      guid: 'https://blog.example/?p=1',
      link: 'https://blog.example/shared',
    });
    const onlyBlog = entry({
      guid: 'https://blog.example/?p=2',
      link: 'https://blog.example/only',
    });
    const starredOne = entry({
      guid: 'https://blog.example/?p=3',
      link: 'https://blog.example/starred',
    });
    const added = store.savePosts(
      blog.id,
      postsFor(blog, [shared, onlyBlog, starredOne], false),
      now,
    ).added;
    store.savePosts(planet.id, postsFor(planet, [shared], true), now);
    const starredId = added.find((row) => row.url === 'https://blog.example/starred')!.id;
    store.setStarred([starredId], true);

    assert.equal(store.removeFeed(blog.id), true);
    assert.equal(store.removeFeed(blog.id), false);
    const left = store.listEntries({}).entries;
    assert.deepEqual(left.map((row) => row.url).sort(), [
      'https://blog.example/shared',
      'https://blog.example/starred',
    ]);
    assert.deepEqual(left.find((row) => row.starred)?.feeds, []);
    const counts = store.unreadCounts();
    assert.deepEqual(counts.feeds, { [planet.id]: 1 });
    assert.equal(counts.allUnread, 2);
    assert.equal(counts.starred, 1);
    assert.equal(store.listEntries({ search: 'only' }).total, 0);
  } finally {
    opened.dispose();
  }
});
