// The feed pane: smart views, folders and feeds with unread counts and status, as an ARIA tree.
// Only the rows in view (and the one Tab reaches) are in the DOM: with 5,000 feeds, drawing every
// row took seconds. Each row says its level, position and set size, so screen readers still
// hear where it sits. The rows (TreeRows.tsx) only draw; clicks, keys, menus and drags are
// handled here, once for the whole tree, and find their row by its data-tree-key.
import { memo, useEffect, useMemo, useRef, type RefObject } from 'react';
import { restoreRowFocus } from './dialogs/focus.ts';
import { TreeRow, treeRowHeight } from './TreeRows.tsx';
import { useFixedRows } from '../hooks/useFixedRows.ts';
import { useTreeKeys } from '../hooks/useTreeKeys.ts';
import { rowsToDraw } from '../state/rowsInView.ts';
import type { UnreadCounts } from '../../shared/model.ts';
import { treeGestureProps, type TreeGestures } from '../state/treeGestures.ts';
import { folderUnreadTotals, visibleTreeRows, type TreeRowModel } from '../state/treeRows.ts';
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

/** Space above the first row and below the last, inside the pane's scroll area. */
const edgePadding = 6;

function countOf(row: TreeRowModel, counts: UnreadCounts, folders: Map<number, number>): number {
  switch (row.kind) {
    case 'smart':
      return row.smart === 'unread' ? counts.allUnread : counts.starred;
    case 'folder':
      return folders.get(row.node.folder.id) ?? 0;
    case 'feed':
      return counts.feeds[row.feed.id] ?? row.feed.unread;
  }
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
  const treeRef = useRef<HTMLUListElement>(null);
  // The tree scrolls with the feed pane's scroll area, its parent.
  const paneRef = useMemo<RefObject<HTMLElement | null>>(
    () => ({
      get current() {
        return treeRef.current?.parentElement ?? null;
      },
    }),
    [],
  );
  const keys = useTreeKeys(tree, collapsed, view, onSelect, onToggleFolder);
  const { openMenuByKey, ...gestureProps } = treeGestureProps(gestures);
  const rows = useMemo(() => visibleTreeRows(tree, collapsed), [tree, collapsed]);
  const folderTotals = useMemo(() => folderUnreadTotals(tree, counts.feeds), [tree, counts.feeds]);
  const selectedKey = viewKey(view);
  const selectedIndex = useMemo(
    () => rows.findIndex((row) => row.key === selectedKey),
    [rows, selectedKey],
  );
  // The row Tab reaches is always drawn, wherever the tree is scrolled.
  const tabStop = Math.max(0, selectedIndex);
  const { first, last, totalHeight, rowTop, scrollToRow } = useFixedRows(
    paneRef,
    rows.length,
    treeRowHeight,
    10,
    edgePadding,
  );

  // A view chosen elsewhere (n/p, a new feed, a key in the tree) is scrolled into view.
  useEffect(() => {
    if (selectedIndex >= 0) scrollToRow(selectedIndex);
    // Only when the selection moves: scrollToRow changes with every scroll, and scrolling the
    // tree away from the selected row must not pull it back.
  }, [selectedIndex]);

  const onClick = (event: React.MouseEvent) => {
    if (!(event.target instanceof Element)) return;
    const row = event.target.closest<HTMLElement>('[data-tree-key]');
    const target = viewOfKey(row?.dataset.treeKey ?? '');
    if (!target) return;
    if (target.kind === 'folder' && event.target.closest('.twisty')) onToggleFolder(target.id);
    else onSelect(target);
  };

  const draggable = gestures !== undefined;
  return (
    <ul
      ref={treeRef}
      role="tree"
      aria-label="Feeds"
      className="feed-tree"
      style={{ height: `${totalHeight}px` }}
      {...gestureProps}
      onClick={onClick}
      onKeyDown={(event) => {
        if (!openMenuByKey?.(event)) keys.onKeyDown(event);
      }}
      onPointerDown={keys.onPointerDown}
      onFocus={keys.onFocus}
    >
      {rowsToDraw(first, last, tabStop).map((index) => {
        const row = rows[index];
        if (!row) return null;
        return (
          <TreeRow
            key={row.key}
            row={row}
            count={countOf(row, counts, folderTotals)}
            selected={row.key === selectedKey}
            tabStop={index === tabStop}
            top={rowTop(index)}
            draggable={draggable && row.kind !== 'smart'}
          />
        );
      })}
    </ul>
  );
});
