// Large marks checkpoint on a worker (store/checkpointBeside.ts): the mark's commit leaves the
// WAL for the worker, which copies it into the database file; the connection keeps its own
// automatic checkpoints for everything else, and counts stay exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { DatabaseSync } from 'node:sqlite';
import { largeMark } from '../../../../electron/engine/store/checkpointBeside.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';
import { readFlagSql } from '../../../../electron/engine/store/readState.ts';

const now = '2026-01-01T00:00:00.000Z';

/** Read posts in a copy of the database file alone, without its WAL. */
function readInFileAlone(file: string, dir: string): number {
  const alone = join(dir, 'alone.sqlite');
  copyFileSync(file, alone);
  const db = new DatabaseSync(alone, { readOnly: true });
  try {
    return (
      db.prepare(`SELECT count(*) AS n FROM entries WHERE ${readFlagSql('id')} = 1`).get() as {
        n: number;
      }
    ).n;
  } finally {
    db.close();
  }
}

test('a large mark is copied into the database file by the worker, counts exact', async () => {
  const opened = freshStore();
  try {
    let { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const posts = Array.from({ length: largeMark + 200 }, (_, i) =>
      entry({
        guid: `https://kerrie.example/?p=${i}`,
        title: `Post ${i}`,
        contentHtml: '<p>x</p>',
      }),
    );
    store.savePosts(feed.id, postsFor(feed, posts, false), now);
    // Closed once: the database file alone then holds the posts (the last close copies the WAL).
    store = opened.reopen();
    const ids = store.listEntries({ limit: 10_000 }).entries.map((row) => row.id);
    const dir = join(opened.file, '..');
    assert.equal(readInFileAlone(opened.file, dir), 0);

    assert.equal(store.setRead(ids.slice(0, largeMark), true), largeMark);
    assert.equal(store.unreadCounts().feeds[feed.id], 200);
    assert.equal(store.unreadCounts().allUnread, 200);
    // The WAL of this small store is far below SQLite's 1,000 pages: only the worker copies it.
    let copied = 0;
    for (let tries = 0; tries < 100 && copied !== largeMark; tries++) {
      await sleep(50);
      copied = readInFileAlone(opened.file, dir);
    }
    assert.equal(copied, largeMark);
    const db = new DatabaseSync(opened.file);
    try {
      const auto = db.prepare('PRAGMA wal_autocheckpoint').get() as { wal_autocheckpoint: number };
      assert.equal(auto.wal_autocheckpoint, 1000, 'a new connection checkpoints for itself');
    } finally {
      db.close();
    }
    // Small marks and a mark of a whole view still count exactly.
    assert.equal(store.setRead(ids.slice(0, 10), false), 10);
    assert.equal(store.markViewRead({ feedId: feed.id }).length, 210);
    assert.equal(store.unreadCounts().allUnread, 0);
  } finally {
    opened.dispose();
  }
});
