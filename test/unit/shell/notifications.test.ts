import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { EntryRow } from '../../../shared/model.ts';
import {
  NewPostCollector,
  summariseNewPosts,
  trayTooltip,
} from '../../../electron/shell/notifications.ts';

const row = (id: number, title: string, read = false): EntryRow => ({
  id,
  title,
  author: null,
  url: null,
  published: '2026-11-25T10:00:00Z',
  read,
  starred: false,
  feeds: [1],
});
const titles = (id: number) =>
  ({ 1: 'LWN.net', 2: 'Planet Linux Australia', 3: 'Jekyll blog', 4: 'Hugo blog' })[id] ?? '?';

test("a feed's first fetch is never announced (its back catalogue is not news)", () => {
  const collector = new NewPostCollector();
  assert.equal(
    collector.add({
      feedId: 1,
      entries: [row(1, 'Old post'), row(2, 'Older post')],
      firstFetch: true,
    }),
    false,
  );
  assert.equal(collector.flush(titles), null);
});

test('one new post names its feed and title', () => {
  const collector = new NewPostCollector();
  collector.add({ feedId: 1, entries: [row(1, 'Kernel release')], firstFetch: false });
  assert.deepEqual(collector.flush(titles), { title: 'LWN.net', body: 'Kernel release' });
  assert.equal(collector.flush(titles), null, 'a flush empties the collector');
});

test('posts already read (a planet copy of a read post) are not announced', () => {
  const collector = new NewPostCollector();
  collector.add({ feedId: 2, entries: [row(1, 'Seen on the blog', true)], firstFetch: false });
  assert.equal(collector.flush(titles), null);
});

test('a refresh across several feeds gives one notification', () => {
  const collector = new NewPostCollector();
  for (const feedId of [1, 2, 3, 4]) {
    collector.add({
      feedId,
      entries: [row(feedId * 10, 'a'), row(feedId * 10 + 1, 'b')],
      firstFetch: false,
    });
  }
  assert.deepEqual(collector.flush(titles), {
    title: '8 new posts in 4 feeds',
    body: 'LWN.net, Planet Linux Australia, Jekyll blog and 1 more',
  });
});

test('several posts in one feed are counted', () => {
  assert.deepEqual(
    summariseNewPosts([{ feedTitle: 'LWN.net', count: 3, titles: ['a', 'b', 'c'] }]),
    {
      title: 'LWN.net',
      body: '3 new posts',
    },
  );
});

test('the tray tooltip shows the unread count', () => {
  assert.equal(trayTooltip(0), 'Orrery: no unread posts');
  assert.equal(trayTooltip(1234), 'Orrery: 1,234 unread');
});
