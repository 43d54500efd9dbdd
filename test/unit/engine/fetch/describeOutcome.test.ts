import { test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOutcome } from '../../../../electron/engine/fetch/describeOutcome.ts';

const common = {
  finalUrl: 'https://example.org/feed',
  permanentUrl: null,
  cache: { maxAgeSeconds: null, expires: null },
};

test('success and not-modified need no sentence', () => {
  assert.equal(
    describeOutcome({
      ...common,
      kind: 'ok',
      status: 200,
      body: new Uint8Array(),
      contentType: null,
      etag: null,
      lastModified: null,
    }),
    null,
  );
  assert.equal(describeOutcome({ ...common, kind: 'not-modified', status: 304 }), null);
});

test('gone and throttled outcomes are explained', () => {
  assert.match(describeOutcome({ ...common, kind: 'gone', status: 410 })!, /410 Gone/);
  assert.equal(
    describeOutcome({
      ...common,
      kind: 'throttled',
      status: 429,
      retryAfter: '2026-11-25T14:05:00.000Z',
    }),
    'The server asked Orrery to slow down (429 Too Many Requests) and to come back after 2026-11-25 14:05 UTC.',
  );
  assert.match(
    describeOutcome({ ...common, kind: 'throttled', status: 503, retryAfter: null })!,
    /503 Service Unavailable/,
  );
});

test('errors carry their own sentence', () => {
  const message = 'The server did not answer within 30 seconds.';
  assert.equal(
    describeOutcome({ kind: 'network-error', code: 'timeout', message, finalUrl: common.finalUrl }),
    message,
  );
  assert.equal(describeOutcome({ ...common, kind: 'http-error', status: 500, message: 'x' }), 'x');
});
