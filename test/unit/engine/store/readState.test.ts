// Read flags as bits, 64 posts to a row (store/readState.ts, readStateSchema.ts): a store from
// before is converted when opened, a mark finds unknown posts by their bit, and posts removed
// or added keep bits and counts exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { openStore } from '../../../../electron/engine/store/index.ts';
import { registerPackFunction } from '../../../../electron/engine/store/contentPacking.ts';
import { readStateMigration } from '../../../../electron/engine/store/readStateSchema.ts';
import { migrations } from '../../../../electron/engine/store/schema.ts';
import { UnknownEntriesError } from '../../../../electron/engine/store/unknownEntries.ts';
import { tempDir } from '../../../support/fixtures.ts';
import { entry } from '../planet/corpusEntries.ts';
import { assertReadStateMatchesPosts } from './readStateCheck.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';
// Both sides of block edges, bit 63 (the sign bit) included, and a block of its own.
const postIds = [1, 62, 63, 64, 65, 127, 128, 300];
const readIds = [63, 64, 300];

/** A store as schema 16 left it (read flags in entry_state), with counters kept as savePosts does. */
function storeBeforeBits(file: string): void {
  const db = new DatabaseSync(file);
  try {
    db.exec('PRAGMA foreign_keys = ON');
    registerPackFunction(db);
    const before = migrations.indexOf(readStateMigration);
    for (const migration of migrations.slice(0, before)) {
      if (typeof migration === 'string') db.exec(migration);
      else migration(db);
    }
    db.exec(`PRAGMA user_version = ${before}`);
    db.exec(`INSERT INTO feeds (id, url, title, added_at) VALUES
      (1, 'https://a.example/feed', 'A', '${now}'), (2, 'https://b.example/feed', 'B', '${now}')`);
    const addPost = db.prepare(
      `INSERT INTO entries (id, title, published, first_seen) VALUES (?, ?, ?, '${now}')`,
    );
    const link = db.prepare(
      `INSERT INTO feed_entries (feed_id, entry_id, feed_guid, first_seen, published)
       VALUES (?, ?, ?, '${now}', ?)`,
    );
    for (const id of postIds) {
      const published = `2026-01-01T00:00:${String(id % 60).padStart(2, '0')}.${id}Z`;
      addPost.run(id, `Post ${id}`, published);
      link.run(id < 100 ? 1 : 2, id, `guid-${id}`, published);
    }
    db.prepare(
      'UPDATE entry_state SET read = 1 WHERE entry_id IN (SELECT value FROM json_each(?))',
    ).run(JSON.stringify(readIds));
    db.exec(`UPDATE feeds SET
      total_count = (SELECT count(*) FROM feed_entries WHERE feed_id = feeds.id),
      unread_count = (SELECT count(*) FROM feed_entries fe JOIN entry_state s
                      ON s.entry_id = fe.entry_id WHERE fe.feed_id = feeds.id AND s.read = 0)`);
    db.exec(`UPDATE counters SET total = (SELECT count(*) FROM entry_state),
      unread = (SELECT count(*) FROM entry_state WHERE read = 0)`);
  } finally {
    db.close();
  }
}

const readOf = (rows: readonly { id: number; read: boolean }[]) =>
  rows
    .filter((row) => row.read)
    .map((row) => row.id)
    .sort((a, b) => a - b);

test('a store with read flags per row is converted to bits when opened, flags and counts kept', () => {
  const dir = tempDir('orrery-read-state-');
  const file = join(dir.path, 'orrery.sqlite');
  storeBeforeBits(file);
  const store = openStore(file);
  try {
    const all = store.listEntries({ limit: 100 }).entries;
    assert.deepEqual(
      all.map((row) => row.id).sort((a, b) => a - b),
      postIds,
    );
    assert.deepEqual(readOf(all), readIds);
    assert.deepEqual(
      store
        .listEntries({ unread: true, limit: 100 })
        .entries.map((row) => row.id)
        .sort((a, b) => a - b),
      postIds.filter((id) => !readIds.includes(id)),
    );
    assert.deepEqual(store.unreadCounts(), { feeds: { 1: 3, 2: 2 }, allUnread: 5, starred: 0 });
    assertReadStateMatchesPosts(file);
    const db = new DatabaseSync(file, { readOnly: true });
    const columns = db.prepare("SELECT name FROM pragma_table_info('entry_state')").all();
    const version = db.prepare('PRAGMA user_version').get() as { user_version: number };
    db.close();
    assert.deepEqual(
      columns.map((c) => c.name),
      ['entry_id', 'starred'],
    );
    assert.equal(version.user_version, migrations.length);

    // The converted bits are marked like any others, the sign bit (63) included.
    assert.equal(store.setRead([62, 63, 127], true), 2);
    assert.equal(store.setRead([63, 64], false), 2);
    assert.deepEqual(readOf(store.listEntries({ limit: 100 }).entries), [62, 127, 300]);
    assert.deepEqual(store.unreadCounts(), { feeds: { 1: 4, 2: 1 }, allUnread: 5, starred: 0 });
  } finally {
    store.close();
    dir.dispose();
  }
});

