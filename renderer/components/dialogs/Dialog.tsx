// A modal dialog: role dialog named by its heading, focus moved inside when it opens, kept inside
// while it is open (Tab cycles), Escape closes it, and focus goes back where it came from.
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { currentOpener, focusables, returnFocus } from './focus.ts';

interface Props {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly className?: string;
  /** Keys that close it (Escape unless said otherwise). */
  readonly closeKeys?: readonly string[];
}

export function Dialog({ title, onClose, children, className, closeKeys = ['Escape'] }: Props) {
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const opener = currentOpener('dialog');
    const inside = box.current;
    const first =
      inside?.querySelector<HTMLElement>('[data-autofocus]') ?? focusables(inside)[0] ?? inside;
    first?.focus();
    return () => returnFocus(opener);
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    // Keys inside a dialog are the dialog's: the reader's shortcuts wait until it closes.
    event.stopPropagation();
    if (closeKeys.includes(event.key)) {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'Tab') return;
    const list = focusables(box.current);
    const first = list[0];
    const last = list[list.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  };

  return (
    <div
      className="sheet-backdrop"
      onMouseDown={(event) => {
        if (event.target === event.currentTarget) onClose();
      }}
    >
      <div
        ref={box}
        role="dialog"
        aria-modal="true"
        aria-labelledby={headingId}
        className={`sheet dialog ${className ?? ''}`}
        tabIndex={-1}
        onKeyDown={onKeyDown}
      >
        <h2 id={headingId}>{title}</h2>
        {children}
      </div>
    </div>
  );
}

/** The row of buttons at the foot of a dialog: the main action first in tab order. */
export function DialogButtons({ children }: { readonly children: ReactNode }) {
  return <div className="dialog-buttons">{children}</div>;
}
