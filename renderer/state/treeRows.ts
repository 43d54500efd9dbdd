// The feed tree as the flat list of rows it shows: smart views, then folders (each followed by its
// sub-folders and feeds while open), then loose feeds. The tree draws only the rows in view of
// this list (FeedTree), so each row carries what a screen reader needs from its place: its
// level, its position among its siblings and how many they are. Pure: unit-tested from Node.
import type { FeedSummary } from '../../shared/model.ts';
import type { FeedTreeModel, FolderNode } from './views.ts';

interface Place {
  readonly key: string;
  readonly level: number;
  readonly posInSet: number;
  readonly setSize: number;
  /** The folder the row sits in; null at the top level. */
  readonly parentFolderId: number | null;
}

export type TreeRowModel =
  | (Place & { readonly kind: 'smart'; readonly smart: 'unread' | 'starred' })
  | (Place & { readonly kind: 'folder'; readonly node: FolderNode; readonly expanded: boolean })
  | (Place & { readonly kind: 'feed'; readonly feed: FeedSummary });

export function visibleTreeRows(
  tree: FeedTreeModel,
  collapsed: ReadonlySet<number>,
): TreeRowModel[] {
  const rows: TreeRowModel[] = [];
  const topSize = 2 + tree.roots.length + tree.topFeeds.length;
  const top = { level: 1, setSize: topSize, parentFolderId: null };
  rows.push({ ...top, kind: 'smart', smart: 'unread', key: 'unread', posInSet: 1 });
  rows.push({ ...top, kind: 'smart', smart: 'starred', key: 'starred', posInSet: 2 });

  const addFeeds = (
    feeds: readonly FeedSummary[],
    place: Omit<Place, 'key' | 'posInSet'>,
    from: number,
  ) =>
    feeds.forEach((feed, i) =>
      rows.push({ ...place, kind: 'feed', feed, key: `feed:${feed.id}`, posInSet: from + i }),
    );
  const addFolder = (node: FolderNode, place: Omit<Place, 'key'>): void => {
    const expanded = !collapsed.has(node.folder.id);
    rows.push({ ...place, kind: 'folder', node, expanded, key: `folder:${node.folder.id}` });
    if (!expanded) return;
    const inside = {
      level: place.level + 1,
      setSize: node.children.length + node.feeds.length,
      parentFolderId: node.folder.id,
    };
    node.children.forEach((child, i) => addFolder(child, { ...inside, posInSet: i + 1 }));
    addFeeds(node.feeds, inside, node.children.length + 1);
  };
  tree.roots.forEach((node, i) => addFolder(node, { ...top, posInSet: 3 + i }));
  addFeeds(tree.topFeeds, top, 3 + tree.roots.length);
  return rows;
}

/** Unread posts per folder, its sub-folders' included: once per new counts, not once per row. */
export function folderUnreadTotals(
  tree: FeedTreeModel,
  feedCounts: Readonly<Record<number, number>>,
): Map<number, number> {
  const totals = new Map<number, number>();
  const total = (node: FolderNode): number => {
    let sum = 0;
    for (const feed of node.feeds) sum += feedCounts[feed.id] ?? feed.unread;
    for (const child of node.children) sum += total(child);
    totals.set(node.folder.id, sum);
    return sum;
  };
  tree.roots.forEach(total);
  return totals;
}
