// The pure parts of issue 7's window: tree keys, list keys, Shift+A's scope, per-view options,
// search words found again on screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedSummary, Folder } from '../../../../shared/model.ts';
import { listKeyTarget } from '../../../../renderer/state/listKeys.ts';
import { markScope } from '../../../../renderer/state/markScope.ts';
import { matchRanges, searchWords } from '../../../../renderer/state/searchTerms.ts';
import { treeKeyAction, treePlaces, typeAhead } from '../../../../renderer/state/treeKeys.ts';
import { queryWithOptions } from '../../../../renderer/state/viewOptions.ts';
import { buildFeedTree, viewsInTreeOrder } from '../../../../renderer/state/views.ts';

const feed = (id: number, title: string, folderId: number | null): FeedSummary => ({
  id,
  url: `https://f${id}.example/feed`,
  title,
  siteUrl: null,
  folder: null,
  folderId,
  unread: 0,
  total: 0,
  status: 'ok',
  error: null,
  lastCheckedAt: null,
  nextCheckAt: null,
  retryAfter: null,
});
const folders: Folder[] = [
  { id: 1, name: 'Planets', parentId: null, path: 'Planets' },
  { id: 2, name: 'Blogs', parentId: null, path: 'Blogs' },
];
const tree = buildFeedTree(
  [feed(10, 'Planet Linux Australia', 1), feed(11, 'Kerrie Walsh', 2), feed(12, 'LWN', null)],
  folders,
);
const none = new Set<number>();

test('tree: Up/Down, Home/End, Right opens then enters, Left closes then goes to the parent', () => {
  assert.deepEqual(treeKeyAction('ArrowDown', { kind: 'unread' }, tree, none), {
    select: { kind: 'starred' },
  });
  assert.deepEqual(treeKeyAction('ArrowUp', { kind: 'unread' }, tree, none), {
    select: { kind: 'unread' },
  });
  assert.deepEqual(treeKeyAction('End', { kind: 'unread' }, tree, none), {
    select: { kind: 'feed', id: 12 },
  });
  assert.deepEqual(treeKeyAction('Home', { kind: 'feed', id: 12 }, tree, none), {
    select: { kind: 'unread' },
  });
  // Blogs sorts first.
  assert.deepEqual(treeKeyAction('ArrowRight', { kind: 'folder', id: 2 }, tree, new Set([2])), {
    toggle: 2,
  });
  assert.deepEqual(treeKeyAction('ArrowRight', { kind: 'folder', id: 2 }, tree, none), {
    select: { kind: 'feed', id: 11 },
  });
  assert.deepEqual(treeKeyAction('ArrowLeft', { kind: 'feed', id: 11 }, tree, none), {
    select: { kind: 'folder', id: 2 },
  });
  assert.deepEqual(treeKeyAction('ArrowLeft', { kind: 'folder', id: 2 }, tree, none), {
    toggle: 2,
  });
  assert.equal(treeKeyAction('ArrowLeft', { kind: 'feed', id: 12 }, tree, none), null);
  assert.equal(treeKeyAction('ArrowRight', { kind: 'feed', id: 12 }, tree, none), null);
});

test('tree type-ahead finds the next name starting with what was typed', () => {
  const views = viewsInTreeOrder(tree, none);
  const places = treePlaces(tree);
  assert.deepEqual(typeAhead(views, places, { kind: 'unread' }, 'l'), { kind: 'feed', id: 12 });
  assert.deepEqual(typeAhead(views, places, { kind: 'unread' }, 'pla'), { kind: 'folder', id: 1 });
  assert.deepEqual(typeAhead(views, places, { kind: 'folder', id: 1 }, 'p'), {
    kind: 'feed',
    id: 10,
  });
  assert.equal(typeAhead(views, places, { kind: 'unread' }, 'zz'), null);
});

test('list keys move like j/k, to the ends and by a screenful, clamped', () => {
  assert.equal(listKeyTarget('ArrowDown', -1, 5), 0);
  assert.equal(listKeyTarget('ArrowDown', 4, 5), 4);
  assert.equal(listKeyTarget('ArrowUp', 0, 5), 0);
  assert.equal(listKeyTarget('End', 0, 50), 49);
  assert.equal(listKeyTarget('Home', 20, 50), 0);
  assert.equal(listKeyTarget('PageDown', 0, 50), 8);
  assert.equal(listKeyTarget('PageUp', 3, 50), 0);
  assert.equal(listKeyTarget('x', 3, 50), null);
  assert.equal(listKeyTarget('ArrowDown', -1, 0), null);
});

test("Shift+A's scope: the view, the search, the boundary; nothing before the list showed any", () => {
  assert.deepEqual(markScope({ kind: 'folder', id: 1 }, ' btrfs ', 42), {
    folderId: 1,
    search: 'btrfs',
    upToEntryId: 42,
  });
  assert.deepEqual(markScope({ kind: 'starred' }, '', 7), { starred: true, upToEntryId: 7 });
  assert.deepEqual(markScope({ kind: 'feed', id: 3 }, '', 7), { feedId: 3, upToEntryId: 7 });
  assert.equal(markScope({ kind: 'unread' }, '', 0), null);
});

test('view options: unread only or all, and the order; relevance only while searching', () => {
  assert.deepEqual(
    queryWithOptions({ kind: 'unread' }, '', { unreadOnly: false, sort: 'oldest' }),
    { sort: 'oldest' },
  );
  assert.deepEqual(
    queryWithOptions({ kind: 'feed', id: 3 }, '', { unreadOnly: true, sort: 'relevance' }),
    { feedId: 3, unread: true },
  );
  assert.deepEqual(
    queryWithOptions({ kind: 'feed', id: 3 }, 'rack', { unreadOnly: true, sort: 'relevance' }),
    { feedId: 3, search: 'rack', sort: 'relevance' },
  );
});

test('search words are found again in text: prefixes, any case, accents ignored', () => {
  const words = searchWords('Cafe sys');
  assert.deepEqual(words, ['cafe', 'sys']);
  const text = 'Le Café and systemd, not ecosystem';
  assert.deepEqual(
    matchRanges(text, words).map(([a, b]) => text.slice(a, b)),
    ['Café', 'sys'],
  );
});
