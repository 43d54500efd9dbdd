// Hostile and broken inputs (test/fixtures/hostile/): none may crash, expand entities, read a
// file, or lose a feed over one bad byte.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import type { ParseResult } from '../../../../electron/engine/parse/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

const parse = (name: string, contentType: string | null = null): Promise<ParseResult> =>
  parseFeed({
    url: `http://hostile.example/${name}`,
    bytes: fixtureBytes(`hostile/${name}`),
    contentType,
  });

function feedOf(result: ParseResult) {
  if (result.kind !== 'feed') throw new Error(JSON.stringify(result).slice(0, 300));
  return result.feed;
}

test('billion laughs: entities stay literal, nothing expands', async () => {
  const result = await parse('billion-laughs-rss.xml');
  const f = feedOf(result);
  assert.equal(f.entries[0]?.title, '&lol9;');
  assert.ok(JSON.stringify(result).length < 5000);
  assert.ok(f.warnings.some((w) => /DOCTYPE/.test(w)));
});

test('XXE to file:///etc/passwd: no file is read, no "root:" anywhere', async () => {
  const result = await parse('xxe-file-rss.xml');
  const serialised = JSON.stringify(result);
  assert.doesNotMatch(serialised, /root:/);
  assert.doesNotMatch(serialised, /etc\/passwd/);
  assert.equal(feedOf(result).entries[0]?.title, 'Read me &xxe;');
});

// A blog's home page given where a feed was expected.
test('an HTML page comes back as kind html for autodiscovery', async () => {
  const result = await parse('html-instead-of-feed.html', 'text/html; charset=UTF-8');
  assert.equal(result.kind, 'html');
  if (result.kind === 'html') assert.match(result.html, /rel="alternate"/);
});

test('an empty body is an error that says so', async () => {
  assert.deepEqual(await parse('empty-body.xml'), {
    kind: 'error',
    message: 'The address returned an empty body.',
  });
  const blank = await parseFeed({
    url: 'http://x.example/',
    bytes: new TextEncoder().encode('  \n '),
    contentType: null,
  });
  assert.deepEqual(blank, { kind: 'error', message: 'The address returned an empty body.' });
});

test('invalid UTF-8 bytes become U+FFFD and both items survive', async () => {
  const f = feedOf(await parse('invalid-utf8-rss.xml', 'application/rss+xml; charset=utf-8'));
  assert.equal(f.entries.length, 2);
  assert.match(f.entries[0]?.title ?? '', /^Café then a bad byte \uFFFD/);
  assert.equal(f.entries[1]?.title, 'Second item survives');
});

// Newsboat garbles this: Apache sends charset=ISO-8859-1 and the XML declaration says nothing.
test('ISO-8859-1 given only in the HTTP header decodes accents right', async () => {
  const f = feedOf(
    await parse('iso-8859-1-http-only-rss.xml', 'application/rss+xml; charset=ISO-8859-1'),
  );
  assert.equal(f.title, 'Blogue de Renée');
  assert.equal(f.entries[0]?.title, 'À Auckland pour linux.conf.au « 2015 »');
  assert.equal(f.entries[0]?.author, 'Renée François');
});

// Old MovableType on Windows: encoding="windows-1252" and raw 0x93/0x94 bytes.
test('windows-1252 declared in the XML declaration: curly quotes, en dash, euro', async () => {
  const f = feedOf(await parse('windows-1252-declared-rss.xml', 'text/xml'));
  assert.equal(f.entries[0]?.title, '“Smart” quotes – and an en dash');
  assert.equal(f.entries[0]?.contentHtml, 'It’s “quoted” … and € costs money.');
  assert.equal(f.entries[0]?.published, '2015-01-12T14:05:00.000Z'); // "9:05 EST"
  assert.equal(f.entries[0]?.link, 'http://mt.example.com/archives/000042.html'); // from the permalink guid
});

