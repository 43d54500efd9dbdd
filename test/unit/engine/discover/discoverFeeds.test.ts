// Feed autodiscovery over small HTML snippets shaped like real pages' <head>s.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { discoverFeeds } from '../../../../electron/engine/discover/discoverFeeds.ts';

const page = 'https://kerriewalsh.example.net/2015/01/surviving-the-jessie-freeze/';

describe('discoverFeeds', () => {
  test('relative and root-relative hrefs resolve against the page', () => {
    const html = `<head>
      <link rel="alternate" type="application/rss+xml" title="Kerrie Walsh" href="/feed/">
      <link rel="alternate" type="application/atom+xml" href="atom.xml">
    </head>`;
    assert.deepEqual(discoverFeeds(html, page), [
      {
        url: 'https://kerriewalsh.example.net/feed/',
        title: 'Kerrie Walsh',
        type: 'application/rss+xml',
      },
      {
        url: 'https://kerriewalsh.example.net/2015/01/surviving-the-jessie-freeze/atom.xml',
        title: null,
        type: 'application/atom+xml',
      },
    ]);
  });

  test('<base href> applies, only the first one counts, and it may come after the link', () => {
    const html = `<link rel="alternate" type="application/rss+xml" href="rss.xml">
      <base href="https://cdn.example.org/blog/"><base href="https://second.example.org/">`;
    assert.deepEqual(
      discoverFeeds(html, page).map((f) => f.url),
      ['https://cdn.example.org/blog/rss.xml'],
    );
  });

  test('a javascript: or data: <base> is ignored, not obeyed', () => {
    const html = `<base href="javascript:alert(1)//"><link rel="alternate" type="application/rss+xml" href="/feed">`;
    assert.deepEqual(
      discoverFeeds(html, page).map((f) => f.url),
      ['https://kerriewalsh.example.net/feed'],
    );
  });

  test('several feeds of every feed type, in page order, deduplicated', () => {
    // Hugo/Micro.blog style head with RSS, Atom, JSON Feed 1.0/1.1 and an RDF (LWN) link.
    const html = `
      <link rel="alternate" type="application/rss+xml" href="https://sam.example.org/index.xml" title="RSS">
      <link rel="alternate" type="application/feed+json" href="https://sam.example.org/feed.json" title="JSON Feed">
      <link rel="alternate" type="application/json" href="https://sam.example.org/feed1.json">
      <link rel="alternate" type="application/rdf+xml" href="https://sam.example.org/index.rdf">
      <link rel="alternate" type="application/atom+xml" href="https://sam.example.org/atom.xml">
      <link rel="alternate" type="application/rss+xml" href="https://sam.example.org/index.xml" title="RSS again">`;
    assert.deepEqual(
      discoverFeeds(html, 'https://sam.example.org/').map((f) => [f.type, f.url]),
      [
        ['application/rss+xml', 'https://sam.example.org/index.xml'],
        ['application/feed+json', 'https://sam.example.org/feed.json'],
        ['application/json', 'https://sam.example.org/feed1.json'],
        ['application/rdf+xml', 'https://sam.example.org/index.rdf'],
        ['application/atom+xml', 'https://sam.example.org/atom.xml'],
      ],
    );
  });

  test('rel with several tokens in any case; type in any case with parameters', () => {
    const html = `<LINK REL="Alternate Feed" TYPE="Application/RSS+XML; charset=UTF-8" HREF="/rss">`;
    assert.deepEqual(discoverFeeds(html, page), [
      { url: 'https://kerriewalsh.example.net/rss', title: null, type: 'application/rss+xml' },
    ]);
  });

  test('WordPress: the "Comments Feed" is skipped when the posts feed exists', () => {
    // WordPress 4.x+ feed_links(): the posts feed, then " » Comments Feed", then per-post comments.
    const html = `
      <link rel="alternate" type="application/rss+xml" title="Kerrie Walsh &raquo; Feed" href="https://kerriewalsh.example.net/feed/" />
      <link rel="alternate" type="application/rss+xml" title="Kerrie Walsh &raquo; Comments Feed" href="https://kerriewalsh.example.net/comments/feed/" />
      <link rel="alternate" type="application/rss+xml" title="Kerrie Walsh &raquo; Surviving the Jessie freeze Comments Feed" href="https://kerriewalsh.example.net/2015/01/surviving-the-jessie-freeze/feed/" />
      <link rel="alternate" type="application/json" href="https://kerriewalsh.example.net/wp-json/wp/v2/posts/1187" />
      <link rel="alternate" type="application/json+oembed" href="https://kerriewalsh.example.net/wp-json/oembed/1.0/embed?url=x" />`;
    assert.deepEqual(discoverFeeds(html, page), [
      {
        url: 'https://kerriewalsh.example.net/feed/',
        title: 'Kerrie Walsh » Feed',
        type: 'application/rss+xml',
      },
    ]);
  });

  test('a comments feed alone is still offered', () => {
    const html = `<link rel="alternate" type="application/rss+xml" title="Blog » Comments Feed" href="/comments/feed/">`;
    assert.equal(discoverFeeds(html, page).length, 1);
  });

  test('no feed: an empty list', () => {
    const html = `<html><head><title>Hi</title><link rel="stylesheet" href="/s.css">
      <link rel="alternate" hreflang="fr" href="/fr/"><link rel="icon" type="application/rss+xml" href="/x"></head></html>`;
    assert.deepEqual(discoverFeeds(html, page), []);
    assert.deepEqual(discoverFeeds('', page), []);
  });

  test('only http(s) results: javascript:, data: and empty hrefs are dropped', () => {
    const html = `
      <link rel="alternate" type="application/rss+xml" href="javascript:alert(1)">
      <link rel="alternate" type="application/rss+xml" href="data:text/xml,<rss/>">
      <link rel="alternate" type="application/rss+xml" href="  ">
      <link rel="alternate" type="application/rss+xml" href="ftp://x.example.com/f">
      <link rel="alternate" type="application/rss+xml" href="//other.example.com/feed">`;
    assert.deepEqual(
      discoverFeeds(html, page).map((f) => f.url),
      ['https://other.example.com/feed'],
    );
  });

  test('a page address that is not http(s) yields nothing', () => {
    const html = `<link rel="alternate" type="application/rss+xml" href="/feed">`;
    assert.deepEqual(discoverFeeds(html, 'file:///etc/passwd'), []);
  });

  test('entities in href and title are decoded', () => {
    const html = `<link rel="alternate" type="application/rss+xml" title="Tom &amp; Jerry" href="/?feed=rss2&amp;cat=3">`;
    assert.deepEqual(discoverFeeds(html, 'https://www.rowetel.com/'), [
      {
        url: 'https://www.rowetel.com/?feed=rss2&cat=3',
        title: 'Tom & Jerry',
        type: 'application/rss+xml',
      },
    ]);
  });
});
