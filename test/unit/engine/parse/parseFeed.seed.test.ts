// The feeds built from the Planet Linux Australia seed (test/fixtures/seed-feeds/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import type { ParsedFeed } from '../../../../electron/engine/parse/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

async function feed(name: string, url: string): Promise<ParsedFeed> {
  const result = await parseFeed({
    url,
    bytes: fixtureBytes(`seed-feeds/${name}`),
    contentType: 'application/rss+xml',
  });
  if (result.kind !== 'feed') throw new Error(JSON.stringify(result).slice(0, 300));
  return result.feed;
}

// Planet Venus rss20.xml.tmpl over the seed
test('planet RSS: twenty "Member: Title" items in document order with member guids', async () => {
  const f = await feed('planet-linux-australia-rss20.xml', 'http://planet.linux.org.au/rss20.xml');
  assert.equal(f.entries.length, 20);
  assert.equal(f.entries[0]?.title, 'Simon Lyall: 2015 – Day 2 – Session 2 – Sysadmin Miniconf');
  assert.equal(f.entries[0]?.guid, 'http://www.mondaybus.com/?p=1742');
  assert.equal(f.entries[0]?.published, '2015-01-13T02:28:00.000Z');
  const titles = f.entries.map((e) => e.title);
  for (const expected of [
    'Russell Coker: Systemd Notes',
    'Michael Still: Kilo Nova deploy recommendations',
    'Jeremy Visser: Floppy drive music',
    'Ben Martin: Terry 2.0: The ROS armada begins!',
    'BlueHackers: Is depression a kind of allergic reaction? | The Guardian',
    'Sridhar Dhanapalan: Twitter posts: 2015-01-05 to 2015-01-11',
    'News: Tuesday Keynote Speaker - Professor Eben Moglen',
  ]) {
    assert.ok(titles.includes(expected), expected);
  }
});

test('planet RSS: three different "Clinton Roy: clintonroy" posts in the same minute stay distinct', async () => {
  const f = await feed('planet-linux-australia-rss20.xml', 'http://planet.linux.org.au/rss20.xml');
  const same = f.entries.filter(
    (e) => e.title === 'Clinton Roy: clintonroy' && e.published === '2015-01-11T11:28:00.000Z',
  );
  assert.equal(same.length, 3);
  assert.equal(new Set(same.map((e) => e.guid)).size, 3);
  assert.equal(new Set(same.map((e) => e.link)).size, 3);
  assert.equal(new Set(same.map((e) => e.contentHtml)).size, 3);
});

test('planet RSS: the seed’s en dashes and curly quotes survive intact', async () => {
  const f = await feed('planet-linux-australia-rss20.xml', 'http://planet.linux.org.au/rss20.xml');
  assert.ok(f.entries.some((e) => e.title.includes('–')));
  assert.ok(
    f.entries.some((e) => (e.contentHtml ?? '').includes('“A growing number of scientists')),
  );
  assert.ok(f.entries.every((e) => !e.title.includes('\uFFFD')));
});

// WordPress 4.1 feed-rss2.php on Simon Lyall's blog
test('Simon Lyall WordPress feed carries the same ?p= guids and links as the planet', async () => {
  const blog = await feed('simon-lyall-wordpress-rss2.xml', 'http://www.mondaybus.com/feed/');
  const planet = await feed(
    'planet-linux-australia-rss20.xml',
    'http://planet.linux.org.au/rss20.xml',
  );
  assert.equal(blog.entries.length, 6);
  const planetSimon = planet.entries.filter((e) => e.title.startsWith('Simon Lyall: '));
  assert.deepEqual(
    blog.entries.map((e) => e.guid),
    planetSimon.map((e) => e.guid),
  );
  assert.deepEqual(
    blog.entries.map((e) => e.link),
    planetSimon.map((e) => e.link),
  );
  assert.ok(blog.entries.every((e) => e.author === 'Simon Lyall'));
  assert.equal(
    blog.entries[0]?.title,
    'linux.conf.au 2015 – Day 2 – Session 2 – Sysadmin Miniconf',
  ); // &#8211;
  // The blog has the full content; the planet copy is shorter.
  assert.ok(
    (blog.entries[0]?.contentHtml?.length ?? 0) > (planetSimon[0]?.contentHtml?.length ?? 0),
  );
});

// Blogger Atom (Ben Martin, monkeyiq.blogspot.com)
test('Ben Martin Blogger feed has the planet’s tag: id for Terry 2.0', async () => {
  const blog = await feed(
    'ben-martin-blogger-atom.xml',
    'http://monkeyiq.blogspot.com/feeds/posts/default',
  );
  const planet = await feed(
    'planet-linux-australia-rss20.xml',
    'http://planet.linux.org.au/rss20.xml',
  );
  const [terry] = blog.entries;
  assert.equal(terry?.title, 'Terry 2.0: The ROS armada begins!');
  assert.equal(terry?.author, 'Ben Martin');
  assert.equal(terry?.published, '2015-01-09T12:58:00.000Z');
  const onPlanet = planet.entries.find((e) => e.title.startsWith('Ben Martin: '));
  assert.equal(terry?.guid, onPlanet?.guid);
  assert.equal(terry?.link, onPlanet?.link);
});

// Drupal 7 aggregator over the seed
test('Drupal aggregator planet feed: no guids, +1100 dates equal the Venus UTC dates, one utm_* link', async () => {
  const drupal = await feed(
    'planet-linux-australia-drupal7-aggregator.xml',
    'http://planet.linux.org.au/aggregator/rss',
  );
  const venus = await feed(
    'planet-linux-australia-rss20.xml',
    'http://planet.linux.org.au/rss20.xml',
  );
  assert.equal(drupal.entries.length, 20);
  assert.ok(drupal.entries.every((e) => e.guid === null));
  assert.deepEqual(
    drupal.entries.map((e) => e.published),
    venus.entries.map((e) => e.published),
  );
  assert.equal(drupal.entries.filter((e) => /utm_source=/.test(e.link ?? '')).length, 1);
});

// Planet page for autodiscovery
test('the planet’s HTML page comes back as html with its relative alternate link', async () => {
  const result = await parseFeed({
    url: 'http://planet.linux.org.au/',
    bytes: fixtureBytes('seed-feeds/planet-linux-australia.html'),
    contentType: 'text/html; charset=utf-8',
  });
  assert.equal(result.kind, 'html');
  if (result.kind === 'html')
    assert.match(
      result.html,
      /<link rel="alternate" type="application\/rss\+xml" [^>]*href="rss20\.xml"/,
    );
});
