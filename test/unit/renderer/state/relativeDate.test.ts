import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fullDate, relativeDate } from '../../../../renderer/state/relativeDate.ts';

const now = Date.parse('2026-11-25T12:00:00Z');

test('list dates are relative, in the largest whole unit', () => {
  assert.equal(relativeDate('2026-11-25T11:59:40Z', now, 'en'), 'this minute');
  assert.equal(relativeDate('2026-11-25T09:00:00Z', now, 'en'), '3 hours ago');
  assert.equal(relativeDate('2026-11-24T12:00:00Z', now, 'en'), 'yesterday');
  assert.equal(relativeDate('2015-01-13T10:28:00Z', now, 'en'), '11 years ago');
});

test('an unparseable date gives an empty string, not "Invalid Date"', () => {
  assert.equal(relativeDate('not a date', now, 'en'), '');
  assert.equal(fullDate('not a date', 'en'), '');
});

test('article dates follow the locale', () => {
  assert.match(fullDate('2015-01-13T10:28:00Z', 'de'), /Januar 2015/);
  assert.match(fullDate('2015-01-13T10:28:00Z', 'en-US'), /January 13, 2015/);
});
