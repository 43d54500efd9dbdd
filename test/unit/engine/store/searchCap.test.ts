// A search lists the newest matches without counting every one (store/searchList.ts): past
// searchCap matches the page says `capped` ("1000+ found"), its rows are still the newest, and
// paging reaches every listed row; below the cap nothing changes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { searchCap } from '../../../../electron/engine/store/searchList.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

/** `count` posts about kernels, one a minute, the newest last; every third also says "raid". */
function seeded(count: number) {
  const opened = freshStore();
  const { store } = opened;
  const feed = store.addFeed({ url: 'https://kerrie.example/feed', title: 'Kerrie' }).feed;
  const other = store.addFeed({ url: 'https://other.example/feed', title: 'Other' }).feed;
  const entries = Array.from({ length: count }, (_, i) =>
    entry({
      guid: `https://kerrie.example/?p=${i}`,
      title: `Kernel notes ${i}`,
      published: new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString(),
      contentHtml: `<p>kernel ${i % 3 === 0 ? 'raid' : 'swap'} number ${i}</p>`,
    }),
  );
  store.savePosts(feed.id, postsFor(feed, entries, false), now);
  const otherPost = entry({ guid: 'https://other.example/1', title: 'Kernel elsewhere' });
  store.savePosts(other.id, postsFor(other, [otherPost], false), now);
  return { opened, store, feed, other };
}

test('past the cap a search lists the newest matches and says it stopped counting', () => {
  const { opened, store, other } = seeded(searchCap + 20);
  try {
    const page = store.listEntries({ search: 'kernel', limit: 100 });
    assert.equal(page.total, searchCap);
    assert.equal(page.capped, true);
    assert.equal(page.entries[0]!.title, 'Kernel elsewhere', 'stored last, so walked first');
    assert.equal(page.entries[1]!.title, `Kernel notes ${searchCap + 19}`);
    const dates = page.entries.slice(1).map((row) => row.published);
    assert.deepEqual(dates, [...dates].sort().reverse(), 'newest first');
    // Paging reaches the last listed row and no further.
    const last = store.listEntries({ search: 'kernel', offset: searchCap - 10, limit: 100 });
    assert.equal(last.entries.length, 10);
    assert.equal(last.total, searchCap);
    // A filter applies while the matches are walked, not after the cap.
    const raid = store.listEntries({ search: 'kernel raid', limit: 1000 });
    assert.equal(raid.total, Math.ceil((searchCap + 20) / 3));
    assert.equal(raid.capped, undefined);
    const inOther = store.listEntries({ search: 'kernel', feedId: other.id });
    assert.deepEqual(
      inOther.entries.map((row) => row.title),
      ['Kernel elsewhere'],
    );
    assert.equal(inOther.capped, undefined);
  } finally {
    opened.dispose();
  }
});

test('below the cap the count is exact and relevance and oldest-first order all matches', () => {
  const { opened, store, feed } = seeded(30);
  try {
    const page = store.listEntries({ search: 'kernel' });
    assert.equal(page.total, 31);
    assert.equal(page.capped, undefined);
    const oldest = store.listEntries({ search: 'kernel', feedId: feed.id, sort: 'oldest' });
    assert.equal(oldest.entries[0]!.title, 'Kernel notes 0');
    assert.equal(oldest.total, 30);
    const ranked = store.listEntries({ search: 'raid', sort: 'relevance' });
    assert.equal(ranked.total, 10);
  } finally {
    opened.dispose();
  }
});
