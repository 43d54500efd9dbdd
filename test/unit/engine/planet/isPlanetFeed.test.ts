import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPlanetFeed } from '../../../../electron/engine/planet/isPlanetFeed.ts';
import {
  clintonOnDrupal,
  clintonOnVenusRss,
  entry,
  feed,
  kerrieOnBlog,
  kerrieOnDrupal,
  kerrieOnVenusRss,
  tomOnBlogger,
  tomOnDrupal,
  tomOnVenusRss,
} from './corpusEntries.ts';

test('a generator naming Venus makes a planet (planet-venus-atom.xml)', () => {
  assert.equal(
    isPlanetFeed(feed({ generator: 'Venus' }), 'http://planet.linux.conf.au/atom.xml'),
    true,
  );
  assert.equal(
    isPlanetFeed(
      feed({ generator: 'Planet/2.0 +http://www.planetplanet.org' }),
      'http://p.example/rss',
    ),
    true,
  );
});

test('entries whose <source> names three other sites make a planet even without links', () => {
  const source = (site: string) => ({ title: null, feedUrl: null, siteUrl: site, id: null });
  const entries = ['http://a.example.org/', 'http://b.example.net/', 'http://c.example.com/'].map(
    (site) => entry({ source: source(site) }),
  );
  assert.equal(isPlanetFeed(feed({ entries }), 'http://p.example/atom.xml'), true);
});

// Issue 11: a news feed whose items cite <source> (one agency) was taken for a planet.
test('items citing a <source> on one site are not a planet', () => {
  const source = {
    title: 'Reuters',
    feedUrl: 'https://www.reuters.com/rss',
    siteUrl: null,
    id: null,
  };
  const entries = [1, 2, 3, 4].map((n) =>
    entry({ link: `https://news.example.com/story/${n}`, title: `Story ${n}`, source }),
  );
  assert.equal(
    isPlanetFeed(
      feed({ siteUrl: 'https://news.example.com/', entries }),
      'https://news.example.com/rss',
    ),
    false,
  );
});

// Issue 11: politics.example.com and weather.example.com are one portal, not members.
test("links to the feed's own subdomains are not member sites (news portal)", () => {
  const entries = ['politics', 'weather', 'sport', 'tech', 'money'].map((section) =>
    entry({ link: `https://${section}.portal.example.com.br/x`, title: `Ibope: ${section}` }),
  );
  assert.equal(
    isPlanetFeed(
      feed({ siteUrl: 'https://www.portal.example.com.br/', entries }),
      'https://portal.example.com.br/rss',
    ),
    false,
  );
});

test("the Drupal aggregator (no generator) is a planet: its links point to many members' hosts", () => {
  const planet = feed({
    siteUrl: 'http://planet.linux.org.au/aggregator',
    entries: [kerrieOnDrupal, ...clintonOnDrupal, tomOnDrupal],
  });
  assert.equal(isPlanetFeed(planet, 'http://planet.linux.org.au/aggregator/rss'), true);
});

test('Planet Venus RSS (no generator, no source) is a planet too', () => {
  const planet = feed({
    siteUrl: 'http://planet.linux.conf.au/',
    entries: [kerrieOnVenusRss, clintonOnVenusRss, tomOnVenusRss],
  });
  assert.equal(isPlanetFeed(planet, 'http://planet.linux.conf.au/rss20.xml'), true);
});

test('a blog whose links all point to its own site is not a planet (WordPress)', () => {
  const blog = feed({
    siteUrl: 'http://kerriewalsh.example.net',
    generator: 'http://wordpress.org/?v=4.1',
    entries: [kerrieOnBlog, entry({ link: 'http://kerriewalsh.example.net/2015/01/12/lca/' })],
  });
  assert.equal(isPlanetFeed(blog, 'http://kerriewalsh.example.net/feed/'), false);
});

test('a FeedBurner blog (every link on feedproxy) is not a planet', () => {
  const blog = feed({
    siteUrl: 'http://tomharrow-robots.blogspot.com/',
    entries: [
      tomOnBlogger,
      entry({ link: 'http://feedproxy.google.com/~r/X/~3/a/b.html' }),
      entry({ link: 'http://feedproxy.google.com/~r/X/~3/c/d.html' }),
    ],
  });
  assert.equal(isPlanetFeed(blog, 'http://feeds.feedburner.com/TomHarrowBuildsRobots'), false);
});

test('an empty feed is not a planet', () => {
  assert.equal(isPlanetFeed(feed({}), 'http://example.com/feed'), false);
});
