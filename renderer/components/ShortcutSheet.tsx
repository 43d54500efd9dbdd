// The "?" sheet: every shortcut, in a modal dialog.
import { useEffect, useRef } from 'react';
import { shortcutSheet } from '../../shared/commands.ts';

export function ShortcutSheet({ onClose }: { readonly onClose: () => void }) {
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => closeRef.current?.focus(), []);
  return (
    <div className="sheet-backdrop" onClick={onClose}>
      <div
        role="dialog"
        aria-modal="true"
        aria-labelledby="shortcut-title"
        className="sheet"
        onClick={(event) => event.stopPropagation()}
      >
        <h2 id="shortcut-title">Keyboard shortcuts</h2>
        <dl>
          {shortcutSheet.map(({ keys, does }) => (
            <div key={keys} className="shortcut">
              <dt>
                <kbd>{keys}</kbd>
              </dt>
              <dd>{does}</dd>
            </div>
          ))}
        </dl>
        <button ref={closeRef} type="button" className="button" onClick={onClose}>
          Close
        </button>
      </div>
    </div>
  );
}
