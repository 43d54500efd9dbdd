import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  englishLocales,
  englishRelativeTime,
  type RelativeUnit,
} from '../../../../renderer/state/englishRelativeTime.ts';
import { relativeDate } from '../../../../renderer/state/relativeDate.ts';

const units: RelativeUnit[] = ['year', 'month', 'week', 'day', 'hour', 'minute'];

test('every English phrase is the one Intl.RelativeTimeFormat says, in each locale listed', () => {
  for (const locale of englishLocales) {
    const intl = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
    for (const unit of units) {
      for (let value = -1200; value <= 1200; value += 1) {
        const phrase = englishRelativeTime(value, unit);
        if (phrase !== null)
          assert.equal(phrase, intl.format(value, unit), `${locale} ${value} ${unit}`);
      }
    }
  }
});

test('what the table does not know goes to Intl: large numbers, -0, fractions', () => {
  assert.equal(englishRelativeTime(1000, 'year'), null);
  assert.equal(englishRelativeTime(-0, 'minute'), null);
  assert.equal(englishRelativeTime(1.5, 'day'), null);
  const now = Date.parse('2026-11-25T12:00:00Z');
  assert.equal(relativeDate('9999-01-01T00:00:00Z', now, 'en'), 'in 7,977 years');
});

test('another language is said by Intl', () => {
  const now = Date.parse('2026-11-25T12:00:00Z');
  assert.equal(relativeDate('2026-11-25T09:00:00Z', now, 'de'), 'vor 3 Stunden');
  assert.equal(relativeDate('2026-11-24T12:00:00Z', now, 'de'), 'gestern');
});
