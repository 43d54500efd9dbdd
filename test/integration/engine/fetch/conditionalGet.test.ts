// Conditional GET against a real loopback server: validators, bodies, encodings and statuses.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { defaultUserAgent } from '../../../../electron/engine/fetch/userAgent.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

const feed = fixtureBytes('corpus/feeds/wordpress-rss2.xml');
let server: TestServer;

before(async () => {
  server = await startServer();
});
after(() => server.close());

test('a 200 gives the body, content type and validators', async () => {
  server.route(
    '/ok',
    serve(feed, {
      'content-type': 'application/rss+xml; charset=UTF-8',
      etag: 'W/"5f3a-abc"',
      'last-modified': 'Tue, 24 Nov 2026 10:00:00 GMT',
      'cache-control': 'public, max-age=900',
    }),
  );
  const outcome = await conditionalGet({ url: server.url('/ok') });
  assert.equal(outcome.kind, 'ok');
  if (outcome.kind !== 'ok') return;
  assert.deepEqual(Buffer.from(outcome.body), feed);
  assert.equal(outcome.status, 200);
  assert.equal(outcome.contentType, 'application/rss+xml; charset=UTF-8');
  assert.equal(outcome.etag, 'W/"5f3a-abc"');
  assert.equal(outcome.lastModified, 'Tue, 24 Nov 2026 10:00:00 GMT');
  assert.equal(outcome.finalUrl, server.url('/ok'));
  assert.equal(outcome.permanentUrl, null);
  assert.equal(outcome.cache.maxAgeSeconds, 900);
});

test('stored validators are sent back verbatim and a 304 is not-modified', async () => {
  // WordPress behind nginx sends weak ETags; the exact bytes must come back.
  const etag = 'W/"5f3a-abc"';
  const lastModified = 'Tue, 24 Nov 2026 10:00:00 GMT';
  server.route('/conditional', (req, res) => {
    if (
      req.headers['if-none-match'] === etag &&
      req.headers['if-modified-since'] === lastModified
    ) {
      res.writeHead(304, { etag, expires: 'Wed, 25 Nov 2026 18:00:00 GMT' }).end();
    } else {
      res.writeHead(200).end(feed);
    }
  });
  const outcome = await conditionalGet({ url: server.url('/conditional'), etag, lastModified });
  assert.equal(outcome.kind, 'not-modified');
  if (outcome.kind !== 'not-modified') return;
  assert.equal(outcome.status, 304);
  assert.equal(outcome.cache.expires, '2026-11-25T18:00:00.000Z');
  const seen = server.requests.at(-1)!;
  assert.equal(seen.method, 'GET');
  assert.equal(seen.headers['if-none-match'], etag);
  assert.equal(seen.headers['if-modified-since'], lastModified);
});

test('without stored validators no conditional headers are sent', async () => {
  server.route('/plain', serve(feed));
  await conditionalGet({ url: server.url('/plain'), etag: null, lastModified: '' });
  const seen = server.requests.at(-1)!;
  assert.equal(seen.headers['if-none-match'], undefined);
  assert.equal(seen.headers['if-modified-since'], undefined);
});

test('a stored validator with a line break is dropped, not sent and not thrown', async () => {
  server.route('/hostile-validator', serve(feed));
  const outcome = await conditionalGet({
    url: server.url('/hostile-validator'),
    etag: '"a"\r\nX-Injected: 1',
  });
  assert.equal(outcome.kind, 'ok');
  assert.equal(server.requests.at(-1)!.headers['x-injected'], undefined);
});

test('an honest User-Agent, a feed-first Accept and compression are asked for', async () => {
  server.route('/headers', serve(feed));
  await conditionalGet({ url: server.url('/headers') });
  const { headers } = server.requests.at(-1)!;
  assert.match(defaultUserAgent, /^Orrery\/\d+\.\d+\.\d+ \(desktop feed reader\)$/);
  assert.equal(headers['user-agent'], defaultUserAgent);
  assert.match(
    headers.accept!,
    /^application\/rss\+xml, application\/atom\+xml, application\/feed\+json/,
  );
  assert.match(headers.accept!, /\*\/\*;q=/);
  assert.equal(headers['accept-encoding'], 'gzip, deflate, br');
});

