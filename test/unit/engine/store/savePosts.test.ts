import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  clintonOnDrupal,
  clintonOnVenusRss,
  entry,
  kerrieOnBlog,
  kerrieOnDrupal,
  kerrieOnVenusRss,
  tomOnBlogger,
  tomOnDrupal,
  tomOnVenusRss,
} from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const NOW = '2026-01-01T00:00:00.000Z';

function subscribePlanetCluster(store: ReturnType<typeof freshStore>['store']) {
  return {
    kerrie: store.addFeed({
      url: 'http://kerriewalsh.example.net/feed/',
      title: 'Kerrie Walsh',
      siteUrl: 'http://kerriewalsh.example.net',
    }).feed,
    tom: store.addFeed({
      url: 'http://feeds.feedburner.com/TomHarrowBuildsRobots',
      title: 'Tom Harrow',
      siteUrl: 'http://tomharrow-robots.blogspot.com/',
    }).feed,
    venus: store.addFeed({
      url: 'http://planet.linux.conf.au/rss20.xml',
      title: 'Planet LCA',
      siteUrl: 'http://planet.linux.conf.au/',
    }).feed,
    drupal: store.addFeed({
      url: 'http://planet.linux.org.au/aggregator/rss',
      title: 'PLA',
      siteUrl: 'http://planet.linux.org.au/aggregator',
    }).feed,
  };
}

test('a post on a planet and on the blog is one post, listed under both feeds, read once', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feeds = subscribePlanetCluster(store);
    const fromPlanet = store.savePosts(
      feeds.drupal.id,
      postsFor(feeds.drupal, [kerrieOnDrupal], true),
      NOW,
    );
    const fromBlog = store.savePosts(
      feeds.kerrie.id,
      postsFor(feeds.kerrie, [kerrieOnBlog], false),
      NOW,
    );
    assert.equal(fromPlanet.added.length, 1);
    assert.equal(fromBlog.added.length, 0, 'already stored via the planet: not new');
    assert.equal(fromBlog.updated, 1);

    const id = fromPlanet.added[0]!.id;
    const underPlanet = store.listEntries({ feedId: feeds.drupal.id }).entries;
    const underBlog = store.listEntries({ feedId: feeds.kerrie.id }).entries;
    assert.deepEqual(
      underPlanet.map((row) => row.id),
      [id],
    );
    assert.deepEqual(
      underBlog.map((row) => row.id),
      [id],
    );
    assert.deepEqual(
      underBlog[0]!.feeds,
      [feeds.kerrie.id, feeds.drupal.id].sort((a, b) => a - b),
    );

    assert.equal(store.setRead([id], true), 1);
    assert.equal(store.listEntries({ feedId: feeds.kerrie.id }).entries[0]!.read, true);
    assert.equal(store.listEntries({ feedId: feeds.drupal.id }).entries[0]!.read, true);
    const counts = store.unreadCounts();
    assert.equal(counts.feeds[feeds.kerrie.id], 0);
    assert.equal(counts.feeds[feeds.drupal.id], 0);
    assert.equal(counts.allUnread, 0);
  } finally {
    opened.dispose();
  }
});

test("the blog's words win over a planet's whichever arrives first", () => {
  for (const blogFirst of [true, false]) {
    const opened = freshStore();
    try {
      const { store } = opened;
      const feeds = subscribePlanetCluster(store);
      const saveBlog = () =>
        store.savePosts(feeds.tom.id, postsFor(feeds.tom, [tomOnBlogger], false), NOW);
      const savePlanets = () => {
        store.savePosts(feeds.venus.id, postsFor(feeds.venus, [tomOnVenusRss], true), NOW);
        store.savePosts(feeds.drupal.id, postsFor(feeds.drupal, [tomOnDrupal], true), NOW);
      };
      if (blogFirst) {
        saveBlog();
        savePlanets();
      } else {
        savePlanets();
        saveBlog();
      }
      const page = store.listEntries({});
      assert.equal(
        page.total,
        1,
        'Tom Harrow via FeedBurner origLink, Venus and Drupal is one post',
      );
      const detail = store.getEntry(page.entries[0]!.id)!;
      assert.equal(detail.contentHtml, tomOnBlogger.contentHtml);
      assert.equal(detail.title, 'Rover 3: the ROS port begins');
      assert.equal(detail.author, 'Tom Harrow');
      assert.equal(
        detail.url,
        'http://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
      );
      assert.deepEqual(
        detail.feeds,
        [feeds.tom.id, feeds.venus.id, feeds.drupal.id].sort((a, b) => a - b),
      );
    } finally {
      opened.dispose();
    }
  }
});

