// The icon a post shows: its feed's (FeedIcon), except a planet's post whose member blog is not
// subscribed, which shows the member site's own icon (/cache/icon?site=ORIGIN) and falls back to
// the planet's icon or letter when the cache has none (a 404). One <img> per such row, and the
// browser asks once per site.
import type { FeedSummary } from '../../shared/model.ts';
import { cacheSiteIconUrl } from '../article/cachedImages.ts';
import { CachedIconImage, FeedIcon, hostOf, iconFeedOf } from './FeedIcon.tsx';

type Post = { readonly feeds: readonly number[]; readonly url: string | null };

export function PostIcon({
  post,
  feedsById,
}: {
  post: Post;
  feedsById: ReadonlyMap<number, FeedSummary>;
}) {
  const feed = iconFeedOf(post, feedsById);
  const site = memberSiteOf(post, feed);
  // Keyed by site, so a row showing another post starts afresh.
  if (!site) return <FeedIcon feed={feed} />;
  return (
    <CachedIconImage
      key={site}
      className="feed-icon image site"
      src={cacheSiteIconUrl(site, window.location)}
      fallback={() => <FeedIcon feed={feed} />}
    />
  );
}

/** The origin of a planet post's own site, when it is not the planet's. */
function memberSiteOf(post: Post, feed: FeedSummary | null): string | null {
  if (!feed?.isPlanet || !post.url) return null;
  const host = hostOf(post.url);
  if (host === null || host === hostOf(feed.siteUrl) || host === hostOf(feed.url)) return null;
  try {
    const url = new URL(post.url);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
