// The planet cluster of the corpus, parsed by the real parser and stored in a real database:
// each deliberate overlap (test/fixtures/corpus/README.md) must come out as one post carried
// by every feed that has it, and the three same-titled clintonroy posts must stay three.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import { planetContext, toIncomingPost } from '../../../../electron/engine/planet/index.ts';
import { openStore, type Store } from '../../../../electron/engine/store/index.ts';
import { fixtureBytes, tempDir } from '../../../support/fixtures.ts';

const CLUSTER = [
  ['drupal7-aggregator-rss.xml', 'http://planet.linux.org.au/aggregator/rss'],
  ['planet-venus-rss20.xml', 'http://planet.linux.conf.au/rss20.xml'],
  ['planet-venus-atom.xml', 'http://planet.linux.conf.au/atom.xml'],
  ['wordpress-rss2.xml', 'http://kerriewalsh.example.net/feed/'],
  ['blogger-feedburner-atom.xml', 'http://feeds.feedburner.com/TomHarrowBuildsRobots'],
] as const;

async function subscribe(
  store: Store,
  file: string,
  url: string,
): Promise<{ id: number; planet: boolean }> {
  const parsed = await parseFeed({
    url,
    bytes: fixtureBytes(`corpus/feeds/${file}`),
    contentType: 'application/xml',
  });
  assert.equal(parsed.kind, 'feed', file);
  if (parsed.kind !== 'feed') throw new Error(file);
  const planetOf = planetContext(parsed.feed, url);
  const { planet } = planetOf;
  const { feed } = store.addFeed({ url, title: parsed.feed.title, siteUrl: parsed.feed.siteUrl });
  const ctx = { feedId: feed.id, feedUrl: url, siteUrl: parsed.feed.siteUrl, ...planetOf };
  store.savePosts(
    feed.id,
    parsed.feed.entries.map((entry) => toIncomingPost(entry, ctx)),
    '2026-01-01T00:00:00.000Z',
  );
  return { id: feed.id, planet };
}

for (const order of ['planets first', 'blogs first'] as const) {
  test(`the corpus planet cluster merges into one post per real post (${order})`, async () => {
    const dir = tempDir('orrery-corpus-');
    const store = openStore(join(dir.path, 'orrery.sqlite'));
    try {
      const feeds = order === 'planets first' ? CLUSTER : [...CLUSTER].reverse();
      const ids = new Map<string, { id: number; planet: boolean }>();
      for (const [file, url] of feeds) ids.set(file, await subscribe(store, file, url));
      const feedId = (file: string): number => ids.get(file)!.id;

      assert.equal(ids.get('drupal7-aggregator-rss.xml')!.planet, true);
      assert.equal(ids.get('planet-venus-rss20.xml')!.planet, true);
      assert.equal(ids.get('planet-venus-atom.xml')!.planet, true);
      assert.equal(ids.get('wordpress-rss2.xml')!.planet, false);
      assert.equal(ids.get('blogger-feedburner-atom.xml')!.planet, false);

      const all = store.listEntries({}).entries;
      const byTitle = (title: string) => all.filter((row) => row.title === title);

      const kerrie = byTitle('Surviving the Jessie freeze');
      assert.equal(kerrie.length, 1);
      assert.deepEqual(
        kerrie[0]!.feeds,
        [
          'drupal7-aggregator-rss.xml',
          'planet-venus-rss20.xml',
          'planet-venus-atom.xml',
          'wordpress-rss2.xml',
        ]
          .map(feedId)
          .sort((a, b) => a - b),
      );
      assert.equal(kerrie[0]!.author, 'Kerrie Walsh');

      const tom = byTitle('Rover 3: the ROS port begins');
      assert.equal(tom.length, 1);
      assert.equal(tom[0]!.feeds.length, 4);
      assert.equal(
        tom[0]!.url,
        'http://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
      );
      // The blog's copy wins for content whichever came first.
      const blogger = await parseFeed({
        url: 'http://feeds.feedburner.com/TomHarrowBuildsRobots',
        bytes: fixtureBytes('corpus/feeds/blogger-feedburner-atom.xml'),
        contentType: 'application/xml',
      });
      assert.ok(blogger.kind === 'feed');
      const blogEntry = blogger.feed.entries.find(
        (entry) => entry.title === 'Rover 3: the ROS port begins',
      );
      assert.equal(store.getEntry(tom[0]!.id)?.contentHtml, blogEntry?.contentHtml);

      assert.equal(byTitle('Systemd Notes').length, 1);
      assert.equal(
        byTitle('clintonroy').length,
        3,
        'three different posts, same title, same minute',
      );
      const shared = all.filter(
        (row) => row.url === 'https://clintonroy.wordpress.com/2015/01/11/4237/',
      );
      assert.equal(shared.length, 1);
      assert.equal(shared[0]!.feeds.length, 3);

      // Read once via the planet, read under the blog too.
      store.setRead([kerrie[0]!.id], true);
      const underBlog = store.listEntries({
        feedId: feedId('wordpress-rss2.xml'),
        unread: true,
      }).entries;
      assert.ok(!underBlog.some((row) => row.id === kerrie[0]!.id));
      assert.equal(store.unreadCounts().allUnread, all.length - 1);
    } finally {
      store.close();
      dir.dispose();
    }
  });
}
