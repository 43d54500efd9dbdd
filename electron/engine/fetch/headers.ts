// Pure readers of the response headers the scheduler cares about. Header values are hostile
// text: anything that does not parse cleanly becomes null rather than a guess.
import type { CacheHints } from './types.ts';

export type ResponseHeaders = Readonly<Record<string, string | string[] | undefined>>;

/** Feeds first, then generic XML, then JSON (JSON Feed is often served as plain JSON). */
export const feedAcceptHeader =
  'application/rss+xml, application/atom+xml, application/feed+json, ' +
  'application/rdf+xml;q=0.9, application/xml;q=0.9, text/xml;q=0.9, ' +
  'application/json;q=0.8, */*;q=0.5';

export const acceptEncodingHeader = 'gzip, deflate, br';

/** Far enough for any sane hint, small enough that Date arithmetic stays valid. */
const maxHintSeconds = 10 * 365 * 24 * 60 * 60;

export function headerValue(headers: ResponseHeaders, name: string): string | null {
  const value = headers[name];
  if (value === undefined) return null;
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * Retry-After as an ISO time: either delay-seconds or an HTTP date. A date in the past means
 * "now". Null when absent or unreadable.
 */
export function parseRetryAfter(value: string | null, now: Date): string | null {
  if (value === null) return null;
  const text = value.trim();
  if (text === '') return null;
  if (/^\d+$/.test(text)) {
    const seconds = Math.min(Number(text), maxHintSeconds);
    return new Date(now.getTime() + seconds * 1000).toISOString();
  }
  const at = parseHttpDate(text);
  if (at === null) return null;
  return new Date(Math.max(at.getTime(), now.getTime())).toISOString();
}

/** Cache-Control max-age (s-maxage is for shared caches, not us) and Expires. */
export function parseCacheHints(headers: ResponseHeaders, _now: Date): CacheHints {
  return {
    maxAgeSeconds: parseMaxAge(headerValue(headers, 'cache-control')),
    expires: parseExpires(headerValue(headers, 'expires')),
  };
}

function parseMaxAge(cacheControl: string | null): number | null {
  if (cacheControl === null) return null;
  for (const directive of cacheControl.split(',')) {
    const match = /^\s*max-age\s*=\s*"?(\d+)"?\s*$/i.exec(directive);
    if (match?.[1] !== undefined) return Math.min(Number(match[1]), maxHintSeconds);
  }
  return null;
}

function parseExpires(expires: string | null): string | null {
  if (expires === null) return null;
  return parseHttpDate(expires.trim())?.toISOString() ?? null;
}

/**
 * HTTP dates come in three historic forms (IMF-fixdate, RFC 850, asctime); all name a month,
 * so insisting on letters keeps Date.parse from reading "-1" or "0" as a year.
 */
function parseHttpDate(text: string): Date | null {
  if (text.length > 64 || !/[a-z]{3}/i.test(text)) return null;
  // asctime carries no zone; HTTP dates are always GMT.
  const zoned = /^[a-z]{3} [a-z]{3} +\d{1,2} \d\d:\d\d:\d\d \d{4}$/i.test(text)
    ? `${text} GMT`
    : text;
  const ms = Date.parse(zoned);
  if (Number.isNaN(ms)) return null;
  return new Date(ms);
}
