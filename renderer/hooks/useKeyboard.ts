// Keys to commands (shared/commands.ts), for the window and the article frame alike. Keys typed
// into a field, or Enter/Space on a button, stay theirs.
import { useCallback, useEffect } from 'react';
import { commandForKey } from '../../shared/commands.ts';
import type { RunCommand } from './useCommands.ts';

/** The event's target as an element, from this document or the article frame's (another realm,
 * where `instanceof Element` is always false). */
function elementOf(target: EventTarget | null): Element | null {
  return target && typeof (target as Element).closest === 'function' ? (target as Element) : null;
}

function isTyping(target: EventTarget | null): boolean {
  return elementOf(target)?.closest('input, textarea, select, [contenteditable="true"]') != null;
}

/** Returns the key handler (the article frame forwards its keys to it) and listens on window. */
export function useKeyboard(run: RunCommand, sheetOpen: boolean): (event: KeyboardEvent) => void {
  const onKey = useCallback(
    (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      if (isTyping(event.target)) return;
      const onControl = elementOf(event.target)?.closest('button, a[href], [role="separator"]');
      if (onControl && (event.key === 'Enter' || event.key === ' ')) return;
      if (sheetOpen && event.key !== 'Escape' && event.key !== '?') return;
      const command = commandForKey(event);
      if (!command) return;
      event.preventDefault();
      run(command);
    },
    [run, sheetOpen],
  );

  useEffect(() => {
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onKey]);

  return onKey;
}
