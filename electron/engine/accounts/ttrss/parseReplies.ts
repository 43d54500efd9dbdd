// Defensive readers for Tiny Tiny RSS replies: whatever the shape, the result is bounded plain
// values of the types we expect, and a malformed item is skipped, never stored half-read.
import { MAX_CONTENT_CHARS, MAX_TITLE_CHARS } from '../../parse/limits.ts';
import { plainText } from '../../parse/text.ts';
import type {
  RemoteCategory,
  RemoteCounts,
  RemoteEnclosure,
  RemoteEntry,
  RemoteFeed,
} from '../types.ts';

const MAX_ITEMS = 100_000;
const MAX_URL_CHARS = 4096;

type Item = Record<string, unknown>;

function items(content: unknown): Item[] {
  if (!Array.isArray(content)) return [];
  return content
    .slice(0, MAX_ITEMS)
    .filter((item): item is Item => typeof item === 'object' && item !== null);
}

function id(value: unknown): number | null {
  const n = typeof value === 'string' && /^-?\d{1,15}$/.test(value) ? Number(value) : value;
  return typeof n === 'number' && Number.isSafeInteger(n) ? n : null;
}

function text(value: unknown, max = MAX_TITLE_CHARS): string {
  return typeof value === 'string' ? plainText(value.slice(0, max * 4)).slice(0, max) : '';
}

function httpUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_URL_CHARS) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}

function bool(value: unknown): boolean {
  return value === true || value === 1 || value === 't' || value === 'true' || value === '1';
}

export function parseCategories(content: unknown): RemoteCategory[] {
  const out: RemoteCategory[] = [];
  for (const item of items(content)) {
    const catId = id(item.id);
    // Virtual categories (Special -1, Labels -2) and Uncategorized (0) are not folders.
    if (catId === null || catId <= 0) continue;
    out.push({ id: catId, title: text(item.title) || `Category ${catId}` });
  }
  return out;
}

export function parseFeeds(content: unknown): RemoteFeed[] {
  const out: RemoteFeed[] = [];
  for (const item of items(content)) {
    const feedId = id(item.id);
    const url = httpUrl(item.feed_url);
    if (feedId === null || feedId <= 0 || url === null) continue;
    const category = id(item.cat_id);
    out.push({
      id: feedId,
      url,
      title: text(item.title) || new URL(url).hostname,
      categoryId: category !== null && category > 0 ? category : null,
    });
  }
  return out;
}

function enclosures(value: unknown): RemoteEnclosure[] {
  const out: RemoteEnclosure[] = [];
  for (const item of items(value).slice(0, 50)) {
    const url = httpUrl(item.content_url);
    if (url === null) continue;
    out.push({ url, type: text(item.content_type, 200) || null, length: null });
  }
  return out;
}

function isoFromSeconds(value: unknown): string | null {
  const seconds = id(value);
  if (seconds === null || seconds <= 0) return null;
  const date = new Date(seconds * 1000);
  const year = date.getUTCFullYear();
  return year < 1000 || year > 9999 ? null : date.toISOString();
}

export function parseHeadlines(content: unknown): RemoteEntry[] {
  const out: RemoteEntry[] = [];
  for (const item of items(content)) {
    const entryId = id(item.id);
    const feedId = id(item.feed_id);
    if (entryId === null || entryId <= 0 || feedId === null || feedId <= 0) continue;
    const html = typeof item.content === 'string' ? item.content.slice(0, MAX_CONTENT_CHARS) : '';
    out.push({
      id: entryId,
      feedId,
      title: text(item.title),
      author: text(item.author, 500) || null,
      link: httpUrl(item.link),
      published: isoFromSeconds(item.updated),
      contentHtml: html || null,
      enclosures: enclosures(item.attachments),
      unread: bool(item.unread),
      starred: bool(item.marked),
    });
  }
  return out;
}

/** Article ids of a headlines reply (the unread or starred view, without content). */
export function parseIds(content: unknown): number[] {
  const out: number[] = [];
  for (const item of items(content)) {
    const entryId = id(item.id);
    if (entryId !== null && entryId > 0) out.push(entryId);
  }
  return out;
}

export function parseCounters(content: unknown): RemoteCounts {
  const unread = new Map<number, number>();
  const starred = new Map<number, number>();
  for (const item of items(content)) {
    // Feed counters are the ones without a kind (categories say kind: "cat"), with real ids.
    const feedId = id(item.id);
    if (feedId === null || feedId <= 0 || item.kind !== undefined) continue;
    unread.set(feedId, Math.max(0, id(item.counter) ?? 0));
    starred.set(feedId, Math.max(0, id(item.markedcounter) ?? 0));
  }
  return { unread, starred };
}
