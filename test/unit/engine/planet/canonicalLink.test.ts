import { test } from 'node:test';
import assert from 'node:assert/strict';
import { canonicalLink } from '../../../../electron/engine/planet/canonicalLink.ts';

test('scheme and host are lower-cased, and http equals https', () => {
  assert.equal(canonicalLink('HTTP://Example.COM/Post'), canonicalLink('https://example.com/Post'));
  assert.equal(canonicalLink('https://example.com/Post'), 'https://example.com/Post');
});

test('the path keeps its case', () => {
  assert.notEqual(
    canonicalLink('https://example.com/Post'),
    canonicalLink('https://example.com/post'),
  );
});

test('default ports are dropped, other ports kept', () => {
  assert.equal(canonicalLink('http://example.com:80/a'), 'https://example.com/a');
  assert.equal(canonicalLink('https://example.com:443/a'), 'https://example.com/a');
  assert.equal(canonicalLink('http://example.com:8080/a'), 'https://example.com:8080/a');
});

test('the fragment is dropped (WordPress #respond vs #comments)', () => {
  assert.equal(canonicalLink('https://example.com/a/#respond'), 'https://example.com/a');
});

test('a trailing slash is folded', () => {
  assert.equal(canonicalLink('https://example.com/a/'), canonicalLink('https://example.com/a'));
  assert.equal(canonicalLink('https://example.com'), 'https://example.com/');
  assert.equal(canonicalLink('https://example.com//'), 'https://example.com/');
});

test("FeedBurner's utm_* parameters are removed (Drupal aggregator link in the corpus)", () => {
  assert.equal(
    canonicalLink(
      'http://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze/?utm_source=feedburner&utm_medium=feed&utm_campaign=Feed%3A+KerrieWalsh+%28Kerrie+Walsh%29',
    ),
    'https://kerriewalsh.example.net/2015/01/13/surviving-the-jessie-freeze',
  );
});

test("Medium's ?source=rss-… is removed", () => {
  assert.equal(
    canonicalLink(
      'https://medium.com/@dave/why-i-moved-1a2b3c4d5e6f?source=rss-9f8e7d6c5b4a------2',
    ),
    'https://medium.com/@dave/why-i-moved-1a2b3c4d5e6f',
  );
});

test('click trackers are removed and the other parameters keep their order', () => {
  assert.equal(
    canonicalLink('https://example.com/p?b=2&fbclid=x&a=1&gclid=y&mc_cid=1&mc_eid=2'),
    'https://example.com/p?b=2&a=1',
  );
});

test('a source parameter that is not a feed tracker stays', () => {
  assert.equal(
    canonicalLink('https://example.com/p?source=github'),
    'https://example.com/p?source=github',
  );
});

test('?p= ids (WordPress guids) are kept: they are the page', () => {
  assert.equal(
    canonicalLink('http://kerriewalsh.example.net/?p=1187'),
    'https://kerriewalsh.example.net/?p=1187',
  );
});

test('www. is not folded: it can be a different site', () => {
  assert.notEqual(
    canonicalLink('https://www.example.com/a'),
    canonicalLink('https://example.com/a'),
  );
});

test('non-http(s) and unparseable addresses give null', () => {
  assert.equal(canonicalLink('mailto:someone@example.com'), null);
  assert.equal(canonicalLink('tag:blogger.com,1999:blog-1.post-2'), null);
  assert.equal(canonicalLink('javascript:alert(1)'), null);
  assert.equal(canonicalLink('/relative/path'), null);
  assert.equal(canonicalLink(''), null);
});
