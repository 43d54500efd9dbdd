// A popup menu (role menu, items role menuitem) at a point: arrow keys, Home and End move, Enter
// or Space chooses, Escape or Tab or a click elsewhere closes, and focus goes back to the opener.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { currentOpener, returnFocus } from './focus.ts';

export interface MenuItem {
  readonly label: string;
  readonly onSelect: () => void;
  readonly disabled?: boolean;
}

interface Props {
  readonly label: string;
  readonly items: readonly MenuItem[];
  /** Viewport coordinates of the menu's top left corner (moved in when it would not fit). */
  readonly at: { readonly x: number; readonly y: number };
  readonly onClose: () => void;
}

export function Menu({ label, items, at, onClose }: Props) {
  const box = useRef<HTMLUListElement>(null);
  const [position, setPosition] = useState(at);

  useLayoutEffect(() => {
    const rect = box.current?.getBoundingClientRect();
    if (!rect) return;
    setPosition({
      x: Math.max(4, Math.min(at.x, window.innerWidth - rect.width - 4)),
      y: Math.max(4, Math.min(at.y, window.innerHeight - rect.height - 4)),
    });
  }, [at]);

  useEffect(() => {
    const opener = currentOpener('menu');
    box.current
      ?.querySelector<HTMLElement>('[role="menuitem"]:not([aria-disabled="true"])')
      ?.focus();
    return () => returnFocus(opener);
  }, []);

  const move = (by: number | 'first' | 'last') => {
    const list = [
      ...(box.current?.querySelectorAll<HTMLElement>(
        '[role="menuitem"]:not([aria-disabled="true"])',
      ) ?? []),
    ];
    const at = list.indexOf(document.activeElement as HTMLElement);
    const next =
      by === 'first' ? 0 : by === 'last' ? list.length - 1 : (at + by + list.length) % list.length;
    list[next]?.focus();
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    event.stopPropagation();
    const keys: Record<string, () => void> = {
      ArrowDown: () => move(1),
      ArrowUp: () => move(-1),
      Home: () => move('first'),
      End: () => move('last'),
      Escape: onClose,
      Tab: onClose,
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    onClose();
    item.onSelect();
  };

  return (
    <div className="menu-backdrop" onMouseDown={onClose} onContextMenu={(e) => e.preventDefault()}>
      <ul
        ref={box}
        role="menu"
        aria-label={label}
        className="menu"
        style={{ left: position.x, top: position.y }}
        onKeyDown={onKeyDown}
        onMouseDown={(event) => event.stopPropagation()}
      >
        {items.map((item) => (
          <li
            key={item.label}
            role="menuitem"
            tabIndex={-1}
            aria-disabled={item.disabled ? 'true' : undefined}
            className="menu-item"
            onClick={() => choose(item)}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return;
              event.preventDefault();
              event.stopPropagation();
              choose(item);
            }}
          >
            {item.label}
          </li>
        ))}
      </ul>
    </div>
  );
}
