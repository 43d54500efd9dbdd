// The CLI verbs of issue 8 as a script uses them: a real `orrery` process, a real data directory,
// loopback feeds. Offline with a real process that has no network at all (`unshare -n`: a network
// namespace of its own whose loopback is down), so every request fails before reaching a server.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openReader } from '../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { rssLinkingTo } from '../../support/pageFeed.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

const cli = new URL('../../../electron/cli/main.ts', import.meta.url).pathname;
let server: TestServer;
const dirs: { dispose: () => void }[] = [];

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function orrery(dataDir: string, args: string[], prefix: string[] = []): Promise<Run> {
  const [command, ...rest] = [...prefix, process.execPath, cli, '--data-dir', dataDir, ...args];
  return new Promise((resolve) => {
    execFile(command!, rest, { timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

async function json<T>(dataDir: string, ...args: string[]): Promise<T> {
  const run = await orrery(dataDir, ['--json', ...args]);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
}

function dataDir(): string {
  const dir = tempDir('orrery-cli8-');
  dirs.push(dir);
  return dir.path;
}

const canUnshare = (() => {
  try {
    execFileSync('unshare', ['-n', 'true'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

before(async () => {
  server = await startServer({
    '/kerrie/feed/': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    '/hugo/index.xml': serve(fixtureBytes('corpus/feeds/hugo-rss.xml')),
  });
});
after(async () => {
  await server.close();
  for (const dir of dirs) dir.dispose();
});

interface FeedJson {
  id: number;
  status: string;
  error: string | null;
  nextCheckAt: string | null;
  unread: number;
}

test(
  'refresh with no network at all: status "offline", no feed failed, fine again with the network',
  { skip: canUnshare ? false : 'unshare -n is not permitted here' },
  async () => {
    const dir = dataDir();
    await json(dir, 'add', server.url('/kerrie/feed/'));
    await json(dir, 'add', server.url('/hugo/index.xml'));
    const before = await json<FeedJson[]>(dir, 'feeds');
    const run = await orrery(dir, ['--json', 'refresh'], ['unshare', '-n']);
    assert.equal(run.code, 0, run.stderr);
    const offline = JSON.parse(run.stdout) as { status: string; feeds: FeedJson[] };
    assert.equal(offline.status, 'offline');
    const text = await orrery(dir, ['refresh'], ['unshare', '-n']);
    assert.match(text.stdout, /^Offline/);
    const after = await json<FeedJson[]>(dir, 'feeds');
    assert.deepEqual(after, before, 'no feed marked failed, backed off or rescheduled');
    const online = await json<{ status: string; feeds: FeedJson[] }>(dir, 'refresh');
    assert.equal(online.status, 'ok');
    assert.ok(online.feeds.every((f) => f.status === 'ok'));
  },
);

test('prune --dry-run says what it would remove, prune removes it, a refresh brings none back', async () => {
  const dir = dataDir();
  // Subscribed and read 200 days ago (the engine's clock), so retention's 90 days have passed.
  const past = new Date(Date.now() - 200 * 86_400_000);
  const reader = await openReader({ dataDir: dir, firstRunFeeds: [], now: () => past });
  const feed = await reader.addFeed({ url: server.url('/kerrie/feed/') });
  await reader.markAllRead({});
  await reader.close();
  const all = await json<{ id: number }[]>(dir, 'entries');
  assert.ok(all.length >= 3);
  const dry = await json<{ dryRun: boolean; removed: number }>(dir, 'prune', '--dry-run');
  assert.equal(dry.dryRun, true);
  assert.equal(dry.removed, all.length);
  assert.equal(
    (await json<unknown[]>(dir, 'entries')).length,
    all.length,
    'dry run removes nothing',
  );
  const text = await orrery(dir, ['prune']);
  assert.match(text.stdout, new RegExp(`^Removed ${all.length} posts`));
  assert.equal((await json<unknown[]>(dir, 'entries')).length, 0);
  // The feed still carries every pruned post (a changed body, so it is parsed again): none
  // comes back, none unread.
  const changed = Buffer.concat([
    fixtureBytes('corpus/feeds/wordpress-rss2.xml'),
    Buffer.from('<!-- edited -->\n'),
  ]);
  server.route('/kerrie/feed/', serve(changed));
  const refreshed = await json<{ feeds: { newEntries: number }[] }>(
    dir,
    'refresh',
    String(feed.id),
  );
  assert.equal(refreshed.feeds[0]?.newEntries, 0);
  const feeds = await json<FeedJson[]>(dir, 'feeds');
  assert.equal(feeds[0]?.unread, 0);
  assert.equal((await json<unknown[]>(dir, 'entries')).length, 0);
});

test('backup FILE writes a consistent, private copy; article says what it found', async () => {
  const dir = dataDir();
  server.route(
    '/pages/feed',
    serve(rssLinkingTo([{ guid: 'p1', title: 'Flaky tests', link: server.url('/pages/flaky') }])),
  );
  server.route(
    '/pages/flaky',
    serve(fixtureBytes('pages/medium-like.html'), { 'content-type': 'text/html' }),
  );
  await json(dir, 'add', server.url('/pages/feed'));
  const [post] = await json<{ id: number }[]>(dir, 'entries');
  const article = await orrery(dir, ['article', String(post!.id)]);
  assert.equal(article.code, 0, article.stderr);
  assert.match(article.stdout, /The quiet cost of flaky tests/);
  const shown = await json<{ fullArticle: { html: string } }>(dir, 'show', String(post!.id));
  assert.match(shown.fullArticle.html, /Every engineering organisation/);
  assert.equal((await orrery(dir, ['article', 'x'])).code, 2);

  const copy = join(dir, 'copy.sqlite');
  const backup = await json<{ file: string; bytes: number }>(dir, 'backup', copy);
  assert.equal(backup.file, copy);
  assert.equal(statSync(copy).mode & 0o777, 0o600);
  const db = new DatabaseSync(copy, { readOnly: true });
  try {
    const check = db.prepare('PRAGMA integrity_check').all() as { integrity_check: string }[];
    assert.deepEqual(
      check.map((row) => row.integrity_check),
      ['ok'],
    );
    assert.equal((db.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n, 1);
  } finally {
    db.close();
  }
  assert.equal((await orrery(dir, ['backup'])).code, 2);
});
