// The value the store ingests for one parsed entry: identity keys plus what the reader shows.
import type { Enclosure } from '../../../shared/model.ts';
import type { ParsedEntry } from '../parse/types.ts';
import { canonicalLink, siteHost } from './canonicalLink.ts';
import { identityKeys, type IdentityContext } from './identityKeys.ts';
import { splitPlanetTitle } from './splitPlanetTitle.ts';

export interface IncomingPost {
  /** Ordered identity keys (see identityKeys); never empty. */
  readonly keys: readonly string[];
  /** The feed's own name for the item (guid, else link, else the first key): two items of one feed with different feedGuids are different posts. */
  readonly feedGuid: string;
  readonly title: string;
  readonly author: string | null;
  readonly url: string | null;
  /** ISO 8601; null when the feed gave none (the store then uses the first-seen time). */
  readonly published: string | null;
  readonly contentHtml: string | null;
  readonly summary: string | null;
  readonly enclosures: readonly Enclosure[];
  /** It came through a planet/aggregator, not the member's own blog. */
  readonly isSyndicatedCopy: boolean;
}

export interface PostContext extends IdentityContext {
  /** isPlanetFeed() of the feed this entry came in. */
  readonly planet: boolean;
  /** planetMemberNames() of that feed: the names a title's "Name:" prefix may be split on. */
  readonly memberNames?: ReadonlySet<string>;
}

function isoOrNull(value: string | null): string | null {
  if (value === null) return null;
  const time = Date.parse(value);
  if (Number.isNaN(time)) return null;
  const date = new Date(time);
  const year = date.getUTCFullYear();
  // Years outside 4 digits would not sort as text next to the others.
  return year < 1000 || year > 9999 ? null : date.toISOString();
}

/** An address worth opening: the real one behind FeedBurner's redirect first. */
function displayUrl(entry: ParsedEntry): string | null {
  for (const url of [entry.origLink, entry.link]) {
    if (url !== null && canonicalLink(url) !== null) return url;
  }
  if (
    entry.guid !== null &&
    entry.guidIsPermaLink !== false &&
    canonicalLink(entry.guid) !== null
  ) {
    return entry.guid;
  }
  return null;
}

/** The entry's enclosures, and its media thumbnail as one more image (so the image cache keeps it). */
function withThumbnail(entry: ParsedEntry): Enclosure[] {
  const enclosures = entry.enclosures.map(({ url, type, length }) => ({ url, type, length }));
  const { thumbnail } = entry;
  if (thumbnail && !enclosures.some((enclosure) => enclosure.url === thumbnail)) {
    enclosures.push({ url: thumbnail, type: 'image/*', length: null });
  }
  return enclosures;
}

export function toIncomingPost(entry: ParsedEntry, ctx: PostContext): IncomingPost {
  const keys = identityKeys(entry, ctx);
  const { title, author } = splitPlanetTitle(entry.title, entry.author, ctx.planet, {
    sourceTitle: entry.source?.title ?? null,
    ...(ctx.memberNames ? { memberNames: ctx.memberNames } : {}),
  });
  const sourceSite = siteHost(entry.source?.siteUrl ?? entry.source?.feedUrl ?? null);
  const viaSource = sourceSite !== null && sourceSite !== siteHost(ctx.siteUrl);
  const link = entry.link === null ? null : canonicalLink(entry.link);
  return {
    keys,
    feedGuid: entry.guid?.trim() || link || (keys[0] as string),
    title,
    author,
    url: displayUrl(entry),
    published: isoOrNull(entry.published) ?? isoOrNull(entry.updated),
    contentHtml: entry.contentHtml,
    summary: entry.summary,
    enclosures: withThumbnail(entry),
    isSyndicatedCopy: ctx.planet || viaSource,
  };
}
