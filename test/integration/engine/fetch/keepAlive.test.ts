// Polling many feeds on one host should reuse a connection, not open one per feed: whether the
// answer has a body or not (304, 410, errors).
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

test('answers without a body (304, 410, 404) give their connection back for the next fetch', async () => {
  let connections = 0;
  const statuses = [304, 304, 410, 404, 304, 200];
  let served = 0;
  const server = createServer((_req, res) => {
    const status = statuses[served++ % statuses.length]!;
    if (status === 404) res.writeHead(404, { 'content-type': 'text/plain' }).end('not here');
    else if (status === 200)
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<rss/>');
    else res.writeHead(status, { etag: '"v1"' }).end();
  });
  server.on('connection', () => (connections += 1));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const kinds: string[] = [];
    for (let i = 0; i < statuses.length; i += 1) {
      const outcome = await conditionalGet({
        url: `http://127.0.0.1:${port}/feed${i}.xml`,
        etag: '"v1"',
      });
      kinds.push(outcome.kind);
    }
    assert.deepEqual(kinds, [
      'not-modified',
      'not-modified',
      'gone',
      'http-error',
      'not-modified',
      'ok',
    ]);
    assert.equal(connections, 1);
  } finally {
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});
