// A planet's member list as far as its own feed shows it: the names its entries are known by
// (authors, <source> titles) and the "Name:" prefixes that consistently introduce posts linking
// to another site. Titles are split only on names from this list (splitPlanetTitle).
import type { ParsedFeed } from '../parse/types.ts';
import { entrySite, isPlanetFeed, ownSites } from './isPlanetFeed.ts';
import { siteNamedAfter } from './registrableDomain.ts';
import { entryNames, foldName, isMemberNameShaped, prefixOf } from './splitPlanetTitle.ts';

/** A prefix seen on more member sites than this is a topic ("Analysis:", "Ibope:"), not a person. */
const MAX_SITES_PER_MEMBER = 2;

/** Folded member names for splitPlanetTitle; empty for a feed that is not a planet. */
export function planetMemberNames(feed: ParsedFeed, feedUrl: string): ReadonlySet<string> {
  const names = new Set<string>();
  const own = ownSites(feed, feedUrl);
  const sitesByPrefix = new Map<string, Set<string | null>>();
  for (const entry of feed.entries) {
    for (const name of entryNames(entry.author, entry.source?.title ?? null)) names.add(name);
    // An untitled post printed as just the member's name, linking to their own named site.
    const link = entry.origLink ?? entry.link;
    if (isMemberNameShaped(entry.title) && siteNamedAfter(entry.title, link))
      names.add(foldName(entry.title));
    const parts = prefixOf(entry.title);
    if (parts === null || !isMemberNameShaped(parts.prefix)) continue;
    const prefix = foldName(parts.prefix);
    const sites = sitesByPrefix.get(prefix) ?? new Set();
    sites.add(entrySite(entry));
    sitesByPrefix.set(prefix, sites);
  }
  for (const [prefix, sites] of sitesByPrefix) {
    const onForeignSitesOnly = [...sites].every((site) => site !== null && !own.has(site));
    if (onForeignSitesOnly && sites.size <= MAX_SITES_PER_MEMBER) names.add(prefix);
  }
  return names;
}

/** What toIncomingPost needs to know about the feed an entry came in: is it a planet, and its members. */
export function planetContext(
  feed: ParsedFeed,
  feedUrl: string,
): { planet: boolean; memberNames: ReadonlySet<string> } {
  const planet = isPlanetFeed(feed, feedUrl);
  return { planet, memberNames: planet ? planetMemberNames(feed, feedUrl) : new Set() };
}
