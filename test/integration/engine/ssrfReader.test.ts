// The SSRF rule through the whole Reader, loopback only (127.0.0.2 declared public by an injected
// classifier, 127.0.0.1 the private network): private addresses are fetched only when the user
// typed or imported them; redirects, discovered links and OPML files from the internet cannot
// lend them that trust, and a permanent redirect never moves a subscription onto one.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createAddressGuard } from '../../../electron/engine/fetch/addressGuard.ts';
import { openReader, type Reader } from '../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

const feed = fixtureBytes('corpus/feeds/hugo-rss.xml');
let publicServer: TestServer;
let privateServer: TestServer;
const dirs: { dispose: () => void }[] = [];
const readers: Reader[] = [];

before(async () => {
  privateServer = await startServer({ '/private-feed': serve(feed) });
  publicServer = await startServer({ '/feed': serve(feed) }, '127.0.0.2');
});
after(async () => {
  for (const reader of readers) await reader.close();
  await publicServer.close();
  await privateServer.close();
  for (const dir of dirs) dir.dispose();
});

async function freshReader(): Promise<Reader> {
  const dir = tempDir();
  dirs.push(dir);
  const addressGuard = createAddressGuard({ isPublic: (ip) => ip === '127.0.0.2' });
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    fetch: { addressGuard },
  });
  readers.push(reader);
  return reader;
}

const privateHits = (): number =>
  privateServer.requests.filter((r) => r.path === '/private-feed').length;

test('a typed private address is subscribed and polled', async () => {
  const reader = await freshReader();
  const added = await reader.addFeed({ url: privateServer.url('/private-feed') });
  const result = await reader.refresh({ feedIds: [added.id] });
  assert.equal(result.feeds[0]?.status, 'ok');
});

test('a public page whose feed link points to a private address is refused with a sentence', async () => {
  publicServer.route(
    '/page',
    serve(
      `<!doctype html><html><head><link rel="alternate" type="application/rss+xml" href="${privateServer.url('/private-feed')}"></head><body>hi</body></html>`,
      { 'content-type': 'text/html' },
    ),
  );
  const reader = await freshReader();
  const before = privateHits();
  await assert.rejects(
    reader.addFeed({ url: publicServer.url('/page') }),
    /127\.0\.0\.1 is on this computer or a private network/,
  );
  assert.equal(privateHits(), before);
  assert.deepEqual(await reader.listFeeds({}), []);
});

test('a permanent redirect from a public feed to a private address never moves the subscription', async () => {
  publicServer.route('/moving', serve(feed));
  const reader = await freshReader();
  const added = await reader.addFeed({ url: publicServer.url('/moving') });
  publicServer.route('/moving', (_req, res) =>
    res.writeHead(301, { location: privateServer.url('/private-feed') }).end(),
  );
  const before = privateHits();
  const result = await reader.refresh({ feedIds: [added.id] });
  assert.equal(result.feeds[0]?.status, 'error');
  assert.match(result.feeds[0]?.error ?? '', /^Refused to follow a redirect: 127\.0\.0\.1/);
  const [stored] = await reader.listFeeds({});
  assert.equal(stored?.url, publicServer.url('/moving'), 'still the public address');
  assert.equal(privateHits(), before);
});

test('an OPML file the user imports may list private addresses; one fetched from the internet may not', async () => {
  const opml = `<?xml version="1.0"?><opml version="2.0"><head><title>t</title></head><body>
    <outline type="rss" text="Private" xmlUrl="${privateServer.url('/private-feed')}"/>
  </body></opml>`;
  publicServer.route('/list.opml', serve(opml, { 'content-type': 'text/x-opml' }));

  const fromFile = await freshReader();
  await fromFile.importOpml({ base64: Buffer.from(opml).toString('base64') });
  const fileResult = await fromFile.refresh({});
  assert.equal(fileResult.feeds[0]?.status, 'ok');

  const fromInternet = await freshReader();
  const report = await fromInternet.importOpml({ url: publicServer.url('/list.opml') });
  assert.equal(report.added.length, 1, 'kept, like every feed of an import');
  const before = privateHits();
  const polled = await fromInternet.refresh({});
  assert.equal(polled.feeds[0]?.status, 'error');
  assert.match(polled.feeds[0]?.error ?? '', /not from you/);
  assert.equal(privateHits(), before);
});
