// A fetched body goes to the parse worker as it came off the wire: the worker unpacks it within
// the size limit, hashes it, and parses it only when it is not the body stored last time.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { brotliCompressSync, deflateRawSync, gzipSync } from 'node:zlib';
import { createParseWorkerPool } from '../../../../electron/engine/poll/parseWorkerPool.ts';
import type { BodyJob } from '../../../../electron/engine/poll/bodyJob.ts';
import type { ContentCoding } from '../../../../electron/engine/fetch/body.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

const workerUrl = new URL('../../../../electron/engine/poll/parseWorker.ts', import.meta.url);
const feed = fixtureBytes('corpus/feeds/wordpress-rss2.xml');
const feedHash = createHash('sha256').update(feed).digest('base64');

function job(bytes: Uint8Array, coding: ContentCoding, extra: Partial<BodyJob> = {}): BodyJob {
  return {
    task: 'body',
    url: 'https://kerriewalsh.example.net/feed/',
    bytes,
    coding,
    contentType: 'application/rss+xml',
    maxBytes: 20 * 1024 * 1024,
    knownBodyHash: null,
    ...extra,
  };
}

test('a compressed body is unpacked, hashed and parsed on the worker', async () => {
  const pool = createParseWorkerPool({ workerUrl });
  try {
    for (const [coding, bytes] of [
      ['gzip', gzipSync(feed)],
      ['deflate', deflateRawSync(feed)],
      ['br', brotliCompressSync(feed)],
      ['identity', feed],
    ] as const) {
      const result = await pool.parseBody(job(bytes, coding));
      assert.equal(result.kind, 'feed', coding);
      assert.ok(result.kind === 'feed' && result.feed.entries.length > 0);
      assert.equal(result.bodyHash, feedHash, `${coding}: the hash of the unpacked body`);
    }
  } finally {
    await pool.close();
  }
});

test('the body stored last time is not parsed again', async () => {
  const pool = createParseWorkerPool({ workerUrl });
  try {
    const result = await pool.parseBody(job(gzipSync(feed), 'gzip', { knownBodyHash: feedHash }));
    assert.deepEqual(result, { kind: 'unchanged' });
  } finally {
    await pool.close();
  }
});

test('a gzip bomb stops at the limit, and a body that is not what it says is refused', async () => {
  const pool = createParseWorkerPool({ workerUrl });
  try {
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    assert.deepEqual(await pool.parseBody(job(bomb, 'gzip', { maxBytes: 1024 * 1024 })), {
      kind: 'undecodable',
      message: 'The feed is larger than 1 MB; Orrery stopped reading it.',
    });
    assert.deepEqual(await pool.parseBody(job(Buffer.from('not gzip at all'), 'gzip')), {
      kind: 'undecodable',
      message: 'The server said the feed was gzip-compressed, but it could not be unpacked.',
    });
  } finally {
    await pool.close();
  }
});
