// JSON Feed 1.0 / 1.1 (https://jsonfeed.org/version/1.1). Every field is type-checked; junk
// (wrong types, unknown keys) is ignored rather than failing the feed.
import type { ParsedEnclosure, ParsedEntry, ParsedFeed } from './types.ts';
import { notInFuture, parseDate } from './dates.ts';
import { plainText, textToHtml } from './text.ts';
import { authorName } from './authors.ts';
import { absolutizeHtml, resolveUrl } from './urls.ts';
import { MAX_CONTENT_CHARS, MAX_TITLE_CHARS } from './limits.ts';
import { readEntries } from './entryBudget.ts';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const str = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;
const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

export function isJsonFeed(value: unknown): value is Json {
  return (
    isObject(value) &&
    typeof value['version'] === 'string' &&
    // Version 1.0 was announced in 2017 as http://jsonfeed.org/version/1; many feeds still say so.
    /^https?:\/\/jsonfeed\.org\/version\//.test(value['version'])
  );
}

export function buildJsonFeed(doc: Json, documentUrl: string, warnings: string[]): ParsedFeed {
  const siteUrl = resolveUrl(str(doc['home_page_url']), documentUrl);
  const base = siteUrl ?? documentUrl;
  const feedAuthors = authorNames(doc);
  const { entries, truncation } = readEntries(list(doc['items']).filter(isObject), (item) =>
    buildItem(item, base, feedAuthors, warnings),
  );
  let title = plainText(str(doc['title']));
  if (title.length > MAX_TITLE_CHARS) title = `${title.slice(0, MAX_TITLE_CHARS - 1)}…`;
  return {
    format: 'json',
    title,
    siteUrl,
    selfUrl: resolveUrl(str(doc['feed_url']), documentUrl),
    description: str(doc['description']),
    generator: null,
    iconUrl: resolveUrl(str(doc['favicon']) ?? str(doc['icon']), base),
    ttlMinutes: null,
    entries,
    truncation,
    warnings,
  };
}

function authorNames(holder: Json): string[] {
  const authors = [...list(holder['authors']), holder['author']].filter(isObject);
  return authors
    .map((author) => str(author['name']))
    .filter((name): name is string => name !== null);
}

function buildItem(
  item: Json,
  base: string,
  feedAuthors: readonly string[],
  warnings: string[],
): ParsedEntry {
  const id = item['id'];
  const guid =
    typeof id === 'string'
      ? id.trim() || null
      : typeof id === 'number' && Number.isFinite(id)
        ? String(id)
        : null;
  const link = resolveUrl(str(item['url']), base);
  const contentHtml = str(item['content_html']);
  const contentText = str(item['content_text']);
  let body =
    contentHtml !== null
      ? absolutizeHtml(contentHtml, link ?? base)
      : contentText !== null
        ? textToHtml(contentText)
        : null;
  if (body !== null && body.length > MAX_CONTENT_CHARS) {
    warnings.push(
      `An entry's content of ${body.length} characters was cut to ${MAX_CONTENT_CHARS}.`,
    );
    body = body.slice(0, MAX_CONTENT_CHARS);
  }
  let title = plainText(str(item['title']));
  if (title.length > MAX_TITLE_CHARS) title = `${title.slice(0, MAX_TITLE_CHARS - 1)}…`;
  const own = authorNames(item);
  const enclosures: ParsedEnclosure[] = list(item['attachments'])
    .filter(isObject)
    .flatMap((attachment) => {
      const url = resolveUrl(str(attachment['url']), base);
      if (url === null) return [];
      const size = attachment['size_in_bytes'];
      return [
        Object.freeze({
          url,
          type: str(attachment['mime_type']),
          length: typeof size === 'number' && Number.isFinite(size) && size > 0 ? size : null,
        }),
      ];
    });
  const categories = [
    ...new Set(
      list(item['tags'])
        .map((tag) => (typeof tag === 'string' ? plainText(tag) : ''))
        .filter((tag) => tag !== ''),
    ),
  ];
  return Object.freeze({
    guid,
    guidIsPermaLink: null,
    link: link ?? resolveUrl(str(item['external_url']), base),
    origLink: null,
    title,
    author: authorName({ names: own.length > 0 ? own : feedAuthors, mailboxes: [] }),
    published: notInFuture(parseDate(str(item['date_published'])), Date.now()),
    updated: notInFuture(parseDate(str(item['date_modified'])), Date.now()),
    contentHtml: body,
    summary: str(item['summary'])?.slice(0, MAX_CONTENT_CHARS) ?? null,
    enclosures: Object.freeze(enclosures),
    categories: Object.freeze(categories),
    thumbnail: resolveUrl(str(item['image']) ?? str(item['banner_image']), base),
    source: null,
  });
}
