// A question with one action and Cancel; the action's error is shown in the dialog.
import { useState, type ReactNode } from 'react';
import { Dialog, DialogButtons } from './Dialog.tsx';

interface Props {
  readonly title: string;
  readonly action: string;
  readonly onConfirm: () => Promise<unknown>;
  readonly onClose: () => void;
  readonly children: ReactNode;
}

export function ConfirmDialog({ title, action, onConfirm, onClose, children }: Props) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  return (
    <Dialog title={title} onClose={onClose}>
      {children}
      {error ? (
        <p className="field-error" role="alert">
          {error}
        </p>
      ) : null}
      <DialogButtons>
        <button
          type="button"
          className="button primary danger"
          disabled={busy}
          onClick={() => {
            setBusy(true);
            onConfirm()
              .then(onClose)
              .catch((failure: unknown) => {
                setBusy(false);
                setError(failure instanceof Error ? failure.message : String(failure));
              });
          }}
        >
          {action}
        </button>
        <button type="button" className="button" onClick={onClose} data-autofocus>
          Cancel
        </button>
      </DialogButtons>
    </Dialog>
  );
}
