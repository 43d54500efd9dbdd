// Whether the window is at its first run (nothing fetched yet, or only the planet Orrery
// subscribed to by itself), and whether it is offline. Pure, for the welcome and the empty list.
import type { FeedSummary } from '../../shared/model.ts';

export interface FirstRun {
  /** Planet Linux Australia is among the subscriptions (the engine's first-run feed). */
  readonly planet: boolean;
  /** No feed has ever been fetched. */
  readonly nothingFetched: boolean;
  /** A first fetch could not reach its server (the engine keeps the feed and retries). */
  readonly offline: boolean;
}

export const isFirstRunPlanet = (feed: FeedSummary): boolean =>
  /(^|[/.])planet\.linux\.org\.au(\/|$)/i.test(feed.url);

export function firstRunOf(feeds: readonly FeedSummary[], online: boolean): FirstRun | null {
  const nothingFetched = feeds.every((feed) => feed.status === 'new');
  const onlyPlanet = feeds.length === 1 && feeds.every(isFirstRunPlanet);
  if (!nothingFetched && !onlyPlanet) return null;
  return {
    planet: feeds.some(isFirstRunPlanet),
    nothingFetched,
    offline: !online || feeds.some((feed) => feed.status === 'new' && feed.error !== null),
  };
}
