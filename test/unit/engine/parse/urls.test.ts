import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  absolutizeHtml,
  combineBases,
  resolveUrl,
} from '../../../../electron/engine/parse/urls.ts';

test('relative xml:base resolves against the outer bases', () => {
  assert.equal(
    combineBases(['posts/', 'https://example.org/blog/', 'https://fetch.example/feed']),
    'https://example.org/blog/posts/',
  );
  assert.equal(
    combineBases([null, undefined, 'https://fetch.example/feed']),
    'https://fetch.example/feed',
  );
});

test('link fields become absolute; garbage becomes null', () => {
  assert.equal(resolveUrl(' /a b ', 'https://example.org/x/'), 'https://example.org/a%20b');
  assert.equal(resolveUrl('http://[bad', null), null);
});

test('href, src, srcset and poster are absolutized; the rest of the markup is untouched', () => {
  const html = `<p class=x><a href="../up.html?a=1&amp;b=2">u</a><img src='i.png' srcset="s1.png 1x, https://cdn.example/s2.png 2x"><video poster=p.jpg></video></p>`;
  assert.equal(
    absolutizeHtml(html, 'https://example.org/blog/post/'),
    `<p class=x><a href="https://example.org/blog/up.html?a=1&amp;b=2">u</a><img src='https://example.org/blog/post/i.png' srcset="https://example.org/blog/post/s1.png 1x, https://cdn.example/s2.png 2x"><video poster="https://example.org/blog/post/p.jpg"></video></p>`,
  );
});

test('absolute, javascript:, data: and fragment-only values are left exactly as they were', () => {
  const html = `<a href="javascript:alert(1)">j</a><a href="data:text/html,x">d</a><a href="#fn1">f</a><a href="HTTPS://Example.org/A">a</a>`;
  assert.equal(absolutizeHtml(html, 'https://example.org/'), html);
});

test('script, style and comments are not rewritten', () => {
  const html = `<style>a{background:url(x.png)}</style><!-- <a href="c.html"> --><script>var s = '<img src="y.png">';</script>`;
  assert.equal(absolutizeHtml(html, 'https://example.org/'), html);
});

test('attributes glued to a quote or after a slash are still found (browsers accept both)', () => {
  const base = 'https://kerrie.example/2015/01/post/';
  assert.equal(absolutizeHtml('<img/src="a.png">', base), `<img/src="${base}a.png">`);
  assert.equal(
    absolutizeHtml('<a title="t"href="../b">x</a>', base),
    '<a title="t"href="https://kerrie.example/2015/01/b">x</a>',
  );
  assert.equal(
    absolutizeHtml('<a href=//cdn.example/x>y</a>', base),
    '<a href="https://cdn.example/x">y</a>',
  );
});

test('content whose links are all absolute comes back as the very same string', () => {
  const html =
    '<p><a href="https://x.example/?a=b&amp;c=d">x</a> <img data-src="https://x.example/i.png" src="http://x.example/j.png"></p>';
  assert.equal(absolutizeHtml(html, 'https://kerrie.example/'), html);
});
