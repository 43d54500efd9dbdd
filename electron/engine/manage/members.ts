// Planet members in one step: list a planet's member blogs (marking the ones already subscribed)
// and subscribe the chosen ones into a folder named after the planet. Their posts then merge with
// the planet's copies by the usual identity rules (store/savePosts.ts): one post, read once.
import type { AddedFeed, MembersSubscribed, PlanetMember } from '../../../shared/model.ts';
import { requestFetch } from '../fetch/requestFetch.ts';
import { findMembers } from '../planet/members/findMembers.ts';
import type { RefreshContext } from '../poll/refreshFeed.ts';
import type { FeedRecord } from '../store/index.ts';
import { normalizeSubscriptionUrl } from '../subscriptionUrl.ts';

export async function planetMembers(
  ctx: RefreshContext,
  planet: FeedRecord,
  signal: AbortSignal,
): Promise<PlanetMember[]> {
  const fetch = requestFetch({ ...ctx.fetchOptions, limiter: ctx.limiter }, planet.privateOk);
  const members = await findMembers(planet, {
    // The planet's own trust: members of a public planet are the internet's addresses.
    fetch: (url) => fetch(url, signal),
    parse: ctx.parse,
  });
  return members
    .filter((member) => member.url !== planet.url)
    .map((member) => ({ ...member, subscribed: ctx.store.findFeedByUrl(member.url) !== null }));
}

/** The planet's folder: its name, beside the planet (in the planet's own folder, if any). */
export function membersFolder(planetTitle: string, planetFolder: string | null): string {
  const name = planetTitle.replaceAll('/', '-').replace(/\s+/g, ' ').trim() || 'Planet members';
  return planetFolder ? `${planetFolder}/${name}` : name;
}

export async function subscribeMembers(
  planet: FeedRecord,
  planetFolder: string | null,
  urls: readonly string[],
  add: (url: string, folder: string) => Promise<AddedFeed>,
): Promise<MembersSubscribed> {
  const folder = membersFolder(planet.title, planetFolder);
  const added: { id: number; url: string; title: string }[] = [];
  const problems: { url: string; message: string }[] = [];
  let existing = 0;
  const unique = [...new Set(urls.map((url) => url.trim()))];
  await Promise.all(
    unique.map(async (url) => {
      try {
        normalizeSubscriptionUrl(url);
        const feed = await add(url, folder);
        if (feed.alreadySubscribed) existing++;
        else added.push({ id: feed.id, url: feed.url, title: feed.title });
      } catch (error) {
        problems.push({ url, message: error instanceof Error ? error.message : String(error) });
      }
    }),
  );
  added.sort((a, b) => a.id - b.id);
  return { folder, added, existing, problems };
}
