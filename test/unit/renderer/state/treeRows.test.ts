import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feed, folder } from './treeModel.ts';
import { folderUnreadTotals, visibleTreeRows } from '../../../../renderer/state/treeRows.ts';
import { buildFeedTree, viewKey, viewsInTreeOrder } from '../../../../renderer/state/views.ts';

// Blogs (1) holds Debian (2) and feeds a, b; Planets (3) holds c; x and y are loose.
const tree = buildFeedTree(
  [feed(1, 'a', 1, 2), feed(2, 'b', 1), feed(3, 'c', 3, 5), feed(4, 'd', 2, 1), feed(5, 'x', null)],
  [folder(1, 'Blogs'), folder(2, 'Debian', 1), folder(3, 'Planets')],
);
const shape = (collapsed: Set<number>) =>
  visibleTreeRows(tree, collapsed).map(
    (row) => `${row.key} ${row.level} ${row.posInSet}/${row.setSize} in ${row.parentFolderId}`,
  );

test('the tree flattens to its visible rows, each with its level, position and set size', () => {
  assert.deepEqual(shape(new Set()), [
    'unread 1 1/5 in null',
    'starred 1 2/5 in null',
    'folder:1 1 3/5 in null',
    'folder:2 2 1/3 in 1',
    'feed:4 3 1/1 in 2',
    'feed:1 2 2/3 in 1',
    'feed:2 2 3/3 in 1',
    'folder:3 1 4/5 in null',
    'feed:3 2 1/1 in 3',
    'feed:5 1 5/5 in null',
  ]);
});

test('a collapsed folder hides everything under it and says it is not expanded', () => {
  const rows = visibleTreeRows(tree, new Set([1]));
  assert.deepEqual(
    rows.map((row) => row.key),
    ['unread', 'starred', 'folder:1', 'folder:3', 'feed:3', 'feed:5'],
  );
  const blogs = rows.find((row) => row.key === 'folder:1');
  assert.equal(blogs?.kind === 'folder' && blogs.expanded, false);
});

test('the rows are the views in the order the keys walk them', () => {
  for (const collapsed of [new Set<number>(), new Set([1]), new Set([2, 3])]) {
    assert.deepEqual(
      visibleTreeRows(tree, collapsed).map((row) => row.key),
      viewsInTreeOrder(tree, collapsed).map(viewKey),
    );
  }
});

test("a folder's unread total counts its sub-folders, newer counts first", () => {
  const totals = folderUnreadTotals(tree, { 4: 7 });
  assert.deepEqual([...totals].sort(), [
    [1, 9],
    [2, 7],
    [3, 5],
  ]);
});
