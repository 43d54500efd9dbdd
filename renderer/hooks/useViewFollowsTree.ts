// When the feed or folder being viewed goes (unsubscribed, deleted, here or by another process),
// the list moves to All unread instead of showing a view of nothing.
import { useEffect } from 'react';
import { allUnreadView, type View } from '../state/views.ts';
import type { ReaderData } from './useReaderData.ts';

export function useViewFollowsTree(
  data: Pick<ReaderData, 'feeds' | 'folders' | 'loaded'>,
  view: View,
  selectView: (view: View) => void,
): void {
  const { feeds, folders, loaded } = data;
  useEffect(() => {
    if (!loaded) return;
    const gone =
      (view.kind === 'feed' && !feeds.some((feed) => feed.id === view.id)) ||
      (view.kind === 'folder' && !folders.some((folder) => folder.id === view.id));
    if (gone) selectView(allUnreadView);
  }, [feeds, folders, loaded, view, selectView]);
}
