// Offline mode at the engine level: a resolver that fails like a machine without network (every
// name unanswered), feeds on loopback under .test names. Nothing leaves the machine.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { LookupFunction } from 'node:net';
import { openReader } from '../../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

let server: TestServer;
const dirs: { dispose: () => void }[] = [];
before(async () => {
  server = await startServer({
    '/feed': serve(fixtureBytes('corpus/feeds/hugo-rss.xml'), {
      'content-type': 'application/rss+xml',
      // No kept-alive socket may outlive "the network": each poll resolves its name again.
      connection: 'close',
    }),
  });
});
after(async () => {
  await server.close();
  for (const dir of dirs) dir.dispose();
});

/** Resolves *.test to loopback while `network.up`; otherwise fails as getaddrinfo does offline. */
function fakeResolver(network: { up: boolean; unknown?: Set<string> }): LookupFunction {
  return ((
    hostname: string,
    options: { all?: boolean },
    callback: (...args: unknown[]) => void,
  ) => {
    const fail = (code: string) =>
      process.nextTick(() => callback(Object.assign(new Error(`${code} ${hostname}`), { code })));
    if (!network.up) return fail('EAI_AGAIN');
    if (network.unknown?.has(hostname) || !hostname.endsWith('.test')) return fail('ENOTFOUND');
    if (options.all) process.nextTick(() => callback(null, [{ address: '127.0.0.1', family: 4 }]));
    else process.nextTick(() => callback(null, '127.0.0.1', 4));
  }) as LookupFunction;
}

async function readerWith(network: { up: boolean; unknown?: Set<string> }, now?: () => Date) {
  const dir = tempDir();
  dirs.push(dir);
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    fetch: { lookup: fakeResolver(network) },
    pollTickMs: 50,
    ...(now ? { now } : {}),
  });
  const events: boolean[] = [];
  reader.on('offlineChanged', ({ offline }) => events.push(offline));
  return { reader, events };
}

const port = () => new URL(server.origin).port;
const feedUrl = (host: string) => `http://${host}:${port()}/feed`;

test('offline refresh: status offline, said once, no feed failed or backed off', async () => {
  const network = { up: true };
  const { reader, events } = await readerWith(network);
  try {
    await reader.addFeed({ url: feedUrl('kerrie.test') });
    await reader.addFeed({ url: feedUrl('planet.test') });
    const before = await reader.listFeeds({});
    network.up = false;
    const first = await reader.refresh({});
    const second = await reader.refresh({});
    assert.equal(first.status, 'offline');
    assert.equal(second.status, 'offline');
    assert.deepEqual(events, [true], 'said once');
    const after = await reader.listFeeds({});
    for (const feed of after) {
      assert.equal(feed.status, 'ok');
      assert.equal(feed.error, null);
      const earlier = before.find((f) => f.id === feed.id)!;
      assert.equal(feed.nextCheckAt, earlier.nextCheckAt, 'not rescheduled or backed off');
      assert.equal(feed.lastCheckedAt, earlier.lastCheckedAt);
    }
    network.up = true;
    const back = await reader.refresh({});
    assert.equal(back.status, 'ok');
    assert.deepEqual(events, [true, false]);
  } finally {
    await reader.close();
  }
});

test('one unknown host among working ones is that feed failing, not the network', async () => {
  const network = { up: true, unknown: new Set<string>() };
  const { reader, events } = await readerWith(network);
  try {
    const live = await reader.addFeed({ url: feedUrl('live.test') });
    const dead = await reader.addFeed({ url: feedUrl('dead.test') });
    network.unknown.add('dead.test');
    const result = await reader.refresh({});
    assert.equal(result.status, 'ok');
    const byId = new Map(result.feeds.map((f) => [f.id, f]));
    assert.equal(byId.get(live.id)?.status, 'ok');
    assert.equal(byId.get(dead.id)?.status, 'error');
    assert.match(byId.get(dead.id)?.error ?? '', /no such name in DNS/);
    // Alone, an unknown host is that feed's failure too (the network may be fine).
    const alone = await reader.refresh({ feedIds: [dead.id] });
    assert.equal(alone.status, 'ok');
    assert.equal(alone.feeds[0]?.status, 'error');
    assert.deepEqual(events, []);
    await assert.rejects(reader.addFeed({ url: feedUrl('other.invalid') }), /no such name/);
  } finally {
    await reader.close();
  }
});

test('polling goes quiet offline and resumes by itself when the network returns', async () => {
  const network = { up: true };
  let clock = Date.now();
  const { reader, events } = await readerWith(network, () => new Date(clock));
  try {
    await reader.addFeed({ url: feedUrl('one.test') });
    await reader.addFeed({ url: feedUrl('two.test') });
    await reader.addFeed({ url: feedUrl('three.test') });
    network.up = false;
    clock += 3 * 3_600_000; // every feed is due
    reader.startPolling();
    for (let i = 0; i < 250 && !events.includes(true); i++)
      await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(events, [true]);
    const requestsOffline = server.requests.length;
    network.up = true;
    for (let i = 0; i < 250 && !events.includes(false); i++)
      await new Promise((r) => setTimeout(r, 20));
    // Once a probe gets through, every due feed is polled without anyone asking.
    let feeds = await reader.listFeeds({});
    for (let i = 0; i < 100 && feeds.some((f) => Date.parse(f.lastCheckedAt!) < clock); i++) {
      await new Promise((r) => setTimeout(r, 20));
      feeds = await reader.listFeeds({});
    }
    for (const feed of feeds) {
      assert.equal(feed.status, 'ok');
      assert.equal(Date.parse(feed.lastCheckedAt!), clock, `${feed.url} polled after recovery`);
    }
    assert.ok(server.requests.length >= requestsOffline + 3);
    assert.deepEqual(events, [true, false]);
  } finally {
    await reader.close();
  }
});
