import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EntryRow } from '../../../../shared/model.ts';
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
  window.noteArrivals(3);
  assert.equal(window.pageQuery(1).offset, pageSize + 3);
  assert.equal(window.updateRow(9999, { read: true }), false, 'an unknown row is not shown here');
});
