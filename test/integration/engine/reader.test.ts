// The whole engine behind the Reader, against real feeds served from loopback and a real SQLite
// file: fetch -> decode -> parse -> identity/planet merge -> store -> events.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { openReader, type Reader } from '../../../electron/engine/reader.ts';
import { fixtureBytes, tempDir } from '../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../support/server.ts';

let server: TestServer;
const dirs: { dispose: () => void }[] = [];

before(async () => {
  server = await startServer();
});
after(async () => {
  await server.close();
  for (const dir of dirs) dir.dispose();
});

async function freshReader(extra: Partial<Parameters<typeof openReader>[0]> = {}): Promise<Reader> {
  const dir = tempDir();
  dirs.push(dir);
  return openReader({ dataDir: dir.path, firstRunFeeds: [], ...extra });
}

async function subscribe(reader: Reader, path: string) {
  return reader.addFeed({ url: server.url(path) });
}

test('a post on the planet and on the member blog is one entry, listed under both, read once', async () => {
  server.route('/kerrie/feed', serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')));
  server.route('/planet/rss20.xml', serve(fixtureBytes('corpus/feeds/planet-venus-rss20.xml')));
  const reader = await freshReader();
  const blog = await subscribe(reader, '/kerrie/feed');
  const planet = await subscribe(reader, '/planet/rss20.xml');
  const page = await reader.listEntries({ search: 'Jessie freeze' });
  const copies = page.entries.filter((e) => /Jessie freeze/i.test(e.title));
  assert.equal(copies.length, 1, 'one post, not one per feed');
  const post = copies[0]!;
  assert.deepEqual([...post.feeds].sort(), [blog.id, planet.id].sort());
  assert.equal(post.author, 'Kerrie Walsh');
  assert.doesNotMatch(
    post.title,
    /^Kerrie Walsh:/,
    'planet "Author: Title" shown as Title by Author',
  );

  await reader.setRead({ entryIds: [post.id], read: true });
  const viaPlanet = await reader.listEntries({ feedId: planet.id, unread: true });
  assert.ok(
    !viaPlanet.entries.some((e) => e.id === post.id),
    'read via the blog is read via the planet',
  );
  await reader.close();
});

test('the three "clintonroy" posts at the same minute stay three posts (Drupal aggregator)', async () => {
  server.route('/drupal/rss', serve(fixtureBytes('corpus/feeds/drupal7-aggregator-rss.xml')));
  const reader = await freshReader();
  const feed = await subscribe(reader, '/drupal/rss');
  const { entries } = await reader.listEntries({ feedId: feed.id });
  const clinton = entries.filter((e) => e.author === 'Clinton Roy');
  assert.equal(clinton.length, 3);
  assert.equal(new Set(clinton.map((e) => e.id)).size, 3);
  await reader.close();
});

test('second refresh sends the validators back verbatim and a 304 stores nothing new', async () => {
  const body = fixtureBytes('corpus/feeds/hugo-rss.xml');
  const etag = 'W/"hugo-\u00e9tag-1"'.replace('\u00e9', 'e');
  const lastModified = 'Tue, 13 Jan 2015 02:28:00 GMT';
  server.route('/hugo/index.xml', (req, res) => {
    if (
      req.headers['if-none-match'] === etag &&
      req.headers['if-modified-since'] === lastModified
    ) {
      res.writeHead(304).end();
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'application/rss+xml',
        etag,
        'last-modified': lastModified,
      })
      .end(body);
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/hugo/index.xml');
  const second = await reader.refresh({ feedIds: [feed.id] });
  assert.equal(second.feeds[0]!.httpStatus, 304);
  assert.equal(second.feeds[0]!.newEntries, 0);
  assert.equal(second.feeds[0]!.status, 'ok');
  await reader.close();
});

test('a feed served again without validators but with the same bytes adds nothing (body hash)', async () => {
  server.route('/ghost/rss/', serve(fixtureBytes('corpus/feeds/ghost-rss.xml')));
  const reader = await freshReader();
  const feed = await subscribe(reader, '/ghost/rss/');
  const before = (await reader.listEntries({ feedId: feed.id })).total;
  const again = await reader.refresh({ feedIds: [feed.id] });
  assert.equal(again.feeds[0]!.httpStatus, 200);
  assert.equal(again.feeds[0]!.newEntries, 0);
  assert.equal((await reader.listEntries({ feedId: feed.id })).total, before);
  await reader.close();
});

test('gzip bodies are decompressed', async () => {
  server.route('/gz/feed', (_req, res) => {
    res
      .writeHead(200, { 'content-type': 'application/rss+xml', 'content-encoding': 'gzip' })
      .end(gzipSync(fixtureBytes('corpus/feeds/medium-rss.xml')));
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/gz/feed');
  assert.ok((await reader.listEntries({ feedId: feed.id })).total > 0);
  await reader.close();
});

test('301 moves the subscription; 302 does not', async () => {
  const body = fixtureBytes('corpus/feeds/jekyll-feed-atom.xml');
  server.route('/jekyll/new.xml', serve(body));
  server.route('/jekyll/old.xml', (_req, res) =>
    res.writeHead(301, { location: '/jekyll/new.xml' }).end(),
  );
  server.route('/jekyll/temp.xml', (_req, res) =>
    res.writeHead(302, { location: '/jekyll/new2.xml' }).end(),
  );
  server.route('/jekyll/new2.xml', serve(body));
  const reader = await freshReader();
  const moved = await subscribe(reader, '/jekyll/old.xml');
  assert.equal(moved.url, server.url('/jekyll/new.xml'));
  const temp = await subscribe(reader, '/jekyll/temp.xml');
  assert.equal(temp.url, server.url('/jekyll/temp.xml'));
  await reader.close();
});

test('410 marks the feed gone and a refresh of all feeds stops polling it', async () => {
  let gone = false;
  let hits = 0;
  server.route('/gone/feed', (_req, res) => {
    hits++;
    if (gone) res.writeHead(410).end();
    else serve(fixtureBytes('corpus/feeds/substack-rss.xml'))(_req, res);
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/gone/feed');
  const stored = (await reader.listEntries({ feedId: feed.id })).total;
  gone = true;
  const first = await reader.refresh({});
  assert.equal(first.feeds[0]!.status, 'gone');
  const hitsAfterGone = hits;
  await reader.refresh({});
  assert.equal(hits, hitsAfterGone, 'a gone feed is not polled again');
  const [summary] = await reader.listFeeds({});
  assert.equal(summary!.status, 'gone');
  assert.match(summary!.error ?? '', /gone/);
  assert.equal(
    (await reader.listEntries({ feedId: feed.id })).total,
    stored,
    'nothing stored is lost',
  );
  await reader.close();
});

test('429 with Retry-After: status says until when, and even a manual refresh waits', async () => {
  let throttle = false;
  let hits = 0;
  server.route('/busy/feed', (req, res) => {
    hits++;
    if (throttle) res.writeHead(429, { 'retry-after': '3600' }).end();
    else serve(fixtureBytes('corpus/feeds/github-releases-atom.xml'))(req, res);
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/busy/feed');
  throttle = true;
  const first = await reader.refresh({ feedIds: [feed.id] });
  assert.equal(first.feeds[0]!.status, 'error');
  assert.equal(first.feeds[0]!.httpStatus, 429);
  assert.match(first.feeds[0]!.error ?? '', /wait until/);
  const hitsAfter = hits;
  const second = await reader.refresh({ feedIds: [feed.id] });
  assert.equal(hits, hitsAfter, 'no request before Retry-After');
  assert.match(second.feeds[0]!.error ?? '', /wait until/);
  const [summary] = await reader.listFeeds({});
  assert.ok(summary!.retryAfter && Date.parse(summary!.retryAfter) > Date.now() + 3_500_000);
  await reader.close();
});

test('500 keeps what was stored, says why, and backs off', async () => {
  let broken = false;
  server.route('/flaky/feed', (req, res) => {
    if (broken) res.writeHead(500).end('oops');
    else serve(fixtureBytes('corpus/feeds/mastodon-account-rss.xml'))(req, res);
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/flaky/feed');
  const stored = (await reader.listEntries({ feedId: feed.id })).total;
  broken = true;
  const result = await reader.refresh({ feedIds: [feed.id] });
  assert.equal(result.feeds[0]!.status, 'error');
  assert.match(result.feeds[0]!.error ?? '', /500/);
  const [summary] = await reader.listFeeds({});
  assert.equal(summary!.total, stored);
  assert.ok(Date.parse(summary!.nextCheckAt!) > Date.now() + 30 * 60_000, 'next check backs off');
  await reader.close();
});

test('hostile and broken feeds fail one by one with a sentence, and never stall the others', async () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;"><!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;"><!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;"><!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;"><!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;"><!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;"><!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">]><rss version="2.0"><channel><title>Bomb</title><item><title>&lol9;</title><guid>b1</guid></item></channel></rss>`;
  const xxe = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss version="2.0"><channel><title>XXE</title><item><title>leak &xxe;</title><guid>x1</guid><description>&xxe;</description></item></channel></rss>`;
  server.route('/h/bomb', serve(bomb));
  server.route('/h/xxe', serve(xxe));
  server.route('/h/empty', serve(''));
  server.route(
    '/h/html',
    serve('<!doctype html><html><head><title>Hi</title></head><body>no feed</body></html>', {
      'content-type': 'text/html',
    }),
  );
  server.route('/h/loop-a', (_req, res) => res.writeHead(302, { location: '/h/loop-b' }).end());
  server.route('/h/loop-b', (_req, res) => res.writeHead(302, { location: '/h/loop-a' }).end());
  server.route('/h/silent', () => {
    /* accepts and never answers */
  });
  server.route('/h/good', serve(fixtureBytes('corpus/feeds/lwn-rss10-rdf.xml')));
  const reader = await freshReader({ fetch: { totalTimeoutMs: 1500 } });
  // Subscribe by import so that nothing is fetched before the refresh under test.
  const paths = ['/h/bomb', '/h/xxe', '/h/empty', '/h/html', '/h/loop-a', '/h/silent', '/h/good'];
  const opml = `<?xml version="1.0"?><opml version="2.0"><body>${paths
    .map((p) => `<outline type="rss" text="${p}" xmlUrl="${server.url(p)}"/>`)
    .join('')}</body></opml>`;
  const report = await reader.importOpml({ text: opml });
  assert.equal(report.added.length, paths.length);
  const started = Date.now();
  const { feeds } = await reader.refresh({});
  assert.ok(Date.now() - started < 10_000, 'a silent server does not stall the poller');
  const byPath = new Map(feeds.map((f) => [new URL(f.url).pathname, f]));
  for (const path of ['/h/empty', '/h/html', '/h/loop-a', '/h/silent']) {
    const f = byPath.get(path)!;
    assert.equal(f.status, 'error', path);
    assert.ok(
      f.error && f.error.length > 10 && /[.!]$/.test(f.error),
      `${path}: a sentence, got ${f.error}`,
    );
  }
  assert.equal(byPath.get('/h/good')!.status, 'ok');
  const all = await reader.listEntries({ limit: 1000 });
  for (const row of all.entries) {
    const detail = await reader.getEntry({ entryId: row.id });
    assert.doesNotMatch(JSON.stringify(detail), /root:/, 'no local file was read');
    assert.ok(JSON.stringify(detail).length < 100_000, 'no entity expansion');
  }
  await reader.close();
});

test('a web page address is resolved to its feed by autodiscovery when added', async () => {
  server.route(
    '/site/',
    serve(
      '<!doctype html><html><head><link rel="alternate" type="application/rss+xml" title="Posts" href="feed.xml"></head><body></body></html>',
      { 'content-type': 'text/html; charset=utf-8' },
    ),
  );
  server.route('/site/feed.xml', serve(fixtureBytes('corpus/feeds/wordpress-rss2.xml')));
  const reader = await freshReader();
  const feed = await subscribe(reader, '/site/');
  assert.equal(feed.url, server.url('/site/feed.xml'));
  assert.ok((await reader.listEntries({ feedId: feed.id })).total > 0);
  await reader.close();
});

test('a dead address is refused with the reason and not stored', async () => {
  server.route('/dead/feed', (_req, res) => res.writeHead(404).end());
  const reader = await freshReader();
  await assert.rejects(subscribe(reader, '/dead/feed'), /404/);
  assert.equal((await reader.listFeeds({})).length, 0);
  await reader.close();
});

test('first run subscribes to Planet Linux Australia once, unless there are subscriptions', async () => {
  const dir = tempDir();
  dirs.push(dir);
  const first = await openReader({ dataDir: dir.path });
  const feeds = await first.listFeeds({});
  assert.deepEqual(
    feeds.map((f) => [f.url, f.status]),
    [['https://planet.linux.org.au/', 'new']],
  );
  await first.removeFeed({ feedId: feeds[0]!.id });
  await first.close();
  const again = await openReader({ dataDir: dir.path });
  assert.equal((await again.listFeeds({})).length, 0, 'not re-added after the user removed it');
  await again.close();
});

test('entries from a refresh are pushed as list rows with the first-fetch flag', async () => {
  let version = 1;
  server.route('/events/feed', (req, res) => {
    const items = Array.from(
      { length: version },
      (_, i) =>
        `<item><title>Post ${i + 1}</title><guid isPermaLink="false">ev-${i + 1}</guid><pubDate>Tue, 13 Jan 2015 0${i}:00:00 +0000</pubDate><description>Body ${i + 1}</description></item>`,
    ).join('');
    serve(
      `<?xml version="1.0"?><rss version="2.0"><channel><title>Events</title><link>${server.origin}/</link>${items}</channel></rss>`,
    )(req, res);
  });
  const reader = await freshReader();
  const seen: { count: number; firstFetch: boolean; hasContent: boolean }[] = [];
  reader.on('entriesAdded', (e) =>
    seen.push({
      count: e.entries.length,
      firstFetch: e.firstFetch,
      hasContent: e.entries.some((r) => 'contentHtml' in r),
    }),
  );
  const feed = await subscribe(reader, '/events/feed');
  version = 2;
  await reader.refresh({ feedIds: [feed.id] });
  assert.deepEqual(seen, [
    { count: 1, firstFetch: true, hasContent: false },
    { count: 1, firstFetch: false, hasContent: false },
  ]);
  await reader.close();
});

test('ISO-8859-1 declared only in the HTTP header decodes right (Newsboat garbles this)', async () => {
  server.route(
    '/latin1/feed',
    serve(fixtureBytes('hostile/iso-8859-1-http-only-rss.xml'), {
      'content-type': 'application/rss+xml; charset=ISO-8859-1',
    }),
  );
  const reader = await freshReader();
  const feed = await subscribe(reader, '/latin1/feed');
  assert.equal(feed.title, 'Blogue de Renée');
  const { entries } = await reader.listEntries({ feedId: feed.id });
  assert.deepEqual(
    entries.map((e) => e.title),
    ['À Auckland pour linux.conf.au « 2015 »'],
  );
  await reader.close();
});

test('windows-1252 curly quotes and en dash in the XML declaration survive end to end', async () => {
  server.route(
    '/cp1252/feed',
    serve(fixtureBytes('hostile/windows-1252-declared-rss.xml'), { 'content-type': 'text/xml' }),
  );
  const reader = await freshReader();
  const feed = await subscribe(reader, '/cp1252/feed');
  const [entry] = (await reader.listEntries({ feedId: feed.id })).entries;
  assert.equal(entry!.title, '“Smart” quotes – and an en dash');
  assert.ok(entry!.url, 'the permalink guid is the link');
  await reader.close();
});

test('invalid UTF-8 bytes cost a character, never the feed', async () => {
  server.route('/badutf8/feed', serve(fixtureBytes('hostile/invalid-utf8-rss.xml')));
  const reader = await freshReader();
  const feed = await subscribe(reader, '/badutf8/feed');
  const { entries } = await reader.listEntries({ feedId: feed.id });
  assert.equal(entries.length, 2);
  assert.ok(entries.some((e) => e.title === 'Second item survives'));
  await reader.close();
});

test('items with neither guid nor link are kept apart and not duplicated by later refreshes', async () => {
  let variant = 0;
  server.route('/status/feed', (req, res) => {
    // The same items, re-served with a new Last-Modified each time (bytes differ by a comment).
    const body =
      fixtureBytes('hostile/no-guid-no-link-rss.xml').toString('utf8') + `<!-- ${variant++} -->`;
    serve(body)(req, res);
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/status/feed');
  const first = await reader.listEntries({ feedId: feed.id });
  assert.equal(first.total, 3, 'two items with the same title are two posts');
  for (let i = 0; i < 2; i++) await reader.refresh({ feedIds: [feed.id] });
  const later = await reader.listEntries({ feedId: feed.id });
  assert.deepEqual(
    later.entries.map((e) => [e.id, e.published]),
    first.entries.map((e) => [e.id, e.published]),
    'same posts, first-seen dates stable',
  );
  await reader.close();
});

test('background polling fetches due feeds by itself and then waits for their next check', async () => {
  let hits = 0;
  server.route('/polled/feed', (req, res) => {
    hits++;
    serve(fixtureBytes('corpus/feeds/youtube-channel-atom.xml'))(req, res);
  });
  const reader = await freshReader();
  await reader.importOpml({
    text: `<opml version="2.0"><body><outline text="Polled" xmlUrl="${server.url('/polled/feed')}"/></body></opml>`,
  });
  const added = new Promise<number>((resolve) =>
    reader.on('entriesAdded', (event) => resolve(event.entries.length)),
  );
  reader.startPolling();
  assert.ok((await added) > 0, 'a new subscription is due at once');
  reader.stopPolling();
  reader.startPolling(); // the immediate tick again: nothing is due for an hour
  await new Promise((resolve) => setTimeout(resolve, 200));
  reader.stopPolling();
  assert.equal(hits, 1);
  const [feed] = await reader.listFeeds({});
  assert.ok(Date.parse(feed!.nextCheckAt!) >= Date.now() + 59 * 60_000);
  await reader.close();
});

test('a feed removed while it is being polled ends that feed only; progress still completes', async () => {
  server.route('/slow/feed', (req, res) => {
    setTimeout(() => serve(fixtureBytes('corpus/feeds/ghost-rss.xml'))(req, res), 300);
  });
  server.route('/quick/feed', serve(fixtureBytes('corpus/feeds/hugo-rss.xml')));
  const reader = await freshReader();
  await reader.importOpml({
    text: `<opml version="2.0"><body><outline text="Slow" xmlUrl="${server.url('/slow/feed')}"/><outline text="Quick" xmlUrl="${server.url('/quick/feed')}"/></body></opml>`,
  });
  const slow = (await reader.listFeeds({})).find((f) => f.url.endsWith('/slow/feed'));
  const progress: { running: boolean }[] = [];
  reader.on('refreshProgress', (p) => progress.push(p));
  const refreshing = reader.refresh({});
  await reader.removeFeed({ feedId: slow!.id });
  const { feeds } = await refreshing;
  assert.equal(feeds.length, 2);
  assert.equal(feeds.find((f) => f.id === slow!.id)!.status, 'error');
  assert.equal(feeds.find((f) => f.id !== slow!.id)!.status, 'ok');
  assert.equal(progress.at(-1)!.running, false);
  assert.deepEqual(
    (await reader.listFeeds({})).map((f) => f.url),
    [server.url('/quick/feed')],
  );
  await reader.close();
});

test('a Retry-After of ten years pauses the feed for a week at most', async () => {
  let throttle = false;
  server.route('/forever/feed', (req, res) => {
    if (throttle) res.writeHead(503, { 'retry-after': String(10 * 365 * 24 * 3600) }).end();
    else serve(fixtureBytes('corpus/feeds/lwn-rss10-rdf.xml'))(req, res);
  });
  const reader = await freshReader();
  const feed = await subscribe(reader, '/forever/feed');
  throttle = true;
  const [result] = (await reader.refresh({ feedIds: [feed.id] })).feeds;
  assert.match(result!.error ?? '', /asked Orrery to wait until \d{4}-\d\d-\d\d \d\d:\d\d UTC/);
  const [summary] = await reader.listFeeds({});
  const week = 7 * 24 * 3600_000;
  assert.ok(Date.parse(summary!.retryAfter!) <= Date.now() + week + 60_000);
  assert.ok(Date.parse(summary!.nextCheckAt!) <= Date.now() + week + 60_000);
  await reader.close();
});
