// Keys on the focused feed tree (state/treeKeys.ts), with focus moved to the item they select.
// Type-ahead takes letters only while the tree is used from the keyboard (focus came by Tab, or
// an arrow key moved in it): after a click on a feed, j/k/n/p keep their reader commands.
import { useCallback, useRef, type KeyboardEvent } from 'react';
import { treeKeyAction, treePlaces, typeAhead } from '../state/treeKeys.ts';
import { viewKey, viewsInTreeOrder, type FeedTreeModel, type View } from '../state/views.ts';

/** Typed letters within this many ms make one prefix. */
const typeAheadMs = 700;

export function focusTreeItem(tree: HTMLElement | null, view: View): void {
  // After the selection has been rendered (tabIndex follows it).
  requestAnimationFrame(() => {
    tree?.querySelector<HTMLElement>(`[data-tree-key="${viewKey(view)}"]`)?.focus();
  });
}

export interface TreeKeyHandlers {
  readonly onKeyDown: (event: KeyboardEvent<HTMLElement>) => void;
  readonly onPointerDown: () => void;
  readonly onFocus: () => void;
}

export function useTreeKeys(
  model: FeedTreeModel,
  collapsed: ReadonlySet<number>,
  current: View,
  onSelect: (view: View) => void,
  onToggleFolder: (folderId: number) => void,
): TreeKeyHandlers {
  const typed = useRef({ text: '', at: 0 });
  /** Whether the tree is in keyboard use; a pointer press ends it. */
  const keyboardUse = useRef(false);
  const pointer = useRef(false);
  const onPointerDown = useCallback(() => {
    pointer.current = true;
    keyboardUse.current = false;
  }, []);
  const onFocus = useCallback(() => {
    if (!pointer.current) keyboardUse.current = true;
    pointer.current = false;
  }, []);
  const onKeyDown = useCallback(
    (event: KeyboardEvent<HTMLElement>) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const treeElement = event.currentTarget;
      const go = (view: View) => {
        onSelect(view);
        focusTreeItem(treeElement, view);
      };
      const action = treeKeyAction(event.key, current, model, collapsed);
      if (action) {
        event.preventDefault();
        keyboardUse.current = true;
        if ('toggle' in action) onToggleFolder(action.toggle);
        else go(action.select);
        return;
      }
      if (event.key.length !== 1 || event.key === ' ' || !keyboardUse.current) return;
      const now = Date.now();
      typed.current = {
        text: now - typed.current.at < typeAheadMs ? typed.current.text + event.key : event.key,
        at: now,
      };
      const views = viewsInTreeOrder(model, collapsed);
      const found = typeAhead(views, treePlaces(model), current, typed.current.text);
      event.preventDefault();
      if (found) go(found);
    },
    [model, collapsed, current, onSelect, onToggleFolder],
  );
  return { onKeyDown, onPointerDown, onFocus };
}
