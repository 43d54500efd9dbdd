// readOpml against files written to hurt: entity expansion, XXE, dangerous schemes, deep nesting,
// things that are not OPML, truncation, an undeclared legacy charset, and the size bounds.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readOpml, readOpmlText } from '../../../../electron/engine/opml/readOpml.ts';
import type { OpmlDocument } from '../../../../electron/engine/opml/types.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';
import { startServer } from '../../../support/server.ts';

function read(file: string): OpmlDocument {
  return readOpml(fixtureBytes(`hostile-opml/${file}`));
}

function messages(document: OpmlDocument): string {
  return document.problems.map((p) => p.message).join('\n');
}

describe('DTD entities are inert', () => {
  test('entity bomb: nothing expands, the rest of the file imports', () => {
    const document = read('entity-bomb.opml');
    assert.ok(JSON.stringify(document).length < 5_000, 'no expansion');
    assert.ok(!JSON.stringify(document).includes('lollol'));
    assert.ok(document.feeds.some((f) => f.url === 'https://survivor.example.com/feed/'));
    assert.match(messages(document), /DOCTYPE, which are never expanded/);
  });
  test('XXE to file:///etc/passwd: no "root:" anywhere', () => {
    const document = read('xxe-passwd.opml');
    const everything = JSON.stringify(document);
    assert.ok(!everything.includes('root:'));
    assert.ok(!everything.includes('/bin/'));
    assert.deepEqual(
      document.feeds.map((f) => f.url),
      ['https://xxe.example.com/feed/', 'https://inside.example.com/feed/?leak=&xxe;'],
    );
  });
});

describe('external entities are never fetched', () => {
  test('SYSTEM and parameter entities naming a live server cause no request', async () => {
    const server = await startServer({
      '/evil.dtd': (_req, res) => res.end('<!ENTITY leak "fetched">'),
      '/secret': (_req, res) => res.end('root:x:0:0:root:/root:/bin/bash'),
    });
    try {
      const text = `<?xml version="1.0"?>
<!DOCTYPE opml SYSTEM "${server.url('/evil.dtd')}" [
  <!ENTITY % remote SYSTEM "${server.url('/evil.dtd')}">
  %remote;
  <!ENTITY secret SYSTEM "${server.url('/secret')}">
]>
<opml><body><outline text="&secret;&leak;" xmlUrl="https://ok.example.com/"/></body></opml>`;
      const document = readOpmlText(text);
      // Give any stray asynchronous fetch the chance to arrive before looking.
      await new Promise((resolve) => setTimeout(resolve, 50));
      assert.deepEqual(server.requests, []);
      assert.ok(!JSON.stringify(document).includes('root:'));
      assert.ok(!JSON.stringify(document).includes('fetched'));
      assert.equal(document.feeds[0]?.url, 'https://ok.example.com/');
    } finally {
      await server.close();
    }
  });
});

describe('only http(s) feeds', () => {
  const document = read('bad-schemes.opml');
  test('javascript:, file:, data:, ftp: and broken addresses are problems with their line', () => {
    const byLine = new Map(document.problems.map((p) => [p.line, p.message]));
    assert.match(byLine.get(7) ?? '', /"Script" has a javascript: address/);
    assert.match(byLine.get(8) ?? '', /"Local file" has a file: address/);
    assert.match(byLine.get(9) ?? '', /"Data" has a data: address/);
    assert.match(byLine.get(10) ?? '', /"FTP" has a ftp: address/);
    assert.match(byLine.get(11) ?? '', /not a valid URL: "http:\/\/"/);
    assert.match(byLine.get(12) ?? '', /not a valid URL/);
    assert.match(byLine.get(13) ?? '', /javascript: address/);
    assert.equal(document.problems.length, 7);
  });
  test('the good feed after them still imports, and feed:// becomes http://', () => {
    assert.deepEqual(
      document.feeds.map((f) => f.url),
      ['https://good.example.com/feed/', 'http://legacy.example.com/rss'],
    );
  });
});

