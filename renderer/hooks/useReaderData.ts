// Subscriptions, folders, unread counts and refresh progress, kept current by the engine's events.
import { useCallback, useEffect, useMemo, useState } from 'react';
import type { OrreryClient, ReaderEvents } from '../../shared/api.ts';
import type { FeedSummary, Folder, UnreadCounts } from '../../shared/model.ts';
import { buildFeedTree, type FeedTreeModel } from '../state/views.ts';

const emptyCounts: UnreadCounts = { feeds: {}, allUnread: 0, starred: 0 };

export type RefreshProgress = ReaderEvents['refreshProgress'];

export interface ReaderData {
  readonly feeds: readonly FeedSummary[];
  readonly folders: readonly Folder[];
  readonly counts: UnreadCounts;
  readonly tree: FeedTreeModel;
  readonly feedsById: ReadonlyMap<number, FeedSummary>;
  readonly progress: RefreshProgress;
  /** The first load is done (before it, an empty list means nothing). */
  readonly loaded: boolean;
  /** Reads feeds, folders and counts again. */
  readonly loadFeeds: () => Promise<void>;
  /** Polls every feed now. */
  readonly refresh: () => void;
}

export function useReaderData(client: OrreryClient, fail: (error: unknown) => void): ReaderData {
  const [feeds, setFeeds] = useState<FeedSummary[]>([]);
  const [folders, setFolders] = useState<Folder[]>([]);
  const [counts, setCounts] = useState<UnreadCounts>(emptyCounts);
  const [loaded, setLoaded] = useState(false);
  const [progress, setProgress] = useState<RefreshProgress>({
    running: false,
    done: 0,
    total: 0,
  });

  const tree = useMemo(() => buildFeedTree(feeds, folders), [feeds, folders]);
  const feedsById = useMemo(() => new Map(feeds.map((feed) => [feed.id, feed])), [feeds]);

  const loadFeeds = useCallback(async () => {
    const [nextFeeds, nextFolders, nextCounts] = await Promise.all([
      client.listFeeds({}),
      client.listFolders({}),
      client.unreadCounts({}),
    ]);
    setFeeds(nextFeeds);
    setFolders(nextFolders);
    setCounts(nextCounts);
    setLoaded(true);
  }, [client]);

  useEffect(() => {
    loadFeeds().catch(fail);
  }, [loadFeeds, fail]);

  useEffect(() => {
    const offs = [
      client.on('countsChanged', setCounts),
      client.on('refreshProgress', setProgress),
      client.on('feedChanged', ({ feed }) =>
        setFeeds((list) => {
          const at = list.findIndex((item) => item.id === feed.id);
          return at < 0 ? [...list, feed] : list.map((item) => (item.id === feed.id ? feed : item));
        }),
      ),
      client.on('feedsChanged', () => void loadFeeds().catch(fail)),
    ];
    return () => offs.forEach((off) => off());
  }, [client, loadFeeds, fail]);

  const refresh = useCallback(() => {
    setProgress((p) => ({ ...p, running: true }));
    client
      .refresh({})
      .then(() => loadFeeds())
      .catch(fail)
      .finally(() => setProgress((p) => ({ ...p, running: false })));
  }, [client, loadFeeds, fail]);

  return { feeds, folders, counts, tree, feedsById, progress, loaded, loadFeeds, refresh };
}
