// ParsedEntry values as the parser gives them for the corpus's deliberately overlapping posts
// (test/fixtures/corpus/README.md, "Deliberate overlaps"), written out so that identity and
// merge tests do not depend on the parser.
import type { ParsedEntry, ParsedFeed } from '../../../../electron/engine/parse/types.ts';
import { planetMemberNames } from '../../../../electron/engine/planet/planetMembers.ts';

export function entry(fields: Partial<ParsedEntry>): ParsedEntry {
  return {
    guid: null,
    guidIsPermaLink: null,
    link: null,
    origLink: null,
    title: '',
    author: null,
    published: null,
    updated: null,
    contentHtml: null,
    summary: null,
    enclosures: [],
    categories: [],
    thumbnail: null,
    source: null,
    ...fields,
  };
}

export function feed(fields: Partial<ParsedFeed>): ParsedFeed {
  return {
    format: 'rss',
    title: 'A feed',
    siteUrl: null,
    selfUrl: null,
    description: null,
    generator: null,
    iconUrl: null,
    ttlMinutes: null,
    entries: [],
    warnings: [],
    ...fields,
  };
}

export const KERRIE_CONTENT = '<p>Debian “jessie” has been frozen since the 5th of November…</p>';

/** wordpress-rss2.xml: Kerrie Walsh's own blog. */
export const kerrieOnBlog = entry({
  guid: 'http://kerriewalsh.example.net/?p=1187',
  guidIsPermaLink: false,
  link: 'http://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze/',
  title: 'Surviving the Jessie freeze',
  author: 'Kerrie Walsh',
  published: '2015-01-13T02:10:33.000Z',
  contentHtml: `${KERRIE_CONTENT}<p>From the blog.</p>`,
  summary: 'Debian “jessie” has been frozen [&#8230;]',
});

/** planet-venus-rss20.xml: guid preserved, "Author: Title". */
export const kerrieOnVenusRss = entry({
  guid: 'http://kerriewalsh.example.net/?p=1187',
  guidIsPermaLink: false,
  link: 'http://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze/',
  title: 'Kerrie Walsh: Surviving the Jessie freeze',
  published: '2015-01-13T02:10:33.000Z',
  summary: `${KERRIE_CONTENT}<p>From Venus.</p>`,
});

/** drupal7-aggregator-rss.xml: no guid, FeedBurner utm_* parameters on the link. */
export const kerrieOnDrupal = entry({
  link: 'http://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+KerrieWalsh+%28Kerrie+Walsh%29',
  title: 'Kerrie Walsh: Surviving the Jessie freeze',
  published: '2015-01-13T02:10:33.000Z',
  summary: `${KERRIE_CONTENT}<p>From Drupal.</p>`,
});

/** blogger-feedburner-atom.xml: tag: id, feedproxy alternate link, feedburner:origLink. */
export const tomOnBlogger = entry({
  guid: 'tag:blogger.com,1999:blog-4718236409152203391.post-6203918475620391847',
  link: 'http://feedproxy.google.com/~r/TomHarrowBuildsRobots/~3/hQ2mVt7pL0E/rover-3-ros-port-begins.html',
  origLink: 'http://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
  title: 'Rover 3: the ROS port begins',
  author: 'Tom Harrow',
  published: '2015-01-09T11:41:00.000Z',
  contentHtml: '<div>The rover finally has a depth camera (blog copy).</div>',
});

/** drupal7-aggregator-rss.xml: the feedproxy link only. */
export const tomOnDrupal = entry({
  link: 'http://feedproxy.google.com/~r/TomHarrowBuildsRobots/~3/hQ2mVt7pL0E/rover-3-ros-port-begins.html',
  title: 'Tom Harrow: Rover 3: the ROS port begins',
  published: '2015-01-09T11:41:00.000Z',
  summary: '<div>The rover finally has a depth camera (Drupal copy).</div>',
});

/** planet-venus-rss20.xml: tag: guid preserved, Blogger's author field. */
export const tomOnVenusRss = entry({
  guid: 'tag:blogger.com,1999:blog-4718236409152203391.post-6203918475620391847',
  guidIsPermaLink: false,
  link: 'http://feedproxy.google.com/~r/TomHarrowBuildsRobots/~3/hQ2mVt7pL0E/rover-3-ros-port-begins.html',
  title: 'Tom Harrow: Rover 3: the ROS port begins',
  author: 'noreply@blogger.com (Tom Harrow)',
  published: '2015-01-09T22:58:13.000Z',
  summary: '<div>The rover finally has a depth camera (Venus copy).</div>',
});

/** drupal7-aggregator-rss.xml: three different posts, same title, same minute, no guid. */
export const clintonOnDrupal = [4237, 4235, 4233].map((post) =>
  entry({
    link: `https://clintonroy.wordpress.com/2015/01/11/${post}/`,
    title: 'Clinton Roy: clintonroy',
    published: '2015-01-11T11:28:00.000Z',
    summary: `<p>Diary entry ${post}.</p>`,
  }),
);

/** planet-venus-rss20.xml: the untitled one, http:// guid and https:// link. */
export const clintonOnVenusRss = entry({
  guid: 'http://clintonroy.wordpress.com/?p=4237',
  guidIsPermaLink: false,
  link: 'https://clintonroy.wordpress.com/2015/01/11/4237/',
  title: 'Clinton Roy',
  published: '2015-01-11T11:28:41.000Z',
  summary: '<p>Diary entry 4237.</p>',
});

/** A planet's context as refreshFeed builds it: member names come from the planet's own entries. */
function planetCtx(feedId: number, feedUrl: string, siteUrl: string, entries: ParsedEntry[]) {
  return {
    feedId,
    feedUrl,
    siteUrl,
    memberNames: planetMemberNames(feed({ siteUrl, entries }), feedUrl),
  };
}
export const drupalCtx = planetCtx(
  3,
  'http://planet.linux.org.au/aggregator/rss',
  'http://planet.linux.org.au/aggregator',
  [kerrieOnDrupal, tomOnDrupal, ...clintonOnDrupal],
);
export const venusCtx = planetCtx(
  2,
  'http://planet.linux.conf.au/rss20.xml',
  'http://planet.linux.conf.au/',
  [kerrieOnVenusRss, tomOnVenusRss, clintonOnVenusRss],
);
export const kerrieCtx = {
  feedId: 1,
  feedUrl: 'http://kerriewalsh.example.net/feed/',
  siteUrl: 'http://kerriewalsh.example.net',
};
export const tomCtx = {
  feedId: 4,
  feedUrl: 'http://feeds.feedburner.com/TomHarrowBuildsRobots',
  siteUrl: 'http://tomharrow-robots.blogspot.com/',
};
