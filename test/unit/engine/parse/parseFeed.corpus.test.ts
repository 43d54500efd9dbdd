// One test per quirk over every corpus feed (test/fixtures/corpus/feeds/*), each named after
// the quirk, with the generator that produces it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import type { ParsedFeed } from '../../../../electron/engine/parse/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

async function feed(name: string, url = `https://fetched.example/${name}`): Promise<ParsedFeed> {
  const result = await parseFeed({
    url,
    bytes: fixtureBytes(`corpus/feeds/${name}`),
    contentType: null,
  });
  assert.equal(result.kind, 'feed', JSON.stringify(result).slice(0, 300));
  if (result.kind !== 'feed') throw new Error('unreachable');
  return result.feed;
}

// WordPress 4.1 feed-rss2.php
test('WordPress RSS2: ?p= guids with isPermaLink="false", CDATA dc:creator, texturized titles', async () => {
  const f = await feed('wordpress-rss2.xml');
  assert.equal(f.format, 'rss');
  assert.equal(f.entries.length, 4);
  const [first] = f.entries;
  assert.equal(first?.guid, 'http://kerriewalsh.example.net/?p=1187');
  assert.equal(first?.guidIsPermaLink, false);
  assert.equal(
    first?.link,
    'http://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze/',
  );
  assert.equal(first?.author, 'Kerrie Walsh');
  assert.equal(first?.published, '2015-01-13T02:10:33.000Z');
  assert.equal(f.entries[2]?.title, 'Don’t panic: rebuilding btrfs RAID1 after a disk failure');
  assert.equal(f.entries[3]?.title, 'Packing list for Auckland & LCA2015'); // &#038;
  assert.deepEqual(first?.categories, ['Debian', 'Linux']);
  assert.match(first?.contentHtml ?? '', /<span id="more-1187"><\/span>/); // content:encoded wins over the excerpt
  assert.match(first?.summary ?? '', /\[&#8230;\]$/);
  assert.equal(f.ttlMinutes, 60); // sy:updatePeriod hourly / sy:updateFrequency 1
  assert.equal(f.selfUrl, 'http://kerriewalsh.example.net/feed/');
});

// Blogger Atom passed through FeedBurner
test('Blogger via FeedBurner: tag: ids, feedproxy link plus feedburner:origLink, media:thumbnail, untitled post', async () => {
  const f = await feed('blogger-feedburner-atom.xml');
  assert.equal(f.format, 'atom');
  assert.equal(f.entries.length, 4);
  const [first] = f.entries;
  assert.equal(
    first?.guid,
    'tag:blogger.com,1999:blog-4718236409152203391.post-6203918475620391847',
  );
  assert.equal(first?.guidIsPermaLink, null);
  assert.match(first?.link ?? '', /^http:\/\/feedproxy\.google\.com\/~r\/TomHarrowBuildsRobots\//);
  assert.equal(
    first?.origLink,
    'http://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
  );
  assert.equal(first?.title, 'Rover 3: the ROS port begins');
  assert.equal(first?.author, 'Tom Harrow');
  assert.equal(first?.published, '2015-01-09T11:41:00.000Z');
  assert.equal(first?.updated, '2015-01-09T22:58:13.405Z');
  assert.match(first?.thumbnail ?? '', /s72-c\/rover3-ros\.jpg$/);
  assert.equal(f.entries[2]?.title, '');
  assert.equal(f.selfUrl, 'http://feeds.feedburner.com/TomHarrowBuildsRobots'); // atom10:link rel=self
  assert.equal(f.generator, 'Blogger 7.00');
});

// Drupal 7 aggregator /aggregator/rss
test('Drupal aggregator: no guids, "Feed: Title", three posts with one title and minute, utm_* link', async () => {
  const f = await feed('drupal7-aggregator-rss.xml');
  assert.ok(f.entries.every((e) => e.guid === null && e.guidIsPermaLink === null));
  const clinton = f.entries.filter((e) => e.title === 'Clinton Roy: clintonroy');
  assert.equal(clinton.length, 3);
  assert.equal(new Set(clinton.map((e) => e.link)).size, 3);
  assert.ok(clinton.every((e) => e.published === '2015-01-11T11:28:00.000Z'));
  assert.match(f.entries[0]?.link ?? '', /\?utm_source=feedburner&utm_medium=feed/);
  assert.equal(f.entries[0]?.published, '2015-01-13T02:10:33.000Z'); // +1100 date('r')
});

test('Drupal aggregator: check_plain double escaping (&amp;#8220;) is decoded in titles', async () => {
  const f = await feed('drupal7-aggregator-rss.xml');
  const titles = f.entries.map((e) => e.title).join('\n');
  assert.doesNotMatch(titles, /&#\d+;|&amp;|&quot;|&#039;/);
});

// Planet Venus rss20.xml.tmpl
test('Planet Venus RSS: member guids kept, isPermaLink only when id == link, Blogger author name', async () => {
  const f = await feed('planet-venus-rss20.xml');
  assert.equal(f.entries.length, 6);
  const [kerrie, russell, michael] = f.entries;
  assert.equal(kerrie?.title, 'Kerrie Walsh: Surviving the Jessie freeze');
  assert.equal(kerrie?.guid, 'http://kerriewalsh.example.net/?p=1187');
  assert.equal(russell?.title, 'Russell Coker: Systemd Notes');
  assert.equal(michael?.guidIsPermaLink, true);
  assert.equal(f.entries[4]?.title, 'Clinton Roy'); // untitled post: author only
  assert.equal(f.entries[4]?.guid, 'http://clintonroy.wordpress.com/?p=4237');
  assert.equal(f.entries[4]?.link, 'https://clintonroy.wordpress.com/2015/01/11/4237/');
  assert.equal(f.entries[5]?.author, 'Tom Harrow'); // <author>noreply@blogger.com (Tom Harrow)</author>
  assert.deepEqual(f.entries[3]?.enclosures, [
    {
      url: 'https://jeremy.visser.name/wp-content/uploads/2015/01/floppy-tetris.ogg',
      type: 'audio/ogg',
      length: 1843201,
    },
  ]);
});

// Planet Venus atom.xml.xslt
test('Planet Venus Atom: atom:source per entry, xhtml content in order, rel=enclosure link', async () => {
  const f = await feed('planet-venus-atom.xml');
  assert.equal(f.entries.length, 6);
  const [kerrie, russell, michael, jeremy, clinton, tom] = f.entries;
  assert.deepEqual(kerrie?.source, {
    title: 'Kerrie Walsh',
    feedUrl: 'http://kerriewalsh.example.net/feed/',
    siteUrl: 'http://kerriewalsh.example.net/',
    id: 'http://kerriewalsh.example.net',
  });
  assert.equal(russell?.source?.title, 'etbe – Russell Coker');
  assert.equal(michael?.author, null); // never the planet's own feed-level author
  assert.equal(
    jeremy?.enclosures[0]?.url,
    'https://jeremy.visser.name/wp-content/uploads/2015/01/floppy-tetris.ogg',
  );
  assert.equal(clinton?.title, ''); // <title/>
  assert.equal(
    tom?.origLink,
    'http://tomharrow-robots.blogspot.com/2015/01/rover-3-ros-port-begins.html',
  );
  // xhtml content: text and child elements in reading order, wrapper div removed.
  const html = tom?.contentHtml ?? '';
  assert.match(
    html,
    /^<div dir="ltr" style="text-align: left;">The rover finally has a depth camera/,
  );
  assert.doesNotMatch(html, /xmlns/);
});

// YouTube /feeds/videos.xml
test('YouTube: media:group thumbnail, flash media:content as enclosure, description as summary', async () => {
  const f = await feed('youtube-channel-atom.xml');
  assert.equal(f.entries.length, 5);
  const [first] = f.entries;
  assert.equal(first?.guid, 'yt:video:Tq3xK8vLw0E');
  assert.equal(first?.link, 'https://www.youtube.com/watch?v=Tq3xK8vLw0E');
  assert.equal(first?.title, 'Developments in PCP (Performance Co-Pilot) - Nathan Scott');
  assert.equal(first?.author, 'linux.conf.au');
  assert.equal(first?.thumbnail, 'https://i4.ytimg.com/vi/Tq3xK8vLw0E/hqdefault.jpg');
  assert.equal(first?.enclosures[0]?.type, 'application/x-shockwave-flash');
  assert.ok((first?.summary ?? '').length > 0);
});

// LWN.net /headlines/rss
test('LWN RSS 1.0 (RDF): default namespace, dc:date, dc:creator, no guid', async () => {
  const f = await feed('lwn-rss10-rdf.xml');
  assert.equal(f.format, 'rdf');
  assert.equal(f.entries.length, 5);
  const [first] = f.entries;
  assert.equal(first?.title, '[$] LWN.net Weekly Edition for January 15, 2015');
  assert.equal(first?.link, 'http://lwn.net/Articles/629350/');
  assert.equal(first?.author, 'corbet');
  assert.equal(first?.published, '2015-01-15T01:22:03.000Z');
  assert.equal(first?.guid, null);
  assert.equal(f.ttlMinutes, 30); // syn:updatePeriod
});

// Hugo _default/rss.xml
test('Hugo: guid without isPermaLink is a permalink; &#39; and &amp;rsquo; in titles/summaries', async () => {
  const f = await feed('hugo-rss.xml');
  assert.equal(f.entries.length, 4);
  assert.equal(f.entries[0]?.guidIsPermaLink, true);
  assert.equal(f.entries[2]?.title, "Ansible's become and you");
  assert.equal(f.entries[1]?.title, 'Notes: Debian 12.5 point release & my apt mirrors');
});

// jekyll-feed 0.17
test('jekyll-feed: content xml:base with root-relative, ../ and bare-filename links', async () => {
  const f = await feed('jekyll-feed-atom.xml');
  assert.equal(f.entries.length, 3);
  const html = f.entries.map((e) => e.contentHtml ?? '').join('\n');
  // every href/src in content is absolute after resolution
  for (const m of html.matchAll(/\s(?:href|src)="([^"]*)"/g))
    assert.match(m[1] ?? '', /^(https?:|#|mailto:)/, m[1]);
  assert.match(
    html,
    /src="https:\/\/liam\.example\.org\/embedded\/2024\/01\/21\/rtt-latency\.svg"/,
  ); // bare filename vs post URL
  assert.match(html, /href="https:\/\/liam\.example\.org\/about\/"/); // ../../../../about/
  assert.equal(f.entries[0]?.title, 'Probing a Pico from a Raspberry Pi with probe-rs');
  assert.equal(f.entries[1]?.title, 'Don’t “just” use unwrap() in firmware');
  assert.equal(f.title, 'Liam O’Connor');
});

// WordPress 6.4 feed-atom.php
test('WordPress Atom: feed-level xml:base and content xml:base resolve relative links', async () => {
  const f = await feed('wordpress-atom-xml-base.xml');
  assert.equal(f.entries.length, 3);
  for (const entry of f.entries) {
    for (const m of (entry.contentHtml ?? '').matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      assert.match(m[1] ?? '', /^https:\/\/davepham\.example\.com\//, m[1]);
    }
  }
  // A relative link in a summary resolves against the feed's xml:base (wp-atom.php).
  const summaries = f.entries.map((e) => e.summary ?? '').join('\n');
  assert.doesNotMatch(summaries, /href="(?!https?:)/);
  assert.equal(
    f.entries[0]?.link,
    'https://davepham.example.com/2024/02/13/vlan-trunks-on-a-budget-switch/',
  );
  assert.equal(f.entries[2]?.title, 'Self-hosted CI runners on ARM – worth it?');
});

// Ghost 5 (rss npm module)
test('Ghost: 24-hex guids, CDATA titles, media:content feature image as thumbnail', async () => {
  const f = await feed('ghost-rss.xml');
  assert.equal(f.entries.length, 3);
  assert.equal(f.entries[0]?.guid, '65c9a1f3e4b0c2001d4a8f21');
  assert.equal(f.entries[0]?.guidIsPermaLink, false);
  assert.equal(f.entries[0]?.author, 'Rosa Delgado');
  assert.equal(
    f.entries[0]?.thumbnail,
    'https://homelab.example.com/content/images/2024/02/nas-shelf.jpg',
  );
  assert.equal(f.ttlMinutes, 60);
});

// Medium profile feed
test('Medium: ?source=rss links, https://medium.com/p/ guids, atom:updated', async () => {
  const f = await feed('medium-rss.xml');
  assert.equal(f.entries.length, 3);
  assert.equal(f.entries[0]?.guid, 'https://medium.com/p/8c1f0e2d3a4b');
  assert.match(f.entries[0]?.link ?? '', /\?source=rss-/);
  assert.equal(f.entries[0]?.updated, '2024-02-12T22:45:51.318Z');
  assert.equal(f.entries[0]?.author, 'Mei Lin');
});

// Substack
test('Substack: guid = URL with isPermaLink="false", image enclosure with length 0', async () => {
  const f = await feed('substack-rss.xml');
  assert.equal(f.entries.length, 3);
  assert.equal(f.entries[0]?.guidIsPermaLink, false);
  assert.equal(f.entries[0]?.author, 'Hamish Clarke');
  assert.equal(f.entries[0]?.enclosures[0]?.length, null);
  assert.equal(
    f.entries[0]?.title,
    'Issue #42: Debian 12.5, a sudo rewrite and too many init systems',
  );
});

// Mastodon 4.2 account RSS
test('Mastodon: untitled items, media:content attachments, hashtags as categories', async () => {
  const f = await feed('mastodon-account-rss.xml');
  assert.equal(f.entries.length, 4);
  assert.ok(f.entries.every((e) => e.title === ''));
  assert.equal(f.entries[1]?.enclosures[0]?.type, 'image/jpeg');
  assert.equal(f.entries[1]?.enclosures[0]?.length, 284113);
  assert.deepEqual(f.entries[0]?.categories, ['Debian']);
});

// GitHub releases.atom
test('GitHub releases: only <updated>, double-escaped What&amp;#39;s in HTML kept, avatar thumbnail', async () => {
  const f = await feed('github-releases-atom.xml');
  assert.equal(f.entries.length, 4);
  assert.equal(f.entries[0]?.published, null); // never invented from <updated>
  assert.equal(f.entries[0]?.updated, '2024-02-10T05:31:17.000Z');
  assert.equal(f.entries[0]?.author, 'tomharrow');
  assert.equal(f.entries[0]?.thumbnail, 'https://avatars.githubusercontent.com/u/4829174?s=60&v=4');
});

// Castopod podcast
test('Castopod podcast: audio enclosures with byte lengths, itunes:image thumbnail', async () => {
  const f = await feed('castopod-podcast-rss.xml');
  assert.equal(f.entries.length, 3);
  assert.deepEqual(f.entries[0]?.enclosures[0], {
    url: 'https://podcasts.example.org/audio/@tuxdownunder/lca-debian-12-5-and-a-very-loud-ups.mp3',
    type: 'audio/mpeg',
    length: 45644117,
  });
  assert.match(f.entries[0]?.thumbnail ?? '', /_feed\.jpg$/);
});

// Micro.blog JSON Feed 1.1
test('JSON Feed 1.1: http id vs https url, title-less microposts, 1.1 authors', async () => {
  const f = await feed('microblog-jsonfeed-1.1.json');
  assert.equal(f.format, 'json');
  assert.equal(f.entries.length, 5);
  assert.equal(f.entries[0]?.guid, 'http://samokafor.micro.blog/2024/02/12/154233.html');
  assert.equal(f.entries[0]?.link, 'https://sam.example.org/2024/02/12/154233.html');
  assert.equal(f.entries[0]?.title, '');
  assert.equal(f.entries[0]?.author, 'Sam Okafor');
  assert.equal(f.entries[1]?.title, 'Shipped: the Pi in the shed');
  assert.deepEqual(f.entries[1]?.categories, ['Linux', 'Raspberry Pi']);
});

test('every corpus feed parses to a frozen result with ISO dates or null', async () => {
  const names = [
    'wordpress-rss2.xml',
    'blogger-feedburner-atom.xml',
    'drupal7-aggregator-rss.xml',
    'planet-venus-rss20.xml',
    'planet-venus-atom.xml',
    'youtube-channel-atom.xml',
    'lwn-rss10-rdf.xml',
    'hugo-rss.xml',
    'jekyll-feed-atom.xml',
    'ghost-rss.xml',
    'medium-rss.xml',
    'substack-rss.xml',
    'mastodon-account-rss.xml',
    'github-releases-atom.xml',
    'castopod-podcast-rss.xml',
    'microblog-jsonfeed-1.1.json',
    'wordpress-atom-xml-base.xml',
  ];
  for (const name of names) {
    const f = await feed(name);
    assert.ok(Object.isFrozen(f) && Object.isFrozen(f.entries), name);
    for (const entry of f.entries) {
      assert.ok(Object.isFrozen(entry), name);
      for (const date of [entry.published, entry.updated])
        if (date !== null) assert.match(date, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      if (entry.link !== null) assert.ok(URL.canParse(entry.link), `${name}: ${entry.link}`);
    }
  }
});
