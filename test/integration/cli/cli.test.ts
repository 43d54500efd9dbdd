// The `orrery` command as a script would use it: a real process, a real data directory, feeds
// served from loopback. Exit codes: 0 ran, 1 failed, 2 usage.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { runOrrery, type CliRun } from '../../support/orreryCli.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

let server: TestServer;
let data: { path: string; dispose: () => void };

function orrery(...args: string[]): Promise<CliRun> {
  return runOrrery(data.path, args);
}

async function json<T>(...args: string[]): Promise<T> {
  const run = await orrery('--json', ...args);
  assert.equal(run.code, 0, run.stderr);
  return JSON.parse(run.stdout) as T;
}

before(async () => {
  data = tempDir();
  server = await startServer({
    '/kerrie/feed/': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
    '/planet/rss20.xml': serve(fixtureBytes('corpus/feeds/planet-venus-rss20.xml')),
    '/broken': (_req, res) => void res.writeHead(500).end(),
  });
});
after(async () => {
  await server.close();
  data.dispose();
});

test('usage errors exit 2 with the usage on stderr', async () => {
  for (const args of [
    ['frobnicate'],
    ['entries', '--bogus'],
    ['show'],
    ['read'],
    ['entries', '--limit', 'lots'],
  ]) {
    const run = await orrery(...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.match(run.stderr, /Usage: orrery/);
    assert.equal(run.stdout, '');
  }
  assert.ok(!existsSync(join(data.path, 'orrery.sqlite')), 'a usage error opens no database');
});

test('add prints {id, url, title}; feeds lists it with counts and status', async () => {
  const added = await json<{ id: number; url: string; title: string }>(
    'add',
    server.url('/kerrie/feed/'),
    '--folder',
    'Blogs/Debian',
  );
  assert.equal(added.url, server.url('/kerrie/feed/'));
  assert.ok(added.title.length > 0);
  await json('add', server.url('/planet/rss20.xml'), '--folder', 'Planets/Linux Australia');
  const feeds =
    await json<
      { id: number; folder: string | null; status: string; unread: number; total: number }[]
    >('feeds');
  assert.equal(feeds.length, 2, 'no first-run planet when the first command adds a feed');
  const blog = feeds.find((f) => f.id === added.id)!;
  assert.equal(blog.folder, 'Blogs/Debian');
  assert.equal(blog.status, 'ok');
  assert.ok(blog.total > 0 && blog.unread === blog.total);
});

test('entries lists each post once with every feed that carried it; read/star change state', async () => {
  const entries =
    await json<{ id: number; title: string; feeds: number[]; read: boolean; starred: boolean }[]>(
      'entries',
    );
  const jessie = entries.filter((e) => /Jessie freeze/.test(e.title));
  assert.equal(jessie.length, 1);
  assert.equal(jessie[0]!.feeds.length, 2);
  const id = String(jessie[0]!.id);
  assert.deepEqual(await json('read', id), { changed: 1 });
  assert.deepEqual(await json('star', id), { changed: 1 });
  const shown = await json<{ read: boolean; starred: boolean; contentHtml: string }>('show', id);
  assert.equal(shown.read, true);
  assert.equal(shown.starred, true);
  assert.ok(shown.contentHtml.length > 0);
  const starred = await json<{ id: number }[]>('entries', '--starred');
  assert.deepEqual(
    starred.map((e) => e.id),
    [jessie[0]!.id],
  );
  const unread = await json<{ id: number }[]>('entries', '--unread');
  assert.ok(!unread.some((e) => e.id === jessie[0]!.id));
});

test('show of an unknown entry fails with exit 1 and a message', async () => {
  const run = await orrery('show', '999999');
  assert.equal(run.code, 1);
  assert.match(run.stderr, /no entry 999999/);
});

test('a feed that fails is a result, not a failure: refresh exits 0 with the error per feed', async () => {
  const opml = join(data.path, 'more.opml');
  writeFileSync(
    opml,
    `<?xml version="1.0"?><opml version="2.0"><body><outline text="Broken" xmlUrl="${server.url('/broken')}"/></body></opml>`,
  );
  const report = await json<{ added: unknown[] }>('import', opml);
  assert.equal(report.added.length, 1);
  const result = await json<{
    feeds: { url: string; status: string; httpStatus: number | null; error: string | null }[];
  }>('refresh');
  const broken = result.feeds.find((f) => f.url.endsWith('/broken'))!;
  assert.equal(broken.status, 'error');
  assert.equal(broken.httpStatus, 500);
  assert.match(broken.error!, /500/);
});

test('read --all marks every entry read; export writes OPML with the folders', async () => {
  const { changed } = await json<{ changed: number }>('read', '--all');
  assert.ok(changed > 0);
  assert.deepEqual(await json('entries', '--unread'), []);
  const file = join(data.path, 'out.opml');
  await json('export', file);
  const opml = readFileSync(file, 'utf8');
  assert.match(opml, /<opml version="2.0">/);
  assert.match(opml, /text="Planets"/);
  assert.match(opml, /Linux Australia/);
});
