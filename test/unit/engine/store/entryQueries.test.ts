import { test } from 'node:test';
import assert from 'node:assert/strict';
import { entry } from '../planet/corpusEntries.ts';
import { UnknownEntriesError } from '../../../../electron/engine/store/unknownEntries.ts';
import { freshStore, postsFor } from './storeHelpers.ts';

function seeded() {
  const opened = freshStore();
  const { store } = opened;
  const planetsFolder = store.ensureFolder('Planets');
  const blogsFolder = store.ensureFolder('Blogs/Debian');
  const blog = store.addFeed({
    url: 'https://kerrie.example/feed',
    title: 'Kerrie',
    folderId: blogsFolder,
  }).feed;
  const planet = store.addFeed({
    url: 'https://planet.example/rss',
    title: 'Planet',
    folderId: planetsFolder,
  }).feed;
  const posts = Array.from({ length: 5 }, (_, i) =>
    entry({
      guid: `https://kerrie.example/?p=${i + 1}`,
      title: `Post number ${i + 1}`,
      author: 'Kerrie Walsh',
      published: `2015-01-0${i + 1}T00:00:00.000Z`,
      contentHtml: i === 2 ? '<p>All about <b>btrfs</b> &amp; RAID1</p>' : `<p>words ${i + 1}</p>`,
    }),
  );
  store.savePosts(blog.id, postsFor(blog, posts, false), '2026-01-01T00:00:00.000Z');
  // The planet carries posts 4 and 5 and one post of its own.
  const planetPosts = [
    posts[3]!,
    posts[4]!,
    entry({
      guid: 'https://other.example/?p=9',
      title: 'Other',
      published: '2015-01-03T12:00:00.000Z',
    }),
  ];
  store.savePosts(planet.id, postsFor(planet, planetPosts, true), '2026-01-01T00:00:00.000Z');
  return { opened, store, blog, planet, planetsFolder: planetsFolder!, blogsFolder: blogsFolder! };
}

test('newest first by published, then id; total counts every match', () => {
  const { opened, store } = seeded();
  try {
    const page = store.listEntries({});
    assert.equal(page.total, 6);
    assert.deepEqual(
      page.entries.map((row) => row.title),
      [
        'Post number 5',
        'Post number 4',
        'Other',
        'Post number 3',
        'Post number 2',
        'Post number 1',
      ],
    );
  } finally {
    opened.dispose();
  }
});

test('offset and limit page through the list', () => {
  const { opened, store } = seeded();
  try {
    const page = store.listEntries({ offset: 2, limit: 2 });
    assert.equal(page.total, 6);
    assert.equal(page.offset, 2);
    assert.deepEqual(
      page.entries.map((row) => row.title),
      ['Other', 'Post number 3'],
    );
  } finally {
    opened.dispose();
  }
});

test('by feed, by folder (with subfolders), unread only, starred only', () => {
  const { opened, store, planet, planetsFolder } = seeded();
  try {
    assert.equal(store.listEntries({ feedId: planet.id }).total, 3);
    assert.equal(store.listEntries({ folderId: planetsFolder }).total, 3);
    const blogs = store.listFolders().find((folder) => folder.path === 'Blogs')!;
    assert.equal(store.listEntries({ folderId: blogs.id }).total, 5);

    const [newest] = store.listEntries({ feedId: planet.id }).entries;
    store.setRead([newest!.id], true);
    store.setStarred([newest!.id], true);
    assert.equal(store.listEntries({ unread: true }).total, 5);
    assert.equal(store.listEntries({ feedId: planet.id, unread: true }).total, 2);
    assert.deepEqual(
      store.listEntries({ starred: true }).entries.map((row) => row.id),
      [newest!.id],
    );
  } finally {
    opened.dispose();
  }
});

