// writeOpml: OPML 2.0 that readOpml (and other readers) take back without loss.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readOpml, readOpmlText } from '../../../../electron/engine/opml/readOpml.ts';
import { writeOpml } from '../../../../electron/engine/opml/writeOpml.ts';
import type { OpmlExportFeed } from '../../../../electron/engine/opml/writeOpml.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

const feeds: OpmlExportFeed[] = [
  {
    url: 'https://lwn.net/headlines/rss',
    title: 'LWN.net',
    siteUrl: 'https://lwn.net/',
    folder: [],
  },
  {
    url: 'https://etbe.coker.com.au/feed/',
    title: 'etbe \u2013 Russell Coker',
    siteUrl: 'https://etbe.coker.com.au/',
    folder: ['Planets', 'Linux Australia'],
  },
  {
    url: 'https://www.rowetel.com/?feed=rss2&cat=12',
    title: null,
    siteUrl: null,
    folder: ['Planets'],
  },
  {
    url: 'https://evil.example.com/feed?a=%22%3E',
    title: '"><script>alert(1)</script>',
    siteUrl: 'https://evil.example.com/?q=%22&x=%27%3Cy%3E%27&z=1',
    folder: ['Tom & Jerry\'s "quotes" <folder>'],
  },
  {
    url: 'https://raphaelhertzog.com/feed/',
    title: 'Raphaël Hertzog 🐧',
    siteUrl: null,
    folder: ['Planets', 'Linux Australia'],
  },
];

function sortedByUrl<T extends { url: string }>(list: readonly T[]): T[] {
  return [...list].sort((a, b) => a.url.localeCompare(b.url));
}

function comparable(list: readonly OpmlExportFeed[]) {
  return sortedByUrl(
    list.map(({ url, title, siteUrl, folder }) => ({ url, title, siteUrl, folder: [...folder] })),
  );
}

describe('writeOpml', () => {
  test('round trip preserves feeds, titles, site addresses and folders exactly', () => {
    const text = writeOpml({ title: 'Orrery subscriptions', feeds });
    const document = readOpmlText(text);
    assert.deepEqual(document.problems, []);
    assert.equal(document.title, 'Orrery subscriptions');
    assert.deepEqual(comparable(document.feeds), comparable(feeds));
  });

  test('round trip through bytes (what a file on disk is)', () => {
    const bytes = new TextEncoder().encode(writeOpml({ title: 'T', feeds }));
    assert.deepEqual(comparable(readOpml(bytes).feeds), comparable(feeds));
  });

  test('a hostile title cannot break out of its attribute', () => {
    const text = writeOpml({ title: '</title><script>x</script>', feeds });
    assert.ok(!text.includes('<script>'));
    assert.ok(text.includes('text="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"'));
    assert.ok(text.includes('<title>&lt;/title&gt;&lt;script&gt;x&lt;/script&gt;</title>'));
  });

  test('control characters are removed, so the file stays well-formed XML', () => {
    const text = writeOpml({
      title: 'bell\u0007',
      feeds: [
        {
          url: 'https://c.example.com/',
          title: 'a\u0000b\u001Fc\uFFFEd',
          siteUrl: null,
          folder: ['x\u0008y'],
        },
      ],
    });
    // eslint-disable-next-line no-control-regex -- looking for control characters is the point
    assert.ok(!/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE]/.test(text));
    const document = readOpmlText(text);
    assert.deepEqual(document.problems, []);
    assert.equal(document.title, 'bell');
    assert.equal(document.feeds[0]?.title, 'abcd');
    assert.deepEqual(document.feeds[0]?.folder, ['xy']);
  });

  test('OPML 2.0, UTF-8 declaration, nested folder outlines, dateCreated in RFC 822', () => {
    const text = writeOpml({
      title: 'T',
      feeds,
      dateCreated: new Date(Date.UTC(2024, 1, 13, 10, 22, 31)),
    });
    assert.ok(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">'));
    assert.ok(text.includes('<dateCreated>Tue, 13 Feb 2024 10:22:31 GMT</dateCreated>'));
    assert.match(
      text,
      /<outline text="Planets" title="Planets">\n\s+<outline text="Linux Australia" title="Linux Australia">\n\s+<outline type="rss" text="etbe/,
    );
    // Both feeds of Planets/Linux Australia share one folder outline.
    assert.equal(text.match(/text="Linux Australia"/g)?.length, 1);
  });

  test('every corpus file survives read -> write -> read unchanged', () => {
    for (const file of [
      'feedly.opml',
      'thunderbird.opml',
      'tt-rss.opml',
      'netnewswire-2-latin1.opml',
    ]) {
      const first = readOpml(fixtureBytes(`corpus/opml/${file}`));
      const second = readOpmlText(writeOpml({ title: first.title ?? '', feeds: first.feeds }));
      assert.deepEqual(second.problems, [], file);
      assert.deepEqual(comparable(second.feeds), comparable(first.feeds), file);
    }
  });
});

test('a site address that is not http(s) is never written (a javascript: one reached the export)', () => {
  const opml = writeOpml({
    title: 'Subscriptions',
    dateCreated: new Date('2026-12-01T00:00:00Z'),
    feeds: [
      { url: 'https://a.example/feed', title: 'A', siteUrl: 'javascript:alert(1)', folder: [] },
      { url: 'https://b.example/feed', title: 'B', siteUrl: 'data:text/html,x', folder: [] },
      { url: 'https://c.example/feed', title: 'C', siteUrl: 'https://c.example/', folder: [] },
    ],
  });
  assert.doesNotMatch(opml, /javascript:|data:/);
  assert.match(opml, /htmlUrl="https:\/\/c\.example\/"/);
});
