// Entries are built until a time budget runs out: none is dropped silently, a cut says so.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readEntries } from '../../../../electron/engine/parse/entryBudget.ts';

test('every item is built when the budget holds', () => {
  const items = Array.from({ length: 20_000 }, (_, i) => i);
  const read = readEntries(
    items,
    (item) => item * 2,
    10_000,
    () => 0,
  );
  assert.equal(read.entries.length, 20_000);
  assert.equal(read.entries[19_999], 39_998);
  assert.equal(read.truncation, null);
});

test('a feed that outruns the budget keeps its first items and says how many of how many', () => {
  let now = 0;
  const clock = (): number => now;
  const items = Array.from({ length: 1_000_000 }, (_, i) => i);
  // Each item "takes" a millisecond: a 1,000 ms budget is spent after about 1,000 items.
  const read = readEntries(
    items,
    (item) => {
      now += 1;
      return item;
    },
    1_000,
    clock,
  );
  assert.ok(read.entries.length >= 1_000 && read.entries.length < 1_100, `${read.entries.length}`);
  assert.deepEqual(read.entries.slice(0, 3), [0, 1, 2], 'document order: the first ones are kept');
  assert.equal(
    read.truncation,
    `Orrery kept the first ${read.entries.length.toLocaleString('en-AU')} of this feed's 1,000,000 items: the rest would have taken longer than the 1 s it allows one feed.`,
  );
});
