// The feed tree's keys as WAI-ARIA's tree pattern has them: Up/Down to the previous/next visible
// item, Right opens a closed folder or enters an open one, Left closes an open folder or goes to
// the parent, Home/End, and type-ahead on names. Pure: the tree model in, an action out.
import {
  sameView,
  viewKey,
  viewsInTreeOrder,
  type FeedTreeModel,
  type FolderNode,
  type View,
} from './views.ts';

export type TreeAction = { readonly select: View } | { readonly toggle: number } | null;

interface Place {
  readonly label: string;
  readonly parent: number | null;
  readonly firstChild: View | null;
}

/** Each visible view's name, parent folder and first child, by viewKey. */
export function treePlaces(tree: FeedTreeModel): Map<string, Place> {
  const places = new Map<string, Place>([
    ['unread', { label: 'All unread', parent: null, firstChild: null }],
    ['starred', { label: 'Starred', parent: null, firstChild: null }],
  ]);
  const walk = (node: FolderNode, parent: number | null): void => {
    const child = node.children[0];
    const feed = node.feeds[0];
    const firstChild: View | null = child
      ? { kind: 'folder', id: child.folder.id }
      : feed
        ? { kind: 'feed', id: feed.id }
        : null;
    places.set(viewKey({ kind: 'folder', id: node.folder.id }), {
      label: node.folder.name,
      parent,
      firstChild,
    });
    node.children.forEach((c) => walk(c, node.folder.id));
    for (const f of node.feeds) {
      places.set(viewKey({ kind: 'feed', id: f.id }), {
        label: f.title || f.url,
        parent: node.folder.id,
        firstChild: null,
      });
    }
  };
  tree.roots.forEach((node) => walk(node, null));
  for (const f of tree.topFeeds) {
    places.set(viewKey({ kind: 'feed', id: f.id }), {
      label: f.title || f.url,
      parent: null,
      firstChild: null,
    });
  }
  return places;
}

/** The next visible view (after `current`, wrapping) whose name starts with `typed`. */
export function typeAhead(
  views: readonly View[],
  places: Map<string, Place>,
  current: View,
  typed: string,
): View | null {
  const wanted = typed.toLocaleLowerCase();
  const at = views.findIndex((v) => sameView(v, current));
  // A repeated single letter moves on; a longer prefix may stay on the current item.
  const start = typed.length === 1 ? at + 1 : Math.max(at, 0);
  for (let step = 0; step < views.length; step++) {
    const view = views[(start + step) % views.length]!;
    if (places.get(viewKey(view))?.label.toLocaleLowerCase().startsWith(wanted)) return view;
  }
  return null;
}

export function treeKeyAction(
  key: string,
  current: View,
  tree: FeedTreeModel,
  collapsed: ReadonlySet<number>,
): TreeAction {
  const views = viewsInTreeOrder(tree, collapsed);
  const at = Math.max(
    0,
    views.findIndex((v) => sameView(v, current)),
  );
  const place = treePlaces(tree).get(viewKey(current));
  const select = (view: View | undefined): TreeAction => (view ? { select: view } : null);
  switch (key) {
    case 'ArrowDown':
      return select(views[Math.min(views.length - 1, at + 1)]);
    case 'ArrowUp':
      return select(views[Math.max(0, at - 1)]);
    case 'Home':
      return select(views[0]);
    case 'End':
      return select(views[views.length - 1]);
    case 'ArrowRight':
      if (current.kind !== 'folder') return null;
      if (collapsed.has(current.id)) return { toggle: current.id };
      return select(place?.firstChild ?? undefined);
    case 'ArrowLeft':
      if (current.kind === 'folder' && !collapsed.has(current.id)) return { toggle: current.id };
      return place?.parent != null ? { select: { kind: 'folder', id: place.parent } } : null;
    default:
      return null;
  }
}
