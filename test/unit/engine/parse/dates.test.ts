import { test } from 'node:test';
import assert from 'node:assert/strict';
import { notInFuture, parseDate, zoneOfDate } from '../../../../electron/engine/parse/dates.ts';

// WordPress, Drupal date('r'), Ghost: the plain RFC 1123 forms.
test('RFC 1123 with a numeric zone (WordPress +0000, Drupal +1100)', () => {
  assert.equal(parseDate('Tue, 13 Jan 2015 02:10:33 +0000'), '2015-01-13T02:10:33.000Z');
  assert.equal(parseDate('Tue, 13 Jan 2015 13:28:00 +1100'), '2015-01-13T02:28:00.000Z');
});

test('RFC 822 named zones: GMT, UT, US zones', () => {
  assert.equal(parseDate('Mon, 12 Jan 2015 09:00:00 GMT'), '2015-01-12T09:00:00.000Z');
  assert.equal(parseDate('Mon, 12 Jan 2015 09:00:00 UT'), '2015-01-12T09:00:00.000Z');
  assert.equal(parseDate('Mon, 12 Jan 2015 09:00:00 EST'), '2015-01-12T14:00:00.000Z');
  assert.equal(parseDate('Mon, 12 Jul 2015 09:00:00 PDT'), '2015-07-12T16:00:00.000Z');
  assert.equal(parseDate('Mon, 12 Jan 2015 09:00:00 CDT'), '2015-01-12T14:00:00.000Z');
});

test('military single-letter zones', () => {
  assert.equal(parseDate('12 Jan 2015 09:00:00 Z'), '2015-01-12T09:00:00.000Z');
  assert.equal(parseDate('12 Jan 2015 09:00:00 A'), '2015-01-12T08:00:00.000Z');
});

// Old MovableType templates: "9:05" without seconds.
test('missing seconds and a one-digit hour', () => {
  assert.equal(parseDate('Mon, 12 Jan 2015 9:05 EST'), '2015-01-12T14:05:00.000Z');
});

test('missing or wrong weekday is ignored', () => {
  assert.equal(parseDate('13 Jan 2015 02:10:33 +0000'), '2015-01-13T02:10:33.000Z');
  assert.equal(parseDate('Fri, 13 Jan 2015 02:10:33 +0000'), '2015-01-13T02:10:33.000Z');
});

test('two-digit years follow RFC 2822 (below 50 is 20xx)', () => {
  assert.equal(parseDate('Tue, 13 Jan 15 02:10:33 GMT'), '2015-01-13T02:10:33.000Z');
  assert.equal(parseDate('Wed, 13 Jan 99 02:10:33 GMT'), '1999-01-13T02:10:33.000Z');
});

test('extra whitespace and a trailing zone comment', () => {
  assert.equal(
    parseDate('  Tue,  13   Jan 2015\n 02:10:33   +0000 (UTC) '),
    '2015-01-13T02:10:33.000Z',
  );
});

// Atom, jekyll-feed, GitHub, Blogger (fractions and +11:00).
test('W3CDTF with zone and fractions', () => {
  assert.equal(parseDate('2015-01-09T22:58:13.405-08:00'), '2015-01-10T06:58:13.405Z');
  assert.equal(parseDate('2024-02-10T05:31:17Z'), '2024-02-10T05:31:17.000Z');
  assert.equal(parseDate('2015-01-10T09:58:00.000+11:00'), '2015-01-09T22:58:00.000Z');
});

test('ISO 8601 without a zone is read as UTC', () => {
  assert.equal(parseDate('2015-01-13T13:28:00'), '2015-01-13T13:28:00.000Z');
  assert.equal(parseDate('2015-01-13'), '2015-01-13T00:00:00.000Z');
});

// The seed's own display format (Drupal planet page).
test('"2015-01-13 13:28" with a space and no seconds', () => {
  assert.equal(parseDate('2015-01-13 13:28'), '2015-01-13T13:28:00.000Z');
});

test('unparseable dates are null, never invented', () => {
  assert.equal(parseDate(null), null);
  assert.equal(parseDate(''), null);
  assert.equal(parseDate('yesterday'), null);
  assert.equal(parseDate('31 Feb 2015 10:00:00 GMT'), null);
  assert.equal(parseDate('2015-13-01T00:00:00Z'), null);
});

// Issue 11: CMSes printing "2020/1/10 14:33:00" left every item at its first-seen time.
test('slashes instead of dashes, one-digit month and day, missing seconds', () => {
  assert.equal(parseDate('2020/1/10 14:33:00'), '2020-01-10T14:33:00.000Z');
  assert.equal(parseDate('2020/01/09 09:05'), '2020-01-09T09:05:00.000Z');
  assert.equal(parseDate('2020/01/06 10:00:00 +0200'), '2020-01-06T08:00:00.000Z');
  assert.equal(parseDate('2020/01-06 10:00'), null, 'mixed separators are not a date');
});

test("a date without a zone is read in the feed's zone when one is given", () => {
  assert.equal(parseDate('2020/1/10 14:33', 660), '2020-01-10T03:33:00.000Z');
  assert.equal(parseDate('Fri, 10 Jan 2020 14:33', 660), '2020-01-10T03:33:00.000Z');
  assert.equal(parseDate('Fri, 10 Jan 2020 14:33 GMT', 660), '2020-01-10T14:33:00.000Z');
  assert.equal(zoneOfDate('Mon, 13 Jan 2020 10:00:00 +1100'), 660);
  assert.equal(zoneOfDate('2020-01-13 10:00'), null);
});

test('a date more than a day in the future is not trusted', () => {
  const now = Date.parse('2026-12-03T00:00:00Z');
  assert.equal(notInFuture('2026-12-03T23:00:00.000Z', now), '2026-12-03T23:00:00.000Z');
  assert.equal(notInFuture('2026-12-05T00:00:00.000Z', now), null);
});
