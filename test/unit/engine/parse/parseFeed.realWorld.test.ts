// Issue 11: classes of real-world input that once came out wrong, one fixture and one test each
// (test/fixtures/quirks/README.md says which publishers write each).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFeed } from '../../../../electron/engine/parse/parseFeed.ts';
import type { ParsedFeed } from '../../../../electron/engine/parse/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

async function quirk(file: string, url = 'https://example.org/feed'): Promise<ParsedFeed> {
  const result = await parseFeed({ url, bytes: fixtureBytes(`quirks/${file}`), contentType: null });
  if (result.kind !== 'feed') assert.fail(`${file}: ${JSON.stringify(result)}`);
  return result.feed;
}

test('doctype-html-in-cdata-rss: a quoted <!DOCTYPE html> stays in the post', async () => {
  const f = await quirk('doctype-html-in-cdata-rss.xml');
  assert.equal(f.entries.length, 2);
  assert.match(f.entries[0]?.contentHtml ?? '', /<code><!DOCTYPE html><\/code> so browsers/);
  assert.ok(!f.warnings.some((w) => /DOCTYPE/.test(w)), 'no DOCTYPE was removed');
});

test('unterminated-doctype-in-cdata-rss: half a declaration in CDATA is text, the feed reads', async () => {
  const f = await quirk('unterminated-doctype-in-cdata-rss.xml');
  assert.deepEqual(
    f.entries.map((e) => e.title),
    ['A half-typed declaration', 'Still here'],
  );
  assert.match(f.entries[0]?.contentHtml ?? '', /type <!DOCTYPE and forget/);
});

test('atom-xhtml-titles: a title is the text of the whole xhtml div, inline elements included', async () => {
  const f = await quirk('atom-xhtml-titles.xml');
  assert.equal(f.title, 'The shell notebook');
  assert.equal(f.entries[0]?.title, 'Why grep -P is slow');
  assert.equal(f.entries[1]?.title, 'Bold start & link end');
});

test('atom03-text-plain-title: plain text keeps its literal <blink>', async () => {
  const f = await quirk('atom03-text-plain-title.xml');
  assert.equal(f.title, 'Tags <blink> and friends');
  assert.equal(f.entries[0]?.title, 'Why <blink> had to die');
});

test('jsonfeed-1.0-http-version: the 2017 http:// version URL is a JSON Feed', async () => {
  const f = await quirk('jsonfeed-1.0-http-version.json', 'http://notes.example/feed.json');
  assert.equal(f.format, 'json');
  assert.equal(f.title, 'Micro notes');
  assert.deepEqual(
    f.entries.map((e) => e.link),
    ['http://notes.example/1', 'http://notes.example/2'],
  );
});

test('rss10-rdf-about-only: an item address given only in rdf:about is its link', async () => {
  const f = await quirk('rss10-rdf-about-only.xml');
  assert.equal(f.format, 'rdf');
  assert.deepEqual(
    f.entries.map((e) => e.link),
    ['http://journal.example/a', 'http://journal.example/b'],
  );
});

test('rss-channel-dc-title-only: a channel named only by dc:title has that name', async () => {
  const f = await quirk('rss-channel-dc-title-only.xml');
  assert.equal(f.title, 'Dublin Core Weekly');
});

test('rss091-items-outside-channel: items after </channel> are read', async () => {
  const f = await quirk('rss091-items-outside-channel.xml');
  assert.equal(f.title, 'Hand-rolled news');
  assert.deepEqual(
    f.entries.map((e) => [e.title, e.link]),
    [
      ['First story', 'http://hand.example/1'],
      ['Second story', 'http://hand.example/2'],
    ],
  );
});

test('rss-author-name-and-email: the name is shown, never the address', async () => {
  const f = await quirk('rss-author-name-and-email.xml');
  assert.deepEqual(
    f.entries.map((e) => e.author),
    ['Jane Doe', 'Jane Doe', 'Jane Doe', 'Jane Doe'],
  );
});

test('rss-odd-dates: slashes, missing seconds and missing zones are read; no far future', async () => {
  const f = await quirk('rss-odd-dates.xml');
  assert.deepEqual(
    f.entries.map((e) => e.published),
    [
      '2020-01-10T14:33:00.000Z',
      '2020-01-09T09:05:00.000Z',
      '2020-01-08T07:04:03.000Z',
      '2020-01-07T10:00:00.000Z',
      '2020-01-06T08:00:00.000Z',
      null,
    ],
  );
});

test('rss-control-characters: terminal escapes never survive in titles and authors', async () => {
  const f = await quirk('rss-control-characters.xml');
  const texts = [f.title, ...f.entries.flatMap((e) => [e.title, e.author ?? ''])];
  for (const text of texts) {
    // eslint-disable-next-line no-control-regex -- finding control characters is the point
    assert.doesNotMatch(text, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/u, JSON.stringify(text));
  }
  assert.equal(f.title, 'Evil]0;owned feed');
  assert.equal(f.entries[0]?.title, 'Clear [2J screen');
  assert.equal(f.entries[1]?.title, 'Double [31mred[0m');
  assert.equal(f.entries[2]?.author, 'Tab kept');
});

test("rss-dates-in-feed-zone: a zoneless date is read in the zone the channel's dates name", async () => {
  const f = await quirk('rss-dates-in-feed-zone.xml');
  assert.deepEqual(
    f.entries.map((e) => e.published),
    ['2020-01-10T03:33:00.000Z', '2020-01-10T14:33:00.000Z'],
  );
});
