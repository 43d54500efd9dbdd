// Relative times in English without Intl. A page's first Intl object of almost any kind loads
// ICU's data: 30-60 ms in a fresh Chromium renderer (measured: RelativeTimeFormat, DateTimeFormat
// and NumberFormat alike), which sat on the first list row's path. English has few phrases for
// these and no plural beyond "s": the locales listed are checked, phrase by phrase, equal to
// Intl.RelativeTimeFormat's (test/unit/renderer/state/englishRelativeTime.test.ts); every other
// locale, and any number past the table, goes to Intl.

export const englishLocales: ReadonlySet<string> = new Set([
  'en',
  'en-US',
  'en-GB',
  'en-AU',
  'en-NZ',
  'en-CA',
  'en-IE',
]);

export type RelativeUnit = 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** numeric: 'auto' names -1, 0 and 1 of these units. */
const named: Partial<Record<RelativeUnit, readonly [string, string, string]>> = {
  year: ['last year', 'this year', 'next year'],
  month: ['last month', 'this month', 'next month'],
  week: ['last week', 'this week', 'next week'],
  day: ['yesterday', 'today', 'tomorrow'],
  hour: ['1 hour ago', 'this hour', 'in 1 hour'],
  minute: ['1 minute ago', 'this minute', 'in 1 minute'],
};

/** What Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit) says, or null
 * where this table does not know (numbers that would need grouping, -0, fractions). */
export function englishRelativeTime(value: number, unit: RelativeUnit): string | null {
  if (!Number.isInteger(value) || Object.is(value, -0) || Math.abs(value) >= 1000) return null;
  if (value >= -1 && value <= 1) return named[unit]?.[value + 1] ?? null;
  const amount = `${Math.abs(value)} ${unit}s`;
  return value < 0 ? `${amount} ago` : `in ${amount}`;
}
