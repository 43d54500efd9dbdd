// The parse worker: feeds parse on another thread; a feed that exhausts the worker's heap fails
// alone with a sentence, and the next feed parses on a fresh worker; a worker that cannot start
// means parsing in-thread, never an outage.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createParseWorkerPool } from '../../../../electron/engine/poll/parseWorkerPool.ts';
import type { ParseInput } from '../../../../electron/engine/parse/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';
import { runModule } from '../../../support/runModule.ts';

const workerUrl = new URL('../../../../electron/engine/poll/parseWorker.ts', import.meta.url);

function job(bytes: Uint8Array): ParseInput {
  return { url: 'https://example.org/feed', bytes, contentType: 'application/rss+xml' };
}

/** An RSS feed of many small items: a large tree for the parser from a few megabytes. */
function bigFeed(items: number): Buffer {
  const body = '<p>tiny</p>';
  const parts = [
    '<?xml version="1.0"?><rss version="2.0"><channel><title>Big</title><link>https://example.org/</link>',
  ];
  for (let i = 0; i < items; i++) {
    parts.push(
      `<item><title>Item ${i}</title><guid>https://example.org/${i}</guid><description><![CDATA[${body}]]></description></item>`,
    );
  }
  parts.push('</channel></rss>');
  return Buffer.from(parts.join(''));
}

test('feeds parse on the worker thread', async () => {
  const pool = createParseWorkerPool({ workerUrl });
  try {
    const result = await pool.parse(job(fixtureBytes('corpus/feeds/drupal7-aggregator-rss.xml')));
    assert.equal(result.kind, 'feed');
    assert.ok(result.kind === 'feed');
    assert.equal(
      result.feed.entries.filter((e) => e.title === 'Clinton Roy: clintonroy').length,
      3,
    );
  } finally {
    await pool.close();
  }
});

test('a feed that exhausts the worker heap fails alone; the next one parses on a new worker', async () => {
  const pool = createParseWorkerPool({ workerUrl, maxHeapMb: 32 });
  try {
    const [huge, small] = await Promise.all([
      pool.parse(job(bigFeed(100_000))),
      pool.parse(job(fixtureBytes('corpus/feeds/hugo-rss.xml'))),
    ]);
    assert.equal(huge.kind, 'error');
    assert.match(huge.kind === 'error' ? huge.message : '', /more memory than Orrery allows/);
    assert.equal(small.kind, 'feed');
  } finally {
    await pool.close();
  }
});

test('a parse that runs too long is stopped, and the queue goes on', async () => {
  const pool = createParseWorkerPool({ workerUrl, maxParseMs: 1000 });
  try {
    const [slow, next] = await Promise.all([
      pool.parse(job(bigFeed(100_000))),
      pool.parse(job(fixtureBytes('corpus/feeds/hugo-rss.xml'))),
    ]);
    assert.equal(slow.kind, 'error');
    assert.match(slow.kind === 'error' ? slow.message : '', /took too long/);
    assert.equal(next.kind, 'feed');
  } finally {
    await pool.close();
  }
});

test('a worker that cannot start means parsing in-thread', async () => {
  const pool = createParseWorkerPool({
    workerUrl: new URL('./no-such-worker.js', import.meta.url),
  });
  try {
    const result = await pool.parse(job(fixtureBytes('corpus/feeds/hugo-rss.xml')));
    assert.equal(result.kind, 'feed');
  } finally {
    await pool.close();
  }
});

test('a feed too large for the small heap workers start with is parsed again with the full limit', async () => {
  const pool = createParseWorkerPool({ workerUrl, smallHeapMb: 16, maxHeapMb: 512 });
  try {
    const [large, small] = await Promise.all([
      pool.parse(job(bigFeed(20_000))),
      pool.parse(job(fixtureBytes('corpus/feeds/hugo-rss.xml'))),
    ]);
    assert.equal(large.kind, 'feed');
    assert.equal(large.kind === 'feed' ? large.feed.entries.length : 0, 20_000);
    assert.equal(small.kind, 'feed');
    // The next large one again: the full limit is there each time it is needed.
    const again = await pool.parse(job(bigFeed(20_000)));
    assert.equal(again.kind, 'feed');
  } finally {
    await pool.close();
  }
});

test('a worker is handed the next feed while it parses one, and answers in order', async () => {
  const pool = createParseWorkerPool({
    workerUrl: new URL('./holdsTwoWorker.mjs', import.meta.url),
    maxParseMs: 5000,
  });
  const at = (url: string): ParseInput => ({ url, bytes: new Uint8Array(1), contentType: null });
  try {
    const results = await Promise.all([
      pool.parse(at('https://a.example/')),
      pool.parse(at('https://b.example/')),
    ]);
    assert.deepEqual(results, [
      { kind: 'html', html: 'https://a.example/' },
      { kind: 'html', html: 'https://b.example/' },
    ]);
  } finally {
    await pool.close();
  }
});

test('warm() starts a worker before the first feed, which it then parses', async () => {
  const pool = createParseWorkerPool({
    workerUrl: new URL('./startTimeWorker.mjs', import.meta.url),
  });
  try {
    await pool.warm();
    const asked = performance.timeOrigin + performance.now();
    const result = await pool.parse(job(new Uint8Array(1)));
    assert.equal(result.kind, 'html');
    const workerLoaded = Number(result.kind === 'html' ? result.html : NaN);
    assert.ok(workerLoaded < asked, `the worker loaded ${workerLoaded - asked} ms after the job`);
  } finally {
    await pool.close();
  }
});

test('a warmed worker with nothing to do does not keep the process alive', () => {
  const poolUrl = new URL('../../../../electron/engine/poll/parseWorkerPool.ts', import.meta.url);
  const script = `
    import { createParseWorkerPool } from ${JSON.stringify(poolUrl.href)};
    const pool = createParseWorkerPool({ workerUrl: new URL(${JSON.stringify(workerUrl.href)}) });
    const keepAlive = setInterval(() => {}, 1000);
    await pool.warm();
    clearInterval(keepAlive);
    console.log('warmed');
  `;
  const run = runModule(script);
  assert.equal(run.signal, null, 'the process had to be killed');
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout.trim(), 'warmed');
});
