// Dates for people: "3 hours ago" in the list, the full local date in the article.
import { englishLocales, englishRelativeTime, type RelativeUnit } from './englishRelativeTime.ts';

const units: readonly [RelativeUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

// Building an Intl formatter costs far more than formatting with one (it loads locale data), and
// the list formats dozens of dates per render: one formatter per kind and locale, kept.
const formatters = new Map<string, Intl.RelativeTimeFormat | Intl.DateTimeFormat>();

function cached<F extends Intl.RelativeTimeFormat | Intl.DateTimeFormat>(
  kind: string,
  locale: string | undefined,
  make: () => F,
): F {
  const key = `${kind} ${locale ?? ''}`;
  let format = formatters.get(key) as F | undefined;
  if (!format) {
    format = make();
    formatters.set(key, format);
  }
  return format;
}

export function relativeDate(iso: string, now: number, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  const seconds = Math.round((time - now) / 1000);
  const [value, unit] = largestUnit(seconds);
  const english = englishLocales.has(locale ?? defaultLocale())
    ? englishRelativeTime(value, unit)
    : null;
  if (english !== null) return english;
  const format = cached(
    'relative',
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
  );
  return format.format(value, unit);
}

function largestUnit(seconds: number): [number, RelativeUnit] {
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size) return [Math.trunc(seconds / size), unit];
  }
  return [0, 'minute'];
}

/** The browser's language (Intl's default locale follows it), read without making an Intl
 * object: asking Intl would load what englishRelativeTime.ts avoids. */
export function defaultLocale(): string {
  return typeof navigator === 'undefined' ? '' : navigator.language;
}

/** Whether the list's dates in this locale need Intl.RelativeTimeFormat (and ICU's data). */
export function relativeDatesNeedIntl(locale: string = defaultLocale()): boolean {
  return !englishLocales.has(locale);
}

export function fullDate(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return cached(
    'full',
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'full', timeStyle: 'short' }),
  ).format(time);
}

/** Date and time in the user's locale, shorter than fullDate: a list row's tooltip. */
export function shortDateTime(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  if (Number.isNaN(time)) return '';
  return cached(
    'short',
    locale,
    () => new Intl.DateTimeFormat(locale, { dateStyle: 'short', timeStyle: 'medium' }),
  ).format(time);
}
