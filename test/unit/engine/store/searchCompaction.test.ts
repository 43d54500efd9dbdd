// The search index after a prune (store/searchCompaction.ts): FTS5's tombstone merges are held
// while posts are deleted and released afterwards, and the index is compacted, so the pruned
// posts' words leave the file, not just the results.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DatabaseSync } from 'node:sqlite';
import { prune } from '../../../../electron/engine/retention/prune.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = new Date('2026-12-01T12:00:00Z');
const daysAgo = (days: number) => new Date(now.getTime() - days * 86_400_000).toISOString();

function searchIndexState(file: string) {
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const bytes = (
      db.prepare('SELECT ifnull(sum(length(block)), 0) AS n FROM entry_search_data').get() as {
        n: number;
      }
    ).n;
    const deleteMerge = db
      .prepare("SELECT v FROM entry_search_config WHERE k = 'deletemerge'")
      .get() as { v: number } | undefined;
    return { bytes, deleteMerge: deleteMerge?.v };
  } finally {
    db.close();
  }
}

test('after a prune the search index is compacted and its merges are released', async () => {
  const opened = freshStore();
  try {
    const { store, file } = opened;
    const { feed } = store.addFeed({ url: 'https://a.example/feed', title: 'A' });
    for (let batch = 0; batch < 10; batch++) {
      const items = Array.from({ length: 100 }, (_, i) => {
        const n = batch * 100 + i;
        return entry({
          guid: `https://a.example/?p=${n}`,
          title: `Post ${n} on orbits`,
          published: daysAgo(100 + n),
          contentHtml: `<p>${`orbit${n % 50} comet${n % 7} planet `.repeat(40)}</p>`,
        });
      });
      store.savePosts(feed.id, postsFor(feed, items, false), daysAgo(100));
      store.flushSearchIndex(); // one segment per batch, as refreshes make them
    }
    const ids = store.listEntries({ limit: 1000 }).entries.map((row) => row.id);
    store.setRead(ids.slice(100), true);
    const before = searchIndexState(file);

    const report = await prune(store, { rules: { keepReadDays: 90, maxPerFeed: 1000 }, now });
    assert.equal(report.removed, 900);
    const after = searchIndexState(file);
    assert.equal(after.deleteMerge, 10, 'merges released');
    assert.ok(after.bytes < before.bytes / 3, `index ${before.bytes} -> ${after.bytes} bytes`);
    const found = store.listEntries({ search: 'orbits', limit: 1000 });
    assert.equal(found.total, 100);
  } finally {
    opened.dispose();
  }
});

test('merges held by a prune that was killed are released by the next prune', async () => {
  const opened = freshStore();
  try {
    opened.store.holdSearchMerges(); // as a run killed mid-prune leaves them
    assert.equal(searchIndexState(opened.file).deleteMerge, 0);
    const store = opened.reopen();
    await prune(store, { rules: { keepReadDays: 90, maxPerFeed: 1000 }, now });
    assert.equal(searchIndexState(opened.file).deleteMerge, 10);
  } finally {
    opened.dispose();
  }
});
