// Another process on the same data directory (the CLI) changes subscriptions, folders, marks and
// settings while a Reader is open: the Reader's faces hear of it within two seconds, no reload.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ReaderEventName } from '../../../../shared/api.ts';
import { openReader, type Reader } from '../../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../../support/fixtures.ts';
import { runOrrery } from '../../../support/orreryCli.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

let server: TestServer;
let dir: { path: string; dispose: () => void };
let reader: Reader;

before(async () => {
  server = await startServer({
    '/kerrie/feed': serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')),
  });
  dir = tempDir();
  reader = await openReader({ dataDir: dir.path, firstRunFeeds: [], parseWorkerUrl: null });
  reader.watchOtherProcesses();
});
after(async () => {
  await reader.close();
  await server.close();
  dir.dispose();
});

/** Listens from now on; `within2s()` (called once the other process has exited) resolves when the
 * event has come, or comes within 2 s, and rejects otherwise. */
function listen(event: ReaderEventName): { within2s: () => Promise<void> } {
  let heard = false;
  const waiters: (() => void)[] = [];
  const off = reader.on(event, () => {
    heard = true;
    off();
    waiters.forEach((wake) => wake());
  });
  return {
    within2s: () =>
      new Promise<void>((resolve, reject) => {
        if (heard) return resolve();
        const timer = setTimeout(() => reject(new Error(`no ${event} within 2 s`)), 2_000);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      }),
  };
}

test('a CLI import reaches an open Reader as feedsChanged within 2 s, folders included', async () => {
  const opml = join(dir.path, 'list.opml');
  writeFileSync(
    opml,
    `<opml version="2.0"><body><outline text="Blogs"><outline text="Kerrie" xmlUrl="${server.url('/kerrie/feed')}"/></outline></body></opml>`,
  );
  const feedsChanged = listen('feedsChanged');
  const run = await runOrrery(dir.path, ['import', opml]);
  assert.equal(run.code, 0, run.stderr);
  await feedsChanged.within2s();
  const feeds = await reader.listFeeds({});
  assert.deepEqual(
    feeds.map((f) => [f.title, f.folder]),
    [['Kerrie', 'Blogs']],
  );
});

test('CLI refresh and read marks reach it as entriesChanged and countsChanged', async () => {
  const [feed] = await reader.listFeeds({});
  const entriesChanged = listen('entriesChanged');
  assert.equal((await runOrrery(dir.path, ['refresh'])).code, 0);
  await entriesChanged.within2s();
  const { entries } = await reader.listEntries({ feedId: feed!.id });
  assert.ok(entries.length > 0, 'the posts the CLI stored are visible');
  const counts = listen('countsChanged');
  assert.equal((await runOrrery(dir.path, ['read', '--all'])).code, 0);
  await counts.within2s();
  assert.equal((await reader.unreadCounts({})).allUnread, 0);
});

test('CLI settings reach it as preferencesChanged, and the poll interval applies at once', async () => {
  const changed = new Promise<number>((resolve) =>
    reader.on('preferencesChanged', ({ preferences }) => resolve(preferences.pollIntervalMinutes)),
  );
  assert.equal((await runOrrery(dir.path, ['settings', 'pollIntervalMinutes', '120'])).code, 0);
  const timeout = new Promise<never>((_, reject) =>
    setTimeout(() => reject(new Error('late')), 2_000),
  );
  assert.equal(await Promise.race([changed, timeout]), 120);
  const [feed] = await reader.listFeeds({});
  const minutes = (Date.parse(feed!.nextCheckAt!) - Date.parse(feed!.lastCheckedAt!)) / 60_000;
  assert.equal(Math.round(minutes), 120, 'next check moved to last check + 120 minutes');
  assert.equal(
    (await reader.getFeedProperties({ feedId: feed!.id })).defaultPollIntervalMinutes,
    120,
  );
});
