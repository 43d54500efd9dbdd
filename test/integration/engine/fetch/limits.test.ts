// Limits that protect the app from slow, silent, huge or vanished servers. Each ends as a
// network-error with a sentence, and leaves no socket or timer running.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { serve, startServer, type TestServer } from '../../../support/server.ts';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { createConcurrencyLimiter } from '../../../../electron/engine/fetch/limiter.ts';
import type { FetchOutcome } from '../../../../electron/engine/fetch/types.ts';

let server: TestServer;

before(async () => {
  server = await startServer();
});
after(() => server.close());

function assertNetworkError(outcome: FetchOutcome, code: string, message?: RegExp | string): void {
  assert.equal(outcome.kind, 'network-error', JSON.stringify(outcome));
  if (outcome.kind !== 'network-error') return;
  assert.equal(outcome.code, code);
  if (typeof message === 'string') assert.equal(outcome.message, message);
  else if (message) assert.match(outcome.message, message);
}

/** Timers and sockets that would keep the process alive (idle pooled sockets are unref'd). */
function liveHandles(): string[] {
  return process
    .getActiveResourcesInfo()
    .filter((kind) => kind === 'Timeout' || kind === 'TCPSocketWrap');
}

test('a server that accepts the connection but never answers times out', async () => {
  server.route('/silent', () => {}); // never writes a byte
  const started = Date.now();
  const outcome = await conditionalGet({ url: server.url('/silent') }, { totalTimeoutMs: 400 });
  const elapsed = Date.now() - started;
  assertNetworkError(outcome, 'timeout', 'The server did not answer within 0.4 seconds.');
  assert.ok(elapsed >= 350 && elapsed < 2000, `took ${elapsed} ms`);
});

test('a body that trickles forever is cut off by the total timeout', async () => {
  // Seen with misconfigured reverse proxies that stream a byte at a time.
  server.route('/trickle', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/rss+xml' });
    res.write('<rss>');
    const drip = setInterval(() => res.write(' '), 20);
    res.on('close', () => clearInterval(drip));
  });
  const outcome = await conditionalGet({ url: server.url('/trickle') }, { totalTimeoutMs: 500 });
  assertNetworkError(
    outcome,
    'timeout',
    'The server did not finish sending the feed within 0.5 seconds.',
  );
});

test('a Content-Length over the limit fails before reading the body', async () => {
  let bodyFinished = false;
  server.route('/huge', (_req, res) => {
    res.writeHead(200, { 'content-length': String(50 * 1024 * 1024) });
    res.write(Buffer.alloc(1024));
    // The rest never comes: only an early stop makes this test finish quickly.
    res.on('finish', () => (bodyFinished = true));
  });
  const outcome = await conditionalGet(
    { url: server.url('/huge') },
    { maxBytes: 20 * 1024 * 1024 },
  );
  assertNetworkError(
    outcome,
    'too-large',
    'The feed is larger than 20 MB; Orrery stopped reading it.',
  );
  assert.equal(bodyFinished, false);
});

test('a chunked body without Content-Length stops at the limit', async () => {
  let written = 0;
  server.route('/endless', (_req, res) => {
    res.writeHead(200, { 'content-type': 'application/xml' });
    const chunk = Buffer.alloc(16 * 1024, 0x20);
    const pump = (): void => {
      while (!res.destroyed && written < 64 * 1024 * 1024) {
        written += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    pump();
  });
  const outcome = await conditionalGet({ url: server.url('/endless') }, { maxBytes: 256 * 1024 });
  assertNetworkError(
    outcome,
    'too-large',
    'The feed is larger than 256 KB; Orrery stopped reading it.',
  );
  await sleep(50);
  assert.ok(written < 8 * 1024 * 1024, `server wrote ${written} bytes before the client hung up`);
});

test('a body exactly at the limit is accepted', async () => {
  server.route('/exact', serve(Buffer.alloc(1000, 0x41)));
  const outcome = await conditionalGet({ url: server.url('/exact') }, { maxBytes: 1000 });
  assert.equal(outcome.kind, 'ok');
});

test('a connection cut in the middle of the body is a network-error', async () => {
  server.route('/cut', (_req, res) => {
    res.writeHead(200, { 'content-length': '1000' });
    res.write('<rss>');
    setImmediate(() => res.socket?.destroy());
  });
  const outcome = await conditionalGet({ url: server.url('/cut') });
  assertNetworkError(outcome, 'other', /broke before the whole feed arrived/);
});

test('connection refused is reported with the host name', async () => {
  const closed = createServer();
  await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const { port } = closed.address() as AddressInfo;
  await new Promise<void>((resolve) => closed.close(() => resolve()));
  const outcome = await conditionalGet({ url: `http://127.0.0.1:${port}/feed.xml` });
  assertNetworkError(outcome, 'refused', 'Could not connect to 127.0.0.1: connection refused.');
});

test('the caller abort signal ends a fetch that is waiting for the server', async () => {
  server.route('/wait-forever', () => {});
  const controller = new AbortController();
  setTimeout(() => controller.abort(), 50);
  const started = Date.now();
  const outcome = await conditionalGet({
    url: server.url('/wait-forever'),
    signal: controller.signal,
  });
  assertNetworkError(outcome, 'aborted', 'The fetch was cancelled.');
  assert.ok(Date.now() - started < 1000);
});

test('an already aborted signal sends nothing', async () => {
  const before = server.requests.length;
  const outcome = await conditionalGet({
    url: server.url('/anything'),
    signal: AbortSignal.abort(),
  });
  assertNetworkError(outcome, 'aborted');
  assert.equal(server.requests.length, before);
});

test('aborting while queued for a slot gives the slot back untouched', async () => {
  server.route('/hold', () => {});
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 8 });
  const holder = new AbortController();
  const holding = conditionalGet({ url: server.url('/hold'), signal: holder.signal }, { limiter });
  const queued = new AbortController();
  const waiting = conditionalGet({ url: server.url('/hold'), signal: queued.signal }, { limiter });
  await sleep(30);
  assert.equal(limiter.waiting, 1);
  queued.abort();
  assertNetworkError(await waiting, 'aborted');
  holder.abort();
  assertNetworkError(await holding, 'aborted');
  assert.equal(limiter.active, 0);
  assert.equal(limiter.waiting, 0);
});

test('the slot is released on failures too', async () => {
  server.route('/fails', serve('no', {}, 500));
  server.route('/too-big', serve(Buffer.alloc(2048)));
  const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
  await conditionalGet({ url: server.url('/fails') }, { limiter });
  await conditionalGet({ url: server.url('/too-big') }, { limiter, maxBytes: 1024 });
  await conditionalGet({ url: server.url('/silent') }, { limiter, totalTimeoutMs: 100 });
  assert.equal(limiter.active, 0);
});

test('nothing is left running once the server is gone', async () => {
  await server.close();
  await sleep(50);
  assert.deepEqual(liveHandles(), []);
  server = await startServer(); // for the after() hook
});