test('Kerrie Walsh across WordPress, Venus and Drupal (utm_* link) is one post', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feeds = subscribePlanetCluster(store);
    store.savePosts(feeds.venus.id, postsFor(feeds.venus, [kerrieOnVenusRss], true), NOW);
    store.savePosts(feeds.drupal.id, postsFor(feeds.drupal, [kerrieOnDrupal], true), NOW);
    store.savePosts(feeds.kerrie.id, postsFor(feeds.kerrie, [kerrieOnBlog], false), NOW);
    const page = store.listEntries({});
    assert.equal(page.total, 1);
    assert.equal(page.entries[0]!.feeds.length, 3);
    assert.equal(store.unreadCounts().allUnread, 1);
  } finally {
    opened.dispose();
  }
});

test('the three "Clinton Roy: clintonroy" posts in the same minute stay three; Venus\'s untitled copy joins one', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feeds = subscribePlanetCluster(store);
    const { added } = store.savePosts(
      feeds.drupal.id,
      postsFor(feeds.drupal, clintonOnDrupal, true),
      NOW,
    );
    assert.equal(added.length, 3);
    assert.ok(added.every((row) => row.title === 'clintonroy' && row.author === 'Clinton Roy'));
    const venus = store.savePosts(
      feeds.venus.id,
      postsFor(feeds.venus, [clintonOnVenusRss], true),
      NOW,
    );
    assert.equal(venus.added.length, 0);
    assert.equal(store.listEntries({}).total, 3);
    const shared = store.listEntries({ feedId: feeds.venus.id }).entries;
    assert.equal(shared.length, 1);
    assert.equal(shared[0]!.url, 'https://clintonroy.wordpress.com/2015/01/11/4237/');
  } finally {
    opened.dispose();
  }
});

test('a refresh adds nothing and keeps the first-seen date of an undated post', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://notes.example/feed', title: 'Notes' });
    const undated = [
      entry({ guid: 'https://notes.example/1', title: 'No date' }),
      entry({ title: 'Neither guid nor link', contentHtml: '<p>x</p>' }),
    ];
    const first = store.savePosts(
      feed.id,
      postsFor(feed, undated, false),
      '2026-01-01T00:00:00.000Z',
    );
    assert.equal(first.added.length, 2);
    const again = store.savePosts(
      feed.id,
      postsFor(feed, undated, false),
      '2026-01-02T00:00:00.000Z',
    );
    assert.deepEqual(again, { added: [], updated: 0 });
    const rows = store.listEntries({ feedId: feed.id }).entries;
    assert.equal(rows.length, 2);
    assert.ok(rows.every((row) => row.published === '2026-01-01T00:00:00.000Z'));
    assert.equal(store.feedSummary(feed.id)?.total, 2);
  } finally {
    opened.dispose();
  }
});

test('items of one feed that share a link but not a guid stay different posts', () => {
  // Some feeds (press-release pages, notice boards) link every item to one listing page.
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({
      url: 'https://council.example/notices.rss',
      title: 'Notices',
      siteUrl: 'https://council.example/',
    });
    const items = [1, 2, 3].map((n) =>
      entry({
        guid: `urn:uuid:00000000-0000-0000-0000-00000000000${n}`,
        link: 'https://council.example/notices',
        title: `Notice ${n}`,
      }),
    );
    assert.equal(store.savePosts(feed.id, postsFor(feed, items, false), NOW).added.length, 3);
    assert.equal(store.savePosts(feed.id, postsFor(feed, items, false), NOW).added.length, 0);
    assert.equal(store.listEntries({}).total, 3);
  } finally {
    opened.dispose();
  }
});

