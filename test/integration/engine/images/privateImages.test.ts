// The SSRF rule for images (images/privateImageHosts.ts) through the whole Reader, loopback only:
// 127.0.0.2 is declared the internet by an injected classifier; 127.0.0.3 and 127.0.0.4 are the
// private network. A public feed's post names an image on each. The one on 127.0.0.4 loads,
// because the user typed a feed on that very host; the one on 127.0.0.3 is refused and never
// requested (the server's log stays empty), in the background and when the post is opened, and
// so is a public image that redirects there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createAddressGuard } from '../../../../electron/engine/fetch/addressGuard.ts';
import { openReader, type Reader } from '../../../../electron/engine/reader.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { pngBytes, rssWithImages } from '../../../support/images.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

const png = serve(pngBytes(3, 2, [10, 120, 30]), { 'content-type': 'image/png' });
let internet: TestServer;
let strangerHost: TestServer;
let userHost: TestServer;
let reader: Reader;
const dir = tempDir();

before(async () => {
  internet = await startServer({}, '127.0.0.2');
  strangerHost = await startServer({ '/router.png': png, '/moved.png': png }, '127.0.0.3');
  userHost = await startServer({ '/team.png': png }, '127.0.0.4');
  userHost.route(
    '/feed.xml',
    serve(rssWithImages(userHost.origin, [{ guid: 'i', title: 'Intranet', html: '<p>hi</p>' }])),
  );
  internet.route('/public.png', png);
  internet.route('/redirect.png', (_req, res) =>
    res.writeHead(302, { location: strangerHost.url('/moved.png') }).end(),
  );
  const html = [
    `<img alt="stranger" src="${strangerHost.url('/router.png')}">`,
    `<img alt="user" src="${userHost.url('/team.png')}">`,
    `<img alt="public" src="${internet.url('/public.png')}">`,
    `<img alt="redirect" src="${internet.url('/redirect.png')}">`,
  ].join('');
  internet.route(
    '/feed.xml',
    serve(rssWithImages(internet.origin, [{ guid: 'p', title: 'Public', html }])),
  );
  reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    fetch: { addressGuard: createAddressGuard({ isPublic: (ip) => ip === '127.0.0.2' }) },
  });
});

after(async () => {
  await reader.close();
  await Promise.all([internet.close(), strangerHost.close(), userHost.close()]);
  dir.dispose();
});

const paths = (server: TestServer) => server.requests.map((r) => r.path);

test("a public feed's image on a private host the user never gave is refused and never requested; on a user-given feed's host it loads", async () => {
  await reader.addFeed({ url: userHost.url('/feed.xml') });
  await reader.addFeed({ url: internet.url('/feed.xml') });
  await reader.images.idle();

  assert.deepEqual(paths(strangerHost), [], 'nothing ever reached 127.0.0.3');
  assert.ok(paths(userHost).includes('/team.png'), 'the user-given host was asked for its image');
  assert.ok(paths(internet).includes('/public.png'));
  assert.ok(paths(internet).includes('/redirect.png'), 'asked, but its redirect not followed');

  const image = (path: string, server: TestServer) => reader.images.image(server.url(path), false);
  assert.ok(await image('/team.png', userHost), 'cached');
  assert.ok(await image('/public.png', internet), 'cached');
  assert.equal(await image('/router.png', strangerHost), null);
  assert.equal(await image('/redirect.png', internet), null);

  // Opening the post asks for a miss on demand: still refused, still never requested.
  assert.equal(await reader.images.image(strangerHost.url('/router.png'), true), null);
  assert.deepEqual(paths(strangerHost), []);
});
