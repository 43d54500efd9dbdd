// Polled data shares commits (store/batch.ts); what a person does never waits in a batch.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { setTimeout as sleep } from 'node:timers/promises';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';
import { readFlagSql } from '../../../../electron/engine/store/readState.ts';

const now = '2026-01-01T00:00:00.000Z';

/** What another process reading the same file sees: committed rows only. */
function committedEntries(file: string): number {
  const other = new DatabaseSync(file, { readOnly: true });
  try {
    return (other.prepare('SELECT count(*) AS n FROM entries').get() as { n: number }).n;
  } finally {
    other.close();
  }
}

test('batched units commit together within the window, not one by one', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    for (let i = 1; i <= 3; i++) {
      store.batched(() =>
        store.savePosts(
          feed.id,
          postsFor(
            feed,
            [entry({ guid: `https://kerrie.example/?p=${i}`, title: `P${i}` })],
            false,
          ),
          now,
        ),
      );
    }
    assert.equal(committedEntries(opened.file), 0, 'not yet committed');
    assert.equal(store.listEntries({}).total, 3, 'but visible to this connection');
    await sleep(150);
    assert.equal(committedEntries(opened.file), 3);
  } finally {
    opened.dispose();
  }
});

test('marking read commits the open batch first and is durable when it returns', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    const [post] = store.batched(() =>
      store.savePosts(
        feed.id,
        postsFor(feed, [entry({ guid: 'https://kerrie.example/?p=9', title: 'P9' })], false),
        now,
      ),
    ).added;
    store.setRead([post!.id], true);
    const other = new DatabaseSync(opened.file, { readOnly: true });
    try {
      const row = other.prepare(`SELECT ${readFlagSql('?1')} AS read`).get(post!.id) as {
        read: number;
      };
      assert.equal(row.read, 1);
    } finally {
      other.close();
    }
  } finally {
    opened.dispose();
  }
});

test('a unit that throws inside a batch is rolled back alone', async () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
    store.batched(() =>
      store.savePosts(
        feed.id,
        postsFor(feed, [entry({ guid: 'https://kerrie.example/?p=1', title: 'Kept' })], false),
        now,
      ),
    );
    assert.throws(() =>
      store.batched(() => {
        store.savePosts(
          feed.id,
          postsFor(feed, [entry({ guid: 'https://kerrie.example/?p=2', title: 'Lost' })], false),
          now,
        );
        throw new Error('parse of the next feed failed');
      }),
    );
    store.commit();
    assert.deepEqual(
      store.listEntries({}).entries.map((e) => e.title),
      ['Kept'],
    );
    assert.equal(committedEntries(opened.file), 1);
  } finally {
    opened.dispose();
  }
});
