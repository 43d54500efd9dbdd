// Marking read (store/setReadState.ts): one scan of entry_state finds unknown and changing ids;
// an id given twice is one post, an unknown id changes nothing, and the counts stay exact.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { UnknownEntriesError } from '../../../../electron/engine/store/unknownEntries.ts';
import { entry } from '../planet/corpusEntries.ts';
import { freshStore, planetAndBlog, postsFor } from './storeHelpers.ts';

const now = '2026-01-01T00:00:00.000Z';

test('ids given twice are marked and counted once; an unknown id changes nothing', () => {
  const opened = freshStore();
  try {
    const { store } = opened;
    const { planet, blog } = planetAndBlog(store);
    const posts = [1, 2, 3].map((n) =>
      entry({
        guid: `https://kerrie.example/?p=${n}`,
        link: `https://kerrie.example/${n}/`,
        title: `Post ${n}`,
      }),
    );
    store.savePosts(blog.id, postsFor(blog, posts, false), now);
    store.savePosts(planet.id, postsFor(planet, posts.slice(0, 1), true), now);
    const [a, b] = store.listEntries({ feedId: blog.id }).entries.map((row) => row.id) as [
      number,
      number,
    ];
    const before = store.unreadCounts();

    assert.throws(() => store.setRead([a, b, 999_999], true), UnknownEntriesError);
    assert.deepEqual(store.unreadCounts(), before);

    assert.equal(store.setRead([a, a, b, b], true), 2);
    assert.equal(store.setRead([a, b], true), 0, 'already read: nothing changes');
    const after = store.unreadCounts();
    assert.equal(after.allUnread, 1);
    assert.equal(after.feeds[blog.id], 1);
    // The post the planet carries too is counted once in each feed.
    const onPlanet = store.listEntries({ feedId: planet.id }).entries[0]!;
    assert.equal(after.feeds[planet.id], onPlanet.read ? 0 : 1);
    assert.equal(store.setRead([a, a, b], false), 2);
    assert.deepEqual(store.unreadCounts(), before);
  } finally {
    opened.dispose();
  }
});
