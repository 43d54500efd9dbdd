// Resolve first, store after: finding feeds stores nothing, a refused address leaves no row and
// announces nothing, an address already subscribed says so, and ids are never given out twice.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, type Reader } from '../../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

let server: TestServer;
const dirs: { dispose: () => void }[] = [];

const page = (links: string) =>
  serve(`<!doctype html><html><head><title>Blog</title>${links}</head><body>hi</body></html>`, {
    'content-type': 'text/html; charset=utf-8',
  });

before(async () => {
  server = await startServer({
    '/feed.xml': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    '/atom.xml': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    '/comments.xml': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    '/blog/': page(
      `<link rel="alternate" type="application/rss+xml" title="Blog » Comments Feed" href="/comments.xml">
       <link rel="alternate" type="application/rss+xml" title="Blog posts" href="/feed.xml">
       <link rel="alternate" type="application/atom+xml" title="Blog (Atom)" href="/atom.xml">`,
    ),
  });
});
after(async () => {
  await server.close();
  for (const dir of dirs) dir.dispose();
});

async function freshReader(): Promise<Reader> {
  const dir = tempDir();
  dirs.push(dir);
  return openReader({ dataDir: dir.path, firstRunFeeds: [], parseWorkerUrl: null });
}

function recordEvents(reader: Reader): string[] {
  const seen: string[] = [];
  for (const name of ['feedsChanged', 'feedChanged', 'entriesAdded', 'countsChanged'] as const) {
    reader.on(name, () => seen.push(name));
  }
  return seen;
}

test('findFeeds offers a page’s feeds with titles and types, comments last, and stores nothing', async () => {
  const reader = await freshReader();
  const found = await reader.findFeeds({ url: `  ${server.url('/blog/')} ` });
  assert.equal(found.address, server.url('/blog/'));
  assert.deepEqual(
    found.candidates.map((c) => [new URL(c.url).pathname, c.title, c.type, c.comments]),
    [
      ['/feed.xml', 'Blog posts', 'rss', false],
      ['/atom.xml', 'Blog (Atom)', 'atom', false],
      ['/comments.xml', 'Blog » Comments Feed', 'rss', true],
    ],
  );
  assert.deepEqual(await reader.listFeeds({}), []);
  const direct = await reader.findFeeds({ url: server.url('/feed.xml') });
  assert.equal(direct.candidates.length, 1);
  assert.equal(direct.candidates[0]!.subscribedFeedId, null);
  await reader.close();
});

test('a refused address leaves no row and no event; a good one is announced after it exists', async () => {
  const reader = await freshReader();
  const events = recordEvents(reader);
  // A page without feeds on a site without any at the usual addresses either.
  const bare = await startServer({ '/nothing': page('') });
  await assert.rejects(reader.addFeed({ url: bare.url('/nothing') }), /links to no feed/);
  await bare.close();
  await assert.rejects(reader.addFeed({ url: server.url('/missing') }), /404/);
  assert.deepEqual(await reader.listFeeds({}), []);
  assert.deepEqual(events, []);
  let rowsWhenAnnounced = -1;
  reader.on('feedsChanged', () => {
    void reader.listFeeds({}).then((feeds) => (rowsWhenAnnounced = feeds.length));
  });
  const added = await reader.addFeed({ url: server.url('/blog/'), folder: 'Blogs' });
  assert.equal(added.alreadySubscribed, false);
  assert.equal(new URL(added.url).pathname, '/feed.xml', 'the first non-comments feed');
  await new Promise((r) => setTimeout(r, 10));
  assert.equal(rowsWhenAnnounced, 1);
  assert.equal(events[0], 'feedsChanged');
  const [feed] = await reader.listFeeds({});
  assert.equal(feed!.folder, 'Blogs');
  assert.ok(feed!.total > 0, 'its posts were stored with it');
  await reader.close();
});

test('subscribing to an address already subscribed says so, typed or resolved', async () => {
  const reader = await freshReader();
  const first = await reader.addFeed({ url: server.url('/feed.xml') });
  const again = await reader.addFeed({ url: server.url('/feed.xml') });
  assert.deepEqual(again, { ...first, alreadySubscribed: true });
  const viaPage = await reader.addFeed({ url: server.url('/blog/') });
  assert.equal(viaPage.alreadySubscribed, true);
  assert.equal(viaPage.id, first.id);
  const found = await reader.findFeeds({ url: server.url('/blog/') });
  assert.equal(found.candidates[0]!.subscribedFeedId, first.id);
  assert.equal((await reader.listFeeds({})).length, 1);
  await reader.close();
});