describe('bounded work', () => {
  test('60 levels of nesting: outlines deeper than 32 are skipped with one problem', () => {
    const document = read('deep-nesting-60.opml');
    assert.deepEqual(
      document.feeds.map((f) => f.url),
      ['https://level2.example.com/feed/'],
    );
    assert.equal(document.problems.length, 1);
    assert.equal(document.problems[0]?.line, 40);
    assert.match(document.problems[0]?.message ?? '', /more than 32 levels/);
  });
  test('a feed at the deepest allowed level keeps its whole folder path', () => {
    const folders = Array.from({ length: 31 }, (_, i) => `F${i}`);
    const open = folders.map((name) => `<outline text="${name}">`).join('');
    const close = '</outline>'.repeat(31);
    const text = `<opml><body>${open}<outline text="Deep" xmlUrl="https://deep.example.com/"/>${close}</body></opml>`;
    const document = readOpmlText(text);
    assert.deepEqual(document.feeds[0]?.folder, folders);
    assert.equal(document.problems.length, 0);
  });
  test('absurd nesting of any element stops reading instead of growing a stack', () => {
    const text = `<opml><body>\n${'<div>'.repeat(100_000)}</body></opml>`;
    const document = readOpmlText(text);
    assert.equal(document.feeds.length, 0);
    assert.match(messages(document), /nested more than 256 levels deep here; reading stopped/);
  });
  test('more outlines than the limit: the first ones import, one problem', () => {
    const outlines = Array.from(
      { length: 12 },
      (_, i) => `<outline text="F${i}" xmlUrl="https://f${i}.example.com/feed"/>\n`,
    ).join('');
    const document = readOpmlText(`<opml><body>\n${outlines}</body></opml>`, { maxOutlines: 10 });
    assert.equal(document.feeds.length, 10);
    assert.equal(document.problems.length, 1);
    assert.equal(document.problems[0]?.line, 12);
    assert.match(document.problems[0]?.message ?? '', /more than 10 outlines/);
  });
  test('the default limits are 20 MB, 50,000 outlines, 32 levels', () => {
    const tooBig = new Uint8Array(20_000_001).fill(0x20);
    const document = readOpml(tooBig);
    assert.equal(document.feeds.length, 0);
    assert.match(messages(document), /too large.*limit is 20 MB/);
  });
  test('a file over the size limit is refused before parsing', () => {
    const bytes = fixtureBytes('corpus/opml/feedly.opml');
    const document = readOpml(bytes, null, { maxBytes: 100 });
    assert.equal(document.feeds.length, 0);
    assert.match(messages(document), /too large/);
  });
});

describe('not OPML at all: one clear problem', () => {
  const cases: [string, RegExp][] = [
    ['not-opml-page.html', /^This file is not OPML: it is a web page \(HTML\)/],
    ['not-opml-feed.rss', /^This file is not OPML: it is a feed/],
    ['empty.opml', /^This file is not OPML: it is empty\.$/],
    ['garbage.opml', /^This file is not OPML: it contains no XML elements\.$/],
  ];
  for (const [file, message] of cases) {
    test(file, () => {
      const document = read(file);
      assert.equal(document.feeds.length, 0);
      assert.equal(document.problems.length, 1);
      assert.match(document.problems[0]?.message ?? '', message);
    });
  }
  test('another root element is named', () => {
    const document = readOpmlText('<?xml version="1.0"?><svg><g/></svg>');
    assert.match(messages(document), /its top element is <svg>, not <opml>/);
  });
  test('binary garbage', () => {
    const bytes = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);
    const document = readOpml(bytes);
    assert.equal(document.feeds.length, 0);
    assert.match(messages(document), /^This file is not OPML/);
  });
});

