// The feed tree's rows, each a treeitem placed at its offset in the tree (only rows in view are
// drawn: FeedTree). Memoised: a new selection or new counts redraw the rows they change. Clicks,
// menus and drags are handled by the tree, which finds the row by its data-tree-key; rows hold
// no handlers of their own.
import { memo, type ReactNode } from 'react';
import type { FeedSummary } from '../../shared/model.ts';
import type { TreeRowModel } from '../state/treeRows.ts';
import { FeedIcon } from './FeedIcon.tsx';

/** Every row's height in pixels (the style sheet gives .tree-row the same). */
export const treeRowHeight = 28;

interface RowLook {
  readonly place: TreeRowModel;
  readonly label: string;
  /** Unread posts (starred ones for the Starred view). */
  readonly count: number;
  readonly noun?: 'unread' | 'starred';
  readonly selected: boolean;
  /** The one row Tab reaches (roving tabindex): the selected one, or the first when it is hidden. */
  readonly tabStop: boolean;
  readonly top: number;
  readonly className: string;
  readonly title?: string;
  readonly status?: string;
  readonly expanded?: boolean;
  readonly draggable?: boolean;
  readonly icon: ReactNode;
}

/** One treeitem: icon, title and count on one line. */
function Row(look: RowLook) {
  const { place, selected, count } = look;
  const name = `${look.label}, ${count} ${look.noun ?? 'unread'}${look.status ? `, ${look.status}` : ''}`;
  const level = place.level;
  // Levels up to 6 are indented by the style sheet (one inline style per row cost more).
  const indent = level > 6 ? { paddingInlineStart: `${8 + (level - 1) * 14}px` } : {};
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-setsize={place.setSize}
      aria-posinset={place.posInSet}
      aria-selected={selected}
      aria-label={name}
      aria-expanded={look.expanded}
      tabIndex={look.tabStop ? 0 : -1}
      data-tree-key={place.key}
      data-folder-id={place.parentFolderId ?? undefined}
      title={look.title}
      draggable={look.draggable || undefined}
      className={`tree-row ${look.className}${selected ? ' selected' : ''}${count > 0 ? ' has-unread' : ''}`}
      style={{ transform: `translateY(${look.top}px)`, ...indent }}
    >
      <span className="tree-label">
        {look.icon}
        <span className="tree-title">{look.label}</span>
        {count > 0 ? (
          <span className="count" aria-hidden="true">
            {count > 9999 ? '9999+' : count}
          </span>
        ) : null}
      </span>
    </li>
  );
}

function statusNote(feed: FeedSummary): string {
  if (feed.status === 'error') return feed.error ?? 'The last check failed.';
  if (feed.status === 'gone') return feed.error ?? 'This feed is gone (the server answered 410).';
  return '';
}

function feedIcon(feed: FeedSummary): ReactNode {
  if (feed.status !== 'error' && feed.status !== 'gone') return <FeedIcon feed={feed} />;
  return (
    <span className={`feed-icon status-${feed.status}`} aria-hidden="true">
      {feed.status === 'error' ? '!' : '×'}
    </span>
  );
}

export interface TreeRowProps {
  readonly row: TreeRowModel;
  /** Unread posts of the feed or folder (sub-folders included); starred for Starred. */
  readonly count: number;
  readonly selected: boolean;
  readonly tabStop: boolean;
  readonly top: number;
  readonly draggable: boolean;
}

/** A smart view's, folder's or feed's row. */
export const TreeRow = memo(function TreeRow(props: TreeRowProps) {
  const { row, count, selected, tabStop, top, draggable } = props;
  const common = { place: row, count, selected, tabStop, top };
  switch (row.kind) {
    case 'smart': {
      const unread = row.smart === 'unread';
      return (
        <Row
          {...common}
          label={unread ? 'All unread' : 'Starred'}
          noun={unread ? 'unread' : 'starred'}
          className="smart"
          icon={
            <span className={`feed-icon${unread ? '' : ' star'}`} aria-hidden="true">
              {unread ? '●' : '★'}
            </span>
          }
        />
      );
    }
    case 'folder':
      return (
        <Row
          {...common}
          label={row.node.folder.name}
          className="folder"
          title={row.node.folder.path}
          expanded={row.expanded}
          draggable={draggable}
          icon={
            <button type="button" className="twisty" tabIndex={-1} aria-hidden="true">
              {row.expanded ? '▾' : '▸'}
            </button>
          }
        />
      );
    case 'feed': {
      const { feed } = row;
      const note = statusNote(feed);
      return (
        <Row
          {...common}
          label={feed.title || feed.url}
          className={`feed status-${feed.status}`}
          title={note || feed.url}
          status={note ? `error: ${note}` : undefined}
          draggable={draggable}
          icon={feedIcon(feed)}
        />
      );
    }
  }
});
