// Waiting for a connection slot is not the server's slowness: 50 YouTube channels live on one
// host and are fetched 2 at a time, so the last ones wait long before they are sent.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { createConcurrencyLimiter } from '../../../../electron/engine/fetch/limiter.ts';
import { startServer } from '../../../support/server.ts';

test('time queued for a per-host slot does not count against the total timeout', async () => {
  const server = await startServer({
    '/feed': (_req, res) => {
      setTimeout(
        () => res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>'),
        250,
      );
    },
  });
  try {
    const limiter = createConcurrencyLimiter({ perHost: 2, global: 8 });
    // Six requests, two at a time, 250 ms each: the last pair waits ~500 ms before it is sent.
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        conditionalGet({ url: server.url(`/feed?${i}`) }, { limiter, totalTimeoutMs: 600 }),
      ),
    );
    assert.deepEqual(
      outcomes.map((o) => o.kind),
      ['ok', 'ok', 'ok', 'ok', 'ok', 'ok'],
    );
  } finally {
    await server.close();
  }
});
