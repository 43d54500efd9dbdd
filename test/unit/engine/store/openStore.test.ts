import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { migrations } from '../../../../electron/engine/store/schema.ts';
import { openStore, StoreVersionError } from '../../../../electron/engine/store/index.ts';
import { freshStore } from './storeHelpers.ts';

test('an empty file is migrated to the latest schema, in WAL mode with foreign keys on', () => {
  const opened = freshStore();
  try {
    opened.store.close();
    const db = new DatabaseSync(opened.file);
    assert.equal(
      (db.prepare('PRAGMA user_version').get() as { user_version: number }).user_version,
      migrations.length,
    );
    assert.equal(
      (db.prepare('PRAGMA journal_mode').get() as { journal_mode: string }).journal_mode,
      'wal',
    );
    const tables = (
      db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as {
        name: string;
      }[]
    ).map((row) => row.name);
    for (const table of [
      'folders',
      'feeds',
      'entries',
      'entry_keys',
      'feed_entries',
      'entry_content',
      'entry_search',
      'counters',
      'meta',
    ]) {
      assert.ok(tables.includes(table), table);
    }
    db.close();
  } finally {
    opened.dispose();
  }
});

test('reopening is idempotent and keeps the data', () => {
  const opened = freshStore();
  try {
    const { feed } = opened.store.addFeed({ url: 'https://example.com/feed', title: 'Example' });
    opened.store.setMeta('firstRunDone', 'yes');
    const again = opened.reopen();
    assert.equal(again.getFeed(feed.id)?.title, 'Example');
    assert.equal(again.getMeta('firstRunDone'), 'yes');
    const third = opened.reopen();
    assert.equal(third.listFeedRecords().length, 1);
  } finally {
    opened.dispose();
  }
});

test('a database from a newer Orrery is refused, not damaged', () => {
  const opened = freshStore();
  try {
    opened.store.close();
    const db = new DatabaseSync(opened.file);
    db.exec(`PRAGMA user_version = ${migrations.length + 1}`);
    db.close();
    assert.throws(() => openStore(opened.file), StoreVersionError);
  } finally {
    opened.dispose();
  }
});

test('a failing transaction leaves nothing behind', () => {
  const opened = freshStore();
  try {
    assert.throws(() =>
      opened.store.transaction(() => {
        opened.store.addFeed({ url: 'https://example.com/a', title: 'A' });
        throw new Error('stop');
      }),
    );
    assert.equal(opened.store.hasFeeds(), false);
  } finally {
    opened.dispose();
  }
});
