import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIncomingPost } from '../../../../electron/engine/planet/incomingPost.ts';
import {
  clintonOnVenusRss,
  drupalCtx,
  entry,
  kerrieCtx,
  kerrieOnBlog,
  tomCtx,
  tomOnBlogger,
  tomOnDrupal,
  venusCtx,
} from './corpusEntries.ts';

test('a blog post: its own title and author, not a syndicated copy', () => {
  const post = toIncomingPost(kerrieOnBlog, { ...kerrieCtx, planet: false });
  assert.equal(post.title, 'Surviving the Jessie freeze');
  assert.equal(post.author, 'Kerrie Walsh');
  assert.equal(post.isSyndicatedCopy, false);
  assert.equal(post.feedGuid, 'http://kerriewalsh.example.net/?p=1187');
  assert.equal(post.published, '2015-01-13T02:10:33.000Z');
});

test('a planet copy: "Author: Title" split, marked syndicated', () => {
  const post = toIncomingPost(tomOnDrupal, { ...drupalCtx, planet: true });
  assert.equal(post.title, 'Rover 3: the ROS port begins');
  assert.equal(post.author, 'Tom Harrow');
  assert.equal(post.isSyndicatedCopy, true);
});

test("the display address is FeedBurner's origLink, not the feedproxy redirect", () => {
  const post = toIncomingPost(tomOnBlogger, { ...tomCtx, planet: false });
  assert.equal(
    post.url,
    'http://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
  );
});

test('an untitled Venus post keeps an empty title by its author', () => {
  const post = toIncomingPost(clintonOnVenusRss, { ...venusCtx, planet: true });
  assert.equal(post.title, '');
  assert.equal(post.author, 'Clinton Roy');
});

test('no date stays null: the store uses the first-seen time', () => {
  const post = toIncomingPost(
    entry({ link: 'https://example.com/a', published: null, updated: null }),
    {
      ...kerrieCtx,
      planet: false,
    },
  );
  assert.equal(post.published, null);
});

test('an unparseable date is null, and updated stands in for a missing published', () => {
  const ctx = { ...kerrieCtx, planet: false };
  assert.equal(
    toIncomingPost(entry({ link: 'https://e.com/a', published: 'yesterday-ish' }), ctx).published,
    null,
  );
  assert.equal(
    toIncomingPost(entry({ link: 'https://e.com/a', updated: '2024-02-01T10:00:00Z' }), ctx)
      .published,
    '2024-02-01T10:00:00.000Z',
  );
});

test('an entry with atom:source from another site is a syndicated copy even in an unmarked feed', () => {
  const source = {
    title: 'Kerrie Walsh',
    feedUrl: null,
    siteUrl: 'http://kerriewalsh.example.net',
    id: null,
  };
  const post = toIncomingPost(entry({ ...kerrieOnBlog, source }), { ...venusCtx, planet: false });
  assert.equal(post.isSyndicatedCopy, true);
});
