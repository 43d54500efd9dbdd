// A search's last word is a prefix, answered as an OR of the indexed words it begins
// (store/searchTerms.ts): the word list is filled by the index's flush and, for a store from
// before it, by its migration; a prefix of very many words takes the shortest of them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { migrations } from '../../../../electron/engine/store/schema.ts';
import {
  maxExpansion,
  searchTermsMigration,
} from '../../../../electron/engine/store/searchTerms.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

function wordsOf(file: string): string[] {
  const db = new DatabaseSync(file);
  try {
    const rows = db.prepare('SELECT term FROM search_terms ORDER BY term').all();
    return rows.map((row) => String(row.term));
  } finally {
    db.close();
  }
}

function seeded(texts: readonly string[]) {
  const opened = freshStore();
  const feed = opened.store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
  const entries = texts.map((text, i) =>
    entry({ guid: `https://kerrie.example/?p=${i}`, title: `Post ${i}`, contentHtml: text }),
  );
  opened.store.savePosts(feed.id, postsFor(feed, entries, false), now);
  opened.store.flushSearchIndex();
  return opened;
}

test('the index flush files every word; the last word finds the words it begins', () => {
  const opened = seeded(['<p>Kernel</p>', '<p>kernels, <b>Kérning</b></p>', '<p>swap</p>']);
  try {
    const words = wordsOf(opened.file);
    for (const word of ['kernel', 'kernels', 'kerning', 'swap', 'post']) {
      assert.ok(words.includes(word), word);
    }
    const titles = (search: string) =>
      opened.store
        .listEntries({ search })
        .entries.map((row) => row.title)
        .sort();
    assert.deepEqual(titles('ker'), ['Post 0', 'Post 1']);
    assert.deepEqual(titles('KERNELS'), ['Post 1']);
    assert.deepEqual(titles('post kerni'), ['Post 1']);
    assert.deepEqual(titles('kernelz'), []);
  } finally {
    opened.dispose();
  }
});

test('a store from before the word list gets it filled from its index when opened', () => {
  const opened = seeded(['<p>btrfs scrub</p>']);
  try {
    // The store as the version before this migration left it (its other tables unchanged).
    const db = new DatabaseSync(opened.file);
    const before = migrations.indexOf(searchTermsMigration);
    db.exec(`DROP TABLE search_terms; PRAGMA user_version = ${before}`);
    db.close();
    opened.reopen();
    assert.deepEqual(wordsOf(opened.file), ['0', 'btrfs', 'post', 'scrub']);
    assert.equal(opened.store.listEntries({ search: 'scr' }).total, 1);
  } finally {
    opened.dispose();
  }
});

test('a prefix of more words than an OR can walk quickly takes the shortest of them', () => {
  // zqa, zqaa, zqaaa, …: one post each; the longest are beyond the expansion.
  const words = Array.from({ length: maxExpansion + 6 }, (_, i) => `zq${'a'.repeat(i + 1)}`);
  const opened = seeded(words.map((word) => `<p>${word}</p>`));
  try {
    const page = opened.store.listEntries({ search: 'zq', limit: 1000 });
    assert.equal(page.total, maxExpansion);
    assert.equal(opened.store.listEntries({ search: words.at(-1)! }).total, 1, 'whole word');
  } finally {
    opened.dispose();
  }
});
