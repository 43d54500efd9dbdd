// The image cache against real loopback servers and a real data directory: what a refresh
// fetches (after storing its posts), what it never fetches (tracking pixels; anything under
// "never"), on-demand misses, release of a post's images, and eviction under the size limit.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { openReader, type Reader, type ReaderOptions } from '../../../../electron/engine/reader.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { pngBytes, rssWithImages } from '../../../support/images.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

const dirs: { dispose: () => void }[] = [];
after(() => dirs.forEach((dir) => dir.dispose()));

const red = pngBytes(4, 3, [255, 0, 0]);
const blue = pngBytes(2, 2, [0, 0, 255]);

async function picturesServer(): Promise<TestServer> {
  const server = await startServer();
  const png = (bytes: Buffer) => serve(bytes, { 'content-type': 'image/png' });
  server.route('/img/red.png', png(red));
  server.route('/img/red-big.png', png(red));
  server.route('/img/blue.png', png(blue));
  server.route('/img/lazy.png', png(blue));
  server.route('/img/thumb.png', png(red));
  server.route('/img/pixel.gif', png(pngBytes(1, 1, [0, 0, 0])));
  server.route(
    '/img/not-an-image.png',
    serve('<html>nope</html>', { 'content-type': 'image/png' }),
  );
  const o = server.origin;
  server.route(
    '/feed.xml',
    serve(
      rssWithImages(o, [
        {
          guid: 'a',
          title: 'Red',
          html: `<p>A red one <img src="${o}/img/red.png" srcset="${o}/img/red.png 300w, ${o}/img/red-big.png 900w"></p>
                 <img src="${o}/img/pixel.gif" width="1" height="1">
                 <img src="http://feeds.feedburner.com/~r/Example/~4/abc">`,
        },
        {
          guid: 'b',
          title: 'Blue',
          html: `<p><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="${o}/img/lazy.png">
                 <img src="${o}/img/blue.png"> <img src="${o}/img/not-an-image.png"></p>`,
          enclosure: { url: `${o}/img/thumb.png`, type: 'image/png' },
        },
      ]),
    ),
  );
  return server;
}

async function freshReader(
  extra: Partial<ReaderOptions> = {},
): Promise<{ reader: Reader; dataDir: string }> {
  const dir = tempDir();
  dirs.push(dir);
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    ...extra,
  });
  return { reader, dataDir: dir.path };
}

const imagePaths = (server: TestServer) =>
  server.requests.map((r) => r.path).filter((path) => path.startsWith('/img/'));

function cachedFiles(dataDir: string): string[] {
  const root = join(dataDir, 'images');
  if (!existsSync(root)) return [];
  return readdirSync(root).flatMap((sub) =>
    readdirSync(join(root, sub)).filter((name) => !name.startsWith('.')),
  );
}

