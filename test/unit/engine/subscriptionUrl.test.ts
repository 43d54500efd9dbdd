import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSubscriptionUrl } from '../../../electron/engine/subscriptionUrl.ts';

test('a bare host typed by a person becomes an https address', () => {
  assert.equal(normalizeSubscriptionUrl('  planet.linux.org.au '), 'https://planet.linux.org.au/');
});

test('feed: scheme links from old browsers become http(s)', () => {
  assert.equal(
    normalizeSubscriptionUrl('feed://etbe.coker.com.au/feed/'),
    'http://etbe.coker.com.au/feed/',
  );
  assert.equal(normalizeSubscriptionUrl('feed:https://example.org/rss'), 'https://example.org/rss');
});

test('file, javascript and data addresses are refused with a sentence', () => {
  assert.throws(() => normalizeSubscriptionUrl('file:///etc/passwd'), /Only http and https/);
  assert.throws(() => normalizeSubscriptionUrl('javascript:alert(1)'), /Only http and https/);
  assert.throws(() => normalizeSubscriptionUrl('http://'), /not a web address/);
});

test('credentials and fragments are not kept in the subscription', () => {
  assert.equal(
    normalizeSubscriptionUrl('https://u:p@example.org/feed#x'),
    'https://example.org/feed',
  );
});
