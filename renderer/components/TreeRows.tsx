// The feed tree's rows. Memoised: a new selection or new counts redraw the rows they change, not
// all of a thousand feeds. Clicks, menus and drags are handled by the tree (FeedTree), which
// finds the row by its data-tree-key; rows hold no handlers of their own.
import { memo, type ReactNode } from 'react';
import type { FeedSummary, UnreadCounts } from '../../shared/model.ts';
import { folderUnread, type FolderNode } from '../state/views.ts';
import { FeedIcon } from './FeedIcon.tsx';

interface RowLook {
  readonly treeKey: string;
  readonly label: string;
  /** Unread posts (starred ones for the Starred view). */
  readonly count: number;
  readonly noun?: 'unread' | 'starred';
  readonly level: number;
  readonly selected: boolean;
  readonly className: string;
  readonly title?: string;
  readonly status?: string;
  readonly expanded?: boolean;
  readonly draggable?: boolean;
  readonly icon: ReactNode;
  readonly children?: ReactNode;
}

/** One treeitem: its label line (icon, title, count) and, for an open folder, its group. */
function Row(look: RowLook) {
  const { level, selected, count } = look;
  const name = `${look.label}, ${count} ${look.noun ?? 'unread'}${look.status ? `, ${look.status}` : ''}`;
  return (
    <li
      role="treeitem"
      aria-level={level}
      aria-selected={selected}
      aria-label={name}
      aria-expanded={look.expanded}
      tabIndex={selected ? 0 : -1}
      data-tree-key={look.treeKey}
      title={look.title}
      draggable={look.draggable || undefined}
      className={`tree-row ${look.className}${selected ? ' selected' : ''}${count > 0 ? ' has-unread' : ''}`}
      // Levels up to 6 are indented by the style sheet (one inline style per row cost more).
      style={level > 6 ? { paddingInlineStart: `${8 + (level - 1) * 14}px` } : undefined}
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
      {look.children}
    </li>
  );
}

export function SmartRow(props: {
  readonly kind: 'unread' | 'starred';
  readonly count: number;
  readonly selected: boolean;
}) {
  const unread = props.kind === 'unread';
  return (
    <Row
      treeKey={props.kind}
      label={unread ? 'All unread' : 'Starred'}
      count={props.count}
      noun={unread ? 'unread' : 'starred'}
      level={1}
      selected={props.selected}
      className="smart"
      icon={
        <span className={`feed-icon${unread ? '' : ' star'}`} aria-hidden="true">
          {unread ? '●' : '★'}
        </span>
      }
    />
  );
}

function statusNote(feed: FeedSummary): string {
  if (feed.status === 'error') return feed.error ?? 'The last check failed.';
  if (feed.status === 'gone') return feed.error ?? 'This feed is gone (the server answered 410).';
  return '';
}

interface FeedRowProps {
  readonly feed: FeedSummary;
  readonly unread: number;
  readonly level: number;
  readonly selected: boolean;
  readonly draggable: boolean;
}

export const FeedRow = memo(function FeedRow({
  feed,
  unread,
  level,
  selected,
  draggable,
}: FeedRowProps) {
  const note = statusNote(feed);
  return (
    <Row
      treeKey={`feed:${feed.id}`}
      label={feed.title || feed.url}
      count={unread}
      level={level}
      selected={selected}
      className={`feed status-${feed.status}`}
      title={note || feed.url}
      status={note ? `error: ${note}` : undefined}
      draggable={draggable}
      icon={
        feed.status === 'error' || feed.status === 'gone' ? (
          <span className={`feed-icon status-${feed.status}`} aria-hidden="true">
            {feed.status === 'error' ? '!' : '×'}
          </span>
        ) : (
          <FeedIcon feed={feed} />
        )
      }
    />
  );
});

interface FolderRowProps {
  readonly node: FolderNode;
  readonly level: number;
  readonly counts: UnreadCounts;
  readonly selectedKey: string;
  readonly collapsed: ReadonlySet<number>;
  readonly draggable: boolean;
}

/** Rows are about 27 px high: the height a group takes before content-visibility draws it. */
function groupSize(node: FolderNode): React.CSSProperties {
  return { containIntrinsicBlockSize: `auto ${(node.feeds.length + node.children.length) * 27}px` };
}

export const FolderRow = memo(function FolderRow(props: FolderRowProps) {
  const { node, level, counts, selectedKey, collapsed, draggable } = props;
  const open = !collapsed.has(node.folder.id);
  const treeKey = `folder:${node.folder.id}`;
  return (
    <Row
      treeKey={treeKey}
      label={node.folder.name}
      count={folderUnread(node, counts.feeds)}
      level={level}
      selected={selectedKey === treeKey}
      className="folder"
      title={node.folder.path}
      expanded={open}
      draggable={draggable}
      icon={
        <button type="button" className="twisty" tabIndex={-1} aria-hidden="true">
          {open ? '▾' : '▸'}
        </button>
      }
    >
      {open ? (
        <ul role="group" style={groupSize(node)}>
          {node.children.map((child) => (
            <FolderRow key={child.folder.id} {...props} node={child} level={level + 1} />
          ))}
          {node.feeds.map((feed) => (
            <FeedRow
              key={feed.id}
              feed={feed}
              unread={counts.feeds[feed.id] ?? feed.unread}
              level={level + 1}
              selected={selectedKey === `feed:${feed.id}`}
              draggable={draggable}
            />
          ))}
        </ul>
      ) : null}
    </Row>
  );
});