test('search finds words in title, author and HTML-stripped text, newest first', () => {
  const { opened, store, planet } = seeded();
  try {
    assert.deepEqual(
      store.listEntries({ search: 'btrfs raid1' }).entries.map((row) => row.title),
      ['Post number 3'],
    );
    assert.equal(store.listEntries({ search: 'kerrie' }).total, 5);
    assert.equal(
      store.listEntries({ search: 'numb' }).total,
      5,
      'the last word matches as a prefix',
    );
    assert.equal(
      store.listEntries({ search: 'b' }).total,
      1,
      'prefix "b" matches btrfs, not the <b> tag',
    );
    assert.equal(store.listEntries({ search: 'number', feedId: planet.id }).total, 2);
  } finally {
    opened.dispose();
  }
});

test('hostile search text never throws', () => {
  const { opened, store } = seeded();
  try {
    for (const search of [
      '"',
      '*',
      'NEAR(',
      '-',
      'AND OR',
      'title:',
      '(',
      ')',
      '^',
      '"post" OR',
      "'; DROP TABLE entries; --",
      'NOT',
      '\u0000',
      '"""',
      'a*b',
      'post NEAR/2 number',
      '   ',
    ]) {
      assert.doesNotThrow(() => store.listEntries({ search }), search);
    }
    assert.equal(store.listEntries({ search: 'AND OR' }).total, 0);
    assert.equal(store.listEntries({ search: '"post' }).total, 5);
    assert.equal(store.listEntries({ search: '*' }).total, 0);
    assert.equal(store.listEntries({ search: '   ' }).total, 6, 'blank search is no search');
  } finally {
    opened.dispose();
  }
});

test('setRead and setStarred report how many changed; repeats change nothing', () => {
  const { opened, store } = seeded();
  try {
    const ids = store.listEntries({}).entries.map((row) => row.id);
    assert.equal(store.setRead(ids.slice(0, 3), true), 3);
    assert.equal(store.setRead(ids.slice(0, 3), true), 0);
    assert.equal(store.setRead(ids.slice(0, 3), false), 3);
    assert.equal(store.setStarred([ids[0]!], true), 1);
    assert.equal(store.setStarred([ids[0]!], true), 0);
    assert.equal(store.unreadCounts().starred, 1);
    assert.equal(store.setRead([], true), 0);
  } finally {
    opened.dispose();
  }
});

test('a list with an unknown id marks nothing, read or starred, and names the unknown id', () => {
  const { opened, store } = seeded();
  try {
    const ids = store.listEntries({}).entries.map((row) => row.id);
    const before = store.unreadCounts();
    assert.throws(() => store.setRead([ids[0]!, 999_999, ids[1]!], true), UnknownEntriesError);
    assert.throws(() => store.setRead([ids[0]!, 999_999], false), /no entry 999999; nothing/);
    assert.throws(() => store.setStarred([ids[0]!, 999_998, 999_999], true), /no entries/);
    assert.deepEqual(store.unreadCounts(), before);
    assert.ok(store.listEntries({}).entries.every((row) => !row.read && !row.starred));
  } finally {
    opened.dispose();
  }
});

test('mark all read in a feed, a folder, or everything, with counts kept right', () => {
  const { opened, store, blog, planet, planetsFolder } = seeded();
  try {
    assert.deepEqual(store.unreadCounts(), {
      feeds: { [blog.id]: 5, [planet.id]: 3 },
      allUnread: 6,
      starred: 0,
    });
    assert.equal(store.markViewRead({ folderId: planetsFolder }).length, 3);
    // Posts 4 and 5 are the blog's too: read there as well.
    assert.deepEqual(store.unreadCounts(), {
      feeds: { [blog.id]: 3, [planet.id]: 0 },
      allUnread: 3,
      starred: 0,
    });
    assert.equal(store.markViewRead({ feedId: blog.id }).length, 3);
    store.setRead([store.listEntries({}).entries[0]!.id], false);
    assert.equal(store.markViewRead({}).length, 1);
    assert.equal(store.unreadCounts().allUnread, 0);
  } finally {
    opened.dispose();
  }
});
