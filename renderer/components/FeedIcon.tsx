// A feed's icon from Orrery's cache (/cache/icon?feed=ID), or a letter badge when it has none.
// A planet's post shows its member's icon when the member's blog is subscribed too.
// Cheap enough for a tree of a thousand feeds: a feed without a cached icon (the engine says so,
// FeedSummary.hasIcon) is a plain badge that asks for nothing; an icon loads lazily.
import { useState, type ReactNode } from 'react';
import type { FeedSummary } from '../../shared/model.ts';
import { cacheIconUrl } from '../article/cachedImages.ts';

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

export function hostOf(url: string | null): string | null {
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

type IconFeed = Pick<FeedSummary, 'id' | 'title' | 'url' | 'hasIcon'>;

/** A plain function, not a component: a thousand tree rows each skip a component's cost. The
 * letter is drawn by the style sheet (::before), so it is no part of a row's text. */
function letterBadge(feed: IconFeed | null) {
  const letter = letterOf(feed ? feed.title || feed.url.replace(/^\w+:\/\/(www\.)?/, '') : '?');
  return <span className="feed-icon letter" data-letter={letter} aria-hidden="true" />;
}

/** An icon from Orrery's cache; `fallback` if it cannot be shown after all (none cached, a
 * damaged file). Used by feed icons here and by member site icons (PostIcon). */
export function CachedIconImage({
  src,
  className,
  fallback,
}: {
  src: string;
  className: string;
  fallback: () => ReactNode;
}) {
  const [failed, setFailed] = useState(false);
  if (failed) return fallback();
  return (
    <img
      className={className}
      src={src}
      alt=""
      aria-hidden="true"
      width={16}
      height={16}
      loading="lazy"
      decoding="async"
      onError={() => setFailed(true)}
    />
  );
}

export function FeedIcon({ feed }: { feed: IconFeed | null }) {
  // Keyed by feed, so a row or byline showing another feed starts afresh.
  if (!feed?.hasIcon) return letterBadge(feed);
  return (
    <CachedIconImage
      key={feed.id}
      className="feed-icon image"
      src={cacheIconUrl(feed.id, window.location)}
      fallback={() => letterBadge(feed)}
    />
  );
}