function posts(site: string, numbers: readonly number[]) {
  return numbers.map((n) =>
    entry({
      guid: `https://${site}/?p=${n}`,
      link: `https://${site}/${n}/`,
      title: `${site} ${n}`,
    }),
  );
}

test('an id in the block of stored posts names no post unless it is stored itself', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    store.savePosts(feed.id, postsFor(feed, posts('kerrie.example', [1, 2, 3]), false), now);
    const ids = store.listEntries({}).entries.map((row) => row.id);
    const before = store.unreadCounts();
    const inTheSameBlock = Math.max(...ids) + 1;
    assert.throws(() => store.setRead([ids[0]!, inTheSameBlock], true), UnknownEntriesError);
    assert.throws(() => store.setRead([ids[0]!, 64 * 1000], true), UnknownEntriesError);
    assert.deepEqual(store.unreadCounts(), before);
    assert.deepEqual(readOf(store.listEntries({}).entries), []);
  } finally {
    opened.dispose();
  }
});

test('a removed post leaves its bits and counts; a new post that takes its id is unread', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const kept = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const gone = store.addFeed({ url: 'https://ada.example/feed', title: 'Ada' }).feed;
    store.savePosts(kept.id, postsFor(kept, posts('kerrie.example', [1, 2]), false), now);
    store.savePosts(gone.id, postsFor(gone, posts('ada.example', [1, 2]), false), now);
    const goneIds = store.listEntries({ feedId: gone.id }).entries.map((row) => row.id);
    store.setRead(goneIds, true);
    assert.equal(store.unreadCounts().allUnread, 2);

    assert.equal(store.removeFeed(gone.id), true);
    assert.equal(store.unreadCounts().allUnread, 2);
    assert.equal(store.unreadCounts().feeds[kept.id], 2);
    assertReadStateMatchesPosts(opened.file);

    // SQLite gives the next post the lowest of the removed (read) ids again.
    store.savePosts(kept.id, postsFor(kept, posts('kerrie.example', [3]), false), now);
    const newest = store.listEntries({ feedId: kept.id }).entries;
    assert.ok(
      newest.some((row) => row.id === Math.min(...goneIds)),
      'the id is taken again',
    );
    assert.deepEqual(readOf(newest), []);
    assert.deepEqual(store.unreadCounts().feeds[kept.id], 3);
    assert.equal(store.unreadCounts().allUnread, 3);
    assertReadStateMatchesPosts(opened.file);
  } finally {
    opened.dispose();
  }
});

test('a mark is queued for the server of each post it changed, not for its block neighbours', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    store.savePosts(feed.id, postsFor(feed, posts('kerrie.example', [1, 2, 3]), false), now);
    const [a, b, c] = store.listEntries({ sort: 'oldest' }).entries.map((row) => row.id) as [
      number,
      number,
      number,
    ];
    const account = store.accounts.addAccount('ttrss', 'https://rss.example/', 'kerrie');
    store.accounts.mapEntry(account, 501, a, feed.id);
    store.accounts.mapEntry(account, 502, b, feed.id);
    store.accounts.mapEntry(account, 503, c, feed.id);
    store.setRead([b], true);
    store.setRead([a, b], true);
    const marks = () =>
      store.accounts.pendingMarks(account, 10).map((m) => [m.remoteId, m.field, m.value]);
    assert.deepEqual(marks(), [
      [502, 'read', true],
      [501, 'read', true],
    ]);
    store.setRead([b], false);
    assert.deepEqual(marks(), [
      [501, 'read', true],
      [502, 'read', false],
    ]);
  } finally {
    opened.dispose();
  }
});
