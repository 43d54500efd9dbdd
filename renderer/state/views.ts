// What the entry list shows (a smart view, a folder or a feed), the query it sends, and the order
// n/p walk the tree in. Pure: no DOM, no React, so it is unit-tested from Node.
import type { EntryQuery, EntryRow, FeedSummary, Folder } from '../../shared/model.ts';

export type View =
  | { readonly kind: 'unread' }
  | { readonly kind: 'starred' }
  | { readonly kind: 'folder'; readonly id: number }
  | { readonly kind: 'feed'; readonly id: number };

export const allUnreadView: View = { kind: 'unread' };

export function viewKey(view: View): string {
  return view.kind === 'folder' || view.kind === 'feed' ? `${view.kind}:${view.id}` : view.kind;
}

/** The view a viewKey names; null for anything else. */
export function viewOfKey(key: string): View | null {
  if (key === 'unread' || key === 'starred') return { kind: key };
  const match = /^(feed|folder):(\d+)$/.exec(key);
  if (!match) return null;
  return { kind: match[1] === 'feed' ? 'feed' : 'folder', id: Number(match[2]) };
}

export function sameView(a: View, b: View): boolean {
  return viewKey(a) === viewKey(b);
}

/** The listEntries query for a view, without paging. */
export function queryForView(view: View, search: string): EntryQuery {
  const text = search.trim();
  const base: EntryQuery = text ? { search: text } : {};
  switch (view.kind) {
    case 'unread':
      // A search looks through everything, not only unread posts.
      return text ? base : { ...base, unread: true };
    case 'starred':
      return { ...base, starred: true };
    case 'folder':
      return { ...base, folderId: view.id };
    case 'feed':
      return { ...base, feedId: view.id };
  }
}

/** Whether a row still belongs in a filtered view after its read/starred state changed. */
export function rowStillMatches(
  query: EntryQuery,
  row: Pick<EntryRow, 'read' | 'starred'>,
): boolean {
  if (query.unread && row.read) return false;
  if (query.starred && !row.starred) return false;
  return true;
}

export interface FolderNode {
  readonly folder: Folder;
  readonly feeds: readonly FeedSummary[];
  readonly children: readonly FolderNode[];
}

export interface FeedTreeModel {
  readonly roots: readonly FolderNode[];
  readonly topFeeds: readonly FeedSummary[];
}

// One collator for every comparison: localeCompare with options builds one per call, which was
// most of building a tree of 1,000 feeds.
// Made on first use: a page's first collator loads ICU's data (15-45 ms in Chromium), and the
// window draws its first rows before it sorts any feed.
let titleOrder: Intl.Collator | null = null;
let nameOrder: Intl.Collator | null = null;
const byTitle = (a: FeedSummary, b: FeedSummary): number =>
  (titleOrder ??= new Intl.Collator(undefined, { sensitivity: 'base' })).compare(a.title, b.title);
const byName = (a: Folder, b: Folder): number =>
  (nameOrder ??= new Intl.Collator()).compare(a.name, b.name);

export function buildFeedTree(
  feeds: readonly FeedSummary[],
  folders: readonly Folder[],
): FeedTreeModel {
  const feedsByFolder = new Map<number | null, FeedSummary[]>();
  const knownFolders = new Set(folders.map((folder) => folder.id));
  for (const feed of feeds) {
    const key = feed.folderId !== null && knownFolders.has(feed.folderId) ? feed.folderId : null;
    const list = feedsByFolder.get(key) ?? [];
    list.push(feed);
    feedsByFolder.set(key, list);
  }
  const node = (folder: Folder): FolderNode => ({
    folder,
    feeds: [...(feedsByFolder.get(folder.id) ?? [])].sort(byTitle),
    children: folders
      .filter((child) => child.parentId === folder.id)
      .sort(byName)
      .map(node),
  });
  const roots = folders
    .filter((folder) => folder.parentId === null || !knownFolders.has(folder.parentId))
    .sort(byName)
    .map(node);
  return { roots, topFeeds: [...(feedsByFolder.get(null) ?? [])].sort(byTitle) };
}

/** Every view in the order the tree shows it: smart views, then folders with their feeds, then loose feeds. */
export function viewsInTreeOrder(tree: FeedTreeModel, collapsed: ReadonlySet<number>): View[] {
  const views: View[] = [{ kind: 'unread' }, { kind: 'starred' }];
  const walk = (node: FolderNode): void => {
    views.push({ kind: 'folder', id: node.folder.id });
    if (collapsed.has(node.folder.id)) return;
    node.children.forEach(walk);
    for (const feed of node.feeds) views.push({ kind: 'feed', id: feed.id });
  };
  tree.roots.forEach(walk);
  for (const feed of tree.topFeeds) views.push({ kind: 'feed', id: feed.id });
  return views;
}

/** The view `step` places away from `current` in tree order, clamped at the ends. */
export function stepView(views: readonly View[], current: View, step: number): View {
  const index = views.findIndex((view) => sameView(view, current));
  const next = Math.min(views.length - 1, Math.max(0, (index < 0 ? 0 : index) + step));
  return views[next] ?? current;
}

/** Unread posts in a folder and its sub-folders. */
export function folderUnread(node: FolderNode, counts: Readonly<Record<number, number>>): number {
  let sum = 0;
  for (const feed of node.feeds) sum += counts[feed.id] ?? feed.unread;
  for (const child of node.children) sum += folderUnread(child, counts);
  return sum;
}

/** Whether new posts of a feed belong in a view: a folder holds its sub-folders' feeds too. */
export function viewShowsFeed(
  view: View,
  feedId: number,
  feeds: readonly FeedSummary[],
  folders: readonly Folder[],
): boolean {
  switch (view.kind) {
    case 'unread':
      return true;
    case 'starred':
      return false;
    case 'feed':
      return view.id === feedId;
    case 'folder': {
      let folderId = feeds.find((feed) => feed.id === feedId)?.folderId ?? null;
      const seen = new Set<number>();
      while (folderId !== null && !seen.has(folderId)) {
        if (folderId === view.id) return true;
        seen.add(folderId);
        folderId = folders.find((folder) => folder.id === folderId)?.parentId ?? null;
      }
      return false;
    }
  }
}
