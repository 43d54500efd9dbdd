// No silent cut: a legitimate large feed (20,000 items, 20 MB) is stored whole; a feed cut short
// by a time bound keeps what was stored and says so on its status line.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../electron/engine/reader.ts';
import { createConcurrencyLimiter } from '../../../electron/engine/fetch/limiter.ts';
import { parseFeed } from '../../../electron/engine/parse/parseFeed.ts';
import { refreshFeed } from '../../../electron/engine/poll/refreshFeed.ts';
import { openStore } from '../../../electron/engine/store/index.ts';
import { tempDir } from '../../support/fixtures.ts';
import { serve, startServer } from '../../support/server.ts';

const dirs: { dispose: () => void }[] = [];
after(() => {
  for (const dir of dirs) dir.dispose();
});

/** RSS with `items` items of about `itemBytes` bytes each. */
function bigFeed(items: number, itemBytes: number): Buffer {
  const text = 'x'.repeat(Math.max(0, itemBytes - 200));
  const parts = [
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://big.example/</link>',
  ];
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>Item ${i}</title><guid>https://big.example/${i}</guid><link>https://big.example/${i}</link><description><![CDATA[<p>${text}</p>]]></description></item>`,
    );
  }
  parts.push('</channel></rss>');
  return Buffer.from(parts.join(''));
}

test('a feed of 20,000 items in 20 MB is stored whole, with no cut on its status line', async () => {
  const body = bigFeed(20_000, 1000);
  assert.ok(body.length > 19_000_000 && body.length < 20 * 1024 * 1024, `${body.length} bytes`);
  const server = await startServer({
    '/big.xml': serve(body, { 'content-type': 'application/rss+xml' }),
  });
  const dir = tempDir();
  dirs.push(dir);
  const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [] });
  try {
    const added = await reader.addFeed({ url: server.url('/big.xml') });
    const feed = (await reader.listFeeds({})).find((f) => f.id === added.id);
    assert.equal(feed?.total, 20_000);
    assert.equal(feed?.status, 'ok');
    assert.equal(feed?.error, null);
    const oldest = await reader.listEntries({ feedId: added.id, offset: 19_999, limit: 1 });
    assert.equal(oldest.total, 20_000);
  } finally {
    await reader.close();
    await server.close();
  }
});

test('a feed cut by the store time bound keeps what was stored and says so on the feed', async () => {
  const server = await startServer({
    '/many.xml': serve(bigFeed(5_000, 300), { 'content-type': 'application/rss+xml' }),
  });
  const dir = tempDir();
  dirs.push(dir);
  const store = openStore(`${dir.path}/orrery.sqlite`);
  try {
    const { feed } = store.addFeed({ url: server.url('/many.xml'), title: 'many' });
    const outcome = await refreshFeed(
      {
        store,
        fetchOptions: {},
        limiter: createConcurrencyLimiter(),
        now: () => new Date(),
        random: () => 0.5,
        defaultIntervalMinutes: 60,
        parse: parseFeed,
        maxStoreMs: 0, // spent after the first chunk
      },
      feed,
    );
    const sentence =
      /^Orrery kept the first 2,000 of this feed's 5,000 items: the rest would have taken longer/;
    assert.equal(outcome.status, 'ok');
    assert.equal(outcome.newEntries, 2_000);
    assert.match(outcome.error ?? '', sentence);
    store.commit();
    const summary = store.feedSummary(feed.id);
    assert.equal(summary?.total, 2_000);
    assert.equal(summary?.status, 'ok');
    assert.match(
      summary?.error ?? '',
      sentence,
      'the reason is on the feed, not only in the result',
    );
  } finally {
    store.close();
    await server.close();
  }
});
