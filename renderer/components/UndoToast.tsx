// "Marked 12 read · Undo": shown after a read mark that can be undone, until the next one, a
// dismissal or a few seconds pass (Ctrl/Cmd+Z still undoes after it has gone).
import { useEffect } from 'react';
import type { UndoRecord } from '../hooks/useUndo.ts';

interface Props {
  readonly toast: UndoRecord | null;
  readonly onUndo: () => void;
  readonly onDismiss: () => void;
}

const shownMs = 10_000;

export function UndoToast({ toast, onUndo, onDismiss }: Props) {
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, shownMs);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  if (!toast) return null;
  return (
    <div className="undo-toast" role="status">
      <span>{toast.label}</span>
      <button type="button" className="button" onClick={onUndo}>
        Undo
      </button>
      <button type="button" className="link-button" aria-label="Dismiss" onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
