import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntryQuery, EntryRow } from '../../../../shared/model.ts';
import { EntryWindow, maxPages, pageSize } from '../../../../renderer/state/entryWindow.ts';

const rows = (from: number, count: number): EntryRow[] =>
  Array.from({ length: count }, (_, i) => ({
    id: from + i + 1,
    title: `post ${from + i}`,
    author: null,
    url: null,
    published: '2015-01-13T10:28:00.000Z',
    read: false,
    starred: false,
    feeds: [1],
  }));

test('rows are found by list index across pages, and missing pages are the ones not loaded', () => {
  const window = new EntryWindow({ unread: true }, 350);
  window.setPage(0, rows(0, pageSize));
  assert.equal(window.rowAt(5)?.title, 'post 5');
  assert.equal(window.rowAt(150), undefined);
  assert.deepEqual(window.missingPages(90, 220), [1, 2]);
  assert.deepEqual(window.missingPages(0, 10_000), [1, 2, 3], 'never past the total');
  assert.deepEqual(window.pageQuery(2), { unread: true, offset: 200, limit: pageSize });
});

test('it never keeps more than a bounded number of pages (100k entries stay out of memory)', () => {
  const window = new EntryWindow({}, 100_000);
  for (let page = 0; page < maxPages * 3; page++)
    window.setPage(page, rows(page * pageSize, pageSize));
  assert.equal(window.loadedRows, maxPages * pageSize);
  assert.ok(window.hasPage(maxPages * 3 - 1), 'the page just loaded stays');
  assert.equal(window.hasPage(0), false, 'the least recently used page went');
});

test('rows read while "All unread" is shown shift the offsets of later pages, and unreading them undoes it', () => {
  const window = new EntryWindow({ unread: true }, 300);
  window.setPage(0, rows(0, pageSize));
  window.updateRow(3, { read: true });
  window.updateRow(4, { read: true });
  assert.equal(window.rowAt(2)?.read, true, 'the row stays on screen, marked read');
  assert.equal(window.pageQuery(1).offset, pageSize - 2);
  window.updateRow(4, { read: false });
  assert.equal(window.pageQuery(1).offset, pageSize - 1);
});

test('reading rows in a feed view does not move offsets: the engine still lists them', () => {
  const window = new EntryWindow({ feedId: 1 }, 300);
  window.setPage(0, rows(0, pageSize));
  window.updateRow(3, { read: true });
  assert.equal(window.pageQuery(1).offset, pageSize);
});

test('posts that arrived ahead of the list push later offsets down', () => {
  const window = new EntryWindow({}, 300);
  window.setPage(0, rows(0, pageSize));
  const newer = rows(1000, 3).map((row) => ({ ...row, published: '2020-01-01T00:00:00.000Z' }));
  assert.equal(window.noteArrivals(newer), 3);
  assert.equal(window.pageQuery(1).offset, pageSize + 3);
  assert.equal(window.updateRow(9999, { read: true }), false, 'an unknown row is not shown here');
});

// A feed that publishes late (a planet re-aggregating an old post) adds posts dated before the
// rows on screen: they sort among or after them, so they must not shift the offsets of later pages.
test('arrivals older than the newest loaded row do not move offsets', () => {
  const window = new EntryWindow({}, 300);
  window.setPage(0, rows(0, pageSize));
  const older = rows(1000, 2).map((row) => ({ ...row, published: '2001-01-01T00:00:00.000Z' }));
  assert.equal(window.noteArrivals(older), 0);
  assert.equal(window.pageQuery(1).offset, pageSize);
});

test('arrivals during a search or before any row is loaded do not move offsets', () => {
  const newer = rows(1000, 2).map((row) => ({ ...row, published: '2020-01-01T00:00:00.000Z' }));
  const searching = new EntryWindow({ search: 'jessie' }, 300);
  searching.setPage(0, rows(0, pageSize));
  assert.equal(searching.noteArrivals(newer), 0, 'a new post need not match the search');
  assert.equal(searching.pageQuery(1).offset, pageSize);
  const empty = new EntryWindow({}, 300);
  assert.equal(empty.noteArrivals(newer), 0);
});

/** Answers listEntries the way the engine's SQL does (published desc, id desc, unread filter). */
function engineStandIn(count: number) {
  const stored = Array.from({ length: count }, (_, i) => ({
    ...rows(i, 1)[0]!,
    id: count - i,
    published: new Date(2e12 - i * 1e6).toISOString(),
  }));
  return {
    markRead(id: number) {
      const at = stored.findIndex((row) => row.id === id);
      stored[at] = { ...stored[at]!, read: true };
    },
    total: (query: EntryQuery) => stored.filter((row) => !query.unread || !row.read).length,
    async list(query: EntryQuery) {
      const matching = stored.filter((row) => !query.unread || !row.read);
      const offset = query.offset ?? 0;
      return { entries: matching.slice(offset, offset + (query.limit ?? 50)) };
    },
  };
}

test('a page holding a row read in "All unread" reloads after eviction with that row in place', async () => {
  const engine = engineStandIn(2000);
  const window = new EntryWindow({ unread: true }, engine.total({ unread: true }));
  const load = (page: number) => window.loadPage(page, engine.list);
  await load(0);
  await load(1);
  const opened = window.rowAt(150)!;
  window.updateRow(opened.id, { read: true });
  engine.markRead(opened.id);
  for (let page = 2; page < 2 + maxPages; page++) await load(page);
  assert.equal(window.hasPage(1), false, 'scrolling far down evicted the page');
  for (const page of [0, 1, 2]) await load(page);
  assert.equal(window.rowAt(150)?.id, opened.id, 'the opened row is where it was shown');
  assert.equal(window.rowAt(150)?.read, true);
  const ids: number[] = [];
  for (let index = 0; index < 300; index++) ids.push(window.rowAt(index)!.id);
  assert.equal(new Set(ids).size, ids.length, 'no row is listed twice');
  assert.deepEqual(
    ids,
    Array.from({ length: 300 }, (_, i) => 2000 - i),
    'every row keeps its index',
  );
});

test('a page asked for while it is already loading is awaited, not skipped', async () => {
  const window = new EntryWindow({}, 300);
  let answer: (value: { entries: EntryRow[] }) => void = () => undefined;
  let requests = 0;
  const list = () => {
    requests++;
    return new Promise<{ entries: EntryRow[] }>((resolve) => (answer = resolve));
  };
  const first = window.loadPage(1, list);
  const second = window.loadPage(1, list).then(() => window.rowAt(pageSize)?.title);
  answer({ entries: rows(pageSize, pageSize) });
  await first;
  assert.equal(await second, `post ${pageSize}`, 'the second caller sees the row once loaded');
  assert.equal(requests, 1, 'one request for the page');
});