describe('broken files import what they can', () => {
  test('truncated file: the complete outlines import and the truncation is reported', () => {
    const document = read('truncated.opml');
    assert.equal(document.title, 'Cut short');
    assert.deepEqual(
      document.feeds.map((f) => [f.url, f.folder]),
      [
        ['https://first.example.com/feed/', ['Tech']],
        ['https://second.example.com/feed/', ['Tech']],
      ],
    );
    assert.equal(document.problems.length, 1);
    assert.match(messages(document), /may be truncated/);
  });
  test('a raw & in an address (a common exporter bug) is read leniently', () => {
    const document = readOpmlText(
      '<opml><body><outline text="Q" xmlUrl="https://q.example.com/?a=1&b=2"/></body></opml>',
    );
    assert.equal(document.feeds[0]?.url, 'https://q.example.com/?a=1&b=2');
    assert.equal(document.problems.length, 1);
  });
  test('an outline with a web page but no feed address is a problem naming it', () => {
    const document = readOpmlText(
      '<opml><body>\n<outline text="Site only" type="rss" htmlUrl="https://site.example.com/"/>\n<outline text="Nothing" type="rss"/>\n</body></opml>',
    );
    assert.equal(document.feeds.length, 0);
    assert.equal(document.problems[0]?.line, 2);
    assert.match(
      document.problems[0]?.message ?? '',
      /"Site only" has no feed address \(xmlUrl\), only a web page/,
    );
    assert.equal(document.problems[1]?.line, 3);
    assert.match(document.problems[1]?.message ?? '', /"Nothing" has no feed address/);
  });
});

describe('less common outline shapes', () => {
  test('an outline typed as a feed with url instead of xmlUrl (Radio UserLand era) imports', () => {
    const document = readOpmlText(
      '<opml><body><outline type="rss" text="Old" url="http://old.example.com/rss.xml"/></body></opml>',
    );
    assert.equal(document.feeds[0]?.url, 'http://old.example.com/rss.xml');
  });
  test('type="include" (OPML 2.0) is reported, not fetched', () => {
    const document = readOpmlText(
      '<opml><body><outline type="include" text="More" url="https://x.example.com/more.opml"/></body></opml>',
    );
    assert.equal(document.feeds.length, 0);
    assert.match(
      messages(document),
      /"More" includes another OPML file; included files are not fetched/,
    );
  });
  test('a duplicate fills in a name and site the first copy lacked', () => {
    const document = readOpmlText(`<opml><body>
<outline text="" xmlUrl="https://still.example.com/rss.xml"/>
<outline text="Folder"><outline text="Michael Still" xmlUrl="https://still.example.com/rss.xml" htmlUrl="https://still.example.com/"/></outline>
</body></opml>`);
    assert.deepEqual(document.feeds, [
      {
        url: 'https://still.example.com/rss.xml',
        title: 'Michael Still',
        siteUrl: 'https://still.example.com/',
        folder: [],
        line: 2,
      },
    ]);
  });
  test('an unnamed folder does not add a level', () => {
    const document = readOpmlText(
      '<opml><body><outline text="  "><outline text="A" xmlUrl="https://a.example.com/"/></outline></body></opml>',
    );
    assert.deepEqual(document.feeds[0]?.folder, []);
  });
});

describe('line numbers', () => {
  test('a problem names the line where its outline starts, even when the tag spans lines', () => {
    const text = `<opml>
<body>
<outline text="Good" xmlUrl="https://good.example.com/"/>
<outline
   text="Bad"
   xmlUrl="javascript:alert(1)"
/>
</body>
</opml>`;
    const document = readOpmlText(text);
    assert.equal(document.feeds[0]?.line, 3);
    assert.equal(document.problems[0]?.line, 4);
  });
});

describe('charset', () => {
  test('Latin-1 without any declaration is read as Western, with a note', () => {
    const document = read('latin1-no-declaration.opml');
    assert.equal(document.title, 'Abonnements français');
    assert.deepEqual(
      document.feeds.map((f) => f.title),
      ['Café & crème', 'Été à Montréal'],
    );
    assert.match(messages(document), /not UTF-8.*Windows-1252/);
  });
  test('an HTTP charset is obeyed', () => {
    const bytes = new TextEncoder().encode(
      '<opml><body><outline text="Café" xmlUrl="https://c.example.com/"/></body></opml>',
    );
    const document = readOpml(bytes, 'text/x-opml; charset=utf-8');
    assert.equal(document.feeds[0]?.title, 'Café');
    assert.equal(document.problems.length, 0);
  });
  test('text that was already decoded is not decoded again by its stale declaration', () => {
    const document = readOpmlText(
      '<?xml version="1.0" encoding="ISO-8859-1"?><opml><body><outline text="Raphaël" xmlUrl="https://r.example.com/"/></body></opml>',
    );
    assert.equal(document.feeds[0]?.title, 'Raphaël');
  });
});
