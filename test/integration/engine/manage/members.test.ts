// Planet members in one step: listed from the planet's OPML, or from Atom <source> elements, and
// subscribed into a folder named after the planet, where their posts merge with the planet's
// copies (one post each, read state kept).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader, type Reader } from '../../../../electron/engine/reader.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { planetMembersFixture, servePlanet } from '../../../support/planetFixture.ts';
import { startServer, type TestServer } from '../../../support/server.ts';

let server: TestServer;
const dirs: { dispose: () => void }[] = [];

before(async () => {
  server = await startServer();
  servePlanet(server);
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

const memberFeeds = () => planetMembersFixture.map((m) => server.url(`/${m.slug}/feed`));

test('members come from the OPML the planet’s page links to, already subscribed ones marked', async () => {
  const reader = await freshReader();
  const planet = await reader.addFeed({ url: server.url('/planet/rss20.xml') });
  await reader.addFeed({ url: server.url('/bob/feed') });
  const members = await reader.planetMembers({ feedId: planet.id });
  assert.deepEqual(
    members.map((m) => [m.title, m.url, m.siteUrl, m.subscribed]),
    [
      ['Alice Example', server.url('/alice/feed'), server.url('/alice/'), false],
      ['Bob Sample', server.url('/bob/feed'), server.url('/bob/'), true],
    ],
  );
  await reader.close();
});

test('without an OPML, members come from the entries’ Atom <source> elements', async () => {
  const reader = await freshReader();
  const planet = await reader.addFeed({ url: server.url('/atomplanet/atom.xml') });
  const members = await reader.planetMembers({ feedId: planet.id });
  assert.deepEqual(
    members.map((m) => [m.title, m.url, m.siteUrl]),
    planetMembersFixture.map((m) => [
      m.name,
      server.url(`/${m.slug}/feed`),
      server.url(`/${m.slug}/`),
    ]),
  );
  await reader.close();
});

test('subscribing members puts them in the planet’s folder and merges their posts, read kept', async () => {
  const reader = await freshReader();
  const planet = await reader.addFeed({ url: server.url('/planet/rss20.xml'), folder: 'Planets' });
  const before = await reader.listEntries({ limit: 100 });
  const postCount = planetMembersFixture.reduce((n, m) => n + m.posts.length, 0);
  assert.equal(before.total, postCount);
  const readOne = before.entries[0]!;
  await reader.setRead({ entryIds: [readOne.id], read: true });

  const result = await reader.subscribeMembers({ feedId: planet.id, urls: memberFeeds() });
  assert.equal(result.folder, 'Planets/Planet Loopback');
  assert.equal(result.added.length, 2);
  assert.deepEqual(result.problems, []);
  const feeds = await reader.listFeeds({});
  for (const url of memberFeeds()) {
    assert.equal(feeds.find((f) => f.url === url)?.folder, 'Planets/Planet Loopback');
  }
  const after = await reader.listEntries({ limit: 100 });
  assert.equal(after.total, postCount, 'no duplicates: one post per real post');
  for (const entry of after.entries) assert.equal(entry.feeds.length, 2, entry.title);
  assert.equal(after.entries.find((e) => e.id === readOne.id)?.read, true, 'read state kept');
  const again = await reader.subscribeMembers({ feedId: planet.id, urls: memberFeeds() });
  assert.equal(again.existing, 2);
  assert.ok((await reader.planetMembers({ feedId: planet.id })).every((m) => m.subscribed));
  await reader.close();
});

test('properties and unsubscribing: posts another feed carries stay, and the numbers say so first', async () => {
  const reader = await freshReader();
  const planet = await reader.addFeed({ url: server.url('/planet/rss20.xml') });
  await reader.subscribeMembers({ feedId: planet.id, urls: [server.url('/alice/feed')] });
  await reader.setStarred({
    entryIds: [(await reader.listEntries({ search: 'keyboard' })).entries[0]!.id],
    starred: true,
  });
  const properties = await reader.getFeedProperties({ feedId: planet.id });
  assert.equal(properties.feed.url, server.url('/planet/rss20.xml'));
  assert.equal(properties.pollIntervalMinutes, null);
  assert.equal(properties.defaultPollIntervalMinutes, 60);
  assert.ok(properties.feed.lastCheckedAt && properties.feed.nextCheckAt);
  assert.deepEqual(properties.removal, { deletedPosts: 0, keptShared: 2, keptStarred: 1 });
  assert.deepEqual(await reader.previewRemoveFeed({ feedId: planet.id }), properties.removal);

  const updated = await reader.updateFeed({ feedId: planet.id, pollIntervalMinutes: 180 });
  const minutes = (Date.parse(updated.nextCheckAt!) - Date.parse(updated.lastCheckedAt!)) / 60_000;
  assert.equal(Math.round(minutes), 180, 'its own interval applies at once');
  assert.equal((await reader.getFeedProperties({ feedId: planet.id })).pollIntervalMinutes, 180);
  const moved = await reader.updateFeed({
    feedId: planet.id,
    url: server.url('/atomplanet/atom.xml'),
  });
  assert.equal(moved.url, server.url('/atomplanet/atom.xml'));
  const alice = (await reader.listFeeds({})).find((f) => f.url.includes('/alice/'))!;
  await assert.rejects(reader.updateFeed({ feedId: planet.id, url: alice.url }), /already uses/);

  const removed = await reader.removeFeed({ feedId: planet.id });
  assert.deepEqual(removed, { removed: true, deletedPosts: 0, keptShared: 2, keptStarred: 1 });
  assert.equal((await reader.listEntries({ limit: 100 })).total, 3);
  await reader.close();
});
