// readOpml over the corpus: one file per exporter, one test per quirk the corpus README lists.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readOpml } from '../../../../electron/engine/opml/readOpml.ts';
import type { OpmlDocument, OpmlFeed } from '../../../../electron/engine/opml/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

const cache = new Map<string, OpmlDocument>();
function read(file: string): OpmlDocument {
  let document = cache.get(file);
  if (document === undefined) {
    document = readOpml(fixtureBytes(`corpus/opml/${file}`));
    cache.set(file, document);
  }
  return document;
}

function feed(document: OpmlDocument, url: string): OpmlFeed {
  const found = document.feeds.filter((f) => f.url === url);
  assert.equal(found.length, 1, `exactly one subscription for ${url}`);
  return found[0]!;
}

function urls(document: OpmlDocument): string[] {
  return document.feeds.map((f) => f.url);
}

describe('every corpus file imports fully', () => {
  const expected: [string, number, number][] = [
    // file, feeds, problems
    ['feedly.opml', 18, 0],
    ['inoreader.xml', 11, 0],
    ['netnewswire.opml', 10, 0],
    ['newsboat.opml', 9, 0],
    ['thunderbird.opml', 10, 0],
    ['liferea.opml', 11, 1],
    ['freshrss.opml', 8, 1],
    ['miniflux.opml', 10, 0],
    ['fluent-reader.opml', 10, 0],
    ['theoldreader.opml', 7, 0],
    ['tt-rss.opml', 10, 0],
    ['planet-venus-opml.xml', 12, 0],
    ['netnewswire-2-latin1.opml', 8, 0],
  ];
  for (const [file, feeds, problems] of expected) {
    test(`${file}: ${feeds} subscriptions, ${problems} problems`, () => {
      const document = read(file);
      assert.equal(document.feeds.length, feeds);
      assert.equal(document.problems.length, problems, JSON.stringify(document.problems));
      for (const f of document.feeds) {
        assert.match(f.url, /^https?:\/\//);
        assert.ok(f.line >= 1);
      }
    });
  }
});

// Feedly Cloud "Export OPML".
describe('feedly.opml', () => {
  test('blank line after the declaration and OPML 1.0 do not matter', () => {
    assert.equal(read('feedly.opml').title, 'Kerrie subscriptions in feedly Cloud');
  });
  test('a feed repeated in each of its categories is one subscription in the first', () => {
    const etbe = feed(read('feedly.opml'), 'https://etbe.coker.com.au/feed/');
    assert.deepEqual(etbe.folder, ['Planet Linux Australia']);
    assert.deepEqual(feed(read('feedly.opml'), 'https://lwn.net/headlines/rss').folder, [
      'Kernel & Distros',
    ]);
  });
  test('raw apostrophes and a trailing space in a title', () => {
    const rusty = feed(read('feedly.opml'), 'https://rusty.ozlabs.org/?feed=rss2');
    assert.equal(rusty.title, "Rusty Russell's Coding Blog");
  });
  test('&amp; in a folder name is decoded', () => {
    const folders = new Set(read('feedly.opml').feeds.map((f) => f.folder.join('/')));
    assert.ok(folders.has('Kernel & Distros'));
  });
  test('type,text,title,xmlUrl,htmlUrl: site address kept', () => {
    const julia = feed(read('feedly.opml'), 'https://jvns.ca/atom.xml');
    assert.equal(julia.siteUrl, 'https://jvns.ca/');
    assert.equal(julia.line, 32);
  });
});

// Inoreader export, saved as .xml.
describe('inoreader.xml', () => {
  test('feeds at body level outside any folder are at the top level', () => {
    assert.deepEqual(feed(read('inoreader.xml'), 'https://lwn.net/headlines/rss').folder, []);
  });
  test('one feed in two folders is one subscription in the first', () => {
    const etbe = feed(read('inoreader.xml'), 'https://etbe.coker.com.au/feed/');
    assert.deepEqual(etbe.folder, ['LCA speakers']);
  });
  test('&#8211; reference in a title', () => {
    assert.equal(
      feed(read('inoreader.xml'), 'https://etbe.coker.com.au/feed/').title,
      'etbe \u2013 Russell Coker',
    );
  });
  test('YouTube and podcast subscriptions keep their query strings', () => {
    const youtube = feed(
      read('inoreader.xml'),
      'https://www.youtube.com/feeds/videos.xml?channel_id=UC3SoLm1q3eP8b3gK9nVxZ2w',
    );
    assert.deepEqual(youtube.folder, ['Video & podcasts']);
    assert.ok(
      urls(read('inoreader.xml')).includes('https://podcasts.example.org/@tuxdownunder/feed.xml'),
    );
  });
});

// NetNewsWire 5/6 Account.opmlDocument().
describe('netnewswire.opml', () => {
  test('leading comment, OPML 1.1, unindented head', () => {
    assert.equal(read('netnewswire.opml').title, 'On My Mac');
  });
  test('&apos; in a title', () => {
    assert.equal(
      feed(read('netnewswire.opml'), 'http://www.brendangregg.com/blog/rss.xml').title,
      "Brendan Gregg's Blog",
    );
  });
  test('a feed with empty text and title has no name yet, and htmlUrl="" is no site', () => {
    const still = feed(read('netnewswire.opml'), 'https://www.stillhq.com/rss.xml');
    assert.equal(still.title, null);
    assert.equal(still.siteUrl, null);
  });
  test('an empty self-closed folder is not a problem and adds nothing', () => {
    const document = read('netnewswire.opml');
    assert.ok(!document.feeds.some((f) => f.folder.includes('Someday')));
    assert.equal(document.problems.length, 0);
  });
  test('LWN in two folders is one subscription', () => {
    assert.deepEqual(feed(read('netnewswire.opml'), 'https://lwn.net/headlines/rss').folder, [
      'Linux',
    ]);
  });
  test('JSON feeds are subscriptions like any other', () => {
    assert.ok(urls(read('netnewswire.opml')).includes('https://sam.example.org/feed.json'));
  });
});

// newsboat -e (libxml2, no encoding in the declaration).
describe('newsboat.opml', () => {
  test('flat list: everything at the top level', () => {
    assert.ok(read('newsboat.opml').feeds.every((f) => f.folder.length === 0));
  });
  test('non-ASCII as hex references (&#xEB;, &#x2013;)', () => {
    assert.equal(
      feed(read('newsboat.opml'), 'https://raphaelhertzog.com/feed/').title,
      'Raphaël Hertzog',
    );
    assert.equal(
      feed(read('newsboat.opml'), 'https://etbe.coker.com.au/feed/').title,
      'etbe \u2013 Russell Coker',
    );
  });
  test('never-fetched feed with title="" and &amp; in its query string', () => {
    const rowetel = feed(read('newsboat.opml'), 'https://www.rowetel.com/?feed=rss2&cat=12');
    assert.equal(rowetel.title, null);
    assert.equal(rowetel.siteUrl, null);
  });
  test('type,xmlUrl,htmlUrl,title order: title comes from title', () => {
    assert.equal(feed(read('newsboat.opml'), 'https://lwn.net/headlines/rss').title, 'LWN.net');
  });
});

// Thunderbird feed account "Export" (feed-subscriptions.js).
describe('thunderbird.opml', () => {
  test('no XML declaration, fz namespace, &amp; in the head title', () => {
    assert.equal(read('thunderbird.opml').title, 'Thunderbird OPML Export - Blogs & News Feeds');
  });
  test('folder outlines carry title only', () => {
    const friends = read('thunderbird.opml').feeds.filter((f) => f.folder[0] === 'Friends');
    assert.equal(friends.length, 3);
  });
  test('the default one-folder-per-feed layout is not kept as folders', () => {
    assert.deepEqual(feed(read('thunderbird.opml'), 'https://lwn.net/headlines/rss').folder, []);
    assert.deepEqual(feed(read('thunderbird.opml'), 'https://planet.debian.org/rss20.xml').folder, [
      'Planets',
    ]);
  });
  test('nested folders', () => {
    assert.deepEqual(
      feed(read('thunderbird.opml'), 'http://planet.linux.org.au/aggregator/rss').folder,
      ['Planets', 'Planet Linux Australia'],
    );
  });
  test('an empty folder adds nothing and is no problem', () => {
    assert.ok(!read('thunderbird.opml').feeds.some((f) => f.folder.includes('Archive')));
  });
  test('</outline> glued to the last child does not swallow the next folder', () => {
    assert.deepEqual(feed(read('thunderbird.opml'), 'https://planet.gnome.org/rss20.xml').folder, [
      'Planets',
    ]);
  });
  test('UTF-8 names without a declaration', () => {
    assert.equal(
      feed(read('thunderbird.opml'), 'https://raphaelhertzog.com/feed/').title,
      'Raphaël Hertzog',
    );
  });
});

// Liferea 1.14/1.15 "Export Feed List".
describe('liferea.opml', () => {
  test('lower-case encoding="utf-8"', () => {
    assert.equal(
      feed(read('liferea.opml'), 'https://etbe.coker.com.au/feed/').title,
      'etbe \u2013 Russell Coker',
    );
  });
  test('type="folder" outlines nest', () => {
    assert.deepEqual(feed(read('liferea.opml'), 'https://www.kernel.org/feeds/kdist.xml').folder, [
      'Linux',
      'Kernel',
    ]);
  });
  test('type="pie" (Atom) is a feed', () => {
    assert.deepEqual(
      feed(read('liferea.opml'), 'https://airlied.blogspot.com/feeds/posts/default').folder,
      ['Linux', 'Kernel'],
    );
  });
  test('"|command" pipe source: Liferea command sources are not supported', () => {
    const problem = read('liferea.opml').problems.find((p) => p.line === 24);
    assert.ok(problem, 'a problem on line 24');
    assert.match(problem.message, /Liferea command sources are not supported/);
    assert.match(problem.message, /LCA2015 schedule changes/);
    assert.ok(!urls(read('liferea.opml')).some((u) => u.includes('lca2015-schedule')));
  });
  test('never-updated feed titled with its own address has no name', () => {
    assert.equal(feed(read('liferea.opml'), 'https://linux.org.au/rss.xml').title, null);
  });
  test('a filtercmd is never carried over; the feed imports', () => {
    const cloud = feed(read('liferea.opml'), 'https://feeding.cloud.geek.nz/index.rss');
    assert.deepEqual(Object.keys(cloud).sort(), ['folder', 'line', 'siteUrl', 'title', 'url']);
  });
  test('LWN twice is one subscription', () => {
    assert.deepEqual(feed(read('liferea.opml'), 'https://lwn.net/headlines/rss').folder, ['Linux']);
  });
});

// FreshRSS 1.2x export (lib_opml).
describe('freshrss.opml', () => {
  test('xmlns:frss before version, RFC 1123 dateCreated', () => {
    assert.equal(read('freshrss.opml').title, 'FreshRSS');
  });
  test('category outlines with text only', () => {
    assert.deepEqual(feed(read('freshrss.opml'), 'https://lwn.net/headlines/rss').folder, [
      'Sysadmin',
    ]);
  });
  test('"Uncategorized" stays a folder like any other', () => {
    assert.deepEqual(feed(read('freshrss.opml'), 'https://linux.org.au/rss.xml').folder, [
      'Uncategorized',
    ]);
  });
  test('HTML+XPath scraped source is a problem, not a subscription', () => {
    const document = read('freshrss.opml');
    assert.ok(!urls(document).includes('https://lca2015.linux.org.au/news'));
    assert.equal(document.problems.length, 1);
    assert.equal(document.problems[0]?.line, 10);
    assert.match(document.problems[0]?.message ?? '', /LCA2015 news.*scrapes/);
  });
  test('frss:filtersActionRead with &#10; and frss:cssFullContent do not disturb the feed', () => {
    assert.equal(
      feed(read('freshrss.opml'), 'https://homelab.example.com/rss/').title,
      'Homelab Down Under',
    );
  });
});

// Miniflux 2.x (Go encoding/xml).
describe('miniflux.opml', () => {
  test('empty elements written as <outline …></outline>', () => {
    assert.equal(read('miniflux.opml').feeds.length, 10);
  });
  test('&#39; in a title', () => {
    assert.equal(
      feed(read('miniflux.opml'), 'https://rusty.ozlabs.org/?feed=rss2').title,
      "Rusty Russell's Coding Blog",
    );
  });
  test('lower-case category kept as written, order of the file kept', () => {
    const folders = [...new Set(read('miniflux.opml').feeds.map((f) => f.folder[0]))];
    assert.deepEqual(folders, ['All', 'Kernel', 'Planets', 'newsletters']);
  });
  test('no final newline', () => {
    assert.equal(feed(read('miniflux.opml'), 'https://rusty.ozlabs.org/?feed=rss2').line, 24);
  });
});

// Fluent Reader "Export OPML" (XMLSerializer, one line).
describe('fluent-reader.opml', () => {
  test('whole document on one line: every outline is line 1', () => {
    assert.ok(read('fluent-reader.opml').feeds.every((f) => f.line === 1));
  });
  test('no htmlUrl: no site address', () => {
    assert.ok(read('fluent-reader.opml').feeds.every((f) => f.siteUrl === null));
  });
  test('single-source groups written at top level stay at top level', () => {
    assert.deepEqual(
      feed(
        read('fluent-reader.opml'),
        'https://www.youtube.com/feeds/videos.xml?channel_id=UC3SoLm1q3eP8b3gK9nVxZ2w',
      ).folder,
      [],
    );
    assert.deepEqual(feed(read('fluent-reader.opml'), 'https://sam.example.org/feed.json').folder, [
      'Dev',
    ]);
  });
});

// The Old Reader export.
describe('theoldreader.opml', () => {
  test('outlines carry title but no text (folders too)', () => {
    const lwn = feed(read('theoldreader.opml'), 'https://lwn.net/headlines/rss');
    assert.equal(lwn.title, 'LWN.net');
    assert.deepEqual(lwn.folder, ['Linux']);
  });
  test('http/https and trailing-slash variants are one subscription, on https, in the first folder', () => {
    const document = read('theoldreader.opml');
    const etbe = document.feeds.filter((f) => f.url.includes('etbe.coker.com.au'));
    assert.equal(etbe.length, 1);
    assert.equal(etbe[0]?.url, 'https://etbe.coker.com.au/feed');
    assert.equal(etbe[0]?.siteUrl, 'https://etbe.coker.com.au/');
    assert.deepEqual(etbe[0]?.folder, ['Aussies']);
    assert.equal(etbe[0]?.line, 13);
  });
  test('LWN in two places is one subscription', () => {
    assert.deepEqual(feed(read('theoldreader.opml'), 'https://lwn.net/headlines/rss').folder, [
      'Linux',
    ]);
  });
});

// Tiny Tiny RSS Opml::opml_export.
describe('tt-rss.opml', () => {
  test('dateCreated before title', () => {
    assert.equal(read('tt-rss.opml').title, 'Tiny Tiny RSS Feed Export');
  });
  test('nested categories, children before feeds', () => {
    assert.deepEqual(feed(read('tt-rss.opml'), 'http://www.kroah.com/log/index.rss').folder, [
      'Linux',
      'Kernel',
    ]);
    assert.deepEqual(feed(read('tt-rss.opml'), 'https://lwn.net/headlines/rss').folder, ['Linux']);
  });
  test('uncategorised feeds at body level, htmlUrl omitted when empty', () => {
    const linuxAu = feed(read('tt-rss.opml'), 'https://linux.org.au/rss.xml');
    assert.deepEqual(linuxAu.folder, []);
    assert.equal(linuxAu.siteUrl, null);
  });
  test('tt-rss-prefs/labels/filters pseudo-outlines are skipped silently', () => {
    const document = read('tt-rss.opml');
    assert.ok(!document.feeds.some((f) => f.folder.some((name) => name.startsWith('tt-rss-'))));
    assert.equal(document.problems.length, 0);
  });
});

// Planet Venus themes/common/opml.xml.xslt.
describe('planet-venus-opml.xml', () => {
  test('text (member name) is preferred over title (feed title)', () => {
    assert.equal(
      feed(read('planet-venus-opml.xml'), 'https://feeding.cloud.geek.nz/index.rss').title,
      'François Marier',
    );
  });
  test('title="" for a feed that failed to parse: the member name still names it', () => {
    assert.equal(
      feed(read('planet-venus-opml.xml'), 'http://airlied.blogspot.com/feeds/posts/default').title,
      'Dave Airlie',
    );
  });
  test('no htmlUrl, empty <ownerEmail/>, dateModified', () => {
    const document = read('planet-venus-opml.xml');
    assert.equal(document.title, 'Planet linux.conf.au');
    assert.ok(document.feeds.every((f) => f.siteUrl === null && f.folder.length === 0));
  });
  test('http member feeds stay http when no https copy is listed', () => {
    feed(read('planet-venus-opml.xml'), 'http://etbe.coker.com.au/feed/');
  });
});

// Classic NetNewsWire 2.x export, ISO-8859-1.
describe('netnewswire-2-latin1.opml', () => {
  test('raw Latin-1 bytes decode by the declaration', () => {
    const document = read('netnewswire-2-latin1.opml');
    assert.deepEqual(feed(document, 'https://linuxfr.org/news.atom').folder, ['Français']);
    assert.equal(feed(document, 'https://raphaelhertzog.com/feed/').title, 'Raphaël Hertzog');
    assert.equal(
      feed(document, 'https://blog.windfluechter.net/feed/').title,
      'Ingo Jürgensmann - Blog',
    );
  });
  test('characters outside Latin-1 as &#8211;/&#8212; next to raw Latin-1', () => {
    const document = read('netnewswire-2-latin1.opml');
    assert.equal(
      feed(document, 'http://beranger.org/index.php?feed=rss2').title,
      'Planète Béranger – Linux & logiciels libres',
    );
    assert.equal(
      feed(document, 'https://senorsysadmin.example.org/feed/').title,
      'Señor Sysadmin — café & cron',
    );
  });
  test('no replacement characters anywhere', () => {
    assert.ok(!JSON.stringify(read('netnewswire-2-latin1.opml')).includes('\uFFFD'));
  });
});
