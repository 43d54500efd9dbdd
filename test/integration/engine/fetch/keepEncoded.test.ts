// A refresh hands a compressed feed to the parse worker as it came (FetchOptions.keepEncoded):
// the fetch bounds the bytes on the wire, the worker the unpacked ones, and what the feed says
// about a body too large or not unpackable is the same as before.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { conditionalGet } from '../../../../electron/engine/fetch/conditionalGet.ts';
import { openReader } from '../../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

const feed = fixtureBytes('corpus/feeds/wordpress-rss2.xml');
const gzipped = gzipSync(feed);
const gzipHeaders = { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' };
let server: TestServer;

before(async () => {
  server = await startServer({
    '/feed.xml': serve(gzipped, gzipHeaders),
    '/bomb.xml': serve(gzipSync(Buffer.alloc(8 * 1024 * 1024), { level: 9 }), gzipHeaders),
    '/junk.xml': serve(Buffer.from('this is not gzip'), gzipHeaders),
  });
});
after(() => server.close());

test('keepEncoded: the body comes back as it was sent, with its coding', async () => {
  const outcome = await conditionalGet({ url: server.url('/feed.xml') }, { keepEncoded: true });
  assert.equal(outcome.kind, 'ok');
  assert.ok(outcome.kind === 'ok');
  assert.equal(outcome.coding, 'gzip');
  assert.deepEqual(Buffer.from(outcome.body), gzipped);

  const unpacked = await conditionalGet({ url: server.url('/feed.xml') });
  assert.ok(unpacked.kind === 'ok' && unpacked.coding === undefined);
  assert.deepEqual(Buffer.from(unpacked.body), feed);
});

test('keepEncoded: more bytes on the wire than the limit is still too large', async () => {
  const outcome = await conditionalGet(
    { url: server.url('/feed.xml') },
    { keepEncoded: true, maxBytes: 100 },
  );
  assert.equal(outcome.kind, 'network-error');
  assert.ok(outcome.kind === 'network-error' && outcome.code === 'too-large');
});

test('a refresh parses a gzip feed on the worker; a bomb or junk fails its feed with the fetch’s sentence', async () => {
  const dir = tempDir();
  const reader = await openReader({
    dataDir: dir.path,
    firstRunFeeds: [],
    fetch: { maxBytes: 1024 * 1024 },
  });
  try {
    const urls = ['/feed.xml', '/bomb.xml', '/junk.xml'].map((path) => server.url(path));
    const outlines = urls.map((url) => `<outline type="rss" text="f" xmlUrl="${url}"/>`);
    await reader.importOpml({
      text: `<?xml version="1.0"?><opml version="2.0"><body>${outlines.join('')}</body></opml>`,
    });
    const { feeds } = await reader.refresh({});
    const byUrl = new Map(feeds.map((result) => [result.url, result]));
    assert.equal(byUrl.get(urls[0]!)?.status, 'ok');
    assert.ok((byUrl.get(urls[0]!)?.newEntries ?? 0) > 0, 'the gzip feed’s posts are stored');
    assert.deepEqual(
      [urls[1]!, urls[2]!].map((url) => {
        const { status, httpStatus, error } = byUrl.get(url)!;
        return { status, httpStatus, error };
      }),
      [
        {
          status: 'error',
          httpStatus: null,
          error: 'The feed is larger than 1 MB; Orrery stopped reading it.',
        },
        {
          status: 'error',
          httpStatus: null,
          error: 'The server said the feed was gzip-compressed, but it could not be unpacked.',
        },
      ],
    );
    // Refreshed again, the same gzip body is recognised by its hash and not parsed: no change.
    const again = await reader.refresh({});
    assert.equal(again.feeds.find((result) => result.url === urls[0])?.newEntries, 0);
  } finally {
    await reader.close();
    dir.dispose();
  }
});
