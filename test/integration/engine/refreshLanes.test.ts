// A refresh of many feeds takes them a few at a time (poll/refreshLanes.ts) and reads each feed
// when its turn comes, instead of starting every feed at once with the record it had then: only a
// few feeds' polling state is alive whatever the feed count, and a feed removed while the refresh
// runs is not fetched any more. The report keeps the feeds' order (by title), as before.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../electron/engine/reader.ts';
import { tempDir } from '../../support/fixtures.ts';
import { serve, startServer } from '../../support/server.ts';

const dir = tempDir();
after(() => dir.dispose());

const rss = (n: number) =>
  `<?xml version="1.0"?><rss version="2.0"><channel><title>f${n}</title><link>https://f${n}.example/</link><item><title>Post</title><guid>https://f${n}.example/1</guid></item></channel></rss>`;

test('feeds are read when their turn comes: one removed meanwhile is not fetched; the report keeps their order', async () => {
  const count = 30;
  const server = await startServer();
  for (let i = 0; i < count; i++) server.route(`/feed/${i}`, serve(rss(i)));
  // One feed at a time in the pipeline: two lanes, so the last feed's turn comes long after.
  const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [], maxFeedsInFlight: 1 });
  try {
    const outlines = Array.from(
      { length: count },
      (_, i) => `<outline type="rss" text="f${i}" xmlUrl="${server.url(`/feed/${i}`)}"/>`,
    ).join('');
    await reader.importOpml({ text: `<opml version="2.0"><body>${outlines}</body></opml>` });
    const byTitle = await reader.listFeeds({});
    const last = byTitle.at(-1)!;
    assert.equal(last.title, 'f9', 'titles sort as text: f9 comes last');
    let removal: Promise<unknown> | null = null;
    server.route(`/feed/0`, (_req, res) => {
      removal ??= reader.removeFeed({ feedId: last.id });
      void removal.then(() => res.writeHead(200).end(rss(0)));
    });

    const { feeds: results } = await reader.refresh({});

    assert.deepEqual(
      results.map((r) => r.id),
      byTitle.map((feed) => feed.id),
      'the report lists the feeds in their order',
    );
    assert.ok(
      !server.requests.some((r) => r.path === '/feed/9'),
      'the removed feed was not fetched',
    );
    assert.equal(results.at(-1)!.status, 'error');
    assert.equal(results.filter((r) => r.status === 'ok').length, count - 1);
  } finally {
    await reader.close();
    await server.close();
  }
});
