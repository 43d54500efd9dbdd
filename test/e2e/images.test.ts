// Article images only through Orrery, in Chromium through the preview: a data directory filled
// online reads with the feed server stopped (images served from the cache); the article frame
// itself never asks the feed's servers for anything; tracking pixels are never requested; under
// "never" no image is fetched at all.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { pngBytes, rssWithImages } from '../support/images.ts';
import { serve, startServer, type TestServer } from '../support/server.ts';
import { settleWithin, startHarness, until, type Harness } from './harness.ts';

let harness: Harness;
let page: Page;
/** Every feed server a test started: closed in `after` too, so a failed test (which never reached
 * its own close) does not keep a listening server and with it the whole file alive. */
const servers: TestServer[] = [];

/** A feed server with one post showing a real picture and a tracking pixel. */
async function pictureFeed(title: string): Promise<TestServer> {
  const server = await startServer();
  servers.push(server);
  const o = server.origin;
  server.route(
    '/img/photo.png',
    serve(pngBytes(40, 30, [200, 40, 40]), { 'content-type': 'image/png' }),
  );
  server.route(
    '/img/icon.png',
    serve(pngBytes(16, 16, [0, 90, 200]), { 'content-type': 'image/png' }),
  );
  server.route('/img/pixel.gif', serve(pngBytes(1, 1, [0, 0, 0]), { 'content-type': 'image/gif' }));
  const html = `<p>${title}</p><img alt="photo" src="${o}/img/photo.png"><img alt="" src="${o}/img/pixel.gif" width="1" height="1">`;
  server.route(
    '/feed.xml',
    serve(
      rssWithImages(
        o,
        [{ guid: title, title, html }],
        `<image><url>${o}/img/icon.png</url><title>${title}</title><link>${o}/</link></image>`,
      ).replace('<title>Pictures</title>', `<title>${title}</title>`),
    ),
  );
  return server;
}

async function subscribe(server: TestServer): Promise<void> {
  await harness.reader.addFeed({ url: server.url('/feed.xml') });
  await harness.reader.images.idle();
}

/** Opens the feed's one post and returns what its first image in the frame became. */
async function openPost(title: string): Promise<{ src: string; naturalWidth: number }> {
  await page.reload();
  await page.getByRole('treeitem', { name: new RegExp(`^${title}`) }).click();
  await page.getByRole('listbox', { name: 'Entries' }).getByRole('option').first().click();
  const image = page.frameLocator('iframe.article-frame').locator('img[alt="photo"]');
  await image.waitFor();
  // Loaded, or given up on (a miss answers 404 at once).
  await until(
    async () =>
      (await image.evaluate((img) => (img as unknown as { complete: boolean }).complete)) === true,
  );
  return image.evaluate((img) => {
    const loaded = img as unknown as { src: string; naturalWidth: number };
    return { src: loaded.src, naturalWidth: loaded.naturalWidth };
  });
}

const imageRequests = (server: TestServer) =>
  server.requests.filter((r) => r.path.startsWith('/img/'));

