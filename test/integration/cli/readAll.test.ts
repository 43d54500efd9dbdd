// `orrery read --all` bounded like the window's Shift+A: --before leaves posts stored later
// unread, --search marks only the matches, --folder only that folder's feeds.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { runOrrery, type CliRun } from '../../support/orreryCli.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

let server: TestServer;
let data: { path: string; dispose: () => void };

interface Row {
  id: number;
  title: string;
  read: boolean;
  feeds: number[];
}

function orrery(...args: string[]): Promise<CliRun> {
  return runOrrery(data.path, args);
}

async function json<T>(...args: string[]): Promise<T> {
  const run = await orrery('--json', ...args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
}

const unreadIds = async () => (await json<Row[]>('entries', '--unread')).map((row) => row.id);

before(async () => {
  data = tempDir();
  server = await startServer({
    '/kerrie/feed/': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    '/planet/rss20.xml': serve(fixtureBytes('corpus/feeds/planet-venus-rss20.xml')),
  });
});
after(async () => {
  await server.close();
  data.dispose();
});

test('--before leaves the posts stored after it unread, and says how many it marked', async () => {
  const blog = await json<{ id: number }>('add', server.url('/kerrie/feed/'), '--folder', 'Blogs');
  const shown = await json<Row[]>('entries');
  const newest = Math.max(...shown.map((row) => row.id));
  // New posts arrive after the list was read: the planet's own posts.
  await json('add', server.url('/planet/rss20.xml'), '--folder', 'Planets');
  const arrived = (await unreadIds()).filter((id) => id > newest);
  assert.ok(arrived.length > 0);

  const run = await orrery('read', '--all', '--before', String(newest));
  assert.equal(run.code, 0, run.stderr);
  assert.equal(run.stdout, `Marked ${shown.length} read.\n`);
  assert.deepEqual((await unreadIds()).sort(), arrived.sort());
  const feeds = await json<{ id: number; unread: number }[]>('feeds');
  assert.equal(feeds.find((f) => f.id === blog.id)!.unread, 0);
});

test('--search marks only the matches; the JSON names the ids for an undo', async () => {
  await json('unread', ...(await json<Row[]>('entries')).map((row) => String(row.id)));
  const matches = await json<Row[]>('entries', '--search', 'Jessie');
  assert.equal(matches.length, 1);
  const result = await json<{ changed: number; entryIds: number[] }>(
    'read',
    '--all',
    '--folder',
    'Planets',
    '--search',
    'Jessie',
  );
  assert.deepEqual(result, { changed: 1, entryIds: [matches[0]!.id] });
  const unread = await unreadIds();
  assert.ok(!unread.includes(matches[0]!.id));
  assert.equal(unread.length, (await json<Row[]>('entries')).length - 1);
  // Undo: exactly those back to unread.
  assert.deepEqual(await json('unread', ...result.entryIds.map(String)), { changed: 1 });
});

test('--search with --before: the matches stored up to the boundary only', async () => {
  const all = await json<Row[]>('entries');
  const systemd = await json<Row[]>('entries', '--search', 'systemd');
  assert.ok(systemd.length > 0);
  const boundary = Math.min(...all.map((row) => row.id));
  assert.ok(
    systemd.some((row) => row.id > boundary),
    'a match is stored after the boundary',
  );
  const run = await orrery('read', '--all', '--search', 'systemd', '--before', String(boundary));
  assert.equal(run.code, 0, run.stderr);
  const expected = systemd.filter((row) => row.id <= boundary).length;
  assert.equal(run.stdout, `Marked ${expected} read.\n`);
});

test('usage errors: scope options without --all, --feed with --folder, a bad boundary', async () => {
  for (const args of [
    ['read', '1', '--search', 'x'],
    ['read', '--all', '--feed', '1', '--folder', 'Planets'],
    ['read', '--all', '--before', 'yesterday'],
  ]) {
    const run = await orrery(...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /Usage: orrery/);
  }
  const unknown = await orrery('read', '--all', '--folder', 'Nowhere');
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /no folder "Nowhere"/);
});
