// Redirects are followed by hand so that permanent moves can update the subscription.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Handler } from '../../../support/server.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { createConcurrencyLimiter } from '../../../../electron/engine/fetch/limiter.ts';

const feed = '<rss version="2.0"><channel><title>moved</title></channel></rss>';
let server: TestServer;

const redirect =
  (status: number, location: string): Handler =>
  (_req, res) =>
    void res.writeHead(status, { location, 'content-type': 'text/html' }).end('<a>moved</a>');

before(async () => {
  server = await startServer({ '/feed': serve(feed) });
});
after(() => server.close());

test('a chain of 301s ends with permanentUrl set to the last address', async () => {
  // FeedBurner-era moves: old blog address -> new domain -> https.
  server.route('/p1', redirect(301, server.url('/p2')));
  server.route('/p2', redirect(301, '/feed'));
  const outcome = await conditionalGet({ url: server.url('/p1') });
  assert.equal(outcome.kind, 'ok');
  if (outcome.kind !== 'ok') return;
  assert.equal(outcome.finalUrl, server.url('/feed'));
  assert.equal(outcome.permanentUrl, server.url('/feed'));
});

test('a 301 then a 302 gives no permanentUrl', async () => {
  server.route('/m1', redirect(301, '/m2'));
  server.route('/m2', redirect(302, '/feed'));
  const outcome = await conditionalGet({ url: server.url('/m1') });
  assert.equal(outcome.kind, 'ok');
  if (outcome.kind !== 'ok') return;
  assert.equal(outcome.finalUrl, server.url('/feed'));
  assert.equal(outcome.permanentUrl, null);
});

test('307 and 303 are temporary', async () => {
  server.route('/t307', redirect(307, '/feed'));
  server.route('/t303', redirect(303, '/feed'));
  for (const path of ['/t307', '/t303']) {
    const outcome = await conditionalGet({ url: server.url(path) });
    assert.equal(outcome.kind, 'ok');
    if (outcome.kind === 'ok') assert.equal(outcome.permanentUrl, null);
  }
});

test('308 is permanent', async () => {
  server.route('/r308', redirect(308, '/feed'));
  const outcome = await conditionalGet({ url: server.url('/r308') });
  assert.equal(outcome.kind, 'ok');
  if (outcome.kind === 'ok') assert.equal(outcome.permanentUrl, server.url('/feed'));
});

test('a relative Location is resolved against the current address', async () => {
  server.route('/blog/old/rss', redirect(302, '../new/rss?format=xml'));
  server.route('/blog/new/rss', serve(feed));
  const outcome = await conditionalGet({ url: server.url('/blog/old/rss') });
  assert.equal(outcome.kind, 'ok');
  assert.equal(outcome.finalUrl, server.url('/blog/new/rss?format=xml'));
  assert.equal(server.requests.at(-1)!.path, '/blog/new/rss?format=xml');
});

test('validators are sent on every hop', async () => {
  server.route('/v1', redirect(302, '/v2'));
  server.route(
    '/v2',
    (req, res) => void res.writeHead(req.headers['if-none-match'] === '"x"' ? 304 : 200).end(),
  );
  const outcome = await conditionalGet({ url: server.url('/v1'), etag: '"x"' });
  assert.equal(outcome.kind, 'not-modified');
  assert.equal(outcome.finalUrl, server.url('/v2'));
});

test('a redirect loop is detected and named', async () => {
  server.route('/loop-a', redirect(302, '/loop-b'));
  server.route('/loop-b', redirect(302, '/loop-a'));
  const outcome = await conditionalGet({ url: server.url('/loop-a') });
  assert.equal(outcome.kind, 'network-error');
  if (outcome.kind !== 'network-error') return;
  assert.equal(outcome.code, 'redirect-loop');
  assert.equal(
    outcome.message,
    `Redirect loop: ${server.url('/loop-a')} → ${server.url('/loop-b')} → ${server.url('/loop-a')}.`,
  );
  assert.equal(server.requests.filter((r) => r.path.startsWith('/loop-')).length, 2);
});

test('five hops are followed, a sixth is too many', async () => {
  for (let hop = 0; hop < 6; hop += 1) server.route(`/hop${hop}`, redirect(301, `/hop${hop + 1}`));
  server.route('/hop6', serve(feed));
  const five = await conditionalGet({ url: server.url('/hop1') });
  assert.equal(five.kind, 'ok');
  assert.equal(five.finalUrl, server.url('/hop6'));

  const six = await conditionalGet({ url: server.url('/hop0') });
  assert.equal(six.kind, 'network-error');
  if (six.kind !== 'network-error') return;
  assert.equal(six.code, 'too-many-redirects');
  assert.match(six.message, /more than 5/);
});

test('a redirect to a non-http scheme is refused', async () => {
  server.route('/to-file', redirect(301, 'file:///etc/passwd'));
  server.route('/to-js', redirect(302, 'javascript:alert(1)'));
  for (const path of ['/to-file', '/to-js']) {
    const outcome = await conditionalGet({ url: server.url(path) });
    assert.equal(outcome.kind, 'network-error');
    if (outcome.kind !== 'network-error') continue;
    assert.equal(outcome.code, 'bad-url');
    assert.match(outcome.message, /only follows http and https/);
  }
});

test('a redirect without a Location is an http-error', async () => {
  server.route('/nowhere', serve('', {}, 302));
  const outcome = await conditionalGet({ url: server.url('/nowhere') });
  assert.equal(outcome.kind, 'http-error');
  if (outcome.kind === 'http-error') assert.match(outcome.message, /302 Found/);
});

test('a redirect to another host trades the slot in, so one global slot does not deadlock', async () => {
  const other = await startServer({ '/feed': serve(feed) });
  try {
    server.route('/elsewhere', redirect(301, other.url('/feed')));
    const limiter = createConcurrencyLimiter({ perHost: 1, global: 1 });
    const outcome = await conditionalGet(
      { url: server.url('/elsewhere') },
      { limiter, totalTimeoutMs: 2000 },
    );
    assert.equal(outcome.kind, 'ok');
    assert.equal(outcome.finalUrl, other.url('/feed'));
    assert.equal(limiter.active, 0);
  } finally {
    await other.close();
  }
});
