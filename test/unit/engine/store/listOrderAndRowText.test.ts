// What a list row says besides its title: oldest-first and relevance orders, the snippet around a
// search's match, first words for untitled posts, and the author's blog named before the planet.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstWords, snippetAround } from '../../../../electron/engine/store/rowText.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, planetAndBlog, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

function seeded() {
  const opened = freshStore();
  const { store } = opened;
  const { planet, blog } = planetAndBlog(store);
  const posts = [
    entry({
      guid: 'https://kerrie.example/?p=1',
      title: 'Jessie freeze',
      published: '2015-01-01T00:00:00.000Z',
      contentHtml: '<p>One mention of btrfs here among many other words about the freeze.</p>',
    }),
    entry({
      guid: 'https://kerrie.example/?p=2',
      title: 'btrfs btrfs',
      published: '2015-01-02T00:00:00.000Z',
      contentHtml: '<p>btrfs, btrfs and <b>Btrfs</b> again: balance, scrub, btrfs.</p>',
    }),
    entry({
      guid: 'https://kerrie.example/?p=3',
      title: '',
      published: '2015-01-03T00:00:00.000Z',
      contentHtml:
        '<p>Finally racked the <a href="#">homelab</a>: a ten inch rack, one switch and three small boards.</p>',
    }),
  ];
  store.savePosts(planet.id, postsFor(planet, posts.slice(0, 1), true), now);
  store.savePosts(blog.id, postsFor(blog, posts, false), now);
  return { opened, store, planet, blog };
}

test('oldest first reverses the date order, in a feed and everywhere', () => {
  const { opened, store, blog } = seeded();
  try {
    const titles = (rows: readonly { published: string }[]) => rows.map((r) => r.published);
    const newest = store.listEntries({}).entries;
    assert.deepEqual(
      titles(store.listEntries({ sort: 'oldest' }).entries),
      titles(newest).reverse(),
    );
    const feedNewest = store.listEntries({ feedId: blog.id }).entries;
    assert.deepEqual(
      titles(store.listEntries({ feedId: blog.id, sort: 'oldest' }).entries),
      titles(feedNewest).reverse(),
    );
  } finally {
    opened.dispose();
  }
});

test('relevance puts the post about the words first; the total is the same', () => {
  const { opened, store, blog } = seeded();
  try {
    const byDate = store.listEntries({ search: 'btrfs' });
    const byRank = store.listEntries({ search: 'btrfs', sort: 'relevance' });
    assert.equal(byRank.total, 2);
    assert.equal(byDate.total, 2);
    assert.equal(byRank.entries[0]!.title, 'btrfs btrfs');
    const inFeed = store.listEntries({ feedId: blog.id, search: 'freeze', sort: 'relevance' });
    assert.deepEqual(
      inFeed.entries.map((r) => r.title),
      ['Jessie freeze'],
    );
  } finally {
    opened.dispose();
  }
});

test('a search gives each row a snippet around its first match', () => {
  const { opened, store } = seeded();
  try {
    const rows = store.listEntries({ search: 'btrfs' }).entries;
    const jessie = rows.find((r) => r.title === 'Jessie freeze')!;
    assert.match(jessie.snippet ?? '', /One mention of btrfs here/);
    assert.equal(store.listEntries({}).entries[0]!.snippet, undefined);
  } finally {
    opened.dispose();
  }
});

test('untitled posts are listed by their first words', () => {
  const { opened, store } = seeded();
  try {
    const [newest] = store.listEntries({}).entries;
    assert.equal(newest!.title, 'Finally racked the homelab: a ten inch rack, one switch…');
  } finally {
    opened.dispose();
  }
});

test("a planet's copy names the author's own blog first", () => {
  const { opened, store, planet, blog } = seeded();
  try {
    const jessie = store.listEntries({ search: 'jessie' }).entries[0]!;
    assert.deepEqual(jessie.feeds, [blog.id, planet.id]);
  } finally {
    opened.dispose();
  }
});

test('snippets and first words stay short and find accented and prefixed words', () => {
  const long = Array.from({ length: 200 }, (_, i) => `word${i}`).join(' ');
  assert.equal(firstWords('one two'), 'one two');
  assert.ok(firstWords(long).endsWith('…'));
  const snippet = snippetAround(`${long} Café crème ${long}`, ['cafe']);
  assert.ok(snippet !== null && snippet.length < 220, snippet ?? '');
  assert.match(snippet, /Café crème/);
  assert.equal(snippetAround('nothing here', ['btrfs']), null);
  assert.match(snippetAround('See (systemd) units', ['syst']) ?? '', /systemd/);
});
