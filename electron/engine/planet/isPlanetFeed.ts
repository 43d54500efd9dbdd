// Is this feed an aggregator (Planet Venus, Planet 2.x, Drupal's aggregator) that republishes
// its members' posts? Such copies are merged with the members' own blogs.
import type { ParsedFeed } from '../parse/types.ts';
import { siteHost } from './canonicalLink.ts';

/** The fewest different member hosts that make a feed look like an aggregator. */
const MIN_FOREIGN_HOSTS = 3;

function generatorSaysPlanet(generator: string | null): boolean {
  return generator !== null && /\b(planet|venus)\b/i.test(generator);
}

export function isPlanetFeed(feed: ParsedFeed, feedUrl: string): boolean {
  if (generatorSaysPlanet(feed.generator)) return true;
  const entries = feed.entries;
  if (entries.length === 0) return false;

  // Planet Venus's Atom output attributes every entry to its member with atom:source.
  const withSource = entries.filter((entry) => entry.source !== null).length;
  if (withSource * 2 > entries.length) return true;

  // Drupal's aggregator and Venus's RSS template carry no marker: their entries link to
  // many other sites, where a blog's link to its own (or one FeedBurner) host.
  const ownHosts = new Set([siteHost(feed.siteUrl), siteHost(feedUrl), siteHost(feed.selfUrl)]);
  const foreignHosts = new Set<string>();
  let foreignEntries = 0;
  for (const entry of entries) {
    const host = siteHost(entry.origLink ?? entry.link);
    if (host === null || ownHosts.has(host)) continue;
    foreignHosts.add(host);
    foreignEntries += 1;
  }
  return foreignHosts.size >= MIN_FOREIGN_HOSTS && foreignEntries * 2 > entries.length;
}
