// Site icons for planet posts whose member blog is not subscribed, against loopback sites: a
// planet on 127.0.0.1 carries posts from a member on 127.0.0.2 (a page with <link rel=icon>) and
// one on 127.0.0.3 (only /favicon.ico). The cache route /cache/icon?site=ORIGIN looks each up on
// demand (concurrent asks share one lookup), then serves it from the cache with the members'
// servers stopped. Under "never", no request reaches a member. Both member hosts are declared
// the internet by an injected classifier (the SSRF rule, as in privateImages.test.ts).
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { createAddressGuard } from '../../../../electron/engine/fetch/addressGuard.ts';
import { openReader } from '../../../../electron/engine/reader.ts';
import { answerCacheRequest, parseCacheRequest } from '../../../../electron/shell/cacheRoute.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { pngBytes } from '../../../support/images.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

const dir = tempDir();
after(() => dir.dispose());

const pagePng = pngBytes(16, 16, [0, 160, 0]);
const faviconPng = pngBytes(8, 8, [160, 0, 0]);

function planetFeed(origin: string, members: readonly TestServer[]): string {
  const items = members
    .map(
      (member, index) => `<item><title>Member ${index}: Post</title><guid>p${index}</guid>
<link>${member.url(`/posts/${index}`)}</link><description>hi</description>
<pubDate>${new Date(Date.UTC(2026, 10, 20 - index)).toUTCString()}</pubDate></item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Planet Test</title><link>${origin}/</link>
<description>planet</description><generator>Planet/2.0 +http://www.planetplanet.org</generator>
${items}
</channel></rss>`;
}

const ask = (site: string, images: Parameters<typeof answerCacheRequest>[1]) => {
  const request = parseCacheRequest(
    new URL(`orrery://app/cache/icon?site=${encodeURIComponent(site)}`),
  );
  assert.ok(request, site);
  return answerCacheRequest(request, images);
};

test("a planet member's site icon: the page's icon link, else /favicon.ico; one lookup for concurrent asks; served offline; none under never", async () => {
  const planet = await startServer();
  const linked = await startServer({}, '127.0.0.2');
  const plain = await startServer({}, '127.0.0.3');
  const unseen = await startServer({ '/favicon.ico': serve(faviconPng) }, '127.0.0.2');
  linked.route(
    '/',
    serve('<html><head><link rel="icon" href="/icon.png"></head><body>hi</body></html>', {
      'content-type': 'text/html',
    }),
  );
  linked.route('/icon.png', serve(pagePng, { 'content-type': 'image/png' }));
  plain.route('/favicon.ico', serve(faviconPng, { 'content-type': 'image/x-icon' }));
  planet.route('/feed.xml', serve(planetFeed(planet.origin, [linked, plain])));
  const publicHosts = new Set(['127.0.0.2', '127.0.0.3']);
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    fetch: { addressGuard: createAddressGuard({ isPublic: (ip) => publicHosts.has(ip) }) },
  });
  try {
    const feed = await reader.addFeed({ url: planet.url('/feed.xml') });
    await reader.images.idle();
    const summary = (await reader.listFeeds({})).find((f) => f.id === feed.id);
    assert.equal(summary?.isPlanet, true, 'the window knows the feed is a planet');
    assert.deepEqual(
      [...linked.requests, ...plain.requests],
      [],
      'nothing asked before the window',
    );

    const [first, second] = await Promise.all([
      ask(linked.origin, reader.images),
      ask(linked.origin, reader.images),
    ]);
    assert.equal(first.status, 200);
    assert.deepEqual(Buffer.from(first.body!), pagePng);
    assert.deepEqual(Buffer.from(second.body!), pagePng);
    assert.equal(linked.requests.filter((r) => r.path === '/').length, 1, 'one lookup shared');
    assert.equal(linked.requests.filter((r) => r.path === '/icon.png').length, 1);
    const favicon = await ask(plain.origin, reader.images);
    assert.equal(favicon.status, 200);
    assert.deepEqual(Buffer.from(favicon.body!), faviconPng);
    assert.ok(
      plain.requests.some((r) => r.path === '/'),
      'the page was looked at first',
    );

    await Promise.all([linked.close(), plain.close()]);
    assert.deepEqual(Buffer.from((await ask(linked.origin, reader.images)).body!), pagePng);
    assert.deepEqual(Buffer.from((await ask(plain.origin, reader.images)).body!), faviconPng);
    assert.equal((await ask('http://127.0.0.3:1', reader.images)).status, 404, 'none there');
    assert.equal(
      parseCacheRequest(new URL('orrery://app/cache/icon?site=ftp%3A%2F%2Fexample.org')),
      null,
      'only http(s) origins',
    );
    assert.equal(
      parseCacheRequest(new URL(`orrery://app/cache/icon?site=${linked.url('/posts/0')}`)),
      null,
      'an origin, not a page',
    );

    reader.images.setPolicy('never');
    assert.equal((await ask(unseen.origin, reader.images)).status, 404);
    assert.deepEqual(unseen.requests, [], 'never: no request reaches a member site');
    assert.equal(
      (await ask(plain.origin, reader.images)).status,
      200,
      'a cached icon is still shown',
    );
  } finally {
    await reader.close();
    // Closing twice is harmless: a failed test must still leave no server open.
    await Promise.allSettled([planet, linked, plain, unseen].map((server) => server.close()));
  }
});
