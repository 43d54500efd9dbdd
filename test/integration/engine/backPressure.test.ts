// Back-pressure: a refresh never holds more fetched-but-unstored feeds than the pipeline allows,
// however many feeds there are and however much faster fetching is than parsing and storing.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../electron/engine/reader.ts';
import { tempDir } from '../../support/fixtures.ts';
import { startServer, type TestServer } from '../../support/server.ts';

const dirs: { dispose: () => void }[] = [];
after(() => {
  for (const dir of dirs) dir.dispose();
});

/** A feed big enough that parsing and storing it is much slower than fetching it on loopback. */
function feedBody(feed: number, items: number): Buffer {
  const words = '<p>Some ordinary words about linux and planets, repeated to make a post.</p>';
  const parts = [
    `<?xml version="1.0"?><rss version="2.0"><channel><title>Feed ${feed}</title><link>https://f${feed}.example/</link>`,
  ];
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>Post ${i}</title><guid>https://f${feed}.example/${i}</guid><link>https://f${feed}.example/${i}</link><description><![CDATA[${words.repeat(6)}]]></description></item>`,
    );
  }
  parts.push('</channel></rss>');
  return Buffer.from(parts.join(''));
}

async function serveFeeds(count: number): Promise<{ server: TestServer; finished: () => number }> {
  let finished = 0;
  const server = await startServer();
  for (let i = 0; i < count; i++) {
    const body = feedBody(i, 150);
    server.route(`/feed/${i}`, (_req, res) => {
      res.on('finish', () => (finished += 1));
      res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(body);
    });
  }
  return { server, finished: () => finished };
}

test('a refresh holds at most maxFeedsInFlight fetched bodies, however many feeds wait', async () => {
  const feeds = 40;
  const maxFeedsInFlight = 3;
  const { server, finished } = await serveFeeds(feeds);
  const dir = tempDir();
  dirs.push(dir);
  const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [], maxFeedsInFlight });
  try {
    const opml = Array.from(
      { length: feeds },
      (_, i) => `<outline type="rss" text="f${i}" xmlUrl="${server.url(`/feed/${i}`)}"/>`,
    ).join('');
    await reader.importOpml({ text: `<opml version="2.0"><body>${opml}</body></opml>` });
    let stored = 0;
    let mostHeld = 0;
    reader.on('feedChanged', () => {
      // Bodies the server finished sending that are not stored yet (an upper bound of those held).
      mostHeld = Math.max(mostHeld, finished() - stored);
      stored += 1;
    });
    const { feeds: results } = await reader.refresh({});
    assert.equal(results.filter((r) => r.status === 'ok' && r.newEntries === 150).length, feeds);
    assert.equal(stored, feeds);
    assert.ok(mostHeld >= 1, 'the bound was observed at all');
    assert.ok(
      mostHeld <= maxFeedsInFlight,
      `${mostHeld} fetched feeds waited unstored at once (bound ${maxFeedsInFlight})`,
    );
  } finally {
    await reader.close();
    await server.close();
  }
});
