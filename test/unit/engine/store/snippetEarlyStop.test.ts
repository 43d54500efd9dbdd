// A search's snippets read a post's HTML only as far as the first match needs (htmlText.ts
// readableTextUntil): the text is a prefix of the whole, and a match late in a long post (past
// the stepped part, or split across steps) still gives the same snippet as reading it all.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readableText, readableTextUntil } from '../../../../electron/engine/store/htmlText.ts';
import { snippetAround } from '../../../../electron/engine/store/rowText.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const filler = '<p>balance and scrub, <b>again</b> &amp; again</p>'.repeat(800);

test('reading stops once the caller has enough, and is a prefix of the whole text', () => {
  const whole = readableText(filler, 200_000);
  const part = readableTextUntil(filler, 200_000, (text) => text.length > 100);
  assert.ok(part.length > 100 && part.length < 2_000, `${part.length} characters`);
  assert.ok(whole.startsWith(part));
  assert.equal(
    readableTextUntil(filler, 200_000, () => false),
    whole,
  );
});

test('snippets of early, late and very late matches are those of the whole text', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const htmls = [
      `<p>Zram first.</p>${filler}`,
      `${filler.slice(0, 1020)}<p>Zram</p>${filler}`,
      `${filler}<p>Finally zram, at the end.</p>`,
    ];
    const posts = htmls.map((html, i) =>
      entry({ guid: `https://kerrie.example/?p=${i}`, title: `Post ${i}`, contentHtml: html }),
    );
    store.savePosts(feed.id, postsFor(feed, posts, false), '2026-01-01T00:00:00.000Z');
    const snippets = store
      .listEntries({ search: 'zram' })
      .entries.map((row) => [row.title, row.snippet])
      .sort();
    const fromWholeText = htmls.map((html, i) => [
      `Post ${i}`,
      snippetAround(readableText(html, 200_000), ['zram']),
    ]);
    assert.deepEqual(snippets, fromWholeText);
    assert.match(String(snippets[2]![1]), /Finally zram, at the end\.$/);
  } finally {
    opened.dispose();
  }
});
