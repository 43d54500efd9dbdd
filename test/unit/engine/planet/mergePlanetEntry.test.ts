import { test } from 'node:test';
import assert from 'node:assert/strict';
import { toIncomingPost } from '../../../../electron/engine/planet/incomingPost.ts';
import {
  mergePlanetEntry,
  type StoredPostValues,
} from '../../../../electron/engine/planet/mergePlanetEntry.ts';
import type { IncomingPost } from '../../../../electron/engine/planet/incomingPost.ts';
import { drupalCtx, kerrieCtx, kerrieOnBlog, kerrieOnDrupal } from './corpusEntries.ts';

const blogCopy = toIncomingPost(kerrieOnBlog, { ...kerrieCtx, planet: false });
const planetCopy = toIncomingPost(kerrieOnDrupal, { ...drupalCtx, planet: true });

function stored(post: IncomingPost): StoredPostValues {
  return {
    title: post.title,
    author: post.author,
    url: post.url,
    published: post.published ?? '2026-01-01T00:00:00.000Z',
    contentHtml: post.contentHtml,
    summary: post.summary,
    enclosures: post.enclosures,
    fromBlog: !post.isSyndicatedCopy,
  };
}

test("the blog's copy replaces a planet copy that arrived first", () => {
  const merged = mergePlanetEntry(stored(planetCopy), blogCopy);
  assert.equal(merged.contentHtml, blogCopy.contentHtml);
  assert.equal(merged.title, 'Surviving the Jessie freeze');
  assert.equal(merged.author, 'Kerrie Walsh');
  assert.equal(merged.fromBlog, true);
});

test("a planet copy arriving after the blog's never overwrites it", () => {
  const existing = stored(blogCopy);
  const merged = mergePlanetEntry(existing, {
    ...planetCopy,
    title: 'Something else',
    author: 'Someone',
  });
  assert.deepEqual(merged, existing);
});

test('a planet copy fills only what the blog copy lacks', () => {
  const existing = { ...stored(blogCopy), author: null };
  const merged = mergePlanetEntry(existing, planetCopy);
  assert.equal(merged.author, 'Kerrie Walsh');
  assert.equal(merged.contentHtml, blogCopy.contentHtml);
});

test('a refresh of the blog with edited words updates them', () => {
  const merged = mergePlanetEntry(stored(blogCopy), { ...blogCopy, contentHtml: '<p>edited</p>' });
  assert.equal(merged.contentHtml, '<p>edited</p>');
});

test("a planet's date does not move a post another copy already dated", () => {
  const existing = stored(planetCopy);
  const merged = mergePlanetEntry(existing, {
    ...planetCopy,
    published: '2015-02-01T00:00:00.000Z',
  });
  assert.equal(merged.published, existing.published);
});

test('a later copy without a date keeps the stored one (first-seen stays stable)', () => {
  const existing = { ...stored(blogCopy), published: '2026-01-01T00:00:00.000Z' };
  const merged = mergePlanetEntry(existing, { ...blogCopy, published: null });
  assert.equal(merged.published, '2026-01-01T00:00:00.000Z');
});

test('among planet copies the first stays: a second planet does not rename the author', () => {
  // Venus Atom calls Russell Coker "etbe" where Drupal's title said "Russell Coker".
  const existing = stored(planetCopy);
  const merged = mergePlanetEntry(existing, {
    ...planetCopy,
    author: 'etbe',
    summary: '<p>other</p>',
  });
  assert.deepEqual(merged, existing);
});

test('the planet that supplied the stored words may update them (an edited post on a planet-only subscription)', () => {
  const merged = mergePlanetEntry(
    stored(planetCopy),
    { ...planetCopy, summary: '<p>edited</p>' },
    true,
  );
  assert.equal(merged.summary, '<p>edited</p>');
});
