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
        1000,
      );
    },
  });
  try {
    const limiter = createConcurrencyLimiter({ perHost: 2, global: 8 });
    // Six requests, two at a time, 1 s each: the last pair waits ~2 s before it is sent, which
    // would exceed the 2.5 s budget if queueing counted (250 ms and 600 ms failed on a loaded machine).
    const outcomes = await Promise.all(
      Array.from({ length: 6 }, (_, i) =>
        conditionalGet({ url: server.url(`/feed?${i}`) }, { limiter, totalTimeoutMs: 2500 }),
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
