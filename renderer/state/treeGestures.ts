// The feed tree's context menus and drag and drop, as props for the tree (delegated from its
// rows). Kept apart from FeedTree so the tree stays about drawing.
import type { View } from './views.ts';

/** A feed or folder of the tree. */
export type TreeItemRef = Extract<View, { kind: 'feed' | 'folder' }>;

export interface TreeGestures {
  /** Opens a feed's or folder's context menu at a point (viewport coordinates). */
  readonly onMenu: (target: View, at: { x: number; y: number }) => void;
  /** A feed or folder was dropped on a folder (null: the top level). */
  readonly onDrop: (dragged: TreeItemRef, folderId: number | null) => void;
}

const dragType = 'application/x-orrery-tree-item';

/** Where a menu opened from the keyboard appears: under the row's label. */
function anchorOf(element: Element): { x: number; y: number } {
  const rect = element.getBoundingClientRect();
  return { x: rect.left + 24, y: rect.top + Math.min(rect.height, 28) };
}

function draggedOf(event: React.DragEvent): TreeItemRef | null {
  const [kind, id] = event.dataTransfer.getData(dragType).split(':');
  if ((kind !== 'feed' && kind !== 'folder') || !id) return null;
  return { kind, id: Number(id) };
}

/** The feed or folder row an event happened in (rows carry data-tree-key="feed:12"). */
function rowOf(target: EventTarget, selector = '[data-tree-key]'): HTMLElement | null {
  return target instanceof Element ? target.closest<HTMLElement>(selector) : null;
}

/** The feed or folder a row stands for; null for smart views. */
export function itemOfRow(row: HTMLElement | null): TreeItemRef | null {
  const [kind, id] = (row?.dataset.treeKey ?? '').split(':');
  return (kind === 'feed' || kind === 'folder') && id ? { kind, id: Number(id) } : null;
}

/** The folder a drop on this row lands in: a folder row's own, else the folder the row sits in
 * (data-folder-id; the rows are flat, not nested in their folder's element); null: the top level. */
function dropFolderOf(row: HTMLElement | null): number | null {
  const item = itemOfRow(row);
  if (item?.kind === 'folder') return item.id;
  const parent = Number(row?.dataset.folderId);
  return Number.isInteger(parent) && parent > 0 ? parent : null;
}

/**
 * Props for the tree itself, handling every row's gestures by delegation (one set of handlers,
 * not six per row): right click, the ContextMenu key and Shift+F10 on a focused row open its
 * menu; feeds and folders can be dragged; a drop lands in the folder dropped on or the one the row
 * sits in, else at the top level. Rows only say they are draggable.
 */
export function treeGestureProps(gestures: TreeGestures | undefined) {
  if (!gestures) return {};
  return {
    onContextMenu: (event: React.MouseEvent) => {
      const item = itemOfRow(rowOf(event.target));
      if (!item) return;
      event.preventDefault();
      gestures.onMenu(item, { x: event.clientX, y: event.clientY });
    },
    /** Returns whether it opened a menu (the tree's own keys then leave the event alone). */
    openMenuByKey: (event: React.KeyboardEvent): boolean => {
      if (event.key !== 'ContextMenu' && !(event.shiftKey && event.key === 'F10')) return false;
      const row = event.target instanceof HTMLElement ? event.target : null;
      const item = row?.getAttribute('role') === 'treeitem' ? itemOfRow(row) : null;
      if (!row || !item) return false;
      event.preventDefault();
      gestures.onMenu(item, anchorOf(row));
      return true;
    },
    onDragStart: (event: React.DragEvent) => {
      const item = itemOfRow(rowOf(event.target));
      if (!item) return;
      event.dataTransfer.setData(dragType, `${item.kind}:${item.id}`);
      event.dataTransfer.effectAllowed = 'move';
    },
    onDragOver: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes(dragType)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: React.DragEvent) => {
      const dragged = draggedOf(event);
      if (!dragged) return;
      event.preventDefault();
      gestures.onDrop(dragged, dropFolderOf(rowOf(event.target)));
    },
  };
}
