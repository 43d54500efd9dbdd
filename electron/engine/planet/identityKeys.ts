// The keys under which one post is known across every feed that carries it (a member's blog,
// one or more planets). Two entries are the same post when they share any key.
import { createHash } from 'node:crypto';
import type { ParsedEntry } from '../parse/types.ts';
import { canonicalLink } from './canonicalLink.ts';

export interface IdentityContext {
  readonly feedId: number;
  readonly feedUrl: string;
  readonly siteUrl: string | null;
}

/** Shorter guids than this are numbers or slugs that only mean something inside one feed. */
const MIN_GLOBAL_GUID_LENGTH = 16;

/**
 * A guid is global when it names something outside the feed: an absolute URI (http:, tag:,
 * urn:, …) or a long random id (UUID, Ghost's 24-hex ids). "1187", "p=12", "post-3" are not.
 */
export function isGlobalGuid(guid: string): boolean {
  if (/^\d+$/.test(guid)) return false;
  if (/^[a-z][a-z0-9+.-]*:\S/i.test(guid) && !/^[a-z][a-z0-9+.-]*:\d+$/i.test(guid)) {
    return guid.length >= 8;
  }
  return guid.length >= MIN_GLOBAL_GUID_LENGTH && /[a-z]/i.test(guid) && /\d/.test(guid);
}

/** A stable hash of what a guid-less, link-less entry says (same entry, same hash, every refresh). */
function contentHash(entry: ParsedEntry, feedId: number): string {
  return createHash('sha256')
    .update(`${feedId}\u0000${entry.title}\u0000${entry.contentHtml ?? entry.summary ?? ''}`)
    .digest('hex')
    .slice(0, 32);
}

export function identityKeys(entry: ParsedEntry, ctx: IdentityContext): string[] {
  const keys: string[] = [];
  const add = (key: string): void => {
    if (!keys.includes(key)) keys.push(key);
  };

  const guid = entry.guid?.trim() || null;
  if (guid !== null) add(isGlobalGuid(guid) ? `guid:${guid}` : `feedguid:${ctx.feedId}:${guid}`);

  // A link to the feed's own home page (or to the feed) is not a post's address: some feeds
  // link every item there.
  const notPosts = new Set(
    [ctx.siteUrl, ctx.feedUrl].map((url) => (url === null ? null : canonicalLink(url))),
  );
  const guidUrl = guid !== null && /^https?:\/\//i.test(guid) ? guid : null;
  for (const url of [entry.origLink, entry.link, guidUrl]) {
    if (url === null) continue;
    const link = canonicalLink(url);
    if (link !== null && !notPosts.has(link)) add(`link:${link}`);
  }

  if (keys.length === 0) add(`hash:${contentHash(entry, ctx.feedId)}`);
  return keys;
}
