// Desktop notifications for new posts. A refresh can add posts to many feeds; they are collected
// and announced once when it ends. Posts from a feed's first fetch are never announced: a new
// subscription would otherwise shout its whole back catalogue.
import type { ReaderEvents } from '../../shared/api.ts';

export interface NotificationText {
  readonly title: string;
  readonly body: string;
}

export class NewPostCollector {
  readonly #pending = new Map<number, { count: number; titles: string[] }>();

  /** Keeps a batch unless it is the feed's first fetch (the engine says so). Returns whether it was kept. */
  add(batch: ReaderEvents['entriesAdded']): boolean {
    if (batch.firstFetch) return false;
    const unread = batch.entries.filter((entry) => !entry.read);
    if (unread.length === 0) return false;
    const pending = this.#pending.get(batch.feedId) ?? { count: 0, titles: [] };
    pending.count += unread.length;
    pending.titles.push(...unread.map((entry) => entry.title));
    this.#pending.set(batch.feedId, pending);
    return true;
  }

  /** The one notification for everything collected since the last flush, or null. */
  flush(feedTitle: (feedId: number) => string): NotificationText | null {
    const batches = [...this.#pending.entries()];
    this.#pending.clear();
    return summariseNewPosts(
      batches.map(([feedId, batch]) => ({ feedTitle: feedTitle(feedId), ...batch })),
    );
  }
}

export function summariseNewPosts(
  batches: readonly { feedTitle: string; count: number; titles: readonly string[] }[],
): NotificationText | null {
  const total = batches.reduce((sum, batch) => sum + batch.count, 0);
  if (total === 0) return null;
  const posts = (n: number) => (n === 1 ? '1 new post' : `${n} new posts`);
  const [only] = batches;
  if (batches.length === 1 && only) {
    return {
      title: only.feedTitle,
      body: only.count === 1 ? (only.titles[0] ?? posts(1)) : posts(only.count),
    };
  }
  const names = batches.map((batch) => batch.feedTitle);
  const shown = names.slice(0, 3).join(', ');
  return {
    title: `${posts(total)} in ${batches.length} feeds`,
    body: names.length > 3 ? `${shown} and ${names.length - 3} more` : shown,
  };
}

/** The tray icon's tooltip. */
export function trayTooltip(allUnread: number): string {
  if (allUnread <= 0) return 'Orrery: no unread posts';
  return `Orrery: ${allUnread.toLocaleString('en')} unread`;
}
