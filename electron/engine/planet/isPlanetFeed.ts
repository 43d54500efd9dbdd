// Is this feed an aggregator (Planet Venus, Planet 2.x, Drupal's aggregator) that republishes
// its members' posts? Such copies are merged with the members' own blogs and their titles may
// carry the member's name. A miss costs little (a title keeps its "Author:" prefix); a false
// positive can destroy titles, so only real evidence counts: a generator that says so, or
// entries that link to several sites other than the feed's own.
import type { ParsedEntry, ParsedFeed } from '../parse/types.ts';
import { registrableDomain } from './registrableDomain.ts';

/** The fewest different member sites (registrable domains) that make a feed look like an aggregator. */
const MIN_FOREIGN_SITES = 3;

function generatorSaysPlanet(generator: string | null): boolean {
  return generator !== null && /\b(planet|venus)\b/i.test(generator);
}

/** The registrable domains that are the feed's own (its site, its address, its self link). */
export function ownSites(feed: ParsedFeed, feedUrl: string): ReadonlySet<string | null> {
  return new Set([
    registrableDomain(feed.siteUrl),
    registrableDomain(feedUrl),
    registrableDomain(feed.selfUrl),
  ]);
}

/** The site an entry comes from: where it links, else the site or feed its <source> names. */
export function entrySite(entry: ParsedEntry): string | null {
  return (
    registrableDomain(entry.origLink ?? entry.link) ??
    registrableDomain(entry.source?.siteUrl ?? null) ??
    registrableDomain(entry.source?.feedUrl ?? null)
  );
}

export function isPlanetFeed(feed: ParsedFeed, feedUrl: string): boolean {
  if (generatorSaysPlanet(feed.generator)) return true;
  const entries = feed.entries;
  if (entries.length === 0) return false;
  const own = ownSites(feed, feedUrl);
  const foreignSites = new Set<string>();
  let foreignEntries = 0;
  for (const entry of entries) {
    const site = entrySite(entry);
    if (site === null || own.has(site)) continue;
    foreignSites.add(site);
    foreignEntries += 1;
  }
  return foreignSites.size >= MIN_FOREIGN_SITES && foreignEntries * 2 > entries.length;
}
