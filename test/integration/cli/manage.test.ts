// The CLI's management verbs, as a script would run them: rename, move, folders, folder
// add/rename/remove, members, settings. Unknown ids and paths exit 1 and change nothing.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { runOrrery } from '../../support/orreryCli.ts';
import { planetMembersFixture, servePlanet } from '../../support/planetFixture.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

let server: TestServer;
const dirs: { dispose: () => void }[] = [];

before(async () => {
  server = await startServer({
    '/kerrie/feed/': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
  });
  servePlanet(server);
});
after(async () => {
  await server.close();
  for (const dir of dirs) dir.dispose();
});

function dataDir(): string {
  const dir = tempDir();
  dirs.push(dir);
  return dir.path;
}

async function json<T>(dir: string, ...args: string[]): Promise<T> {
  const run = await runOrrery(dir, ['--json', ...args]);
  assert.equal(run.code, 0, `${args.join(' ')}: ${run.stderr}`);
  return JSON.parse(run.stdout) as T;
}

type FeedRow = { id: number; title: string; folder: string | null };
type FolderRow = { id: number; path: string; feeds: number };

/** Runs a command that must fail with exit 1 and leave feeds, folders and settings as they were. */
async function failsAndChangesNothing(dir: string, args: string[], message: RegExp) {
  const state = async () => [
    await json(dir, 'feeds'),
    await json(dir, 'folders'),
    await json(dir, 'settings'),
  ];
  const before = await state();
  const run = await runOrrery(dir, args);
  assert.equal(run.code, 1, `${args.join(' ')} exits 1: ${run.stderr}`);
  assert.match(run.stderr, message);
  assert.deepEqual(await state(), before, `${args.join(' ')} changed nothing`);
}

test('rename and move a feed; folders lists paths with their feed counts', async () => {
  const dir = dataDir();
  const feed = await json<{ id: number }>(dir, 'add', server.url('/kerrie/feed/'));
  await json(dir, 'folder', 'add', 'Blogs/Friends');
  const renamed = await json<{ title: string }>(dir, 'rename', String(feed.id), 'Kerrie');
  assert.equal(renamed.title, 'Kerrie');
  await json(dir, 'move', String(feed.id), 'Blogs/Friends');
  let feeds = await json<FeedRow[]>(dir, 'feeds');
  assert.deepEqual(
    feeds.map((f) => [f.title, f.folder]),
    [['Kerrie', 'Blogs/Friends']],
  );
  const folders = await json<FolderRow[]>(dir, 'folders');
  assert.deepEqual(
    folders.map((f) => [f.path, f.feeds]),
    [
      ['Blogs', 0],
      ['Blogs/Friends', 1],
    ],
  );
  await json(dir, 'move', String(feed.id), '');
  feeds = await json<FeedRow[]>(dir, 'feeds');
  assert.equal(feeds[0]!.folder, null, 'an empty path is the top level');

  await failsAndChangesNothing(dir, ['rename', '999', 'Nobody'], /no feed 999/);
  await failsAndChangesNothing(dir, ['move', '999', 'Blogs'], /no feed 999/);
  await failsAndChangesNothing(dir, ['move', String(feed.id), 'No/Such'], /no folder "No\/Such"/);
});

test('folder add, rename, remove (feeds move up, or go with --with-feeds)', async () => {
  const dir = dataDir();
  const feed = await json<{ id: number }>(
    dir,
    'add',
    server.url('/kerrie/feed/'),
    '--folder',
    'A/B',
  );
  await json(dir, 'folder', 'rename', 'A/B', 'C');
  assert.equal((await json<FeedRow[]>(dir, 'feeds'))[0]!.folder, 'A/C');
  await failsAndChangesNothing(dir, ['folder', 'rename', 'A/B', 'D'], /no folder "A\/B"/);
  await failsAndChangesNothing(dir, ['folder', 'remove', 'Nope'], /no folder "Nope"/);
  const removed = await json<{ movedFeeds: number }>(dir, 'folder', 'remove', 'A/C');
  assert.equal(removed.movedFeeds, 1);
  assert.equal((await json<FeedRow[]>(dir, 'feeds'))[0]!.folder, 'A');
  const gone = await json<{ removedFeeds: number }>(dir, 'folder', 'remove', 'A', '--with-feeds');
  assert.equal(gone.removedFeeds, 1);
  assert.deepEqual(await json(dir, 'feeds'), []);
  assert.deepEqual(await json(dir, 'folders'), []);
  void feed;
  const usage = await runOrrery(dir, ['folder', 'add', 'X', '--with-feeds']);
  assert.equal(usage.code, 2);
});

test('members lists a planet’s members and subscribes some or all', async () => {
  const dir = dataDir();
  const planet = await json<{ id: number }>(dir, 'add', server.url('/planet/rss20.xml'));
  type Member = { title: string; url: string; siteUrl: string | null; subscribed: boolean };
  const members = await json<Member[]>(dir, 'members', String(planet.id));
  assert.deepEqual(
    members.map((m) => [m.title, m.url, m.subscribed]),
    planetMembersFixture.map((m) => [m.name, server.url(`/${m.slug}/feed`), false]),
  );
  const one = await json<Member[]>(
    dir,
    'members',
    String(planet.id),
    '--subscribe',
    server.url('/alice/feed'),
  );
  assert.deepEqual(
    one.map((m) => m.subscribed),
    [true, false],
  );
  const all = await json<Member[]>(dir, 'members', String(planet.id), '--all');
  assert.ok(all.every((m) => m.subscribed));
  const feeds = await json<FeedRow[]>(dir, 'feeds');
  assert.equal(feeds.filter((f) => f.folder === 'Planet Loopback').length, 2);
  await failsAndChangesNothing(dir, ['members', '999'], /no feed 999/);
});

test('settings shows, reads and changes preferences in the data directory (0600)', async () => {
  const dir = dataDir();
  const all = await json<Record<string, unknown>>(dir, 'settings');
  assert.equal(all.pollIntervalMinutes, 60);
  assert.equal(await json(dir, 'settings', 'theme'), 'system');
  await json(dir, 'settings', 'pollIntervalMinutes', '30');
  await json(dir, 'settings', 'theme', 'dark');
  assert.equal(await json(dir, 'settings', 'pollIntervalMinutes'), 30);
  assert.equal(await json(dir, 'settings', 'theme'), 'dark');
  assert.equal(statSync(join(dir, 'settings.json')).mode & 0o777, 0o600);
  for (const bad of [
    ['pollIntervalMinutes', '1'],
    ['theme', 'neon'],
    ['noSuchSetting', '1'],
  ]) {
    const run = await runOrrery(dir, ['settings', ...bad]);
    assert.equal(run.code, 2, `settings ${bad.join(' ')}: ${run.stderr}`);
  }
  assert.equal(await json(dir, 'settings', 'pollIntervalMinutes'), 30, 'refusals changed nothing');
});
