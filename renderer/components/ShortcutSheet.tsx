// The "?" sheet: every shortcut, in the one modal dialog shell (focus kept inside, Escape or ?
// closes it, focus goes back where it was).
import { shortcutSheet } from '../../shared/commands.ts';
import { Dialog, DialogButtons } from './dialogs/Dialog.tsx';

export function ShortcutSheet({ onClose }: { readonly onClose: () => void }) {
  return (
    <Dialog title="Keyboard shortcuts" onClose={onClose} closeKeys={closeKeys}>
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
      <DialogButtons>
        <button type="button" className="button" data-autofocus onClick={onClose}>
          Close
        </button>
      </DialogButtons>
    </Dialog>
  );
}

/** "?" opened the sheet, so it closes it too. */
const closeKeys = ['Escape', '?'];
