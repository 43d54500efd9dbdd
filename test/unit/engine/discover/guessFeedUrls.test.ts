// Where to look for a feed when a page links to none.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessFeedUrls } from '../../../../electron/engine/discover/guessFeedUrls.ts';

test("common locations at the root of the page's own origin, in order", () => {
  assert.deepEqual(guessFeedUrls('https://priyaraman.example.net/posts/hello/?x=1#top'), [
    'https://priyaraman.example.net/feed',
    'https://priyaraman.example.net/feed/',
    'https://priyaraman.example.net/rss.xml',
    'https://priyaraman.example.net/atom.xml',
    'https://priyaraman.example.net/index.xml',
    'https://priyaraman.example.net/feed.json',
    'https://priyaraman.example.net/rss',
    'https://priyaraman.example.net/rss20.xml',
  ]);
});

test('a section home page is tried under itself first (a blog at /blog/)', () => {
  // flamingspork.com/blog/ serves WordPress at /blog/feed/.
  const guesses = guessFeedUrls('http://www.flamingspork.com:8080/blog/');
  assert.equal(guesses[0], 'http://www.flamingspork.com:8080/blog/feed');
  assert.equal(guesses[1], 'http://www.flamingspork.com:8080/blog/feed/');
  assert.equal(guesses[8], 'http://www.flamingspork.com:8080/feed');
  assert.equal(guesses.length, 16);
  assert.ok(guesses.every((g) => g.startsWith('http://www.flamingspork.com:8080/')));
});

test('nothing for addresses that are not http(s) or not addresses', () => {
  assert.deepEqual(guessFeedUrls('file:///etc/'), []);
  assert.deepEqual(guessFeedUrls('javascript:alert(1)'), []);
  assert.deepEqual(guessFeedUrls('not a url'), []);
});
