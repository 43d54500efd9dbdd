// The feed tree's context menus and drag and drop, as props for a tree row. Kept apart from
// FeedTree so the tree stays about drawing.
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

/** Props for one row: right click, the ContextMenu key and Shift+F10 open its menu; feeds and
 * folders can be dragged; folders accept drops. */
export function gestureProps(target: View, gestures: TreeGestures | undefined) {
  if (!gestures || (target.kind !== 'feed' && target.kind !== 'folder')) return {};
  const folderId = target.kind === 'folder' ? target.id : undefined;
  return {
    draggable: true,
    onContextMenu: (event: React.MouseEvent) => {
      event.preventDefault();
      event.stopPropagation();
      gestures.onMenu(target, { x: event.clientX, y: event.clientY });
    },
    onKeyDown: (event: React.KeyboardEvent) => {
      if (event.target !== event.currentTarget) return;
      if (event.key === 'ContextMenu' || (event.shiftKey && event.key === 'F10')) {
        event.preventDefault();
        event.stopPropagation();
        gestures.onMenu(target, anchorOf(event.currentTarget));
      }
    },
    onDragStart: (event: React.DragEvent) => {
      event.stopPropagation();
      event.dataTransfer.setData(dragType, `${target.kind}:${target.id}`);
      event.dataTransfer.effectAllowed = 'move';
    },
    ...(folderId === undefined
      ? {}
      : {
          onDragOver: (event: React.DragEvent) => {
            if (!event.dataTransfer.types.includes(dragType)) return;
            event.preventDefault();
            event.stopPropagation();
            event.dataTransfer.dropEffect = 'move';
          },
          onDrop: (event: React.DragEvent) => {
            const dragged = draggedOf(event);
            if (!dragged) return;
            event.preventDefault();
            event.stopPropagation();
            gestures.onDrop(dragged, folderId);
          },
        }),
  };
}

/** Props for the tree itself: a drop outside any folder moves to the top level. */
export function topLevelDropProps(gestures: TreeGestures | undefined) {
  if (!gestures) return {};
  return {
    onDragOver: (event: React.DragEvent) => {
      if (!event.dataTransfer.types.includes(dragType)) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'move';
    },
    onDrop: (event: React.DragEvent) => {
      const dragged = draggedOf(event);
      if (!dragged) return;
      event.preventDefault();
      gestures.onDrop(dragged, null);
    },
  };
}
