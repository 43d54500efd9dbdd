// Bounded mark-all-read: only the view's posts up to the newest the list showed, only the
// search's matches, and exactly the ids changed handed back for an undo.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

function seeded() {
  const opened = freshStore();
  const { store } = opened;
  const folder = store.ensureFolder('Blogs');
  const blog = store.addFeed({
    url: 'https://kerrie.example/feed',
    title: 'Kerrie',
    folderId: folder,
  }).feed;
  const other = store.addFeed({ url: 'https://tom.example/feed', title: 'Tom' }).feed;
  const post = (n: number, words: string) =>
    entry({
      guid: `https://kerrie.example/?p=${n}`,
      title: `Post ${n}`,
      published: `2015-01-0${n}T00:00:00.000Z`,
      contentHtml: `<p>${words}</p>`,
    });
  store.savePosts(
    blog.id,
    postsFor(
      blog,
      [post(1, 'btrfs RAID1 notes'), post(2, 'systemd units'), post(3, 'more btrfs')],
      false,
    ),
    now,
  );
  store.savePosts(
    other.id,
    postsFor(
      other,
      [
        entry({
          guid: 'tom-1',
          title: 'Rover',
          published: '2015-01-04T00:00:00.000Z',
          contentHtml: '<p>btrfs on a robot</p>',
        }),
      ],
      false,
    ),
    now,
  );
  const arrive = (n: number, words: string) =>
    store.savePosts(blog.id, postsFor(blog, [post(n, words)], false), now);
  return { opened, store, blog, other, folder: folder!, arrive };
}

const unreadTitles = (store: ReturnType<typeof seeded>['store']) =>
  store
    .listEntries({ unread: true })
    .entries.map((row) => row.title)
    .sort();

test('posts that arrived after the list was drawn stay unread', () => {
  const { opened, store, blog, arrive } = seeded();
  try {
    const shown = store.listEntries({ feedId: blog.id });
    arrive(5, 'arrived late');
    const changed = store.markViewRead({ feedId: blog.id, upToEntryId: shown.upToEntryId });
    assert.equal(changed.length, 3);
    assert.deepEqual(unreadTitles(store), ['Post 5', 'Rover']);
    assert.equal(store.unreadCounts().feeds[blog.id], 1);
  } finally {
    opened.dispose();
  }
});

test('a post that arrives with an older date than those shown is still left alone', () => {
  const { opened, store, arrive } = seeded();
  try {
    const shown = store.listEntries({});
    arrive(0, 'backdated');
    const changed = store.markViewRead({ upToEntryId: shown.upToEntryId });
    assert.equal(changed.length, 4);
    assert.deepEqual(unreadTitles(store), ['Post 0']);
  } finally {
    opened.dispose();
  }
});

test('with a search only the matches are marked, in the view only', () => {
  const { opened, store, folder } = seeded();
  try {
    const shown = store.listEntries({ folderId: folder, search: 'btrfs' });
    assert.equal(shown.total, 2);
    const changed = store.markViewRead({
      folderId: folder,
      search: 'btrfs',
      upToEntryId: shown.upToEntryId,
    });
    assert.deepEqual(
      changed.sort((a, b) => a - b),
      shown.entries.map((row) => row.id).sort((a, b) => a - b),
    );
    assert.deepEqual(unreadTitles(store), ['Post 2', 'Rover']);
    // A search with nothing searchable in it marks nothing, never the whole view.
    assert.deepEqual(store.markViewRead({ search: '!!!' }), []);
    assert.equal(store.unreadCounts().allUnread, 2);
  } finally {
    opened.dispose();
  }
});

test('undo: setting the returned ids unread restores exactly the previous state', () => {
  const { opened, store, blog } = seeded();
  try {
    const [first] = store.listEntries({ feedId: blog.id }).entries;
    store.setRead([first!.id], true);
    const before = store.listEntries({}).entries.map((row) => [row.id, row.read]);
    const countsBefore = store.unreadCounts();
    const changed = store.markViewRead({});
    assert.equal(changed.length, 3);
    assert.ok(!changed.includes(first!.id), 'a post already read is not in the undo set');
    assert.equal(store.setRead(changed, false), 3);
    assert.deepEqual(
      store.listEntries({}).entries.map((row) => [row.id, row.read]),
      before,
    );
    assert.deepEqual(store.unreadCounts(), countsBefore);
  } finally {
    opened.dispose();
  }
});

test('the starred view marks only starred posts', () => {
  const { opened, store } = seeded();
  try {
    const rover = store.listEntries({ search: 'robot' }).entries[0]!;
    store.setStarred([rover.id], true);
    assert.deepEqual(store.markViewRead({ starred: true }), [rover.id]);
    assert.equal(store.unreadCounts().allUnread, 3);
  } finally {
    opened.dispose();
  }
});
