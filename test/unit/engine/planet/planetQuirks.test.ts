// Issue 11: planet detection that never eats a title, through the real parser and the same
// planetContext + toIncomingPost path the poller uses (fixtures: test/fixtures/quirks/).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import { planetContext, toIncomingPost } from '../../../../electron/engine/planet/index.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

async function postsOf(file: string, feedUrl: string) {
  const result = await parseFeed({ url: feedUrl, bytes: fixtureBytes(file), contentType: null });
  if (result.kind !== 'feed') assert.fail(JSON.stringify(result));
  const context = planetContext(result.feed, feedUrl);
  const ctx = { feedId: 1, feedUrl, siteUrl: result.feed.siteUrl, ...context };
  return {
    planet: context.planet,
    posts: result.feed.entries.map((entry) => toIncomingPost(entry, ctx)),
  };
}

test('news-with-source-rss: items citing <source> keep their titles', async () => {
  const { planet, posts } = await postsOf(
    'quirks/news-with-source-rss.xml',
    'https://wire.example.com/rss',
  );
  assert.equal(planet, false);
  assert.deepEqual(
    posts.map((post) => [post.title, post.author]),
    [
      ['Central Bank Holds Rates Steady', null],
      ['Floods Close Coastal Highway', null],
      ['Agency One: Markets open higher', null],
      ['Election Count Enters Third Day', null],
    ],
  );
});

test('news-portal-subdomains-rss: "Ibope: Candidate leads…" is not split', async () => {
  const { planet, posts } = await postsOf(
    'quirks/news-portal-subdomains-rss.xml',
    'https://portal.example.com.br/rss',
  );
  assert.equal(planet, false);
  assert.equal(posts[0]?.title, 'Ibope: Candidate leads in the capital');
  assert.equal(posts[0]?.author, null);
});

test('Planet Linux Australia keeps its behaviour: every "Author: Title" split, nothing else', async () => {
  for (const [file, url] of [
    ['seed-feeds/planet-linux-australia-rss20.xml', 'http://planet.linux.org.au/rss20.xml'],
    [
      'seed-feeds/planet-linux-australia-drupal7-aggregator.xml',
      'http://planet.linux.org.au/aggregator/rss',
    ],
  ] as const) {
    const { planet, posts } = await postsOf(file, url);
    assert.equal(planet, true, file);
    const byTitle = new Map(posts.map((post) => [post.title, post.author]));
    assert.equal(byTitle.get('Systemd Notes'), 'Russell Coker');
    assert.equal(byTitle.get('2015 – Day 2 – Session 2 – Sysadmin Miniconf'), 'Simon Lyall');
    assert.equal(byTitle.get('Terry 2.0: The ROS armada begins!'), 'Ben Martin');
    assert.equal(
      byTitle.get('Is depression a kind of allergic reaction? | The Guardian'),
      'BlueHackers',
    );
    assert.equal(posts.filter((post) => post.title === 'clintonroy').length, 4);
    assert.ok(
      posts.some((post) => post.title.startsWith('News: ')),
      'the planet’s own news keep their prefix',
    );
    assert.ok(
      posts.every((post) => post.title !== ''),
      'no title lost',
    );
  }
});
