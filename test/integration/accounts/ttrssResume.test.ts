// When the network returns, sync resumes on the engine's offlineChanged event, not on the
// minute's retry: the clock is frozen here, so a retry by time can never come. The network is
// a resolver that fails like a machine without one (the local feeds' *.test names) plus a
// TT-RSS `php -S` of its own that stops and starts; nothing leaves the machine.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupFunction } from 'node:net';
import { createServer } from 'node:net';
import { openReader } from '../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';
import { ApiSession, createUser, extraHttpServer, ttrssOrSkip } from '../../support/ttrss/ttrss.ts';
import { items, serverFeed } from './ttrssHelpers.ts';

let feeds: TestServer;
let available = false;
before(async () => {
  available = (await ttrssOrSkip()) !== null;
  feeds = await startServer({
    '/feed': serve(fixtureBytes('corpus/feeds/hugo-rss.xml'), {
      'content-type': 'application/rss+xml',
      connection: 'close',
    }),
  });
});
after(async () => {
  await feeds?.close();
});

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** *.test names resolve to loopback while the network is up; else fail as getaddrinfo does. */
function resolver(network: { up: boolean }): LookupFunction {
  return ((hostname: string, options: { all?: boolean }, callback: (...a: unknown[]) => void) => {
    if (!network.up || !hostname.endsWith('.test')) {
      const error = Object.assign(new Error(`EAI_AGAIN ${hostname}`), { code: 'EAI_AGAIN' });
      return process.nextTick(() => callback(error));
    }
    if (options.all) process.nextTick(() => callback(null, [{ address: '127.0.0.1', family: 4 }]));
    else process.nextTick(() => callback(null, '127.0.0.1', 4));
  }) as LookupFunction;
}

async function waitFor(condition: () => Promise<boolean>, ms: number): Promise<boolean> {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (await condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return condition();
}

test('network back: failed accounts sync at once on offlineChanged, not after a minute', async (t) => {
  if (!available) return t.skip('no Tiny Tiny RSS here');
  const tt = extraHttpServer(await freePort());
  await tt.start();
  const dir = tempDir();
  const network = { up: true };
  const frozen = new Date();
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    parseWorkerUrl: null,
    fetch: { lookup: resolver(network) },
    pollTickMs: 50,
    now: () => frozen,
  });
  try {
    const user = createUser('resume');
    const other = new ApiSession(tt.url);
    await other.login(user);
    const feedId = await serverFeed(other, user, 'resume', items('resume', 3));
    const port = new URL(feeds.origin).port;
    const local = await Promise.all(
      ['kerrie.test', 'planet.test'].map((host) =>
        reader.addFeed({ url: `http://${host}:${port}/feed` }),
      ),
    );
    const { id: accountId } = await reader.addAccount({
      kind: 'ttrss',
      url: tt.url,
      user: user.login,
      password: user.password,
    });
    await reader.syncAccounts({ accountId });
    const account = async () => (await reader.listAccounts({})).find((a) => a.id === accountId)!;
    const unread = async () => (await reader.unreadCounts({})).allUnread;
    const localIds = local.map((feed) => feed.id);
    reader.startPolling();

    // The network goes: the polls say offline, the account's sync fails.
    const events: boolean[] = [];
    reader.on('offlineChanged', ({ offline }) => events.push(offline));
    tt.stop();
    network.up = false;
    assert.equal((await reader.refresh({ feedIds: localIds })).status, 'offline');
    const [down] = (await reader.syncAccounts({ accountId })).accounts;
    assert.match(down!.error!, /could not reach the Tiny Tiny RSS server/);
    // Meanwhile another client reads everything on the server.
    const before = await unread();

    // The server is back but nothing has told the engine: with the clock frozen, no retry.
    await tt.start();
    await other.login(user);
    await other.call('catchupFeed', { feed_id: feedId, is_cat: false });
    await new Promise((resolve) => setTimeout(resolve, 600));
    assert.notEqual((await account()).error, null, 'no retry by time');
    assert.equal(await unread(), before);

    // The network returns: a poll gets through, offlineChanged says so, the account syncs.
    network.up = true;
    assert.equal((await reader.refresh({ feedIds: localIds })).status, 'ok');
    assert.deepEqual(events, [true, false]);
    assert.ok(
      await waitFor(async () => (await account()).error === null, 15_000),
      'synced after the event',
    );
    assert.equal(await unread(), before - 3, "the other client's reads came in");
  } finally {
    await reader.close();
    tt.stop();
    dir.dispose();
  }
});
