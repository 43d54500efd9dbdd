// What people paste, as the addresses to try.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressesToTry } from '../../../../electron/engine/subscribe/addressesToTry.ts';

test('no scheme: https first, then http; a port is not a scheme', () => {
  assert.deepEqual(addressesToTry('  example.org/blog \n'), [
    'https://example.org/blog',
    'http://example.org/blog',
  ]);
  assert.deepEqual(addressesToTry('127.0.0.2:8080/feed'), [
    'https://127.0.0.2:8080/feed',
    'http://127.0.0.2:8080/feed',
  ]);
});

test('feed: and feed:// are understood; a given scheme is kept as it is', () => {
  assert.deepEqual(addressesToTry('feed://example.org/rss'), ['http://example.org/rss']);
  assert.deepEqual(addressesToTry('feed:https://example.org/rss'), ['https://example.org/rss']);
  assert.deepEqual(addressesToTry('http://example.org/rss'), ['http://example.org/rss']);
});

test('nothing, or a scheme that is not the web, is a sentence', () => {
  assert.throws(() => addressesToTry('   '), /Type or paste/);
  assert.throws(() => addressesToTry('javascript:alert(1)'), /Only http and https/);
});