const encodings: [string, string, (input: Buffer) => Buffer][] = [
  ['gzip', 'gzip', gzipSync],
  // Apache mod_deflate and most servers send zlib-wrapped deflate...
  ['zlib-wrapped deflate', 'deflate', deflateSync],
  // ...but some (old IIS) send raw deflate under the same name.
  ['raw deflate', 'deflate', deflateRawSync],
  ['brotli', 'br', brotliCompressSync],
];
for (const [name, coding, compress] of encodings) {
  test(`a ${name} body is decompressed`, async () => {
    const path = `/encoded-${name.replace(/\W/g, '-')}`;
    server.route(path, serve(compress(feed), { 'content-encoding': coding }));
    const outcome = await conditionalGet({ url: server.url(path) });
    assert.equal(outcome.kind, 'ok');
    if (outcome.kind === 'ok') assert.deepEqual(Buffer.from(outcome.body), feed);
  });
}

test('a body that claims gzip but is not gzip is a bad-encoding error', async () => {
  server.route(
    '/fake-gzip',
    serve('<rss>not compressed at all</rss>', { 'content-encoding': 'gzip' }),
  );
  const outcome = await conditionalGet({ url: server.url('/fake-gzip') });
  assert.equal(outcome.kind, 'network-error');
  if (outcome.kind === 'network-error') assert.equal(outcome.code, 'bad-encoding');
});

test('a content coding Orrery never offered is a bad-encoding error', async () => {
  server.route('/compress', serve('x', { 'content-encoding': 'compress' }));
  const outcome = await conditionalGet({ url: server.url('/compress') });
  assert.equal(outcome.kind, 'network-error');
  if (outcome.kind === 'network-error') assert.equal(outcome.code, 'bad-encoding');
});

test('410 is gone', async () => {
  server.route('/gone', serve('gone', {}, 410));
  const outcome = await conditionalGet({ url: server.url('/gone') });
  assert.equal(outcome.kind, 'gone');
});

test('429 with Retry-After in seconds is throttled until then', async () => {
  server.route('/slow-down', serve('', { 'retry-after': '120' }, 429));
  const before = Date.now();
  const outcome = await conditionalGet({ url: server.url('/slow-down') });
  assert.equal(outcome.kind, 'throttled');
  if (outcome.kind !== 'throttled') return;
  assert.equal(outcome.status, 429);
  const waitMs = Date.parse(outcome.retryAfter!) - before;
  assert.ok(waitMs >= 119_000 && waitMs <= 125_000, `waits ${waitMs} ms`);
});

test('503 with Retry-After as an HTTP date is throttled until that date', async () => {
  const until = new Date(Date.now() + 3_600_000);
  until.setUTCMilliseconds(0);
  server.route('/maintenance', serve('', { 'retry-after': until.toUTCString() }, 503));
  const outcome = await conditionalGet({ url: server.url('/maintenance') });
  assert.equal(outcome.kind, 'throttled');
  if (outcome.kind !== 'throttled') return;
  assert.equal(outcome.status, 503);
  assert.equal(outcome.retryAfter, until.toISOString());
});

test('500 is an http-error with a sentence naming the status', async () => {
  server.route('/broken', serve('<h1>oops</h1>', { 'content-type': 'text/html' }, 500));
  const outcome = await conditionalGet({ url: server.url('/broken') });
  assert.equal(outcome.kind, 'http-error');
  if (outcome.kind !== 'http-error') return;
  assert.equal(outcome.status, 500);
  assert.equal(outcome.message, 'The server answered 500 Internal Server Error.');
});

test('the server reason phrase never reaches the message', async () => {
  server.route('/phrase', (_req, res) => {
    res.writeHead(404, 'Click here to win', { 'content-type': 'text/plain' }).end();
  });
  const outcome = await conditionalGet({ url: server.url('/phrase') });
  assert.equal(outcome.kind, 'http-error');
  if (outcome.kind === 'http-error') assert.doesNotMatch(outcome.message, /win/);
});

test('204 No Content is an http-error, not an empty feed', async () => {
  server.route('/empty', (_req, res) => void res.writeHead(204).end());
  const outcome = await conditionalGet({ url: server.url('/empty') });
  assert.equal(outcome.kind, 'http-error');
  if (outcome.kind !== 'http-error') return;
  assert.equal(outcome.status, 204);
  assert.match(outcome.message, /204 No Content/);
});

test('202 Accepted with an empty body is an http-error', async () => {
  server.route('/accepted', serve('', {}, 202));
  const outcome = await conditionalGet({ url: server.url('/accepted') });
  assert.equal(outcome.kind, 'http-error');
});

test('a malformed address or a non-http scheme is refused without a request', async () => {
  const before = server.requests.length;
  for (const url of ['not a url', 'file:///etc/passwd', 'ftp://127.0.0.1/feed']) {
    const outcome = await conditionalGet({ url });
    assert.equal(outcome.kind, 'network-error');
    if (outcome.kind === 'network-error') assert.equal(outcome.code, 'bad-url');
  }
  assert.equal(server.requests.length, before);
});
