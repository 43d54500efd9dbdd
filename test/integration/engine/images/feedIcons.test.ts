// Feed icons against loopback sites: the icon the feed names, else the site's <link rel=icon>,
// else /favicon.ico; none at all is null (a letter badge); looked for at most weekly.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../../electron/engine/reader.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { pngBytes, rssWithImages } from '../../../support/images.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

const dirs: { dispose: () => void }[] = [];
after(() => dirs.forEach((dir) => dir.dispose()));

const green = pngBytes(16, 16, [0, 160, 0]);
const touch = pngBytes(32, 32, [0, 0, 160]);
const favicon = pngBytes(8, 8, [160, 0, 0]);

/** A site at /<name>/ with a feed, and whichever icons the test gives it. */
function site(
  server: TestServer,
  name: string,
  icons: { declared?: boolean; links?: boolean; favicon?: boolean },
) {
  const o = server.origin;
  const extra = icons.declared
    ? `<image><url>${o}/${name}/logo.png</url><title>x</title><link>${o}/</link></image>`
    : '';
  const feed = rssWithImages(
    o,
    [{ guid: `${name}-1`, title: 'Hello', html: '<p>hi</p>' }],
    extra,
  ).replace(`<link>${o}/</link><description>`, `<link>${o}/${name}/</link><description>`);
  server.route(`/${name}/feed.xml`, serve(feed));
  server.route(`/${name}/logo.png`, serve(green, { 'content-type': 'image/png' }));
  server.route(
    `/${name}/`,
    serve(
      `<html><head><link rel="icon" href="small.png" sizes="16x16">${icons.links ? '<link rel="apple-touch-icon" href="/touch.png">' : ''}</head><body><link rel="icon" href="/late.png"></body></html>`,
      { 'content-type': 'text/html' },
    ),
  );
  if (icons.links) server.route('/touch.png', serve(touch, { 'content-type': 'image/png' }));
  return `${o}/${name}/feed.xml`;
}

test("feed icons: declared, else the page's icon links, else /favicon.ico, else none; not looked for again within a week", async () => {
  const server = await startServer();
  const dir = tempDir();
  dirs.push(dir);
  let now = new Date('2026-11-20T00:00:00Z');
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    now: () => now,
  });
  const declared = await reader.addFeed({
    url: site(server, 'declared', { declared: true, links: true }),
  });
  const linked = await reader.addFeed({ url: site(server, 'linked', { links: true }) });
  await reader.images.idle();
  assert.deepEqual(Buffer.from((await reader.images.feedIcon(declared.id))!.bytes), green);
  assert.deepEqual(Buffer.from((await reader.images.feedIcon(linked.id))!.bytes), touch);

  server.route('/favicon.ico', serve(favicon, { 'content-type': 'image/x-icon' }));
  let feedsChanged = 0;
  reader.on('feedsChanged', () => void (feedsChanged += 1));
  const plain = await reader.addFeed({ url: site(server, 'plain', {}) });
  assert.equal((await reader.listFeeds({})).find((f) => f.id === plain.id)?.hasIcon, undefined);
  const changedBefore = feedsChanged;
  await reader.images.idle();
  assert.deepEqual(Buffer.from((await reader.images.feedIcon(plain.id))!.bytes), favicon);
  assert.ok(feedsChanged > changedBefore, 'the faces are told to reload the feeds (icons)');
  assert.deepEqual(
    (await reader.listFeeds({})).map((f) => f.hasIcon),
    [true, true, true],
    'the feed list says which feeds have an icon, so the tree asks only for those',
  );
  assert.ok(
    server.requests.some((r) => r.path === '/plain/small.png'),
    "the page's own icon link was tried first (it is missing)",
  );

  const before = server.requests.length;
  await reader.refresh({});
  await reader.images.idle();
  const again = server.requests.slice(before).map((r) => r.path);
  assert.ok(
    !again.some((path) => /\.(png|ico)$/.test(path) || path.endsWith('/')),
    again.join(' '),
  );

  now = new Date('2026-11-28T00:00:00Z');
  server.route('/favicon.ico', serve('gone', { 'content-type': 'text/plain' }, 404));
  await reader.refresh({});
  await reader.images.idle();
  const weekly = server.requests.slice(before).filter((r) => r.path === '/declared/logo.png');
  assert.equal(weekly.length, 1, 'rechecked after a week');
  assert.equal(await reader.images.feedIcon(plain.id), null, 'no icon any more: a letter badge');
  assert.equal((await reader.listFeeds({})).find((f) => f.id === plain.id)?.hasIcon, undefined);
  assert.equal((await reader.getFeedProperties({ feedId: declared.id })).feed.hasIcon, true);
  await reader.close();
  await server.close();
});
