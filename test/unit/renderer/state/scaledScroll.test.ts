// A million 64 px rows are 64M px, past Chromium's 33.5M px layout limit: the canvas is capped
// and its scroll range maps onto the list's, so the first and the last row can both be reached.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { maxCanvasHeight, scaledScroll } from '../../../../renderer/state/scaledScroll.ts';

const row = 64;
const view = 640;

test('a list that fits scrolls one to one, rows where they are', () => {
  const list = 1000 * row;
  const at = scaledScroll(6432, view, list);
  assert.deepEqual([at.canvasHeight, at.listTop, at.shift], [list, 6432, 0]);
  assert.equal(at.scrollTopFor(6432), 6432);
});

test('a million rows: the canvas stays under the cap, its top and end are the list’s', () => {
  const list = 1_000_000 * row;
  const top = scaledScroll(0, view, list);
  assert.equal(top.canvasHeight, maxCanvasHeight);
  assert.ok(maxCanvasHeight < 33_554_431);
  assert.deepEqual([top.listTop, top.shift], [0, 0]);
  // Scrolled to the end of the canvas: the last row's bottom is the view's bottom.
  const end = scaledScroll(maxCanvasHeight - view, view, list);
  assert.equal(end.listTop, list - view);
  const lastRowBottom = 999_999 * row + row + end.shift;
  assert.equal(lastRowBottom, maxCanvasHeight);
  assert.equal(lastRowBottom - (maxCanvasHeight - view), view);
});

test('scrolling to a row far down shows that row, on the canvas where the view is', () => {
  const list = 1_000_000 * row;
  const target = 654_321 * row;
  const probe = scaledScroll(0, view, list);
  const scrollTop = probe.scrollTopFor(target);
  assert.ok(scrollTop <= maxCanvasHeight - view);
  const there = scaledScroll(scrollTop, view, list);
  assert.ok(Math.abs(there.listTop - target) < 1e-6 * list);
  // The row is drawn at the top of the view.
  assert.ok(Math.abs(target + there.shift - scrollTop) < 1e-3);
  // Beyond the end clamps to the end.
  assert.equal(probe.scrollTopFor(list * 2), maxCanvasHeight - view);
});
