// A feed's list rows side by side (feed_list, store/feedListSchema.ts): they follow every change
// of the posts and of which feeds carry them, and an older store gets them when opened.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { feedListMigration } from '../../../../electron/engine/store/feedListSchema.ts';
import { migrations } from '../../../../electron/engine/store/schema.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, planetAndBlog, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

/** feed_list's rows and the rows they stand for (feed_entries with entries), both sorted. */
function listAndTruth(file: string) {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    return {
      list: db
        .prepare(
          'SELECT feed_id, published, id, title, author, url FROM feed_list ORDER BY feed_id, published, id',
        )
        .all(),
      truth: db
        .prepare(
          `SELECT fe.feed_id, fe.published, e.id, e.title, e.author, e.url
           FROM feed_entries fe JOIN entries e ON e.id = fe.entry_id
           ORDER BY fe.feed_id, fe.published, e.id`,
        )
        .all(),
    };
  } finally {
    db.close();
  }
}

function post(n: number, fields: Parameters<typeof entry>[0] = {}) {
  return entry({
    guid: `https://kerrie.example/?p=${n}`,
    link: `https://kerrie.example/post-${n}/`,
    title: `Post ${n}`,
    author: 'Kerrie',
    published: `2015-01-0${n}T00:00:00.000Z`,
    contentHtml: `<p>Words of post ${n}.</p>`,
    ...fields,
  });
}

function seeded() {
  const opened = freshStore();
  const { store } = opened;
  const { planet, blog } = planetAndBlog(store);
  store.savePosts(blog.id, postsFor(blog, [post(1), post(2), post(3)], false), now);
  store.savePosts(planet.id, postsFor(planet, [post(2)], true), now);
  return { opened, store, planet, blog };
}

test('a feed lists its posts from feed_list, which matches the posts it carries', () => {
  const { opened, store, planet, blog } = seeded();
  try {
    const { list, truth } = listAndTruth(opened.file);
    assert.equal(list.length, 4);
    assert.deepEqual(list, truth);
    const titles = (feedId: number) =>
      store.listEntries({ feedId }).entries.map((row) => [row.title, row.feeds]);
    // One post listed under both feeds, the blog named first.
    assert.deepEqual(titles(blog.id), [
      ['Post 3', [blog.id]],
      ['Post 2', [blog.id, planet.id]],
      ['Post 1', [blog.id]],
    ]);
    assert.deepEqual(titles(planet.id), [['Post 2', [blog.id, planet.id]]]);
  } finally {
    opened.dispose();
  }
});

test('a post edited, re-dated or dropped by a feed changes its feed_list rows', () => {
  const { opened, store, planet, blog } = seeded();
  try {
    const edited = post(2, { title: 'Post 2, edited', published: '2015-01-09T00:00:00.000Z' });
    store.savePosts(blog.id, postsFor(blog, [post(1), edited, post(3)], false), now);
    const { list, truth } = listAndTruth(opened.file);
    assert.deepEqual(list, truth);
    assert.equal(store.listEntries({ feedId: planet.id }).entries[0]!.title, 'Post 2, edited');
    assert.deepEqual(
      store.listEntries({ feedId: blog.id }).entries.map((row) => row.title),
      ['Post 2, edited', 'Post 3', 'Post 1'],
    );
    store.removeFeed(planet.id);
    const after = listAndTruth(opened.file);
    assert.deepEqual(after.list, after.truth);
    assert.equal(after.list.length, 3);
  } finally {
    opened.dispose();
  }
});

test('a store from before feed_list gets it filled when opened', () => {
  const { opened } = seeded();
  try {
    const db = new DatabaseSync(opened.file);
    db.exec(`DROP TABLE feed_list;
      DROP TRIGGER feed_list_added; DROP TRIGGER feed_list_removed;
      DROP TRIGGER feed_list_moved; DROP TRIGGER feed_list_words;
      PRAGMA user_version = ${migrations.indexOf(feedListMigration)}`);
    db.close();
    const store = opened.reopen();
    const { list, truth } = listAndTruth(opened.file);
    assert.equal(list.length, 4);
    assert.deepEqual(list, truth);
    assert.equal(store.listEntries({ feedId: 2 }).entries.length, 3);
    // feed_list replaced the index of the same order (migration 16).
    const check = new DatabaseSync(opened.file, { readOnly: true });
    const index = check
      .prepare("SELECT name FROM sqlite_master WHERE name = 'feed_entries_newest'")
      .all();
    check.close();
    assert.deepEqual(index, []);
  } finally {
    opened.dispose();
  }
});