test("a refresh caches its posts' images after storing them: best srcset candidate, lazy src, image enclosures; never pixels", async () => {
  const server = await picturesServer();
  const { reader, dataDir } = await freshReader();
  await reader.addFeed({ url: server.url('/feed.xml') });
  await reader.refresh({});
  await reader.images.idle();
  const fetched = imagePaths(server).sort();
  assert.deepEqual(fetched, [
    '/img/blue.png',
    '/img/lazy.png',
    '/img/not-an-image.png',
    '/img/red-big.png',
    '/img/thumb.png',
  ]);
  assert.ok(!server.requests.some((r) => r.path.includes('pixel')), 'no tracking pixel requested');
  const headers = server.requests.find((r) => r.path === '/img/blue.png')!.headers;
  assert.match(headers['user-agent'] ?? '', /^Orrery\//);
  assert.equal(headers.cookie, undefined);
  assert.equal(headers.referer, undefined);
  // red-big and thumb are the same bytes: one file. blue and lazy too.
  assert.equal(cachedFiles(dataDir).length, 2);
  const image = await reader.images.image(server.url('/img/red-big.png'), false);
  assert.equal(image?.type, 'image/png');
  assert.deepEqual(Buffer.from(image!.bytes), red);
  assert.equal(await reader.images.image(server.url('/img/not-an-image.png'), false), null);
  await reader.close();
  await server.close();
});

test('"never" fetches no image, not even on demand; an explicit request for one post does', async () => {
  const server = await picturesServer();
  const { reader } = await freshReader({ images: { remoteImages: 'never' } });
  await reader.addFeed({ url: server.url('/feed.xml') });
  await reader.refresh({});
  await reader.images.idle();
  assert.deepEqual(imagePaths(server), []);
  assert.equal(reader.images.fetchesOnDemand, false);
  const loaded = await reader.images.image(server.url('/img/blue.png'), true);
  assert.equal(loaded?.type, 'image/png');
  assert.deepEqual(imagePaths(server), ['/img/blue.png']);
  await reader.close();
  await server.close();
});

test('"only when I open a post" fetches nothing in the background; a miss is fetched once on demand', async () => {
  const server = await picturesServer();
  const { reader } = await freshReader({ images: { remoteImages: 'open' } });
  await reader.addFeed({ url: server.url('/feed.xml') });
  await reader.refresh({});
  await reader.images.idle();
  assert.deepEqual(imagePaths(server), []);
  const [one, two] = await Promise.all([
    reader.images.image(server.url('/img/red.png'), true),
    reader.images.image(server.url('/img/red.png'), true),
  ]);
  assert.ok(one && two);
  assert.deepEqual(imagePaths(server), ['/img/red.png'], 'two requests, one fetch');
  assert.equal(
    await reader.images.image('http://feeds.feedburner.com/~r/Example/~4/abc', true),
    null,
  );
  await reader.close();
  await server.close();
});

test("releasing a post frees the images only it showed; the size limit evicts read posts' images, never starred ones", async () => {
  const server = await picturesServer();
  const { reader, dataDir } = await freshReader();
  await reader.addFeed({ url: server.url('/feed.xml') });
  await reader.refresh({});
  await reader.images.idle();
  const { entries } = await reader.listEntries({});
  const red = entries.find((e) => e.title === 'Red')!;
  const blue = entries.find((e) => e.title === 'Blue')!;

  // Over a 1-byte limit: nothing read yet, so nothing may go.
  reader.images.setPolicy('keep', 1);
  await reader.images.idle();
  assert.equal(cachedFiles(dataDir).length, 2);

  await reader.setRead({ entryIds: [red.id, blue.id], read: true });
  await reader.setStarred({ entryIds: [blue.id], starred: true });
  reader.images.schedule();
  await reader.images.idle();
  assert.equal(
    await reader.images.image(server.url('/img/red-big.png'), false),
    null,
    'read post: evicted',
  );
  assert.ok(await reader.images.image(server.url('/img/blue.png'), false), 'starred post: kept');
  // thumb.png has red's bytes but belongs to the starred post: the file stays.
  assert.ok(await reader.images.image(server.url('/img/thumb.png'), false));

  await reader.images.releaseImagesOf([blue.id]);
  assert.equal(await reader.images.image(server.url('/img/blue.png'), false), null);
  assert.deepEqual(cachedFiles(dataDir), []);
  await reader.close();
  await server.close();
});

test('retention frees the cached images of the posts it prunes; the post it keeps keeps its own', async () => {
  const server = await picturesServer();
  const { reader, dataDir } = await freshReader({ retention: { keepReadDays: 90, maxPerFeed: 1 } });
  await reader.addFeed({ url: server.url('/feed.xml') });
  await reader.images.idle();
  const { entries } = await reader.listEntries({});
  const blue = entries.find((e) => e.title === 'Blue')!;
  const red = entries.find((e) => e.title === 'Red')!;
  await reader.setRead({ entryIds: [blue.id, red.id], read: true });
  await reader.prune();
  await new Promise((resolve) => setImmediate(resolve));
  assert.equal(await reader.images.image(server.url('/img/blue.png'), false), null, 'pruned');
  assert.ok(await reader.images.image(server.url('/img/red-big.png'), false), 'the kept post');
  assert.equal(cachedFiles(dataDir).length, 1);
  await reader.close();
  await server.close();
});

test('an image host that never answers cannot hold idle() or close(); its image is fetched by the next run', async () => {
  const server = await startServer();
  let answer = false;
  server.route('/img/slow.png', (_req, res) => {
    // Accepted, then silence (until the test lets it answer).
    if (answer) res.writeHead(200, { 'content-type': 'image/png' }).end(red);
  });
  server.route(
    '/feed.xml',
    serve(
      rssWithImages(server.origin, [
        { guid: 's', title: 'Slow', html: `<img src="${server.url('/img/slow.png')}">` },
      ]),
    ),
  );
  const dir = tempDir();
  dirs.push(dir);
  const open = () => openReader({ dataDir: dir.path, firstRunFeeds: [], parseWorkerUrl: null });
  const first = await open();
  await first.addFeed({ url: server.url('/feed.xml') });
  await first.refresh({});
  const waited = Date.now();
  assert.equal(await first.images.idle(300), false, 'still fetching: idle gives up, says so');
  assert.ok(Date.now() - waited < 5_000);
  const closing = Date.now();
  await first.close();
  assert.ok(Date.now() - closing < 5_000, 'close aborts the fetch in flight');

  answer = true;
  const second = await open();
  second.images.schedule();
  assert.equal(await second.images.idle(10_000), true);
  assert.ok(await second.images.image(server.url('/img/slow.png'), false), 'kept pending, fetched');
  await second.close();
  await server.close();
});