test('an edited post is updated in place, searchable by its new words, state kept', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://blog.example/feed', title: 'Blog' });
    const original = entry({
      guid: 'https://blog.example/?p=1',
      title: 'Draft',
      contentHtml: '<p>first words</p>',
    });
    const { added } = store.savePosts(feed.id, postsFor(feed, [original], false), NOW);
    store.setStarred([added[0]!.id], true);
    store.setRead([added[0]!.id], true);
    const edited = { ...original, title: 'Final', contentHtml: '<p>zebra crossings</p>' };
    assert.deepEqual(store.savePosts(feed.id, postsFor(feed, [edited], false), NOW), {
      added: [],
      updated: 1,
    });
    const detail = store.getEntry(added[0]!.id)!;
    assert.equal(detail.title, 'Final');
    assert.equal(detail.read, true);
    assert.equal(detail.starred, true);
    assert.equal(store.listEntries({ search: 'zebra' }).total, 1);
    assert.equal(store.listEntries({ search: 'first' }).total, 0);
  } finally {
    opened.dispose();
  }
});

test('enclosures and summary are stored apart and come back with the post', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { feed } = store.addFeed({ url: 'https://jeremy.visser.name/feed/', title: 'Jeremy' });
    const enclosure = {
      url: 'https://jeremy.visser.name/wp-content/uploads/2015/01/floppy-tetris.ogg',
      type: 'audio/ogg',
      length: 1843201,
    };
    const { added } = store.savePosts(
      feed.id,
      postsFor(
        feed,
        [
          entry({
            guid: 'https://jeremy.visser.name/?p=1024',
            title: 'Floppy drive music',
            summary: '<p>Some time in 2013</p>',
            enclosures: [enclosure],
          }),
        ],
        false,
      ),
      NOW,
    );
    const detail = store.getEntry(added[0]!.id)!;
    assert.deepEqual(detail.enclosures, [enclosure]);
    assert.equal(detail.summary, '<p>Some time in 2013</p>');
    assert.equal(detail.contentHtml, null);
    assert.equal(store.getEntry(999_999), null);
  } finally {
    opened.dispose();
  }
});

test('counts: a post already read via the blog arrives on the planet read, and is counted once', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feeds = subscribePlanetCluster(store);
    const [post] = store.savePosts(
      feeds.kerrie.id,
      postsFor(feeds.kerrie, [kerrieOnBlog], false),
      NOW,
    ).added;
    store.savePosts(feeds.tom.id, postsFor(feeds.tom, [tomOnBlogger], false), NOW);
    store.setRead([post!.id], true);
    store.savePosts(
      feeds.drupal.id,
      postsFor(feeds.drupal, [kerrieOnDrupal, tomOnDrupal], true),
      NOW,
    );
    const planet = store.feedSummary(feeds.drupal.id)!;
    assert.equal(planet.total, 2, 'the planet carries both posts');
    assert.equal(planet.unread, 1, 'only Tom’s post is unread there');
    const counts = store.unreadCounts();
    assert.equal(counts.allUnread, 1, 'each post counted once across feeds');
    assert.equal(store.listEntries({}).total, 2);
    // The counters agree with the rows after a reopen.
    const reopened = opened.reopen();
    assert.deepEqual(reopened.unreadCounts(), counts);
  } finally {
    opened.dispose();
  }
});

test('two blogs with their own guids that link the same article stay two posts (link blogs)', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const a = store.addFeed({
      url: 'https://links-a.example/feed',
      title: 'A',
      siteUrl: 'https://links-a.example/',
    }).feed;
    const b = store.addFeed({
      url: 'https://links-b.example/feed',
      title: 'B',
      siteUrl: 'https://links-b.example/',
    }).feed;
    const article = 'https://lwn.example/Articles/1/';
    store.savePosts(
      a.id,
      postsFor(
        a,
        [entry({ guid: 'https://links-a.example/?p=1', link: article, title: 'A says' })],
        false,
      ),
      NOW,
    );
    store.savePosts(
      b.id,
      postsFor(
        b,
        [entry({ guid: 'https://links-b.example/?p=7', link: article, title: 'B says' })],
        false,
      ),
      NOW,
    );
    assert.deepEqual(
      store
        .listEntries({})
        .entries.map((e) => e.title)
        .sort(),
      ['A says', 'B says'],
    );
  } finally {
    opened.dispose();
  }
});
