// Storing pulled server articles through the same path as polled ones: identity keys, the
// planet merge and savePosts, then which server article each stored post is.
import type { ParsedEntry, ParsedFeed } from '../parse/types.ts';
import { isPlanetFeed, toIncomingPost, type IncomingPost } from '../planet/index.ts';
import type { Store } from '../store/index.ts';
import type { RemoteEntry } from './types.ts';

export interface LocalFeed {
  readonly id: number;
  readonly url: string;
  isPlanet: boolean;
}

function parsedEntry(entry: RemoteEntry): ParsedEntry {
  return {
    // Feed-local by form ("ttrss:123" is no global guid): posts merge across feeds by link.
    guid: `ttrss:${entry.id}`,
    guidIsPermaLink: false,
    link: entry.link,
    origLink: null,
    title: entry.title,
    author: entry.author,
    published: entry.published,
    updated: null,
    contentHtml: entry.contentHtml,
    summary: null,
    enclosures: entry.enclosures,
    categories: [],
    thumbnail: null,
    source: null,
  };
}

/** The entries as a feed document, for the planet test (foreign hosts across entries). */
function asFeed(entries: readonly ParsedEntry[]): ParsedFeed {
  return {
    format: 'rss',
    title: '',
    siteUrl: null,
    selfUrl: null,
    description: null,
    generator: null,
    iconUrl: null,
    ttlMinutes: null,
    entries,
    warnings: [],
  };
}

/** Stores one page; returns how many posts were new to the database. */
export function storePage(
  store: Store,
  accountId: number,
  feeds: ReadonlyMap<number, LocalFeed>,
  page: readonly RemoteEntry[],
  nowIso: string,
): number {
  const byFeed = new Map<number, RemoteEntry[]>();
  for (const entry of page) {
    if (!feeds.has(entry.feedId)) continue;
    byFeed.set(entry.feedId, [...(byFeed.get(entry.feedId) ?? []), entry]);
  }
  let added = 0;
  store.transaction(() => {
    for (const [remoteFeedId, entries] of byFeed) {
      const feed = feeds.get(remoteFeedId)!;
      const parsed = entries.map(parsedEntry);
      if (!feed.isPlanet && isPlanetFeed(asFeed(parsed), feed.url)) {
        feed.isPlanet = true;
        store.updateFeed(feed.id, { isPlanet: true });
      }
      const context = { feedId: feed.id, feedUrl: feed.url, siteUrl: null, planet: feed.isPlanet };
      const posts: IncomingPost[] = parsed.map((entry) => toIncomingPost(entry, context));
      added += store.savePosts(feed.id, posts, nowIso).added.length;
      posts.forEach((post, i) => {
        const entryId = store.accounts.entryForKey(post.keys[0]!);
        if (entryId !== null) store.accounts.mapEntry(accountId, entries[i]!.id, entryId, feed.id);
      });
    }
    const kept = page.filter((entry) => feeds.has(entry.feedId));
    store.accounts.applyPulledState(
      accountId,
      kept.filter((entry) => !entry.unread).map((entry) => entry.id),
      kept.filter((entry) => entry.starred).map((entry) => entry.id),
    );
  });
  return added;
}