test('items with neither guid nor link are kept with nulls', async () => {
  const f = feedOf(await parse('no-guid-no-link-rss.xml'));
  assert.equal(f.entries.length, 3);
  assert.ok(f.entries.every((e) => e.guid === null && e.link === null));
  assert.equal(f.entries[2]?.title, '');
  assert.equal(f.entries[2]?.published, null);
});

// Left for the renderer's DOMPurify: the parser must not "fix" it, only absolutize relative URLs.
test('hostile content HTML passes through unsanitised but with relative URLs resolved', async () => {
  const f = feedOf(await parse('hostile-content-rss.xml'));
  const html = f.entries[0]?.contentHtml ?? '';
  assert.match(html, /<script>alert\('script'\)<\/script>/);
  assert.match(html, /href="javascript:alert\('js-link'\)"/);
  assert.match(html, /<a href="http:\/\/hostile\.example\/relative\/page\.html" target="_top">/);
  assert.match(html, /<img src="http:\/\/hostile\.example\/x\.png" onerror=/);
  assert.equal(f.entries[0]?.title, 'Hostile markup'); // tags and script text never reach a title
});

test('a bare "&" and &nbsp; outside CDATA are recovered, with a warning', async () => {
  const xml =
    '<rss version="2.0"><channel><title>A & B&nbsp;&hellip;</title><item><title>Tom & Jerry</title><link>http://x.example/?a=1&b=2</link></item></channel></rss>';
  const f = feedOf(
    await parseFeed({
      url: 'http://x.example/feed',
      bytes: new TextEncoder().encode(xml),
      contentType: null,
    }),
  );
  assert.equal(f.title, 'A & B …');
  assert.equal(f.entries[0]?.title, 'Tom & Jerry');
  assert.equal(f.entries[0]?.link, 'http://x.example/?a=1&b=2');
  assert.ok(f.warnings.length > 0);
});

test('malformed XML is an error naming the line', async () => {
  const xml =
    '<?xml version="1.0"?>\n<rss version="2.0">\n<channel>\n<title>x</titel>\n</channel></rss>';
  const result = await parseFeed({
    url: 'http://x.example/feed',
    bytes: new TextEncoder().encode(xml),
    contentType: null,
  });
  assert.equal(result.kind, 'error');
  if (result.kind === 'error')
    assert.match(result.message, /^This is not a feed: the XML is malformed at line 4/);
});

test('JSON that is not a JSON Feed, and an OPML file, are errors', async () => {
  const json = await parseFeed({
    url: 'http://x.example/',
    bytes: new TextEncoder().encode('{"version":"1"}'),
    contentType: 'application/json',
  });
  assert.equal(json.kind, 'error');
  const opml = await parseFeed({
    url: 'http://x.example/',
    bytes: fixtureBytes('corpus/opml/feedly.opml'),
    contentType: null,
  });
  assert.equal(opml.kind, 'error');
  if (opml.kind === 'error') assert.match(opml.message, /<opml>/);
});

test('title length and content size are capped with warnings; every entry is kept', async () => {
  const items = Array.from(
    { length: 2005 },
    (_, i) =>
      `<item><guid>g${i}</guid><title>${i === 0 ? 'x'.repeat(5000) : `t${i}`}</title>${i === 1 ? `<description>${'y'.repeat(1_100_000)}</description>` : ''}</item>`,
  ).join('');
  const xml = `<rss version="2.0"><channel><title>big</title>${items}</channel></rss>`;
  const f = feedOf(
    await parseFeed({
      url: 'http://x.example/feed',
      bytes: new TextEncoder().encode(xml),
      contentType: null,
    }),
  );
  assert.equal(f.entries.length, 2005, 'no silent cut at 2,000 entries');
  assert.equal(f.entries[2004]?.guid, 'g2004');
  assert.equal(f.entries[0]?.title.length, 1000);
  assert.equal(f.entries[1]?.contentHtml?.length, 1024 * 1024);
  assert.equal(f.warnings.length, 2);
  assert.equal(f.truncation, null);
});