// A stuck step fails its test (and the file ends) instead of waiting for ever.
describe('article images through the cache', { timeout: 120_000 }, () => {
  before(async () => {
    harness = await startHarness([]);
    ({ page } = await harness.newPage());
  });
  after(async () => {
    await settleWithin(10_000, [page?.context().close(), ...servers.map((s) => s.close())]);
    await settleWithin(30_000, [harness?.close()]);
  });

  test('filled online, read offline: the image is served from the cache; the pixel was never fetched', async () => {
    harness.reader.setPreferences({ remoteImages: 'keep' });
    const server = await pictureFeed('Offline pictures');
    await subscribe(server);
    assert.deepEqual(
      imageRequests(server).map((r) => r.path),
      ['/img/photo.png', '/img/icon.png'],
      'the photo and the feed icon once, by the engine; never the pixel',
    );
    await server.close();
    // The data directory reopened (another Reader and preview on it), the feed server stopped.
    await harness.restart();
    await page.goto(harness.preview.url);
    const shown = await openPost('Offline pictures');
    assert.ok(shown.naturalWidth > 0, 'the image loaded');
    assert.ok(shown.src.startsWith(`${harness.preview.origin}/cache/image?`), shown.src);
    const icon = page.getByRole('treeitem', { name: /^Offline pictures/ }).locator('img.feed-icon');
    await until(
      async () =>
        (await icon.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)) >
        0,
    );
    assert.ok(
      (await icon.getAttribute('src'))?.startsWith(`${harness.preview.origin}/cache/icon?`),
    );
  });

  test('"only when I open a post": the engine fetches a miss; the frame itself never asks the server', async () => {
    harness.reader.setPreferences({ remoteImages: 'open' });
    const server = await pictureFeed('Opened pictures');
    await subscribe(server);
    assert.deepEqual(
      imageRequests(server).map((r) => r.path),
      ['/img/icon.png'],
      'no post image fetched before the post is opened',
    );
    const shown = await openPost('Opened pictures');
    assert.ok(shown.naturalWidth > 0);
    const requests = imageRequests(server);
    assert.deepEqual(
      requests.map((r) => r.path),
      ['/img/icon.png', '/img/photo.png'],
      'the feed icon after the refresh, the photo only when the post was opened',
    );
    for (const request of server.requests) {
      assert.match(
        request.headers['user-agent'] ?? '',
        /^Orrery\//,
        'only the engine, never the browser',
      );
      assert.equal(request.headers.referer, undefined);
      assert.equal(request.headers.cookie, undefined);
    }
    await server.close();
  });

  test('"never" fetches no image, in the background or on opening; "Load images" fetches that post\'s', async () => {
    harness.reader.setPreferences({ remoteImages: 'never' });
    const server = await pictureFeed('Never pictures');
    await subscribe(server);
    const shown = await openPost('Never pictures');
    assert.equal(shown.naturalWidth, 0);
    assert.deepEqual(imageRequests(server), []);
    await page.getByRole('button', { name: 'Load images' }).click();
    const image = page.frameLocator('iframe.article-frame').locator('img[alt="photo"]');
    await until(
      async () =>
        (await image.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)) >
        0,
    );
    assert.deepEqual(
      imageRequests(server).map((r) => r.path),
      ['/img/photo.png'],
      'only the photo, by the engine, on request',
    );
    assert.match(imageRequests(server)[0]?.headers['user-agent'] ?? '', /^Orrery\//);
    await server.close();
  });
  test("a planet's post from a member blog I do not follow shows the member site's icon", async () => {
    harness.reader.setPreferences({ remoteImages: 'keep' });
    const member = await startServer({}, '127.0.0.2');
    const planet = await startServer();
    servers.push(member, planet);
    member.route(
      '/favicon.ico',
      serve(pngBytes(16, 16, [0, 140, 60]), { 'content-type': 'image/png' }),
    );
    // A feed the user typed on the member's host: the SSRF rule lets that host's images load.
    member.route(
      '/other.xml',
      serve(rssWithImages(member.origin, [{ guid: 'other', title: 'Other', html: '<p>o</p>' }])),
    );
    planet.route(
      '/feed.xml',
      serve(`<?xml version="1.0"?><rss version="2.0"><channel><title>Planet Icons</title>
<link>${planet.origin}/</link><description>p</description><generator>Planet/2.0</generator>
<item><title>Member: Hello</title><guid>m1</guid><link>${member.url('/posts/1')}</link>
<description>hi</description><pubDate>${new Date(Date.UTC(2026, 10, 20)).toUTCString()}</pubDate></item>
</channel></rss>`),
    );
    await harness.reader.addFeed({ url: member.url('/other.xml') });
    await subscribe(planet);
    await page.reload();
    await page.getByRole('treeitem', { name: /^Planet Icons/ }).click();
    const icon = page
      .getByRole('listbox', { name: 'Entries' })
      .getByRole('option')
      .first()
      .locator('img.feed-icon.site');
    await until(
      async () =>
        (await icon.evaluate((img) => (img as unknown as { naturalWidth: number }).naturalWidth)) >
        0,
    );
    const src = (await icon.getAttribute('src')) ?? '';
    assert.ok(src.startsWith(`${harness.preview.origin}/cache/icon?`), src);
    assert.equal(new URL(src).searchParams.get('site'), member.origin);
    assert.ok(member.requests.some((r) => r.path === '/favicon.ico'));
  });
});
