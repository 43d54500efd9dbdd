// A narrow window's "Feeds" button says what the hidden feed pane would: a refresh under way
// first, else how many feeds failed (an error or a feed that is gone), else nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { FeedSummary } from '../../../../shared/model.ts';
import { feedsPaneNews } from '../../../../renderer/state/feedsPaneNews.ts';

const idle = { running: false, done: 0, total: 0 };
const feed = (id: number, status: FeedSummary['status']): FeedSummary =>
  ({ id, status, error: status === 'ok' ? null : 'The server answered 500.' }) as FeedSummary;

test('a refresh under way is news before any failed feed', () => {
  const feeds = [feed(1, 'error')];
  assert.equal(feedsPaneNews({ running: true, done: 2, total: 3 }, feeds), 'refreshing 2 of 3');
  assert.equal(feedsPaneNews({ running: true, done: 0, total: 0 }, feeds), 'refreshing 0 of …');
});

test('failed and gone feeds are counted; healthy and new ones are not news', () => {
  assert.equal(feedsPaneNews(idle, [feed(1, 'ok'), feed(2, 'new')]), null);
  assert.equal(feedsPaneNews(idle, [feed(1, 'ok'), feed(2, 'error')]), '1 feed failing');
  assert.equal(feedsPaneNews(idle, [feed(1, 'gone'), feed(2, 'error')]), '2 feeds failing');
});
