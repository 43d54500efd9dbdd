// Focus helpers for dialogs and menus.

const focusableSelector =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), [tabindex]:not([tabindex="-1"])';

export function focusables(root: HTMLElement | null): HTMLElement[] {
  return root ? [...root.querySelectorAll<HTMLElement>(focusableSelector)] : [];
}

/** What had focus when the last menu opened: a dialog opened from that menu returns focus there. */
let menuOpener: Element | null = null;

/** The element focus should go back to when a dialog or menu that opens now closes. */
export function currentOpener(kind: 'menu' | 'dialog'): Element | null {
  const active = document.activeElement;
  const opener =
    active && active !== document.body ? active : kind === 'dialog' ? menuOpener : null;
  if (kind === 'menu') menuOpener = opener;
  return opener;
}

/** A tree row that should get focus back once the tree is drawn again (a moved feed's row is
 * drawn anew under its new folder), until this time. */
let pendingRow: { key: string; until: number } | null = null;

/** Gives focus back to what had it before a dialog or menu opened; when that is gone (a feed
 * just unsubscribed), to the tree's current row. */
export function returnFocus(opener: Element | null): void {
  // A dialog opened by the menu item that closed the menu keeps the focus.
  if (document.querySelector('[role="dialog"], [role="menu"]')) return;
  const rowKey = opener instanceof HTMLElement ? opener.dataset.treeKey : undefined;
  pendingRow = rowKey ? { key: rowKey, until: Date.now() + 3000 } : null;
  if (opener instanceof HTMLElement && opener.isConnected) {
    opener.focus();
    return;
  }
  document.querySelector<HTMLElement>('[role="tree"] [tabindex="0"]')?.focus();
}

/** Called after the tree draws: a row that lost focus by being drawn anew gets it back. */
export function restoreRowFocus(): void {
  if (!pendingRow) return;
  if (Date.now() > pendingRow.until) {
    pendingRow = null;
    return;
  }
  const active = document.activeElement;
  if (active && active !== document.body && active.isConnected) return;
  const row = document.querySelector<HTMLElement>(`[data-tree-key="${pendingRow.key}"]`);
  if (row) row.focus();
}
