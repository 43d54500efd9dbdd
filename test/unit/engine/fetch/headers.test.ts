import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseCacheHints, parseRetryAfter } from '../../../../electron/engine/fetch/headers.ts';

const now = new Date('2026-11-25T12:00:00.000Z');

test('Retry-After given as delay-seconds counts from now', () => {
  assert.equal(parseRetryAfter('120', now), '2026-11-25T12:02:00.000Z');
  assert.equal(parseRetryAfter(' 0 ', now), '2026-11-25T12:00:00.000Z');
});

test('Retry-After given as an IMF-fixdate HTTP date', () => {
  assert.equal(parseRetryAfter('Wed, 25 Nov 2026 13:30:00 GMT', now), '2026-11-25T13:30:00.000Z');
});

test('Retry-After in the obsolete RFC 850 and asctime forms', () => {
  assert.equal(
    parseRetryAfter('Wednesday, 25-Nov-26 13:30:00 GMT', now),
    '2026-11-25T13:30:00.000Z',
  );
  // asctime has no zone; HTTP says GMT, so the local time zone must not shift it.
  assert.equal(parseRetryAfter('Wed Nov 25 13:30:00 2026', now), '2026-11-25T13:30:00.000Z');
});

test('Retry-After in the past means now', () => {
  assert.equal(parseRetryAfter('Tue, 24 Nov 2026 08:00:00 GMT', now), now.toISOString());
});

test('Retry-After that is absent, negative or garbage gives null', () => {
  assert.equal(parseRetryAfter(null, now), null);
  assert.equal(parseRetryAfter('', now), null);
  assert.equal(parseRetryAfter('-5', now), null);
  assert.equal(parseRetryAfter('soon', now), null);
  assert.equal(parseRetryAfter('1.5', now), null);
});

test('Retry-After with an absurd number of seconds is capped, not an invalid date', () => {
  const result = parseRetryAfter('99999999999999999999999', now);
  assert.ok(result !== null && Date.parse(result) > now.getTime());
});

test('Cache-Control max-age is read and s-maxage ignored', () => {
  const hints = parseCacheHints({ 'cache-control': 's-maxage=60, public, max-age=1800' }, now);
  assert.deepEqual(hints, { maxAgeSeconds: 1800, expires: null });
  assert.equal(parseCacheHints({ 'cache-control': 's-maxage=60' }, now).maxAgeSeconds, null);
  assert.equal(parseCacheHints({ 'cache-control': 'max-age="300"' }, now).maxAgeSeconds, 300);
});

test('Expires is read as an HTTP date and "0" or "-1" are ignored', () => {
  assert.equal(
    parseCacheHints({ expires: 'Wed, 25 Nov 2026 18:00:00 GMT' }, now).expires,
    '2026-11-25T18:00:00.000Z',
  );
  assert.equal(parseCacheHints({ expires: '0' }, now).expires, null);
  assert.equal(parseCacheHints({ expires: '-1' }, now).expires, null);
  assert.deepEqual(parseCacheHints({}, now), { maxAgeSeconds: null, expires: null });
});
