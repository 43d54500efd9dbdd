// The feed pane: smart views, folders and feeds with unread counts and status, as an ARIA tree.
import { memo, useEffect } from 'react';
import { restoreRowFocus } from './dialogs/focus.ts';
import { useTreeKeys } from '../hooks/useTreeKeys.ts';
import type { FeedSummary, UnreadCounts } from '../../shared/model.ts';
import { gestureProps, topLevelDropProps, type TreeGestures } from '../state/treeGestures.ts';
import {
  folderUnread,
  sameView,
  viewKey,
  type FeedTreeModel,
  type FolderNode,
  type View,
} from '../state/views.ts';
import { FeedIcon } from './FeedIcon.tsx';

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

function statusNote(feed: FeedSummary): string {
  if (feed.status === 'error') return feed.error ?? 'The last check failed.';
  if (feed.status === 'gone') return feed.error ?? 'This feed is gone (the server answered 410).';
  return '';
}

function CountBadge({ count }: { count: number }) {
  return count > 0 ? (
    <span className="count" aria-hidden="true">
      {count > 9999 ? '9999+' : count}
    </span>
  ) : null;
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
  const item = (
    target: View,
    label: string,
    unread: number,
    level: number,
    extra: {
      className?: string;
      title?: string;
      expanded?: boolean;
      status?: string;
    },
  ) => {
    const selected = sameView(view, target);
    const noun = target.kind === 'starred' ? 'starred' : 'unread';
    const name = `${label}, ${unread} ${noun}${extra.status ? `, ${extra.status}` : ''}`;
    return {
      role: 'treeitem',
      'aria-level': level,
      'aria-selected': selected,
      'aria-label': name,
      'aria-expanded': extra.expanded,
      tabIndex: selected ? 0 : -1,
      'data-tree-key': viewKey(target),
      title: extra.title,
      className: `tree-row ${extra.className ?? ''} ${selected ? 'selected' : ''} ${unread > 0 ? 'has-unread' : ''}`,
      style: { paddingInlineStart: `${8 + (level - 1) * 14}px` },
      onClick: (event: React.MouseEvent) => {
        event.stopPropagation();
        onSelect(target);
      },
      ...gestureProps(target, gestures),
    } as const;
  };

  const feedItem = (feed: FeedSummary, level: number) => {
    const unread = counts.feeds[feed.id] ?? feed.unread;
    const note = statusNote(feed);
    const target: View = { kind: 'feed', id: feed.id };
    return (
      <li
        key={`feed-${feed.id}`}
        {...item(target, feed.title || feed.url, unread, level, {
          className: `feed status-${feed.status}`,
          title: note || feed.url,
          status: note ? `error: ${note}` : undefined,
        })}
      >
        <span className="tree-label">
          {feed.status === 'error' || feed.status === 'gone' ? (
            <span className={`feed-icon status-${feed.status}`} aria-hidden="true">
              {feed.status === 'error' ? '!' : '×'}
            </span>
          ) : (
            <FeedIcon feed={feed} />
          )}
          <span className="tree-title">{feed.title || feed.url}</span>
          <CountBadge count={unread} />
        </span>
      </li>
    );
  };

  const folderItem = (node: FolderNode, level: number) => {
    const unread = folderUnread(node, counts.feeds);
    const open = !collapsed.has(node.folder.id);
    const target: View = { kind: 'folder', id: node.folder.id };
    return (
      <li
        key={`folder-${node.folder.id}`}
        {...item(target, node.folder.name, unread, level, {
          className: 'folder',
          expanded: open,
          title: node.folder.path,
        })}
      >
        <span className="tree-label">
          <button
            type="button"
            className="twisty"
            tabIndex={-1}
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              onToggleFolder(node.folder.id);
            }}
          >
            {open ? '▾' : '▸'}
          </button>
          <span className="tree-title">{node.folder.name}</span>
          <CountBadge count={unread} />
        </span>
        {open ? (
          <ul role="group">
            {node.children.map((child) => folderItem(child, level + 1))}
            {node.feeds.map((feed) => feedItem(feed, level + 1))}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <ul
      role="tree"
      aria-label="Feeds"
      className="feed-tree"
      {...topLevelDropProps(gestures)}
      onKeyDown={keys.onKeyDown}
      onPointerDown={keys.onPointerDown}
      onFocus={keys.onFocus}
    >
      <li {...item({ kind: 'unread' }, 'All unread', counts.allUnread, 1, { className: 'smart' })}>
        <span className="tree-label">
          <span className="feed-icon" aria-hidden="true">
            ●
          </span>
          <span className="tree-title">All unread</span>
          <CountBadge count={counts.allUnread} />
        </span>
      </li>
      <li {...item({ kind: 'starred' }, 'Starred', counts.starred, 1, { className: 'smart' })}>
        <span className="tree-label">
          <span className="feed-icon star" aria-hidden="true">
            ★
          </span>
          <span className="tree-title">Starred</span>
          <CountBadge count={counts.starred} />
        </span>
      </li>
      {tree.roots.map((node) => folderItem(node, 1))}
      {tree.topFeeds.map((feed) => feedItem(feed, 1))}
    </ul>
  );
});
