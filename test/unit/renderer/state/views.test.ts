import { test } from 'node:test';
import assert from 'node:assert/strict';
import { feed, folder } from './treeModel.ts';
import {
  buildFeedTree,
  folderUnread,
  queryForView,
  rowStillMatches,
  stepView,
  viewKey,
  viewOfKey,
  viewShowsFeed,
  viewsInTreeOrder,
} from '../../../../renderer/state/views.ts';

test('All unread asks the engine for unread posts only, but a search looks at everything', () => {
  assert.deepEqual(queryForView({ kind: 'unread' }, ''), { unread: true });
  assert.deepEqual(queryForView({ kind: 'unread' }, '  jessie '), { search: 'jessie' });
  assert.deepEqual(queryForView({ kind: 'feed', id: 3 }, 'x'), { search: 'x', feedId: 3 });
  assert.deepEqual(queryForView({ kind: 'folder', id: 2 }, ''), { folderId: 2 });
  assert.deepEqual(queryForView({ kind: 'starred' }, ''), { starred: true });
});

test('a row read in an unread view, or unstarred in Starred, no longer matches it', () => {
  assert.equal(rowStillMatches({ unread: true }, { read: true, starred: false }), false);
  assert.equal(rowStillMatches({ unread: true }, { read: false, starred: false }), true);
  assert.equal(rowStillMatches({ starred: true }, { read: true, starred: false }), false);
  assert.equal(rowStillMatches({ feedId: 1 }, { read: true, starred: false }), true);
});

test('the tree puts folders (sorted, nested) before loose feeds, and feeds of unknown folders at the top level', () => {
  const tree = buildFeedTree(
    [
      feed(1, 'zeta', 10),
      feed(2, 'Alpha', 10),
      feed(3, 'Loose', null),
      feed(4, 'Orphan', 99),
      feed(5, 'Deep', 11),
    ],
    [folder(10, 'People'), folder(11, 'Nested', 10), folder(12, 'Empty')],
  );
  assert.deepEqual(
    tree.roots.map((node) => node.folder.name),
    ['Empty', 'People'],
  );
  const people = tree.roots[1]!;
  assert.deepEqual(
    people.feeds.map((f) => f.title),
    ['Alpha', 'zeta'],
  );
  assert.deepEqual(
    people.children.map((node) => node.folder.name),
    ['Nested'],
  );
  assert.deepEqual(
    tree.topFeeds.map((f) => f.title),
    ['Loose', 'Orphan'],
  );
});

test('n/p walk smart views, folders and feeds in tree order, skipping collapsed folders, clamped at the ends', () => {
  const tree = buildFeedTree([feed(1, 'A', 10), feed(2, 'B', null)], [folder(10, 'F')]);
  const open = viewsInTreeOrder(tree, new Set());
  assert.deepEqual(open, [
    { kind: 'unread' },
    { kind: 'starred' },
    { kind: 'folder', id: 10 },
    { kind: 'feed', id: 1 },
    { kind: 'feed', id: 2 },
  ]);
  assert.deepEqual(viewsInTreeOrder(tree, new Set([10])).length, 4);
  assert.deepEqual(stepView(open, { kind: 'folder', id: 10 }, 1), { kind: 'feed', id: 1 });
  assert.deepEqual(stepView(open, { kind: 'unread' }, -1), { kind: 'unread' });
  assert.deepEqual(stepView(open, { kind: 'feed', id: 2 }, 1), { kind: 'feed', id: 2 });
});

test('a folder counts the unread posts of its feeds and sub-folders, preferring live counts', () => {
  const tree = buildFeedTree(
    [feed(1, 'A', 10, 5), feed(2, 'B', 11, 2)],
    [folder(10, 'Top'), folder(11, 'Sub', 10)],
  );
  assert.equal(folderUnread(tree.roots[0]!, {}), 7);
  assert.equal(folderUnread(tree.roots[0]!, { 1: 1 }), 3);
});

// OPML exports from Feedly and Inoreader nest folders ("Planets/Linux Australia"): a post of a feed
// in a sub-folder is news in the parent folder's view too.
test('new posts of a feed in a sub-folder belong to the parent folder view, not to others', () => {
  const folders = [folder(1, 'Planets'), folder(2, 'Linux Australia', 1), folder(3, 'News')];
  const feeds = [feed(10, 'Planet LA', 2), feed(11, 'Loose', null)];
  assert.equal(viewShowsFeed({ kind: 'folder', id: 1 }, 10, feeds, folders), true);
  assert.equal(viewShowsFeed({ kind: 'folder', id: 2 }, 10, feeds, folders), true);
  assert.equal(viewShowsFeed({ kind: 'folder', id: 3 }, 10, feeds, folders), false);
  assert.equal(viewShowsFeed({ kind: 'folder', id: 1 }, 11, feeds, folders), false);
  assert.equal(viewShowsFeed({ kind: 'unread' }, 11, feeds, folders), true);
  assert.equal(viewShowsFeed({ kind: 'starred' }, 11, feeds, folders), false);
  assert.equal(viewShowsFeed({ kind: 'feed', id: 11 }, 11, feeds, folders), true);
  assert.equal(viewShowsFeed({ kind: 'feed', id: 10 }, 11, feeds, folders), false);
});

test('viewOfKey reads back every viewKey, and nothing else', () => {
  for (const view of [
    { kind: 'unread' },
    { kind: 'starred' },
    { kind: 'feed', id: 12 },
    { kind: 'folder', id: 3 },
  ] as const) {
    assert.deepEqual(viewOfKey(viewKey(view)), view);
  }
  for (const key of ['', 'feed:', 'feed:x', 'entry:4', 'folder:1:2', 'Unread']) {
    assert.equal(viewOfKey(key), null, key);
  }
});
