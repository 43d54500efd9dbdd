// A feed's icon from Orrery's cache (/cache/icon?feed=ID), or a letter badge when it has none.
// A planet's post shows its member's icon when the member's blog is subscribed too.
import { useEffect, useState } from 'react';
import type { FeedSummary } from '../../shared/model.ts';
import { cacheIconUrl } from '../article/cachedImages.ts';

/** Feeds whose icon was missing, and when: asked again after a minute (icons arrive after a refresh). */
const missing = new Map<number, number>();
const retryMs = 60_000;

const knownMissing = (feedId: number): boolean =>
  Date.now() - (missing.get(feedId) ?? -Infinity) < retryMs;

/** The feed whose icon a post shows: the one whose site is the post's own (a planet member's
 * blog, when subscribed), else the first feed that carried it. */
export function iconFeedOf(
  post: { readonly feeds: readonly number[]; readonly url: string | null },
  feedsById: ReadonlyMap<number, FeedSummary>,
): FeedSummary | null {
  const feeds = post.feeds.map((id) => feedsById.get(id)).filter((feed) => feed !== undefined);
  const postHost = hostOf(post.url);
  return (
    feeds.find((feed) => postHost !== null && hostOf(feed.siteUrl) === postHost) ?? feeds[0] ?? null
  );
}

function hostOf(url: string | null): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

export function letterOf(title: string): string {
  const letter = /[\p{L}\p{N}]/u.exec(title)?.[0] ?? '?';
  return letter.toLocaleUpperCase();
}

export function FeedIcon({ feed }: { feed: Pick<FeedSummary, 'id' | 'title' | 'url'> | null }) {
  const feedId = feed?.id ?? null;
  const [failed, setFailed] = useState(() => feedId === null || knownMissing(feedId));
  useEffect(() => setFailed(feedId === null || knownMissing(feedId)), [feedId]);
  if (feedId === null || failed) {
    return (
      <span className="feed-icon letter" aria-hidden="true">
        {letterOf(feed ? feed.title || feed.url.replace(/^\w+:\/\/(www\.)?/, '') : '?')}
      </span>
    );
  }
  return (
    <img
      className="feed-icon image"
      src={cacheIconUrl(feedId, window.location)}
      alt=""
      aria-hidden="true"
      width={16}
      height={16}
      onError={() => {
        missing.set(feedId, Date.now());
        setFailed(true);
      }}
    />
  );
}
