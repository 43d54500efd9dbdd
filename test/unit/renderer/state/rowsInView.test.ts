import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rowsInView, rowsToDraw } from '../../../../renderer/state/rowsInView.ts';

test('the rows in view and the overscan each side, within the list', () => {
  // 64 px rows, a 640 px area scrolled to the top: rows 0-9 in view, 6 more below.
  assert.deepEqual(rowsInView({ top: 0, height: 640 }, 1_000_000, 64, 6), { first: 0, last: 15 });
  // Scrolled half a row into row 100: rows 100-110 are (partly) in view.
  assert.deepEqual(rowsInView({ top: 6432, height: 640 }, 1_000_000, 64, 6), {
    first: 94,
    last: 116,
  });
  // At the end of a short list.
  assert.deepEqual(rowsInView({ top: 0, height: 640 }, 3, 64, 6), { first: 0, last: 2 });
});

test('an empty list draws no rows; a million rows cost no more than ten', () => {
  const none = rowsInView({ top: 0, height: 640 }, 0, 64, 6);
  assert.ok(none.last < none.first);
  const far = rowsInView({ top: 64 * 999_990, height: 640 }, 1_000_000, 92, 6);
  assert.ok(far.last - far.first <= 10 + 12);
});

test('padding above the first row shifts which rows are in view', () => {
  // 28 px rows under 6 px of padding, a 280 px area: rows 0-9 are in view at the top ...
  assert.deepEqual(rowsInView({ top: 0, height: 280 }, 5000, 28, 0, 6), { first: 0, last: 9 });
  // ... and scrolled to 6 + 28 × 100, row 100 is the first in view, not row 99 or 100.2.
  assert.deepEqual(rowsInView({ top: 2806, height: 280 }, 5000, 28, 0, 6), {
    first: 100,
    last: 109,
  });
});

test('the row Tab reaches is drawn wherever it is, once, in order', () => {
  assert.deepEqual(rowsToDraw(3, 6), [3, 4, 5, 6]);
  assert.deepEqual(rowsToDraw(3, 6, 5), [3, 4, 5, 6]);
  assert.deepEqual(rowsToDraw(3, 6, 0), [0, 3, 4, 5, 6]);
  assert.deepEqual(rowsToDraw(3, 6, 4999), [3, 4, 5, 6, 4999]);
  assert.deepEqual(rowsToDraw(0, -1, 2), [2]);
  assert.deepEqual(rowsToDraw(0, -1), []);
  assert.deepEqual(rowsToDraw(3, 6, -1), [3, 4, 5, 6]);
});
