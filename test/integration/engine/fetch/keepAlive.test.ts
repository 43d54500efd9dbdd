// Polling many feeds on one host should reuse a connection, not open one per feed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';

test('sequential fetches to one host reuse one keep-alive connection', async () => {
  let connections = 0;
  const server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    for (let i = 0; i < 5; i += 1) {
      const outcome = await conditionalGet({ url: `http://127.0.0.1:${port}/feed${i}.xml` });
      assert.equal(outcome.kind, 'ok');
    }
    assert.equal(connections, 1);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
