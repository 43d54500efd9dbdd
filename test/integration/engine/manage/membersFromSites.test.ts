// Planet members, last resort: a planet with neither an OPML member list nor Atom <source>
// elements. Its entries link to the authors' own sites, each a loopback host of its own
// (127.0.0.2, 127.0.0.3, 127.0.0.4); each site's page is fetched and its feed autodiscovered.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { openReader } from '../../../../electron/engine/reader.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { serve, startServer, type TestServer } from '../../../support/server.ts';

let planet: TestServer;
let carol: TestServer;
let dave: TestServer;
let noFeed: TestServer;

const html = (head: string, body = '') =>
  serve(`<!doctype html><html><head><title>Site</title>${head}</head><body>${body}</body></html>`, {
    'content-type': 'text/html; charset=utf-8',
  });

const item = (title: string, link: string, author: string) =>
  `<item><title>${title}</title><link>${link}</link><guid>${link}</guid>
    <dc:creator>${author}</dc:creator><pubDate>Fri, 20 Nov 2026 10:00:00 GMT</pubDate>
    <description>${title} in full.</description></item>`;

const rss = (title: string, link: string, items: string[]) =>
  `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
    <title>${title}</title><link>${link}</link>${items.join('')}</channel></rss>`;

const carolPosts = () => [
  item('Porting the scheduler', carol.url('/2026/11/scheduler.html'), 'Carol Writer'),
  item('Notes from the conference', carol.url('/2026/11/conference.html'), 'Carol Writer'),
];
const davePost = () => item('A new keyboard', dave.url('/keyboard.html'), 'Dave Author');

before(async () => {
  planet = await startServer();
  carol = await startServer({}, '127.0.0.2');
  dave = await startServer({}, '127.0.0.3');
  noFeed = await startServer({}, '127.0.0.4');
  // The planet's page links no OPML, and there is no opml.xml beside it or at its root.
  planet.route('/sites/', html('', '<p>Planet Sites: posts from our members.</p>'));
  planet.route(
    '/sites/rss20.xml',
    serve(
      rss('Planet Sites', planet.url('/sites/'), [
        ...carolPosts(),
        davePost(),
        // The planet's own news is not a member; nor is a site without a feed.
        item('Welcome to the planet', planet.url('/sites/welcome.html'), 'Planet Team'),
        item('A page without a feed', noFeed.url('/about.html'), 'Erin Nofeed'),
      ]),
    ),
  );
  carol.route(
    '/',
    html(
      `<link rel="alternate" type="application/rss+xml" title="Carol’s notes » Comments Feed" href="/comments/feed/">
       <link rel="alternate" type="application/rss+xml" title="Carol’s notes" href="/feed/">`,
    ),
  );
  carol.route('/feed/', serve(rss('Carol’s notes', carol.url('/'), carolPosts())));
  // No title on Dave's link: the member is named after the entries' author.
  dave.route('/', html(`<link rel="alternate" type="application/atom+xml" href="/atom.xml">`));
  dave.route('/atom.xml', serve(rss('Dave', dave.url('/'), [davePost()])));
  noFeed.route('/', html('', '<p>Just a page.</p>'));
});

after(async () => {
  await Promise.all([planet, carol, dave, noFeed].map((server) => server.close()));
});

test('without OPML or Atom sources, members are the entries’ authors’ sites, autodiscovered', async () => {
  const dir = tempDir();
  const reader = await openReader({ dataDir: dir.path, firstRunFeeds: [], parseWorkerUrl: null });
  try {
    const feed = await reader.addFeed({ url: planet.url('/sites/rss20.xml') });
    const members = await reader.planetMembers({ feedId: feed.id });
    assert.deepEqual(
      members.map((m) => [m.title, m.url, m.siteUrl, m.subscribed]),
      [
        ['Carol’s notes', carol.url('/feed/'), carol.url('/'), false],
        ['Dave Author', dave.url('/atom.xml'), dave.url('/'), false],
      ],
    );
    // Each author's site was asked once, on its own host; the page without a feed gave nothing.
    for (const site of [carol, dave, noFeed]) {
      assert.deepEqual(
        site.requests.map((r) => r.path),
        ['/'],
        site.origin,
      );
    }

    // Subscribed into the planet's folder, their posts merge with the planet's copies.
    const before = await reader.listEntries({ limit: 100 });
    const result = await reader.subscribeMembers({
      feedId: feed.id,
      urls: members.map((m) => m.url),
    });
    assert.equal(result.folder, 'Planet Sites');
    assert.equal(result.added.length, 2);
    const after = await reader.listEntries({ limit: 100 });
    assert.equal(after.total, before.total, 'no duplicates: one post per real post');
    const merged = after.entries.filter((entry) => entry.feeds.length === 2);
    assert.deepEqual(merged.map((entry) => entry.title).sort(), [
      'A new keyboard',
      'Notes from the conference',
      'Porting the scheduler',
    ]);
  } finally {
    await reader.close();
    dir.dispose();
  }
});
