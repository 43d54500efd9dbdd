// The feed pane: smart views, folders and feeds with unread counts and status, as an ARIA tree.
// The rows (TreeRows.tsx) only draw; clicks, keys, menus and drags are handled here, once for
// the whole tree, and find their row by its data-tree-key.
import { memo, useEffect } from 'react';
import { restoreRowFocus } from './dialogs/focus.ts';
import { FeedRow, FolderRow, SmartRow } from './TreeRows.tsx';
import { useTreeKeys } from '../hooks/useTreeKeys.ts';
import type { UnreadCounts } from '../../shared/model.ts';
import { treeGestureProps, type TreeGestures } from '../state/treeGestures.ts';
import { viewKey, viewOfKey, type FeedTreeModel, type View } from '../state/views.ts';

interface Props {
  readonly tree: FeedTreeModel;
  readonly counts: UnreadCounts;
  readonly view: View;
  readonly collapsed: ReadonlySet<number>;
  readonly onSelect: (view: View) => void;
  readonly onToggleFolder: (folderId: number) => void;
  /** Context menus and drag and drop (absent: a tree to read only). */
  readonly gestures?: TreeGestures;
}

/** Memoised: opening an entry re-renders the reader, and the tree only when its own props change. */
export const FeedTree = memo(function FeedTree({
  tree,
  counts,
  view,
  collapsed,
  onSelect,
  onToggleFolder,
  gestures,
}: Props) {
  // A row drawn anew (moved into another folder) gets back the focus it had.
  useEffect(restoreRowFocus);
  const keys = useTreeKeys(tree, collapsed, view, onSelect, onToggleFolder);
  const { openMenuByKey, ...gestureProps } = treeGestureProps(gestures);
  const selectedKey = viewKey(view);
  const draggable = gestures !== undefined;

  const onClick = (event: React.MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    const row = event.target.closest<HTMLElement>('[data-tree-key]');
    const target = viewOfKey(row?.dataset.treeKey ?? '');
    if (!target) return;
    if (target.kind === 'folder' && event.target.closest('.twisty')) onToggleFolder(target.id);
    else onSelect(target);
  };

  return (
    <ul
      role="tree"
      aria-label="Feeds"
      className="feed-tree"
      {...gestureProps}
      onClick={onClick}
      onKeyDown={(event) => {
        if (!openMenuByKey?.(event)) keys.onKeyDown(event);
      }}
      onPointerDown={keys.onPointerDown}
      onFocus={keys.onFocus}
    >
      <SmartRow kind="unread" count={counts.allUnread} selected={selectedKey === 'unread'} />
      <SmartRow kind="starred" count={counts.starred} selected={selectedKey === 'starred'} />
      {tree.roots.map((node) => (
        <FolderRow
          key={node.folder.id}
          node={node}
          level={1}
          counts={counts}
          selectedKey={selectedKey}
          collapsed={collapsed}
          draggable={draggable}
        />
      ))}
      {tree.topFeeds.map((feed) => (
        <FeedRow
          key={feed.id}
          feed={feed}
          unread={counts.feeds[feed.id] ?? feed.unread}
          level={1}
          selected={selectedKey === `feed:${feed.id}`}
          draggable={draggable}
        />
      ))}
    </ul>
  );
});
