// Readability over linkedom on real-looking pages of the common blog engines: the article's
// words come through, the page's chrome (menus, comments, sidebars, sign-up boxes) does not.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../../electron/engine/article/extractArticle.ts';
import { fixtureBytes } from '../../../support/fixtures.ts';

interface Case {
  readonly file: string;
  readonly url: string;
  readonly title: RegExp;
  readonly first: string;
  readonly last: string;
  readonly chrome: readonly string[];
  readonly image?: string;
}

const cases: readonly Case[] = [
  {
    file: 'wordpress.html',
    url: 'https://kerriewalsh.example.net/2026/11/20/upgrading-to-trixie/',
    title: /Upgrading the home server to Debian trixie/,
    first: 'The little server under the stairs',
    last: 'sent the backlog as soon as the broker came back',
    chrome: ['Recent Posts', 'Leave a comment', 'Same MQTT problem here', 'Proudly powered by'],
    image: 'https://kerriewalsh.example.net/wp-content/uploads/2026/11/server-stairs-1024x576.jpg',
  },
  {
    file: 'blogger.html',
    url: 'https://marrickvillemakers.blogspot.example/2026/11/restoring-1970s-oscilloscope.html',
    title: /Restoring a 1970s oscilloscope/,
    first: 'Jun brought in a dual-trace oscilloscope',
    last: 'Bring your own mystery device!',
    chrome: ['Blog Archive', 'About Me', 'Email This', 'Simple theme'],
  },
  {
    file: 'ghost.html',
    url: 'https://notes.fieldwork.example/why-we-stopped-estimating/',
    title: /Why our team stopped estimating in hours/,
    first: 'For three years our planning meetings',
    last: 'rather than at the end of the quarter',
    chrome: [
      'Sign up for more like this',
      'Pairing remotely without burning out',
      'Powered by Ghost',
    ],
  },
  {
    file: 'hugo.html',
    url: 'https://declan.example.org/posts/rust-timings/',
    title: /Profiling a slow Rust build/,
    first: 'Our workspace takes a little over six minutes',
    last: 'would only have hidden for a while longer',
    chrome: ['All rights reserved'],
  },
  {
    file: 'medium-like.html',
    url: 'https://stories.lattice.example/the-quiet-cost-of-flaky-tests-5f1e2d3c4b5a',
    title: /The quiet cost of flaky tests/,
    first: 'Every engineering organisation I have worked in',
    last: 'people read the output before they press anything',
    chrome: ['Recommended from Medium', 'More from Engineering at Lattice', 'Sign in'],
  },
];

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

for (const c of cases) {
  test(`${c.file}: the article, without the page around it`, async () => {
    const result = await extractArticle({
      url: c.url,
      bytes: fixtureBytes(`pages/${c.file}`),
      contentType: 'text/html; charset=utf-8',
    });
    assert.equal(result.kind, 'article');
    if (result.kind !== 'article') return;
    assert.match(result.title ?? '', c.title);
    const words = text(result.html);
    assert.ok(words.includes(c.first), `${c.file}: first paragraph`);
    assert.ok(words.includes(c.last), `${c.file}: last paragraph`);
    for (const chrome of c.chrome) assert.ok(!words.includes(chrome), `${c.file}: no "${chrome}"`);
    assert.doesNotMatch(result.html, /<script/i);
    if (c.image)
      assert.ok(result.html.includes(`src="${c.image}"`), 'relative images made absolute');
  });
}

test('a page without an article (a sign-in wall) says so in a sentence', async () => {
  const result = await extractArticle({
    url: 'https://paywalled.example/2026/story',
    bytes: fixtureBytes('pages/no-article.html'),
    contentType: 'text/html',
  });
  assert.equal(result.kind, 'no-article');
  assert.match(result.kind === 'no-article' ? result.message : '', /found no article/);
});

test('not a web page, or one too large, is refused before any parsing', async () => {
  const pdf = await extractArticle({
    url: 'https://a.example/paper.pdf',
    bytes: Buffer.from('%PDF-1.7'),
    contentType: 'application/pdf',
  });
  assert.equal(pdf.kind, 'no-article');
  const huge = await extractArticle({
    url: 'https://a.example/huge',
    bytes: Buffer.alloc(6 * 1024 * 1024, 0x20),
    contentType: 'text/html',
  });
  assert.equal(huge.kind, 'no-article');
  assert.match(huge.kind === 'no-article' ? huge.message : '', /too large/);
});

test('a page declaring windows-1252 is decoded by its own declaration', async () => {
  const body = Buffer.concat([
    Buffer.from(
      '<html><head><meta charset="windows-1252"><title>Caf</title></head><body><article><p>',
    ),
    Buffer.from(
      'The caf\xe9 on the corner serves the best flat white in town, and has done so for years. '.repeat(
        6,
      ),
      'latin1',
    ),
    Buffer.from('</p></article></body></html>'),
  ]);
  const result = await extractArticle({
    url: 'https://a.example/cafe',
    bytes: body,
    contentType: 'text/html',
  });
  assert.equal(result.kind, 'article');
  assert.ok(result.kind === 'article' && result.html.includes('café on the corner'));
});
