// A refresh runs its feeds in a few lanes, hosts in turn, and reports in the feeds' own order.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hostsInTurn, runInLanes } from '../../../../electron/engine/poll/refreshLanes.ts';

const hostOf = (url: string) => url.split('/')[0]!;

test('hosts take turns; each host keeps its own order', () => {
  const urls = ['a/1', 'a/2', 'a/3', 'b/1', 'c/1', 'c/2'];
  const order = hostsInTurn(urls, hostOf).map((i) => urls[i]);
  assert.deepEqual(order, ['a/1', 'b/1', 'c/1', 'a/2', 'c/2', 'a/3']);
  assert.deepEqual(hostsInTurn([], hostOf), []);
});

test('at most `lanes` runs are under way at once; results come back in the items’ order', async () => {
  const items = Array.from({ length: 200 }, (_, i) => `host${i % 7}/${i}`);
  let running = 0;
  let most = 0;
  const results = await runInLanes(items, hostOf, 5, async (item) => {
    running += 1;
    most = Math.max(most, running);
    await new Promise((resolve) => setTimeout(resolve, Math.random() * 3));
    running -= 1;
    return item.toUpperCase();
  });
  assert.equal(most, 5);
  assert.deepEqual(
    results,
    items.map((item) => item.toUpperCase()),
  );
});