test('a removed feed’s id is never given to a later feed', async () => {
  const reader = await freshReader();
  const first = await reader.addFeed({ url: server.url('/feed.xml') });
  const removal = await reader.removeFeed({ feedId: first.id });
  assert.equal(removal.removed, true);
  assert.ok(removal.deletedPosts > 0);
  const report = await reader.importOpml({
    text: `<opml version="2.0"><body><outline xmlUrl="${server.url('/atom.xml')}"/></body></opml>`,
  });
  assert.ok(report.added[0]!.id > first.id);
  await reader.close();
});

test('folders: add, rename, nest, remove with feeds moving up or going along', async () => {
  const reader = await freshReader();
  const planets = await reader.addFolder({ path: 'Planets' });
  const linux = await reader.addFolder({ path: 'Linux' });
  const feed = await reader.addFeed({ url: server.url('/feed.xml'), folder: 'Linux' });
  assert.equal(
    (await reader.moveFolder({ folderId: linux.id, parentId: planets.id })).path,
    'Planets/Linux',
  );
  await assert.rejects(
    reader.moveFolder({ folderId: planets.id, parentId: linux.id }),
    /into itself/,
  );
  assert.equal(
    (await reader.renameFolder({ folderId: linux.id, name: 'Penguins' })).path,
    'Planets/Penguins',
  );
  const moved = await reader.removeFolder({ folderId: linux.id, withFeeds: false });
  assert.deepEqual(moved, { removedFolders: 1, movedFeeds: 1, removedFeeds: 0 });
  assert.equal((await reader.listFeeds({}))[0]!.folder, 'Planets');
  const gone = await reader.removeFolder({ folderId: planets.id, withFeeds: true });
  assert.deepEqual(gone, { removedFolders: 1, movedFeeds: 0, removedFeeds: 1 });
  assert.deepEqual(await reader.listFeeds({}), []);
  assert.deepEqual(await reader.listFolders({}), []);
  await assert.rejects(reader.renameFolder({ folderId: planets.id, name: 'X' }), /no folder/);
  void feed;
  await reader.close();
});

test('an address without a scheme is tried as https, then as http when https cannot connect', async () => {
  const reader = await freshReader();
  const schemeless = server.url('/feed.xml').replace('http://', '');
  const found = await reader.findFeeds({ url: ` ${schemeless} ` });
  assert.equal(found.address, server.url('/feed.xml'));
  const added = await reader.addFeed({ url: `feed://${schemeless}` });
  assert.equal(added.url, server.url('/feed.xml'));
  await reader.close();
});

test('a pending find or add is cancelled by its request id and leaves nothing', async () => {
  server.route('/silent', () => {
    /* never answers */
  });
  const reader = await freshReader();
  const finding = reader.findFeeds({ url: server.url('/silent'), requestId: 'find-1' });
  const adding = reader.addFeed({ url: server.url('/silent'), requestId: 'add-1' });
  await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(await reader.cancelRequest({ requestId: 'find-1' }), { cancelled: true });
  assert.deepEqual(await reader.cancelRequest({ requestId: 'add-1' }), { cancelled: true });
  await assert.rejects(finding, /Cancelled\./);
  await assert.rejects(adding, /Cancelled\./);
  assert.deepEqual(await reader.cancelRequest({ requestId: 'add-1' }), { cancelled: false });
  assert.deepEqual(await reader.listFeeds({}), []);
  await reader.close();
});

test('offline first run: the planet stays "new" with the reason, distinguishable from "All read."', async () => {
  const closed = await startServer();
  const unreachable = closed.url('/planet/rss20.xml');
  await closed.close(); // nobody listens there now: connection refused, as offline
  const dir = tempDir();
  dirs.push(dir);
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [unreachable],
    parseWorkerUrl: null,
  });
  const { feeds } = await reader.refresh({});
  assert.equal(feeds[0]!.status, 'new');
  const [planet] = await reader.listFeeds({});
  assert.equal(planet!.status, 'new');
  assert.match(planet!.error ?? '', /Could not connect/);
  assert.ok(planet!.nextCheckAt, 'it will retry');
  await reader.close();
});
