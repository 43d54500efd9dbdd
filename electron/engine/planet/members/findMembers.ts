// A planet's member blogs, best source first: the planet's own OPML (linked from its page, or at
// /opml.xml); else the Atom <source> elements of its entries; else the sites its entries link to,
// each autodiscovered. The planet's answers are hostile input like any other: only http(s)
// addresses come out, and the work is bounded.
import { decodeText } from '../../decode/decodeText.ts';
import { discoverFeeds } from '../../discover/discoverFeeds.ts';
import type { FetchOutcome } from '../../fetch/types.ts';
import { readOpml } from '../../opml/readOpml.ts';
import type { ParsedFeed } from '../../parse/types.ts';
import type { ParseFn } from '../../poll/parseWorkerPool.ts';
import { opmlAddresses } from './opmlLinks.ts';

export interface Member {
  readonly title: string;
  readonly url: string;
  readonly siteUrl: string | null;
}

export interface MemberSources {
  readonly fetch: (url: string) => Promise<FetchOutcome>;
  readonly parse: ParseFn;
}

/** How many entry sites are autodiscovered at most (the last resort costs a request each). */
const maxAuthorSites = 40;

export async function findMembers(
  planet: { url: string; siteUrl: string | null },
  sources: MemberSources,
): Promise<Member[]> {
  const page = planet.siteUrl ?? new URL('/', planet.url).href;
  const html = await fetchText(page, sources);
  for (const address of opmlAddresses(html, page)) {
    const members = await membersFromOpml(address, sources);
    if (members.length) return members;
  }
  const feed = await fetchFeed(planet.url, sources);
  if (!feed) return [];
  const fromSources = membersFromAtomSources(feed);
  if (fromSources.length) return fromSources;
  return membersFromEntrySites(feed, planet, sources);
}

async function membersFromOpml(address: string, sources: MemberSources): Promise<Member[]> {
  const outcome = await sources.fetch(address);
  if (outcome.kind !== 'ok') return [];
  const document = readOpml(outcome.body, outcome.contentType);
  return unique(
    document.feeds.map((feed) => ({
      title: feed.title ?? new URL(feed.url).host,
      url: feed.url,
      siteUrl: feed.siteUrl,
    })),
  );
}

function membersFromAtomSources(feed: ParsedFeed): Member[] {
  const members: Member[] = [];
  for (const entry of feed.entries) {
    const source = entry.source;
    const url = httpUrl(source?.feedUrl ?? null);
    if (!source || !url) continue;
    members.push({
      title: source.title || entry.author || new URL(url).host,
      url,
      siteUrl: httpUrl(source.siteUrl),
    });
  }
  return unique(members);
}

async function membersFromEntrySites(
  feed: ParsedFeed,
  planet: { url: string; siteUrl: string | null },
  sources: MemberSources,
): Promise<Member[]> {
  const planetHosts = new Set([planet.url, planet.siteUrl].map(hostOf));
  const sites = new Map<string, string>();
  for (const entry of feed.entries) {
    const link = httpUrl(entry.link);
    if (!link || planetHosts.has(hostOf(link))) continue;
    const origin = new URL(link).origin + '/';
    if (!sites.has(origin)) sites.set(origin, entry.author ?? new URL(link).host);
  }
  const found = await Promise.all(
    [...sites].slice(0, maxAuthorSites).map(async ([site, author]): Promise<Member | null> => {
      const html = await fetchText(site, sources);
      const feedLink = html === null ? undefined : discoverFeeds(html, site)[0];
      return feedLink
        ? { title: feedLink.title ?? author, url: feedLink.url, siteUrl: site }
        : null;
    }),
  );
  return unique(found.filter((member): member is Member => member !== null));
}

async function fetchText(url: string, sources: MemberSources): Promise<string | null> {
  const outcome = await sources.fetch(url);
  if (outcome.kind !== 'ok') return null;
  return decodeText(outcome.body, outcome.contentType, 'html').text;
}

async function fetchFeed(url: string, sources: MemberSources): Promise<ParsedFeed | null> {
  const outcome = await sources.fetch(url);
  if (outcome.kind !== 'ok') return null;
  const parsed = await sources.parse({
    url: outcome.finalUrl,
    bytes: outcome.body,
    contentType: outcome.contentType,
  });
  return parsed.kind === 'feed' ? parsed.feed : null;
}

function unique(members: Member[]): Member[] {
  const seen = new Set<string>();
  return members.filter((member) => !seen.has(member.url) && seen.add(member.url) !== undefined);
}

function httpUrl(address: string | null): string | null {
  if (!address) return null;
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

function hostOf(address: string | null): string | null {
  try {
    return address ? new URL(address).host.toLowerCase() : null;
  } catch {
    return null;
  }
}
