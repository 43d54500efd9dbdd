// Quirks no corpus file carries, as small inline documents.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import type { ParsedFeed } from '../../../../electron/engine/parse/types.ts';

async function feed(
  body: string | Uint8Array,
  url = 'https://example.org/feed',
  contentType: string | null = null,
): Promise<ParsedFeed> {
  const bytes = typeof body === 'string' ? new TextEncoder().encode(body) : body;
  const result = await parseFeed({ url, bytes, contentType });
  if (result.kind !== 'feed') throw new Error(JSON.stringify(result));
  return result.feed;
}

// Movable Type 3 / early Blogger wrote Atom 0.3.
test('Atom 0.3: issued/modified dates, tagline, escaped content', async () => {
  const f = await feed(`<?xml version="1.0"?><feed version="0.3" xmlns="http://purl.org/atom/ns#">
    <title>Old Atom</title><tagline>From 2004</tagline><link rel="alternate" type="text/html" href="http://old.example/"/>
    <entry><title>Hello</title><link rel="alternate" type="text/html" href="/2004/05/hello.html"/><id>tag:old.example,2004:1</id>
    <issued>2004-05-01T10:00:00+10:00</issued><modified>2004-05-02T00:00:00Z</modified>
    <content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content><author><name>Ann</name></author></entry></feed>`);
  assert.equal(f.format, 'atom');
  assert.equal(f.description, 'From 2004');
  const [e] = f.entries;
  assert.equal(e?.published, '2004-05-01T00:00:00.000Z');
  assert.equal(e?.updated, '2004-05-02T00:00:00.000Z');
  assert.equal(e?.link, 'http://old.example/2004/05/hello.html'); // relative link against the feed's link
  assert.equal(e?.contentHtml, '<p>Hi</p>');
});

// Netscape/UserLand RSS 0.91 with no guid.
test('RSS 0.91: items with title, link and description only', async () => {
  const f =
    await feed(`<rss version="0.91"><channel><title>Old</title><link>http://old.example/</link>
    <item><title>One</title><link>http://old.example/1</link><description>first</description></item></channel></rss>`);
  assert.equal(f.format, 'rss');
  assert.equal(f.entries[0]?.link, 'http://old.example/1');
  assert.equal(f.entries[0]?.guid, null);
});

// WordPress Co-Authors Plus (several dc:creator), podcasts with several enclosures, planets with <source url>.
test('RSS: every dc:creator, every enclosure, media:thumbnail and <source url> are kept', async () => {
  const f =
    await feed(`<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:m="http://search.yahoo.com/mrss/"><channel><title>t</title><link>https://site.example/</link>
    <item><title>Two authors</title><guid isPermaLink="false">x1</guid><link>/p/1</link>
    <dc:creator>Mei Lin</dc:creator><dc:creator>Rosa Delgado</dc:creator>
    <enclosure url="a.mp3" type="audio/mpeg" length="10"/><enclosure url="https://cdn.example/b.ogg" type="audio/ogg" length="0"/>
    <m:thumbnail url="thumb.jpg"/><source url="https://member.example/feed">Member blog</source></item></channel></rss>`);
  const [e] = f.entries;
  assert.equal(e?.author, 'Mei Lin, Rosa Delgado');
  assert.equal(e?.link, 'https://site.example/p/1');
  assert.deepEqual(e?.enclosures, [
    { url: 'https://site.example/a.mp3', type: 'audio/mpeg', length: 10 },
    { url: 'https://cdn.example/b.ogg', type: 'audio/ogg', length: null },
  ]);
  assert.equal(e?.thumbnail, 'https://site.example/thumb.jpg'); // prefix "m" is still Media RSS
  assert.deepEqual(e?.source, {
    title: 'Member blog',
    feedUrl: 'https://member.example/feed',
    siteUrl: null,
    id: null,
  });
});

// rss-parser itself throws RangeError on new Date('garbage').toISOString() in Atom entries.
test('Atom: an unparseable date is null instead of failing the feed', async () => {
  const f = await feed(`<feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>
    <entry><id>urn:1</id><title>x</title><published>sometime last week</published><updated>2024-01-01T00:00:00Z</updated><link href="https://e.example/1"/></entry></feed>`);
  assert.equal(f.entries[0]?.published, null);
  assert.equal(f.entries[0]?.updated, '2024-01-01T00:00:00.000Z');
  assert.equal(f.entries[0]?.link, 'https://e.example/1'); // a link without rel is the alternate
});

test('Atom: type="text" content is escaped into HTML; html title entities decoded', async () => {
  const f =
    await feed(`<feed xmlns="http://www.w3.org/2005/Atom"><title type="html">A &amp;amp; B</title>
    <entry><id>urn:1</id><title type="text">1 &lt; 2</title><content type="text">a &lt;b&gt; c</content></entry></feed>`);
  assert.equal(f.title, 'A & B');
  assert.equal(f.entries[0]?.title, '1 < 2');
  assert.equal(f.entries[0]?.contentHtml, '<p>a &lt;b&gt; c</p>');
});

test('a UTF-16LE feed with a BOM parses', async () => {
  const xml =
    '<?xml version="1.0" encoding="UTF-16"?><rss version="2.0"><channel><title>Ωmega</title></channel></rss>';
  const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(xml, 'utf16le')]);
  assert.equal((await feed(bytes)).title, 'Ωmega');
});

test('JSON Feed 1.0: junk of the wrong type is ignored, not fatal', async () => {
  const f = await feed(
    JSON.stringify({
      version: 'https://jsonfeed.org/version/1',
      title: 5,
      home_page_url: 'https://j.example/',
      items: [
        {
          id: 17,
          url: '/a',
          title: ['x'],
          content_text: 'line\nnext',
          date_published: 'nope',
          tags: ['ok', 3],
          author: { name: 'Ann' },
        },
        'junk',
        {
          id: '',
          content_html: '<p><img src="i.png"></p>',
          attachments: [{ url: 'f.mp3', size_in_bytes: 'big' }],
        },
      ],
    }),
  );
  assert.equal(f.title, '');
  assert.equal(f.entries.length, 2);
  assert.equal(f.entries[0]?.guid, '17');
  assert.equal(f.entries[0]?.link, 'https://j.example/a');
  assert.equal(f.entries[0]?.contentHtml, '<p>line<br>next</p>');
  assert.equal(f.entries[0]?.published, null);
  assert.deepEqual(f.entries[0]?.categories, ['ok']);
  assert.equal(f.entries[0]?.author, 'Ann');
  assert.equal(f.entries[1]?.guid, null);
  assert.equal(f.entries[1]?.contentHtml, '<p><img src="https://j.example/i.png"></p>');
  assert.deepEqual(f.entries[1]?.enclosures, [
    { url: 'https://j.example/f.mp3', type: null, length: null },
  ]);
});

test('entry-level xml:base overrides the feed link for relative entry links', async () => {
  const f =
    await feed(`<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://a.example/blog/"><title>t</title><link href="https://site.example/"/>
    <entry xml:base="2024/"><id>urn:1</id><title>x</title><link href="post.html"/><content type="html" xml:base="post/">&lt;img src="i.png"&gt;</content></entry>
    <entry><id>urn:2</id><title>y</title><link href="other.html"/></entry></feed>`);
  assert.equal(f.entries[0]?.link, 'https://a.example/blog/2024/post.html');
  assert.equal(f.entries[0]?.contentHtml, '<img src="https://a.example/blog/2024/post/i.png">');
  assert.equal(f.entries[1]?.link, 'https://a.example/blog/other.html');
});
