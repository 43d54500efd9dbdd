// What a collapsed feed pane would have shown: a refresh under way, or feeds that failed. A narrow
// window's "Feeds" button carries it, so nobody has to open the drawer to learn either.
import type { FeedSummary } from '../../shared/model.ts';
import type { ReaderEvents } from '../../shared/api.ts';

type RefreshProgress = ReaderEvents['refreshProgress'];

export function feedsPaneNews(
  progress: RefreshProgress,
  feeds: readonly FeedSummary[],
): string | null {
  if (progress.running) return `refreshing ${progress.done} of ${progress.total || '…'}`;
  const failing = feeds.filter((feed) => feed.status === 'error' || feed.status === 'gone').length;
  if (failing === 0) return null;
  return failing === 1 ? '1 feed failing' : `${failing} feeds failing`;
}
